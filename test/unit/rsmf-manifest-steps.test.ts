// mapManifest's named steps, each on the smallest input that shows what it decides.
import { describe, expect, it } from 'vitest';
import {
  checkHeaders,
  checkOrphanParents,
  eventKind,
  mapManifest,
  newReading,
  readConversations,
  readEvent,
  readParticipants,
  timeBasisOf,
  type Reading,
} from '../../electron/backend/importers/rsmf/manifest';

const reading = (): Reading => newReading({ label: 'm.json', files: new Map([['a.png', { sha256: 'x', size: 1, entry: 'a.png', memberFile: null }]]), filesWhere: 'the zip', headers: null });
const codes = (r: Reading) => r.w.finish().map((w) => w.code);
const setUp = (root: Record<string, unknown>) => {
  const r = reading();
  readParticipants(root, r);
  readConversations(root, r);
  const only = r.conversations.size === 1 ? [...r.conversations.keys()][0]! : null;
  ((root.events as unknown[]) ?? []).forEach((e, i) => readEvent(r, e, i, only));
  return r;
};
const ALICE = { id: 'a', display: 'Alice', avatar: 'a.png' };
const CONV = { id: 'c', platform: 'slack', participants: ['a'] };

describe('readParticipants', () => {
  it('keeps the first definition of an id, warns on the repeat and on a missing id, and checks the avatar file', () => {
    const r = setUp({ participants: [ALICE, { id: 'a', display: 'Other' }, { display: 'Nobody' }, { id: 'b', avatar: 'gone.png' }] });
    expect([...r.participants.values()].map((p) => p.display)).toEqual(['Alice', 'b']);
    expect(codes(r)).toEqual(['rsmf_reference', 'rsmf_schema', 'rsmf_file_missing']);
    expect(r.referencedFiles).toEqual(new Set(['a.png']));
  });
});

describe('readConversations', () => {
  it('reads kind from type or members (two members: direct), keeps one without an id as #index, and warns on an unknown member', () => {
    const r = setUp({ participants: [ALICE], conversations: [{ id: 'c1', platform: 'slack', type: 'channel', participants: ['a'] }, { platform: 'teams', participants: ['a', 'z'] }] });
    expect([...r.conversations.values()].map((c) => [c.key, c.record.kind])).toEqual([
      ['c1', 'group'],
      ['#1', 'direct'],
    ]);
    expect(codes(r)).toEqual(['rsmf_schema', 'rsmf_reference']);
  });
});

describe('readEvent and eventKind', () => {
  it('an event naming no conversation goes to the only one; a message with only attachments is media', () => {
    const r = setUp({ participants: [ALICE], conversations: [CONV], events: [{ type: 'message', participant: 'a', attachments: [{ id: 'a.png' }], timestamp: '2023-01-01T10:00:00Z' }] });
    const [p] = r.byConversation.get('c')!;
    expect(p!.message).toMatchObject({ kind: 'media', subtype: 'media.attached', author: 'Alice', attachments: [{ present: true }] });
    expect(eventKind('leave', false, '')).toEqual({ kind: 'system', subtype: 'system.left' });
    expect(eventKind('history', false, 'x')).toEqual({ kind: 'unclassified', subtype: 'unclassified.history' });
  });

  it('edits from custom Edit1…EditN chain to the body; reactions are one event per participant; receipts keep their action', () => {
    const r = setUp({
      participants: [ALICE, { id: 'b' }],
      conversations: [CONV],
      events: [
        {
          type: 'message',
          id: 'e1',
          body: 'third',
          custom: [
            { name: 'Edit2', value: 'second' },
            { name: 'Edit1', value: 'first' },
          ],
          reactions: [{ value: '👍', participants: ['a', 'b'] }],
          read_receipts: [{ participant: 'b', action: 'delivered' }],
        },
      ],
    });
    const events = r.byConversation.get('c')![0]!.events;
    expect(events.map((e) => [e.kind, e.value, e.detail?.previous ?? e.actor])).toEqual([
      ['edit', 'second', 'first'],
      ['edit', 'third', 'second'],
      ['reaction', '👍', 'Alice'],
      ['reaction', '👍', 'b'],
      ['receipt', 'delivered', 'b'],
    ]);
    expect(r.counts.edited).toBe(1);
  });

  it('an event naming an undefined conversation keeps it in a conversation of that id, and says so', () => {
    const r = setUp({ participants: [ALICE], conversations: [CONV, { id: 'd', platform: 'x', participants: [] }], events: [{ type: 'message', conversation: 'zzz' }] });
    expect(r.conversations.get('zzz')?.record.title).toBe('zzz');
    expect(codes(r)).toContain('rsmf_reference');
  });
});

describe('checkOrphanParents', () => {
  it('a parent that is no event of the conversation is warned (RS-3)', () => {
    const r = setUp({ participants: [ALICE], conversations: [CONV], events: [{ type: 'message', id: 'e1' }, { type: 'message', id: 'e2', parent: 'e1' }, { type: 'message', id: 'e3', parent: 'gone' }] });
    checkOrphanParents(r);
    expect(r.w.finish().filter((w) => w.code === 'rsmf_orphan_parent').map((w) => w.message)).toEqual([expect.stringContaining("events[2]: the thread parent 'gone'")]);
  });
});

describe('timeBasisOf', () => {
  it('reads the majority: zoneless times make a wall-clock source, and a mix is said', () => {
    const r = setUp({ participants: [ALICE], conversations: [CONV], events: [{ type: 'message', timestamp: '2023-01-01T10:00:00' }, { type: 'message', timestamp: '2023-01-01T10:01:00' }, { type: 'message', timestamp: '2023-01-01T10:02:00Z' }] });
    expect(timeBasisOf(r)).toBe('wall_clock');
    expect(codes(r)).toEqual(['rsmf_timestamp_no_zone', 'rsmf_timestamp_mixed']);
  });
});

describe('checkHeaders', () => {
  it('an event count or date range that disagrees with the manifest is warned (RS-4, RS-5)', () => {
    const r = setUp({ participants: [ALICE], conversations: [CONV], events: [{ type: 'message', timestamp: '2023-01-01T10:00:00Z' }] });
    const kept = checkHeaders(r, new Map([['x-rsmf-eventcount', '2'], ['x-rsmf-begindate', '2022-01-01T00:00:00Z'], ['received', 'x']]), 1);
    expect(codes(r)).toEqual(['rsmf_event_count', 'rsmf_date_range']);
    expect(Object.keys(kept)).toEqual(['x-rsmf-eventcount', 'x-rsmf-begindate']);
  });
});

const CONTEXT = { label: 'm.json', files: null, filesWhere: 'the zip', headers: null };

describe('source order', () => {
  it('orders by time, stably; an event without a time stays after the event before it', () => {
    const [conv] = mapManifest({ conversations: [CONV], events: [{ type: 'message', body: 'b', timestamp: '2023-01-01T10:02:00Z' }, { type: 'message', body: 'b2' }, { type: 'message', body: 'a', timestamp: '2023-01-01T10:01:00Z' }] }, CONTEXT).conversations;
    expect(conv!.messages.map((m) => [m.seq, m.body])).toEqual([
      [0, 'a'],
      [1, 'b'],
      [2, 'b2'],
    ]);
  });
});

describe('Confide conversations', () => {
  it('marks empty Confide items unrecoverable by design and carries the statement', () => {
    const mapped = mapManifest({ conversations: [{ id: 'c', platform: 'Confide', participants: [] }], events: [{ type: 'message' }, { type: 'join' }] }, CONTEXT);
    expect(mapped.caveats.map((c) => c.code)).toEqual(['confide_by_design']);
    expect(mapped.conversations[0]!.messages.map((m) => m.contentStatus ?? null)).toEqual(['unrecoverable_by_design', null]);
  });
});
