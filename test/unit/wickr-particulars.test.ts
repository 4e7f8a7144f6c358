// How the thread states a message's events (renderer/src/thread/particulars.ts): the edit history
// keeps the original text (Wickr keeps the record, RSMF gives `previous`), reactions net out add and
// remove records without hiding the removal, and expiry reads in words.
import { describe, expect, it } from 'vitest';
import type { MessageEventView, MessageView } from '../../shared/model';
import { deletionText, editHistory, expiryText, reactionSummary, settingsText, utcText } from '../../renderer/src/thread/particulars';

const ref = { file: 'a.txt', line: 1, lineEnd: 1, record: null };
const event = (id: number, kind: MessageEventView['kind'], actor: string, value: string | null, detail: Record<string, unknown> | null = null): MessageEventView => ({
  id, kind, actor, value, detail, sentAt: 0, sentAtUs: null, sentAtLocal: '2023-11-14T22:00:00', sourceRef: ref,
});
const message = (body: string, events: MessageEventView[]): MessageView => ({
  id: 1, conversationId: 1, seq: 0, kind: 'text', subtype: 'text', author: 'bob', body, sentAt: 0, sentAtLocal: '2023-11-14T21:00:00', sentAtRaw: null,
  timeZone: 'UTC', deleted: false, edited: events.some((e) => e.kind === 'edit'), attachments: [], sourceRef: ref, sentAtUs: null, nativeId: 'x',
  threadParent: null, direction: null, ttlSeconds: null, burnOnReadSeconds: null, contentStatus: null, events, raw: null,
});

describe('edit history', () => {
  it('Wickr: the body is the original record, each edit replaced the version before it', () => {
    const steps = editHistory(message('v1', [event(1, 'edit', 'bob', 'v2', { type: 'text' }), event(2, 'edit', 'bob', 'v3', { type: 'text' })]));
    expect(steps.map((s) => [s.previous, s.next])).toEqual([
      ['v1', 'v2'],
      ['v2', 'v3'],
    ]);
  });
  it('RSMF: each edit says what it replaced', () => {
    const steps = editHistory(message('now', [event(1, 'edit', 'a', 'now', { previous: 'before', from: 'edits[]' })]));
    expect(steps.map((s) => [s.previous, s.next])).toEqual([['before', 'now']]);
  });
});

describe('reactions', () => {
  it('nets add and remove records per person, keeping the removal visible (W lines 11–12)', () => {
    const s = reactionSummary(message('x', [event(1, 'reaction', 'bn', '👍', { added: true }), event(2, 'reaction', 'bn', '👍', { added: false }), event(3, 'reaction', 'al', '❤️', { added: true })]));
    expect(s.map((r) => [r.value, r.current, r.removed])).toEqual([
      ['👍', [], ['bn']],
      ['❤️', ['al'], []],
    ]);
  });
});

describe('words', () => {
  it('states expiry and room settings', () => {
    expect(expiryText(604800, 3600)).toBe('expires 7 days after sending · burn-on-read 1 hour after reading');
    expect(expiryText(null, 0)).toBeNull();
    expect(settingsText(2592000, 0)).toBe('expiry timer 30 days · no burn-on-read');
  });
  it('tells a recall from a delete on the sender’s own devices', () => {
    expect(deletionText(event(1, 'delete', 'c', 'recall', { isrecall: true }))).toMatch(/every recipient/);
    expect(deletionText(event(1, 'delete', 'c', 'delete', { isrecall: false }))).toMatch(/own devices/);
  });
  it('shows UTC with microseconds when the source has them', () => {
    expect(utcText(1544019125075, 1544019125_075323)).toBe('2018-12-05T14:12:05.075323Z');
    expect(utcText(1544019125075, null)).toBe('2018-12-05T14:12:05.075Z');
  });
});
