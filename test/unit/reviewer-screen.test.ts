// The reviewer's screen, its pure pieces: the keyboard map, the selection and the citation line.
import { describe, expect, it } from 'vitest';
import type { ConversationSummary } from '../../shared/model';
import { citationText, placeText, timeCitation } from '../../shared/citation';
import { BASE_SHORTCUTS, actionFor, helpSections, keyLabel, keyOf, withShortcuts, type KeyLike } from '../../renderer/src/keyboard/shortcuts';
import { selectedCount, selectedRanges, selectionReducer, type SelectionAction, type ThreadSelection } from '../../renderer/src/selection/selection';

const press = (key: string, mods: Partial<KeyLike> = {}): KeyLike => ({ key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });

describe('the keyboard map', () => {
  it('writes key presses the way the table does', () => {
    expect(keyOf(press('j'))).toBe('j');
    expect(keyOf(press('J', { shiftKey: true }))).toBe('J');
    expect(keyOf(press('?', { shiftKey: true }))).toBe('?');
    expect(keyOf(press('F', { ctrlKey: true, shiftKey: false }))).toBe('Ctrl+f');
    expect(keyOf(press('f', { metaKey: true }))).toBe('Ctrl+f');
    expect(keyOf(press('ArrowDown', { shiftKey: true }))).toBe('Shift+ArrowDown');
    expect(keyOf(press('ArrowLeft', { altKey: true }))).toBe('Alt+ArrowLeft');
  });

  it('finds the action of a key in its scope, thread keys over global ones', () => {
    expect(actionFor(BASE_SHORTCUTS, 'j', 'thread')).toBe('next-message');
    expect(actionFor(BASE_SHORTCUTS, 'j', 'global')).toBeNull();
    expect(actionFor(BASE_SHORTCUTS, '/', 'thread')).toBe('focus-search');
    expect(actionFor(BASE_SHORTCUTS, 'Escape', 'thread')).toBe('collapse-selection');
    expect(actionFor(BASE_SHORTCUTS, 'Escape', 'dialog')).toBe('close');
    expect(actionFor(BASE_SHORTCUTS, 'q', 'thread')).toBeNull();
  });

  it('has no key that means two things at once', () => {
    const live = BASE_SHORTCUTS.filter((r) => r.scope !== 'dialog');
    const seen = new Map<string, string>();
    for (const row of live) {
      for (const key of row.keys) {
        const other = seen.get(`${row.scope}:${key}`) ?? (row.scope === 'thread' ? undefined : seen.get(`thread:${key}`));
        expect(other, `${key} of ${row.action}`).toBeUndefined();
        seen.set(`${row.scope}:${key}`, row.action);
      }
    }
    expect(() => withShortcuts([], live)).not.toThrow();
  });

  it('takes rows from another room and refuses a key already taken', () => {
    const tagged = withShortcuts(BASE_SHORTCUTS, [{ action: 'tag:responsive', keys: ['1'], description: 'Tag responsive', scope: 'thread', group: 'Coding' }]);
    expect(actionFor(tagged, '1', 'thread')).toBe('tag:responsive');
    expect(helpSections(tagged).map((s) => s.group)).toContain('Coding');
    expect(() => withShortcuts(BASE_SHORTCUTS, [{ action: 'tag:hot', keys: ['j'], description: 'Tag hot', scope: 'thread', group: 'Coding' }])).toThrow(
      'The key j already means “Next message”; choose another for “Tag hot”.',
    );
  });

  it('labels keys for the help sheet', () => {
    expect(keyLabel('J')).toBe('Shift+J');
    expect(keyLabel('Ctrl+f')).toBe('Ctrl+F');
    expect(keyLabel('Shift+ArrowDown')).toBe('Shift+↓');
    expect(keyLabel('?')).toBe('?');
    expect(keyLabel('Escape')).toBe('Esc');
  });

  it('lists every row once in the help sheet, grouped', () => {
    const sections = helpSections(BASE_SHORTCUTS);
    expect(sections.flatMap((s) => s.rows)).toHaveLength(BASE_SHORTCUTS.length);
    expect(new Set(sections.map((s) => s.group)).size).toBe(sections.length);
  });
});

describe('the selection', () => {
  const run = (...actions: SelectionAction[]) => actions.reduce<ThreadSelection | null>(selectionReducer, null);
  const at = (seq: number): SelectionAction => ({ type: 'focus', conversationId: 7, seq });

  it('moves a single focus and clamps it to the conversation', () => {
    const s = run(at(3), { type: 'move', delta: 1, total: 10 }, { type: 'move', delta: 1, total: 10 });
    expect(s?.focus).toBe(5);
    expect(selectedRanges(s)).toEqual([[5, 5]]);
    expect(run(at(9), { type: 'move', delta: 20, total: 10 })?.focus).toBe(9);
    expect(run(at(1), { type: 'move', delta: -5, total: 10 })?.focus).toBe(0);
  });

  it('extends a range from the anchor both ways', () => {
    const down = run(at(4), { type: 'extend-by', delta: 1, total: 10 }, { type: 'extend-by', delta: 1, total: 10 });
    expect(selectedRanges(down)).toEqual([[4, 6]]);
    expect(down?.focus).toBe(6);
    const up = run(at(4), { type: 'extend-to', seq: 1 });
    expect(selectedRanges(up)).toEqual([[1, 4]]);
    expect(selectedCount(up)).toBe(4);
  });

  it('keeps scattered picks and takes one out again', () => {
    const s = run(at(2), { type: 'extend-to', seq: 4 }, { type: 'toggle', seq: 8 }, { type: 'extend-to', seq: 9 });
    expect(selectedRanges(s)).toEqual([
      [2, 4],
      [8, 9],
    ]);
    const out = selectionReducer(s, { type: 'toggle', seq: 3 });
    expect(selectedRanges(out)).toEqual([
      [2, 2],
      [4, 4],
      [8, 9],
    ]);
    expect(out?.focus).toBe(3);
    expect(selectedCount(out)).toBe(4);
  });

  it('collapses to the focused message, and a click starts again', () => {
    const s = run(at(2), { type: 'extend-to', seq: 6 }, { type: 'collapse' });
    expect(selectedRanges(s)).toEqual([[6, 6]]);
    expect(selectedRanges(selectionReducer(s, at(0)))).toEqual([[0, 0]]);
    expect(selectionReducer(s, { type: 'clear' })).toBeNull();
  });
});

describe('the citation line', () => {
  const sha = 'ab12'.padEnd(64, '0');
  it('cites a line, the source by its whole hash, the custodian and both times', () => {
    const text = citationText({
      sourceRef: { file: 'chat.txt', line: 1234, lineEnd: null, record: null },
      sourceSha256: sha,
      custodian: 'Dana',
      sentAtLocal: '2024-03-05T14:07',
      timeZone: 'Europe/London',
      sentAt: Date.UTC(2024, 2, 5, 14, 7),
    });
    expect(text).toBe(`chat.txt, line 1234 (source SHA-256 ${sha}; custodian Dana; 2024-03-05 14:07 Europe/London = 2024-03-05T14:07Z)`);
  });

  it('cites line ranges and records, seconds when the source has them, and says what is missing', () => {
    expect(placeText({ file: 'chat.txt', line: 12, lineEnd: 14, record: null })).toBe('chat.txt, lines 12–14');
    expect(placeText({ file: 'export.json', line: null, lineEnd: null, record: 'msg-17' })).toBe('export.json, record msg-17');
    expect(timeCitation('2024-07-01T09:30:05', 'America/New_York', Date.UTC(2024, 6, 1, 13, 30, 5))).toBe('2024-07-01 09:30:05 America/New_York = 2024-07-01T13:30:05Z');
    expect(timeCitation(null, 'UTC', null)).toBe('no time in the source');
    expect(
      citationText({ sourceRef: { file: 'a.csv', line: 3, lineEnd: 3, record: null }, sourceSha256: sha, custodian: null, sentAtLocal: null, timeZone: 'UTC', sentAt: null }),
    ).toBe(`a.csv, line 3 (source SHA-256 ${sha}; no custodian recorded; no time in the source)`);
  });
});

describe('errors the reviewer reads', () => {
  it('never shows a validator refusal, but keeps an engine sentence', async () => {
    const { ApiError } = await import('../../shared/api');
    const { readableError } = await import('../../renderer/src/errors/readableError');
    const refused = readableError(new ApiError('invalid_argument', 'adjacentThreadHit.seq must be between 0 and 9007199254740991'));
    expect(refused).not.toContain('adjacentThreadHit');
    expect(refused).toMatch(/fault in Threadline/);
    expect(readableError(new ApiError('bad_input', 'chat.txt line 3: the date cannot be read.'))).toBe('chat.txt line 3: the date cannot be read.');
  });
});

describe('the search history', () => {
  it('keeps each query once, newest last, and steps within its ends', async () => {
    const { historyStep, remembered } = await import('../../renderer/src/search/queryHistory');
    const h = remembered(remembered(remembered([], 'permit'), 'fee'), 'permit');
    expect(h).toEqual(['fee', 'permit']);
    expect(historyStep(h, h.length, -1)).toBe(1);
    expect(historyStep(h, 0, -1)).toBe(0);
    expect(historyStep(h, 1, 1)).toBe(2);
    expect(historyStep(h, 2, 1)).toBe(2);
  });
});

describe('the conversation list', () => {
  const conversation = (id: number, title: string, extra: Partial<ConversationSummary> = {}): ConversationSummary =>
    ({
      id,
      sourceId: id,
      title,
      kind: 'group',
      messageCount: 10,
      participantCount: 2,
      firstLocal: '2024-03-01T09:00',
      lastLocal: '2024-03-02T09:00',
      sourceFile: `${title}.txt`,
      custodian: null,
      format: 'whatsapp',
      nativeId: null,
      platform: null,
      ttlSeconds: null,
      burnOnReadSeconds: null,
      eventCount: 0,
      unresolvedEventCount: 0,
      ...extra,
    }) as ConversationSummary;
  const list = [
    conversation(1, 'C1', { custodian: 'Dana', sourceFile: 'a.json', format: 'wickr', messageCount: 5 }),
    conversation(2, 'C1', { custodian: 'Marcus', sourceFile: 'b.json', format: 'wickr', messageCount: 50, lastLocal: '2024-04-01T10:00' }),
    conversation(3, 'Harbor', { custodian: 'Dana', messageCount: 20, firstLocal: '2024-02-01T08:00' }),
    conversation(4, 'Alpha', { firstLocal: null, lastLocal: null }),
  ];

  it('filters by every word in title, custodian, app and file', async () => {
    const { arrangeConversations } = await import('../../renderer/src/conversations/arrange');
    const ids = (words: string) => arrangeConversations(list, { words, groupBy: 'none', sortBy: 'title' })[0]?.conversations.map((c) => c.id) ?? [];
    expect(ids('c1 marcus')).toEqual([2]);
    expect(ids('WICKR')).toEqual([1, 2]);
    expect(ids('nothing')).toEqual([]);
  });

  it('groups by custodian (none recorded last) and sorts inside each group', async () => {
    const { arrangeConversations } = await import('../../renderer/src/conversations/arrange');
    const groups = arrangeConversations(list, { words: '', groupBy: 'custodian', sortBy: 'messages' });
    expect(groups.map((g) => [g.label, g.conversations.map((c) => c.id)])).toEqual([
      ['Dana', [3, 1]],
      ['Marcus', [2]],
      ['No custodian recorded', [4]],
    ]);
    const byApp = arrangeConversations(list, { words: '', groupBy: 'app', sortBy: 'title' });
    expect(byApp.map((g) => g.label)).toEqual(['whatsapp', 'wickr']);
  });

  it('sorts by title, earliest and latest activity, undated last', async () => {
    const { arrangeConversations } = await import('../../renderer/src/conversations/arrange');
    const order = (sortBy: 'title' | 'first' | 'last') => arrangeConversations(list, { words: '', groupBy: 'none', sortBy })[0]!.conversations.map((c) => c.id);
    expect(order('title')).toEqual([4, 1, 2, 3]);
    expect(order('first')).toEqual([3, 1, 2, 4]);
    expect(order('last')).toEqual([2, 1, 3, 4]);
  });
});

describe('the detail pane', () => {
  it('lists findings about the message or within three messages of it', async () => {
    const { isNear } = await import('../../renderer/src/details/record');
    const message = { id: 40, seq: 10 };
    expect(isNear({ messageId: 40, beforeSeq: null, afterSeq: null }, message)).toBe(true);
    expect(isNear({ messageId: null, beforeSeq: 7, afterSeq: 30 }, message)).toBe(true);
    expect(isNear({ messageId: null, beforeSeq: 2, afterSeq: 6 }, message)).toBe(false);
    expect(isNear({ messageId: 41, beforeSeq: null, afterSeq: 14 }, message)).toBe(false);
  });

  it('indents a JSON record and leaves anything else as written', async () => {
    const { prettyRecord } = await import('../../renderer/src/details/record');
    expect(prettyRecord('{"a":1,"b":[2]}')).toBe('{\n  "a": 1,\n  "b": [\n    2\n  ]\n}');
    expect(prettyRecord('12/03/2024, 09:00 - Ines: hi')).toBe('12/03/2024, 09:00 - Ines: hi');
  });
});
