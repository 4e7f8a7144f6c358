// The coding keys, added to the window's one key table: each tag's own key (from the tag), undo and
// redo, a note, and the walks to the next untagged message and the next unreviewed day.
import type { TagSummary } from '../../../shared/review';
import { keyLabel, withShortcuts, type Shortcut, type ShortcutAction } from '../keyboard/shortcuts';

const TAG_ACTION = 'tag:';

export const REVIEW_SHORTCUTS: readonly Shortcut[] = [
  { action: 'review:undo', keys: ['z', 'Ctrl+z'], description: 'Undo the last coding action', scope: 'global', group: 'Coding' },
  { action: 'review:redo', keys: ['Z', 'Ctrl+y'], description: 'Redo the coding action undone last', scope: 'global', group: 'Coding' },
  { action: 'review:note', keys: ['m'], description: 'Write a note on the focused message', scope: 'thread', group: 'Coding' },
  { action: 'review:next-untagged', keys: ['u'], description: 'Next message without a tag', scope: 'thread', group: 'Coding' },
  { action: 'review:previous-untagged', keys: ['U'], description: 'Previous message without a tag', scope: 'thread', group: 'Coding' },
  { action: 'review:mark-day-reviewed', keys: ['r'], description: 'Mark the focused message’s day reviewed', scope: 'thread', group: 'Coding' },
  { action: 'review:toggle-pane', keys: ['C'], description: 'Show or hide the coding pane', scope: 'global', group: 'Coding' },
  { action: 'review:next-unreviewed-day', keys: ['d'], description: 'Go to the next unreviewed day', scope: 'global', group: 'Coding' },
];

export function tagAction(tagId: number): ShortcutAction {
  return `${TAG_ACTION}${tagId}`;
}

/** The tag a key's action applies, or null when the action is not a tag key. */
export function tagIdOf(action: ShortcutAction): number | null {
  return action.startsWith(TAG_ACTION) ? Number(action.slice(TAG_ACTION.length)) : null;
}

export interface ReviewKeys {
  table: Shortcut[];
  /** Tags whose key means something else already, with why: the palette says so. */
  refused: Map<number, string>;
}

/** The base table with the coding keys; a tag key already taken is left out and reported, never a second meaning. */
export function withReviewShortcuts(base: readonly Shortcut[], tags: readonly TagSummary[]): ReviewKeys {
  let table = withShortcuts(base, REVIEW_SHORTCUTS);
  const refused = new Map<number, string>();
  for (const tag of tags) {
    if (tag.removed || tag.shortcut === null) continue;
    const row: Shortcut = { action: tagAction(tag.id), keys: [tag.shortcut], description: `Tag the selection “${tag.name}”`, scope: 'thread', group: 'Coding' };
    try {
      table = withShortcuts(table, [row]);
    } catch {
      const taken = table.find((other) => other.keys.includes(tag.shortcut!));
      refused.set(tag.id, `The key ${keyLabel(tag.shortcut)} already means “${taken?.description ?? 'something else'}”: give ${tag.name} another key.`);
    }
  }
  return { table, refused };
}
