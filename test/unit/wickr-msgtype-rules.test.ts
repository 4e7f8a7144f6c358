// The Wickr mapper as a table keyed by msgtype: each rule maps a record of its type, and every type
// in the table has a case here (a rule added without one fails the last test).
import { describe, expect, it } from 'vitest';
import { mapRecord, MSGTYPE_NAMES, MSGTYPES, type MappedRecord } from '../../electron/backend/importers/wickr/map';

const ROOM = 'S00112233';
const ctx = { where: 'receivedMessages.txt, line 3', line: 3, text: '{…}', memberFile: null };
const map = (fields: Record<string, unknown>): MappedRecord => mapRecord({ message_id: 'abc', msg_ts: '1700000000.000001', vgroupid: ROOM, sender: 'mira', ...fields }, ctx);
const shape = (r: MappedRecord) => (r.message ? `${r.message.kind}/${r.message.subtype}: ${r.message.body}` : r.events.map((e) => `${e.kind}→${e.targetNativeId ?? e.targetAtUs}: ${e.value}`).join('; '));

const CASES: [number, Record<string, unknown>, string][] = [
  [1000, { message: 'dock at six' }, 'text/text: dock at six'],
  [3000, { keyverify: { msgtype: 3 } }, 'system/system.key_verification: Key verification: accepted'],
  [4001, { control: { title: 'Harbor', members: ['mira', 'joss'], ttl: 86400 } }, 'system/system.room_created: Room created: “Harbor” · members mira, joss · messages expire after 1 day'],
  [4002, { control: { addedusers: ['kai'] } }, 'system/system.members_changed: Members added: kai'],
  [4003, { control: { deletedusers: ['mira'] } }, 'system/system.left: Left the room'],
  [4004, { control: { changemask: 4, title: 'Dock' } }, 'system/system.room_changed: Room settings changed: title “Dock”'],
  [4005, {}, 'system/system.room_deleted: Room deleted'],
  [4011, { control: { msgid: 'm1', isrecall: true } }, 'delete→m1: recall'],
  [4012, { control: { attributes: [{ msgid: 'm2', isstarred: true }, { msgid: 'm3', isstarred: false }] } }, 'star→m2: starred; star→m3: unstarred'],
  [4014, { control: { pinned: false } }, 'system/system.conversation_unpinned: Conversation unpinned'],
  [6000, { file: { filename: 'plan.pdf', size: 10 } }, 'media/media.file: plan.pdf'],
  [7000, { call: { status: 2 } }, 'call/call.missed: Missed call'],
  [8000, { location: { latitude: 1.5, longitude: 2 } }, 'location/location.static: Location 1.5, 2'],
  [9000, { edit: { originalmessageid: 'm4', text: 'dock at seven', type: 'text' } }, 'edit→m4: dock at seven'],
  [9100, { edit: { originalmessageid: 'm5', reaction: '✅' } }, 'reaction→m5: ✅'],
  [9200, { readreceipt: { status: 'READ', message_timestamp_secs: '1700000000', message_timestamp_usecs: '5' } }, 'receipt→1700000000000005: read'],
];

describe('MSGTYPES', () => {
  it.each(CASES)('%i maps by its rule', (msgtype, fields, expected) => {
    const mapped = map({ msgtype, ...fields });
    expect(shape(mapped)).toBe(expected);
    expect(mapped.problems).toEqual([]);
  });

  it('a record of its type without what the rule needs is unclassified, with the reason', () => {
    for (const [msgtype, code] of [
      [4011, 'delete_without_target'],
      [4012, 'star_without_target'],
      [6000, 'file_missing'],
      [9000, 'edit_without_target'],
      [9100, 'reaction_without_target'],
      [9200, 'receipt_without_target'],
    ] as const) {
      const mapped = map({ msgtype, message: 'kept' });
      expect(mapped.message).toMatchObject({ kind: 'unclassified', subtype: `unclassified.msgtype_${msgtype}`, body: 'kept' });
      expect(mapped.problems.map((p) => p.code)).toEqual([code]);
    }
  });

  it('a msgtype outside the table is unclassified and named', () => {
    const mapped = map({ msgtype: 5555 });
    expect(mapped.message?.subtype).toBe('unclassified.msgtype_5555');
    expect(mapped.problems[0]!.message).toContain('msgtype 5555 is not a record type this version knows');
  });

  it('every msgtype of the table has a case here, and the names come from the table', () => {
    expect(CASES.map(([t]) => t)).toEqual(Object.keys(MSGTYPES).map(Number));
    expect(MSGTYPE_NAMES[9200]).toBe('read receipt');
  });
});
