// The rules openWickr runs over every record of an archive, each on its own: copies and conflicts,
// message-id time against msg_ts, what the bot captured, unreadable pieces, titles, encrypted objects.
import { describe, expect, it } from 'vitest';
import { conversationTitle, encryptedObjectWarning, noteCapture, RecordsSeen, unreadableRecord, uuidTimeDisagreement } from '../../electron/backend/importers/wickr';

describe('RecordsSeen', () => {
  it('tells the first reading, an exact copy and a conflict apart, naming where the record was first read', () => {
    const seen = new RecordsSeen();
    expect(seen.check('{"a":1}', 'id1', 0, 4)).toEqual({ kind: 'first' });
    expect(seen.check('{"a":1}', 'id1', 1, 9)).toEqual({ kind: 'exact', fileIndex: 0, line: 4 });
    expect(seen.check('{"a":2}', 'id1', 1, 10)).toEqual({ kind: 'conflict', fileIndex: 0, line: 4 });
  });
  it('a record without message_id is a copy only when its text is the same', () => {
    const seen = new RecordsSeen();
    expect(seen.check('{"b":1}', null, 0, 1)).toEqual({ kind: 'first' });
    expect(seen.check('{"b":2}', null, 0, 2)).toEqual({ kind: 'first' });
    expect(seen.check('{"b":1}', null, 0, 3)).toMatchObject({ kind: 'exact', line: 1 });
  });
});

describe('uuidTimeDisagreement', () => {
  // A version-1 UUID (written without dashes, as Wickr does) carrying the time `us`.
  const uuidAt = (us: number) => {
    const hex = (BigInt(us) * 10n + 0x01b21dd213814000n).toString(16).padStart(15, '0');
    return `${hex.slice(7)}${hex.slice(3, 7)}1${hex.slice(0, 3)}9a74a1b2c3d4e5f6`;
  };
  it('is null within two seconds, and the signed seconds beyond', () => {
    expect(uuidTimeDisagreement(uuidAt(1_700_000_001_000_000), '1700000000.000000')).toBeNull();
    expect(uuidTimeDisagreement(uuidAt(1_700_000_016_637_000), '1700000000.000000')).toBe(16.637);
    expect(uuidTimeDisagreement(uuidAt(1_699_999_996_850_000), '1700000000.000000')).toBe(-3.15);
  });
  it('is null when either time cannot be read', () => {
    expect(uuidTimeDisagreement('0badc0de000000000000000000000001', '1700000000.0')).toBeNull();
    expect(uuidTimeDisagreement(uuidAt(1), 'yesterday')).toBeNull();
  });
});

describe('noteCapture', () => {
  it('counts edits, reactions and deletes and keeps the earliest of their times; other events do not count', () => {
    const capture = { edits: 0, reactions: 0, deletes: 0, firstAtUs: null as number | null };
    const e = (kind: string, us: number | null) => ({ kind, instant: us === null ? null : { us, fine: true } }) as never;
    noteCapture(capture, [e('edit', 50), e('receipt', 1), e('reaction', 30)]);
    noteCapture(capture, [e('delete', null), e('star', 2)]);
    expect(capture).toEqual({ edits: 1, reactions: 1, deletes: 1, firstAtUs: 30 });
  });
});

describe('unreadableRecord', () => {
  it('keeps the text verbatim in the conversation and at the time it names, when they can be read', () => {
    const r = unreadableRecord('{"vgroupid":"S1","msg_ts":"1700000000.5","message":"cut', 7, null, undefined);
    expect(r).toMatchObject({ conversationKey: 'S1', kind: 'unclassified', subtype: 'unclassified.unreadable', body: '{"vgroupid":"S1","msg_ts":"1700000000.5","message":"cut', lineStart: 7, instant: { us: 1_700_000_000_000_005 } });
    expect(r.raw).toBe(r.body);
  });
  it('goes to the records without a conversation otherwise, and keeps invalid bytes as read', () => {
    const r = unreadableRecord('garbage', 2, 'f.txt', Uint8Array.from([0x67, 0xff]));
    expect(r.conversationKey).toBe('');
    expect(JSON.parse(r.raw!)).toEqual({ text: 'garbage', invalidBytes: true, base64: 'Z/8=' });
  });
});

describe('conversationTitle', () => {
  const state = (title: string | undefined, people: string[]) => ({ seq: 0, room: title ? { title } : {}, people: new Set(people), firstMsgtype: null });
  it('a room by its title, a direct conversation by its people, others by kind and id', () => {
    expect(conversationTitle('S123', state('Harbor', []))).toBe('Harbor');
    expect(conversationTitle('abc', state(undefined, ['mira', 'joss']))).toBe('joss ↔ mira');
    expect(conversationTitle('G1234567890', state(undefined, []))).toBe('Group G12345678…');
    expect(conversationTitle('', state(undefined, []))).toBe('Records without a conversation id');
  });
});

describe('encryptedObjectWarning', () => {
  it('says the object is encrypted, not corrupt, and where its metadata is, when it is there', () => {
    const a = { folder: '/x/messages', messageFiles: [], encrypted: [] };
    expect(encryptedObjectWarning(a, { path: '/x/messages/obj', sidecar: '/x/messages/obj.json' })).toMatch(/^obj is an encrypted retention object .* its S3 metadata is in obj\.json/);
    expect(encryptedObjectWarning(a, { path: '/x/messages/obj', sidecar: null })).toContain('cannot be read without its S3 object metadata');
  });
});
