// Each tag's own key (from the tag), added to the window's one key table (keyboard/shortcuts.ts, which
// holds the fixed coding keys too: undo and redo, a note, the walks to the next untagged message and
// the next unreviewed day).
import type { TagSummary } from '../../../shared/review';
import { keyLabel, withShortcuts, type Shortcut, type ShortcutAction } from '../keyboard/shortcuts';

const TAG_ACTION = 'tag:';

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

/** The base table with the tags' keys; a tag key already taken is left out and reported, never a second meaning. */
export function withReviewShortcuts(base: readonly Shortcut[], tags: readonly TagSummary[]): ReviewKeys {
  let table = [...base];
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
