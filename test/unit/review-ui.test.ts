// The coding pane's pure pieces: the coding keys joined to the window's key table, and the cache
// that fetches the tags of the messages on screen in batches.
import { describe, expect, it } from 'vitest';
import type { AppliedTag, TagSummary } from '../../shared/review';
import { BASE_SHORTCUTS, actionFor } from '../../renderer/src/keyboard/shortcuts';
import { MessageTagCache } from '../../renderer/src/review/messageTagCache';
import { tagIdOf, withReviewShortcuts } from '../../renderer/src/review/reviewShortcuts';

function tag(id: number, name: string, shortcut: string | null, removed = false): TagSummary {
  return { id, name, color: '#336699', description: '', shortcut, group: null, removed, counts: { message: 0, day: 0, conversation: 0 }, byReviewer: [] };
}

describe('the coding keys', () => {
  const { table, refused } = withReviewShortcuts(BASE_SHORTCUTS, [tag(1, 'Responsive', '1'), tag(4, 'Privileged', 'p'), tag(5, 'Hot', 'h'), tag(9, 'Old', '9', true), tag(7, 'Plain', null)]);

  it('gives each live tag its own key in the thread', () => {
    expect(tagIdOf(actionFor(table, '1', 'thread')!)).toBe(1);
    expect(tagIdOf(actionFor(table, 'h', 'thread')!)).toBe(5);
    expect(actionFor(table, '9', 'thread')).toBeNull();
  });

  it('never gives a key a second meaning: a taken key is refused, with the reason', () => {
    expect(actionFor(table, 'p', 'thread')).toBe('go-to-parent');
    expect(refused.get(4)).toMatch(/The key p already means “Go to the message this one replies to”/);
    expect(refused.has(1)).toBe(false);
  });

  it('keeps undo, redo and the next unreviewed day working outside the thread too', () => {
    expect(actionFor(table, 'z', 'global')).toBe('review:undo');
    expect(actionFor(table, 'Ctrl+z', 'global')).toBe('review:undo');
    expect(actionFor(table, 'Z', 'global')).toBe('review:redo');
    expect(actionFor(table, 'd', 'global')).toBe('review:next-unreviewed-day');
    expect(actionFor(table, 'm', 'global')).toBeNull();
    expect(actionFor(table, 'm', 'thread')).toBe('review:note');
  });
});

describe('the tags of the messages on screen', () => {
  const hot = (messageId: number): AppliedTag => ({ tagId: 5, name: `Hot ${messageId}`, color: '#cc0000', scope: 'message', inherited: false, overridden: false, reviewer: 'Pat', at: 0 });

  it('reads the rows drawn together in one call, and again after a change', async () => {
    const calls: number[][] = [];
    const cache = new MessageTagCache(async (ids) => {
      calls.push(ids);
      return ids.map((messageId) => ({ messageId, tags: [hot(messageId)] }));
    }, () => undefined);
    let told = 0;
    cache.subscribe(() => told++);
    const unwatch = [3, 4, 5].map((id) => cache.watch(id));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calls).toEqual([[3, 4, 5]]);
    expect(cache.tagsOf(4).map((t) => t.name)).toEqual(['Hot 4']);
    expect(told).toBe(1);

    unwatch[0]!();
    cache.invalidate();
    expect(cache.tagsOf(4)).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    // Only what is still on screen is read again.
    expect(calls[1]).toEqual([4, 5]);
    expect(cache.tagsOf(3)).toEqual([]);
  });

  it('asks at most 500 messages per call', async () => {
    const sizes: number[] = [];
    const cache = new MessageTagCache(async (ids) => {
      sizes.push(ids.length);
      return [];
    }, () => undefined);
    for (let id = 1; id <= 1200; id++) cache.watch(id);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(sizes).toEqual([500, 500, 200]);
  });
});
