// Lenient RSMF reading (docs/formats.md): manifests that break the schema still import, each fault
// with the sentence that says what is wrong; every field of the model maps; every reference check runs.
import { describe, expect, it } from 'vitest';
import { mapManifest, type ManifestContext } from '../../electron/backend/importers/rsmf/manifest';
import { LEGACY_MANIFEST_FACTS, legacyManifest, LOOSE_TYPES_MANIFEST, MISSING_ID_MANIFEST } from '../fixtures/rsmf';

const ctx = (over: Partial<ManifestContext> = {}): ManifestContext => ({ label: 'm.json', files: new Map(), filesWhere: 'the zip', headers: null, ...over });
const codes = (r: ReturnType<typeof mapManifest>) => r.warnings.map((w) => w.code);

describe('manifests that break the schema give readable sentences and still import', () => {
  it('a participant without id, and an event naming a participant that is not defined', () => {
    const r = mapManifest(MISSING_ID_MANIFEST, ctx({ label: 'ferry.json' }));
    expect(r.warnings.map((w) => w.message)).toEqual(
      expect.arrayContaining([
        "ferry.json, participants[0]: has no id (the schema requires one); 'Orla Finch' cannot be referenced by conversations or events.",
        "ferry.json, events[0]: the participant 'p7' is not a participant the manifest defines; kept as 'p7'.",
      ]),
    );
    expect(r.conversations[0]!.messages[0]).toMatchObject({ author: 'p7', kind: 'text', local: { year: 2019, month: 2, day: 5, hour: 8, minute: 30 } });
  });
  it('a numeric participant id, a conversation naming an undefined participant, and the undefined property `attachment`', () => {
    const r = mapManifest(LOOSE_TYPES_MANIFEST, ctx({ label: 'ferry.json' }));
    expect(r.warnings.map((w) => w.message)).toEqual(
      expect.arrayContaining([
        "ferry.json, participants[0]: id is the number 7, not a string as the schema requires; read as '7'.",
        "ferry.json, conversations[0]: lists the participant 'p9', which the manifest does not define.",
        "ferry.json, events[0]: has the property 'attachment', which RSMF 2.0 does not define (did the producer mean 'attachments'?); kept in the raw record.",
      ]),
    );
    const m = r.conversations[0]!.messages[0]!;
    // The event names the participant by the string '7': the numeric id still resolves to its display name.
    expect(m).toMatchObject({ author: 'Orla Finch', body: 'Manifest draft for Thursday' });
    expect(JSON.parse(m.raw!)).toHaveProperty('attachment', 'manifest-draft.docx');
  });
  it('an RSMF 1.0.0 manifest: its empty custom values said, nothing else wrong with its references', () => {
    const r = mapManifest(legacyManifest(), ctx({ files: null }));
    expect(codes(r).filter((c) => c === 'rsmf_custom_empty')).toHaveLength(LEGACY_MANIFEST_FACTS.emptyCustom);
    expect(codes(r)).toContain('rsmf_version');
    expect(codes(r)).not.toContain('rsmf_orphan_parent');
    expect(codes(r)).not.toContain('rsmf_reference');
    expect(r.conversations).toHaveLength(LEGACY_MANIFEST_FACTS.conversations);
    expect(r.timeBasis).toBe('instant');
  });
});

describe('mapping', () => {
  const manifest = (events: unknown[], extra: Record<string, unknown> = {}) => ({
    version: '2.0.0',
    participants: [
      { id: 'a', display: 'Alice' },
      { id: 'b', display: 'Bob' },
    ],
    conversations: [{ id: 'c1', platform: 'slack', type: 'channel', participants: ['a', 'b'], custodian: 'a', display: 'general' }],
    events,
    ...extra,
  });

  it('orders events by timestamp within a conversation, stably, keeping the manifest index as the record', () => {
    const r = mapManifest(
      manifest([
        { type: 'message', id: '2', conversation: 'c1', participant: 'a', timestamp: '2020-01-01T10:02:00Z', body: 'second' },
        { type: 'message', id: '1', conversation: 'c1', participant: 'b', timestamp: '2020-01-01T10:01:00Z', body: 'first' },
        { type: 'message', id: '3', conversation: 'c1', participant: 'b', body: 'no time: stays after first, its manifest predecessor' },
      ]),
      ctx(),
    );
    expect(r.conversations[0]!.messages.map((m) => [m.seq, m.body, m.record])).toEqual([
      [0, 'first', 'events[1]'],
      [1, 'no time: stays after first, its manifest predecessor', 'events[2]'],
      [2, 'second', 'events[0]'],
    ]);
  });
  it('join, leave and disclaimer are system lines; history and unknown are unclassified and flagged (RS-7)', () => {
    const r = mapManifest(
      manifest(['join', 'leave', 'disclaimer', 'history', 'unknown'].map((type, i) => ({ type, conversation: 'c1', participant: 'a', timestamp: `2020-01-01T10:0${i}:00Z` }))),
      ctx(),
    );
    expect(r.conversations[0]!.messages.map((m) => [m.kind, m.subtype, m.body])).toEqual([
      ['system', 'system.joined', 'Alice joined'],
      ['system', 'system.left', 'Alice left'],
      ['system', 'system.disclaimer', ''],
      ['unclassified', 'unclassified.history', ''],
      ['unclassified', 'unclassified.unknown', ''],
    ]);
    expect(codes(r).filter((c) => c === 'rsmf_review')).toHaveLength(2);
  });
  it('deleted keeps the body (RS-1); direction, parent and importance are carried; an orphan parent is said (RS-3)', () => {
    const r = mapManifest(
      manifest([
        { type: 'message', id: 'p', conversation: 'c1', participant: 'a', timestamp: '2020-01-01T10:00:00Z', body: 'parent', direction: 'outgoing', importance: 'high' },
        { type: 'message', id: 'r', parent: 'p', conversation: 'c1', participant: 'b', timestamp: '2020-01-01T10:01:00Z', body: 'gone', deleted: true, direction: 'incoming' },
        { type: 'message', id: 'o', parent: 'nowhere', conversation: 'c1', participant: 'b', timestamp: '2020-01-01T10:02:00Z', body: 'orphan' },
      ]),
      ctx(),
    );
    const [p, reply, orphan] = r.conversations[0]!.messages;
    expect(p).toMatchObject({ direction: 'outgoing', nativeId: 'p' });
    expect(reply).toMatchObject({ deleted: true, body: 'gone', threadParent: 'p', direction: 'incoming' });
    expect(orphan!.threadParent).toBe('nowhere');
    expect(r.warnings.find((w) => w.code === 'rsmf_orphan_parent')!.message).toBe("m.json, events[2]: the thread parent 'nowhere' is not an event of conversation 'c1' (RS-3).");
  });
  it('edits with previous / new become edit events on their message', () => {
    const r = mapManifest(
      manifest([{ type: 'message', id: 'e', conversation: 'c1', participant: 'a', timestamp: '2020-01-01T10:00:00Z', body: 'v2', edits: [{ participant: 'a', timestamp: '2020-01-01T10:05:00Z', previous: 'v1', new: 'v2' }] }]),
      ctx(),
    );
    const c = r.conversations[0]!;
    expect(c.messages[0]!.edited).toBe(true);
    expect(c.events).toEqual([expect.objectContaining({ kind: 'edit', targetSeq: 0, actor: 'Alice', value: 'v2', detail: { previous: 'v1', from: 'edits[]' } })]);
  });
  it('edits given only as participant + timestamp read the earlier texts from custom Edit1…EditN (RS-2)', () => {
    const r = mapManifest(
      manifest([
        {
          type: 'message', id: 'e', conversation: 'c1', participant: 'a', timestamp: '2020-01-01T10:00:00Z', body: 'now',
          custom: [{ name: 'Edit2', value: 'middle' }, { name: 'Edit1', value: 'first' }],
          edits: [{ participant: 'a', timestamp: '2020-01-01T10:01:00Z' }, { participant: 'a', timestamp: '2020-01-01T10:02:00Z' }],
        },
      ]),
      ctx(),
    );
    expect(r.conversations[0]!.events.map((e) => [e.value, e.detail])).toEqual([
      ['middle', { previous: 'first', from: 'custom Edit1' }],
      ['now', { previous: 'middle', from: 'custom Edit2' }],
    ]);
  });
  it('reactions (one event per participant) and read receipts link to their message', () => {
    const r = mapManifest(
      manifest([
        {
          type: 'message', id: 'x', conversation: 'c1', participant: 'a', timestamp: '2020-01-01T10:00:00Z', body: 'hi',
          reactions: [{ value: ':+1:', count: 2, participants: ['a', 'b'] }],
          read_receipts: [{ participant: 'b', timestamp: '2020-01-01T10:03:00Z', action: 'read' }, { participant: 'b', action: 'delivered' }],
        },
      ]),
      ctx(),
    );
    expect(r.conversations[0]!.events.map((e) => [e.kind, e.actor, e.value])).toEqual([
      ['reaction', 'Alice', ':+1:'],
      ['reaction', 'Bob', ':+1:'],
      ['receipt', 'Bob', 'read'],
      ['receipt', 'Bob', 'delivered'],
    ]);
  });
  it('attachments resolve against the zip by id, shown by display name; a missing one is recorded (RS-8)', () => {
    const files = new Map([['F1_report.pdf', { sha256: 'a'.repeat(64), size: 10, entry: 'F1_report.pdf', memberFile: null }]]);
    const r = mapManifest(
      manifest([{ type: 'message', conversation: 'c1', participant: 'a', timestamp: '2020-01-01T10:00:00Z', attachments: [{ id: 'F1_report.pdf', display: 'report.pdf', size: 10 }, { id: 'F2_gone.png', display: 'gone.png' }] }]),
      ctx({ files }),
    );
    const m = r.conversations[0]!.messages[0]!;
    expect(m.kind).toBe('media');
    expect(m.attachments).toEqual([
      { name: 'report.pdf', entry: 'F1_report.pdf', present: true, sha256: 'a'.repeat(64), size: 10, memberFile: null },
      { name: 'gone.png', entry: 'F2_gone.png', present: false, sha256: null, size: null, memberFile: null },
    ]);
    expect(r.warnings.find((w) => w.code === 'rsmf_file_missing')!.message).toBe("m.json, events[0].attachments[1]: the attachment 'F2_gone.png' is not in the zip (RS-8).");
    expect([...r.referencedFiles]).toEqual(['F1_report.pdf']);
  });
  it('checks references: custodian outside the conversation, unknown conversation, duplicate event ids', () => {
    const r = mapManifest(
      {
        version: '2.0.0',
        participants: [{ id: 'a' }, { id: 'z' }],
        conversations: [{ id: 'c1', platform: 'sms', participants: ['a'], custodian: 'z' }, { id: 'c2', platform: 'sms', participants: ['a'] }],
        events: [
          { type: 'message', id: 'd', conversation: 'c1', participant: 'a' },
          { type: 'message', id: 'd', conversation: 'c1', participant: 'a' },
          { type: 'message', conversation: 'c9', participant: 'a' },
          { type: 'message', participant: 'a' },
        ],
      },
      ctx(),
    );
    expect(r.warnings.map((w) => w.message)).toEqual(
      expect.arrayContaining([
        "m.json, conversations[0]: the custodian 'z' is not one of the conversation's participants.",
        "m.json, events[1]: repeats the event id 'd' in conversation 'c1' (ids must be unique per conversation).",
        "m.json, events[2]: names the conversation 'c9', which the manifest does not define; kept in a conversation of that id.",
        "m.json, events[3]: names no conversation; kept in 'Events without a conversation'.",
      ]),
    );
    expect(r.conversations.map((c) => c.record.key)).toEqual(['c1', 'c2', 'c9', '']);
  });
  it('an event without a conversation belongs to the manifest’s only conversation', () => {
    const r = mapManifest(manifest([{ type: 'message', participant: 'a', timestamp: '2020-01-01T10:00:00Z', body: 'x' }]), ctx());
    expect(r.conversations[0]!.messages).toHaveLength(1);
    expect(codes(r)).not.toContain('rsmf_reference');
  });
  it('checks X-RSMF-EventCount (RS-4) and Begin/EndDate (RS-5) against the manifest', () => {
    const headers = new Map([
      ['x-rsmf-eventcount', '3'],
      ['x-rsmf-begindate', '2020-01-01T10:00:00Z'],
      ['x-rsmf-enddate', '2020-01-02T00:00:00Z'],
    ]);
    const r = mapManifest(manifest([{ type: 'message', conversation: 'c1', participant: 'a', timestamp: '2020-01-01T10:00:00Z' }]), ctx({ headers }));
    expect(r.warnings.map((w) => w.message)).toEqual(
      expect.arrayContaining([
        'm.json, X-RSMF-EventCount: says 3 events, the manifest holds 1 (RS-4: the file may be truncated or padded).',
        "m.json, X-RSMF-EndDate: '2020-01-02T00:00:00Z' does not match the latest event time in the manifest (RS-5).",
      ]),
    );
    expect(codes(r).filter((c) => c === 'rsmf_date_range')).toHaveLength(1);
  });
  it('a Confide conversation marks bodiless items as destroyed by design and carries the statement (CF-1)', () => {
    const r = mapManifest(
      { version: '2.0.0', participants: [{ id: 'a' }], conversations: [{ id: 'c', platform: 'confide', participants: ['a'] }], events: [{ type: 'message', conversation: 'c', participant: 'a', timestamp: '2020-01-01T10:00:00Z' }] },
      ctx(),
    );
    expect(r.conversations[0]!.messages[0]!.contentStatus).toBe('unrecoverable_by_design');
    expect(r.caveats[0]!.code).toBe('confide_by_design');
    expect(r.caveats[0]!.text).toMatch(/^Content unrecoverable by design: Confide deletes messages after reading/);
  });
  it('something that is not an object is said, not thrown', () => {
    expect(mapManifest([1, 2], ctx()).warnings[0]!.message).toBe('m.json, root: the manifest is not a JSON object; nothing can be read from it.');
    expect(mapManifest({ version: '2.0.0', events: 'x' }, ctx()).warnings.map((w) => w.message)).toContain('m.json, root: events is not a list; ignored.');
  });
});
