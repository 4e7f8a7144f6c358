// The selection in a merged thread of linked copies counts the merged rows and remembers the link
// through every key and click, so what reads it (coding, the chronology) reads the merged rows; a
// conversation's selection stays without one.
import { describe, expect, it } from 'vitest';
import { selectedRanges, selectionReducer, type SelectionAction, type ThreadSelection } from '../../renderer/src/selection/selection';

const run = (...actions: SelectionAction[]) => actions.reduce<ThreadSelection | null>(selectionReducer, null);
const row = (seq: number): SelectionAction => ({ type: 'focus', conversationId: 11, linkId: 3, seq });

describe('the selection in a merged thread', () => {
  it('keeps the link through moves, ranges, picks and a collapse', () => {
    const steps: SelectionAction[] = [
      { type: 'move', delta: 2, total: 40 },
      { type: 'extend-by', delta: 3, total: 40 },
      { type: 'toggle', seq: 20 },
      { type: 'extend-to', seq: 22 },
    ];
    let state = run(row(5));
    for (const step of steps) {
      state = selectionReducer(state, step);
      expect(state).toMatchObject({ conversationId: 11, linkId: 3 });
    }
    expect(selectedRanges(state)).toEqual([
      [7, 10],
      [20, 22],
    ]);
    expect(selectionReducer(state, { type: 'collapse' })).toEqual({ conversationId: 11, linkId: 3, focus: 22, anchor: 22, kept: [], rangeOn: true });
  });

  it('leaves the link when a conversation’s message is clicked, and a conversation’s selection has none', () => {
    const inConversation = selectionReducer(run(row(5)), { type: 'focus', conversationId: 11, seq: 5 });
    expect(inConversation).toEqual({ conversationId: 11, focus: 5, anchor: 5, kept: [], rangeOn: true });
    expect(selectionReducer(inConversation, { type: 'move', delta: 1, total: 9 })).not.toHaveProperty('linkId');
  });
});
