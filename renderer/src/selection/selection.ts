// The one selection of a thread: a focused message plus what is selected around it — a range
// (Shift+arrows, Shift+click) and scattered messages (x, Ctrl+click). The detail pane shows the
// focused message; the coding pane applies a decision to selectedRanges(). Seqs are positions in
// the conversation, so a selection of a whole large conversation stays two numbers. In a merged
// thread of linked copies they are the merged thread's rows instead (selection/threadPage.ts reads them).

/** Inclusive [first, last] seqs. */
export type SeqRange = readonly [number, number];

/** Which thread a selection's positions are in. */
export interface SelectionHome {
  conversationId: number;
  /** A merged thread of linked copies: positions are its rows, and `conversationId` is its first copy. */
  linkId?: number;
}

export interface ThreadSelection extends SelectionHome {
  /** The message the keys act on and the detail pane shows. */
  focus: number;
  /** Where the range being extended started. */
  anchor: number;
  /** Ranges kept from before the current anchor (scattered picks). */
  kept: SeqRange[];
  /** Whether anchor..focus is itself selected (false after the focused message was toggled off). */
  rangeOn: boolean;
}

export type SelectionAction =
  /** A click or a jump: this message alone. */
  | ({ type: 'focus'; seq: number } & SelectionHome)
  /** Arrows: the focus moves by `delta` (clamped to the conversation), alone. */
  | { type: 'move'; delta: number; total: number }
  /** Shift+arrows: the focus moves and the range from the anchor follows it. */
  | { type: 'extend-by'; delta: number; total: number }
  /** Shift+click: the range from the anchor to this message. */
  | { type: 'extend-to'; seq: number }
  /** x or Ctrl+click: this message joins or leaves the selection, the rest stays. */
  | { type: 'toggle'; seq: number }
  /** Escape: only the focused message. */
  | { type: 'collapse' }
  | { type: 'clear' };

const clamp = (seq: number, total: number) => Math.max(0, Math.min(total - 1, seq));

function alone({ conversationId, linkId }: SelectionHome, seq: number): ThreadSelection {
  return { conversationId, ...(linkId === undefined ? {} : { linkId }), focus: seq, anchor: seq, kept: [], rangeOn: true };
}

export function selectionReducer(state: ThreadSelection | null, action: SelectionAction): ThreadSelection | null {
  if (action.type === 'focus') return alone(action, action.seq);
  if (action.type === 'clear' || state === null) return null;
  switch (action.type) {
    case 'move':
      return action.total === 0 ? state : alone(state, clamp(state.focus + action.delta, action.total));
    case 'extend-by':
      return action.total === 0 ? state : { ...state, focus: clamp(state.focus + action.delta, action.total), rangeOn: true };
    case 'extend-to':
      return { ...state, focus: action.seq, rangeOn: true };
    case 'collapse':
      return alone(state, state.focus);
    case 'toggle': {
      const all = selectedRanges(state);
      if (isSelectedIn(all, action.seq)) return { ...state, focus: action.seq, anchor: action.seq, kept: without(all, action.seq), rangeOn: false };
      return { ...state, focus: action.seq, anchor: action.seq, kept: all, rangeOn: true };
    }
  }
}

/** Every selected seq as sorted, merged, disjoint ranges. */
export function selectedRanges(state: ThreadSelection | null): SeqRange[] {
  if (state === null) return [];
  const current: SeqRange[] = state.rangeOn ? [[Math.min(state.anchor, state.focus), Math.max(state.anchor, state.focus)]] : [];
  return merged([...state.kept, ...current]);
}

export function selectedCount(state: ThreadSelection | null): number {
  return selectedRanges(state).reduce((n, [a, b]) => n + b - a + 1, 0);
}

export function isSelectedIn(ranges: readonly SeqRange[], seq: number): boolean {
  return ranges.some(([a, b]) => seq >= a && seq <= b);
}

function merged(ranges: SeqRange[]): SeqRange[] {
  const sorted = [...ranges].sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

function without(ranges: readonly SeqRange[], seq: number): SeqRange[] {
  return ranges.flatMap(([a, b]): SeqRange[] => {
    if (seq < a || seq > b) return [[a, b]];
    return [...(seq > a ? [[a, seq - 1] as const] : []), ...(seq < b ? [[seq + 1, b] as const] : [])];
  });
}
