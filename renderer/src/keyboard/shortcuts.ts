// The one keyboard map of the window. Every key the window answers is a row here, and the `?` help
// sheet is drawn from these rows, so the sheet can never disagree with what the keys do. Keys that a
// case defines (each tag's key) are added with withShortcuts(), which refuses a key already taken.

/**
 * Where a key works. `global` anywhere outside a text field (Escape and Ctrl+F also inside one);
 * `thread` while a message of the thread has the focus; `dialog` inside an open dialog.
 */
export type ShortcutScope = 'global' | 'thread' | 'dialog';

export type ShortcutAction =
  | 'focus-search'
  | 'show-help'
  | 'next-result'
  | 'previous-result'
  | 'back'
  | 'toggle-details'
  | 'copy-citation'
  | 'focus-thread'
  | 'next-message'
  | 'previous-message'
  | 'extend-down'
  | 'extend-up'
  | 'toggle-selected'
  | 'first-message'
  | 'last-message'
  | 'page-down'
  | 'page-up'
  | 'next-day'
  | 'previous-day'
  | 'go-to-parent'
  | 'collapse-selection'
  | 'close'
  // Rows added by other rooms name their own actions (e.g. `tag:responsive`).
  | `${string}:${string}`;

export interface Shortcut {
  action: ShortcutAction;
  /** Keys as keyOf() writes them: `j`, `J` (Shift+J), `Ctrl+f`, `Shift+ArrowDown`, `?`. */
  keys: string[];
  description: string;
  scope: ShortcutScope;
  /** The heading the help sheet lists it under. */
  group: string;
}

export const BASE_SHORTCUTS: readonly Shortcut[] = [
  { action: 'focus-search', keys: ['/', 'Ctrl+f'], description: 'Go to the search box', scope: 'global', group: 'Search' },
  { action: 'next-result', keys: ['n'], description: 'Next search hit, across conversations in result order', scope: 'global', group: 'Search' },
  { action: 'previous-result', keys: ['N'], description: 'Previous search hit', scope: 'global', group: 'Search' },
  { action: 'focus-thread', keys: ['t'], description: 'Go to the thread (the selected message)', scope: 'global', group: 'Moving' },
  { action: 'back', keys: ['Alt+ArrowLeft', 'b'], description: 'Back to where you were before the last jump (reply to parent, hit, finding, date)', scope: 'global', group: 'Moving' },
  { action: 'next-message', keys: ['ArrowDown', 'j'], description: 'Next message', scope: 'thread', group: 'Moving' },
  { action: 'previous-message', keys: ['ArrowUp', 'k'], description: 'Previous message', scope: 'thread', group: 'Moving' },
  { action: 'page-down', keys: ['PageDown'], description: 'A screen further', scope: 'thread', group: 'Moving' },
  { action: 'page-up', keys: ['PageUp'], description: 'A screen back', scope: 'thread', group: 'Moving' },
  { action: 'first-message', keys: ['Home'], description: 'First message of the conversation', scope: 'thread', group: 'Moving' },
  { action: 'last-message', keys: ['End'], description: 'Last message of the conversation', scope: 'thread', group: 'Moving' },
  { action: 'next-day', keys: [']'], description: 'First message of the next day', scope: 'thread', group: 'Moving' },
  { action: 'previous-day', keys: ['['], description: 'First message of this day, then of the day before', scope: 'thread', group: 'Moving' },
  { action: 'go-to-parent', keys: ['p'], description: 'Go to the message this one replies to', scope: 'thread', group: 'Moving' },
  { action: 'extend-down', keys: ['Shift+ArrowDown', 'J'], description: 'Extend the selection down', scope: 'thread', group: 'Selecting' },
  { action: 'extend-up', keys: ['Shift+ArrowUp', 'K'], description: 'Extend the selection up', scope: 'thread', group: 'Selecting' },
  { action: 'toggle-selected', keys: ['x'], description: 'Add or remove this message (a scattered selection); Ctrl+click does the same', scope: 'thread', group: 'Selecting' },
  { action: 'collapse-selection', keys: ['Escape'], description: 'Keep only the focused message selected', scope: 'thread', group: 'Selecting' },
  { action: 'toggle-details', keys: ['Enter', 'i'], description: 'Show or hide the details of the focused message', scope: 'thread', group: 'Citing' },
  { action: 'copy-citation', keys: ['c'], description: 'Copy the citation of the selected message', scope: 'global', group: 'Citing' },
  { action: 'chronology:add-selection', keys: ['a'], description: 'Add the selected message or range to the chronology', scope: 'global', group: 'Chronology' },
  { action: 'chronology:add-finding', keys: ['f'], description: 'Add the gap finding drawn at the focused message to the chronology', scope: 'global', group: 'Chronology' },
  { action: 'chronology:add-day', keys: ['D'], description: 'Add the focused message’s conversation-day (display zone) to the chronology', scope: 'global', group: 'Chronology' },
  { action: 'chronology:add-event', keys: ['e'], description: 'Add an outside event (no message behind it) to the chronology', scope: 'global', group: 'Chronology' },
  { action: 'chronology:open', keys: ['o'], description: 'Open the chronology: its table and lanes', scope: 'global', group: 'Chronology' },
  { action: 'show-help', keys: ['?'], description: 'Show this list of keys', scope: 'global', group: 'Window' },
  { action: 'audit:open', keys: ['L'], description: 'Open the audit log: every import and decision with its reviewer, and the hash chain’s state', scope: 'global', group: 'Window' },
  { action: 'close', keys: ['Escape'], description: 'Close the dialog or popover; focus returns where it was', scope: 'dialog', group: 'Window' },
  { action: 'review:undo', keys: ['z', 'Ctrl+z'], description: 'Undo the last coding action', scope: 'global', group: 'Coding' },
  { action: 'review:redo', keys: ['Z', 'Ctrl+y'], description: 'Redo the coding action undone last', scope: 'global', group: 'Coding' },
  { action: 'review:note', keys: ['m'], description: 'Write a note on the focused message', scope: 'thread', group: 'Coding' },
  { action: 'review:next-untagged', keys: ['u'], description: 'Next message without a tag', scope: 'thread', group: 'Coding' },
  { action: 'review:previous-untagged', keys: ['U'], description: 'Previous message without a tag', scope: 'thread', group: 'Coding' },
  { action: 'review:mark-day-reviewed', keys: ['r'], description: 'Mark the focused message’s day reviewed', scope: 'thread', group: 'Coding' },
  { action: 'review:toggle-pane', keys: ['C'], description: 'Show or hide the coding pane', scope: 'global', group: 'Coding' },
  { action: 'review:next-unreviewed-day', keys: ['d'], description: 'Go to the next unreviewed day', scope: 'global', group: 'Coding' },
];

/** Scopes whose keys are live at the same moment: a key may not mean two things in them. */
function overlaps(a: ShortcutScope, b: ShortcutScope): boolean {
  return a === b || (a === 'global' && b === 'thread') || (a === 'thread' && b === 'global');
}

/** The table with more rows; a key already taken in an overlapping scope is refused, naming both actions. */
export function withShortcuts(table: readonly Shortcut[], extra: readonly Shortcut[]): Shortcut[] {
  const all = [...table];
  for (const row of extra) {
    for (const key of row.keys) {
      const taken = all.find((other) => other.keys.includes(key) && overlaps(other.scope, row.scope));
      if (taken !== undefined) throw new Error(`The key ${keyLabel(key)} already means “${taken.description}”; choose another for “${row.description}”.`);
    }
    all.push(row);
  }
  return all;
}

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/**
 * A key press as the table writes it. Shift is written only for named keys: a printed character
 * already says it (`?`, `J`). Ctrl and Cmd are one modifier, so the map works the same on a Mac.
 */
export function keyOf(event: KeyLike): string {
  const printed = event.key.length === 1;
  const ctrl = event.ctrlKey || event.metaKey;
  const key = printed && ctrl ? event.key.toLowerCase() : event.key;
  return [ctrl ? 'Ctrl' : '', event.altKey ? 'Alt' : '', event.shiftKey && !printed ? 'Shift' : '', key].filter(Boolean).join('+');
}

/** The action a key starts in a scope (thread keys also see the global ones), or null. */
export function actionFor(table: readonly Shortcut[], key: string, scope: ShortcutScope): ShortcutAction | null {
  const inScope = (s: ShortcutScope) => s === scope || (scope === 'thread' && s === 'global');
  // A thread row wins over a global row with the same key (Escape collapses the selection first).
  const rows = table.filter((row) => inScope(row.scope) && row.keys.includes(key));
  return (rows.find((row) => row.scope === scope) ?? rows[0])?.action ?? null;
}

/** Keys that still work while typing in a text field. */
export function worksWhileTyping(key: string): boolean {
  return key === 'Escape' || key === 'Ctrl+f';
}

/** How the help sheet writes a key: `Shift+J`, `↓`, `Ctrl+F`. */
export function keyLabel(key: string): string {
  const names: Record<string, string> = { ArrowDown: '↓', ArrowUp: '↑', ArrowLeft: '←', ArrowRight: '→', Escape: 'Esc', ' ': 'Space' };
  return key
    .split('+')
    .map((part, i, parts) => {
      if (i < parts.length - 1) return part;
      if (names[part] !== undefined) return names[part];
      if (part.length === 1 && part !== part.toLowerCase()) return `Shift+${part}`;
      return part.length === 1 && parts.length > 1 ? part.toUpperCase() : part;
    })
    .join('+');
}

/** The help sheet's sections: each group's rows, in table order. */
export function helpSections(table: readonly Shortcut[]): { group: string; rows: Shortcut[] }[] {
  const sections: { group: string; rows: Shortcut[] }[] = [];
  for (const row of table) {
    const section = sections.find((s) => s.group === row.group);
    if (section === undefined) sections.push({ group: row.group, rows: [row] });
    else section.rows.push(row);
  }
  return sections;
}
