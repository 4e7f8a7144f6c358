// Every msgtype of docs/formats.md#wickr-msgtypes with its meaning, and the record-level traps: which
// records are messages, which are events naming a target, and what is kept when a record is odd.
import { describe, expect, it } from 'vitest';
import { conversationKindOf, mapRecord } from '../../electron/backend/importers/wickr/map';

const ctx = (text = '{}', line = 1) => ({ where: `a.jsonl, line ${line}`, line, text, memberFile: null });
const map = (rec: Record<string, unknown>) => mapRecord({ msg_ts: '1691176258.901277', sender: 'user002', vgroupid: 'S19a8', message_id: 'a526085032fa11ee9a74053bb1017859', ...rec }, ctx(JSON.stringify(rec)));

describe('conversations', () => {
  it('takes the kind from the vgroupid: S… room, G… group, else direct; any length', () => {
    expect(conversationKindOf('S19a8782d9a0441d5e13f15b6789f00bc2f9b8231aa364a2eb3a8269dce2ac21')).toBe('room');
    expect(conversationKindOf('S3f8a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9')).toBe('room'); // 62 characters (A line 21)
    expect(conversationKindOf('G12ab')).toBe('group');
    expect(conversationKindOf('7ad65d17b945d7672190ecab6902fdd06eff162b91adfcda23df3b2ff95875e8')).toBe('direct');
  });
});

describe('messages', () => {
  it('1000 text: the message exactly, the instant in microseconds, the raw record kept', () => {
    const m = map({ msgtype: 1000, message: 'test message' });
    expect(m.message).toMatchObject({ kind: 'text', subtype: 'text', body: 'test message', author: 'user002', instant: { us: 1691176258_901277, fine: true }, stampRaw: '1691176258.901277', nativeId: 'a526085032fa11ee9a74053bb1017859' });
    expect(m.message!.raw).toBe('{"msgtype":1000,"message":"test message"}');
    expect(m.events).toEqual([]);
  });
  it('1000 with links is a link message (E line 3), and a missing message_id is no error', () => {
    const m = mapRecord({ msgtype: 1000, message: 'see https://x', links: [{ url: 'https://x' }], msg_ts: '1.5', vgroupid: 'v' }, ctx());
    expect(m.message).toMatchObject({ subtype: 'text.link', nativeId: null });
  });
  it('record-level ttl and bor are display dates turned into seconds from the record’s own time (E line 2)', () => {
    const m = map({ msgtype: 1000, message: 'x', time: '8/4/23 7:19 PM', ttl: '9/3/23 7:19 PM', bor: '8/10/23 7:19 PM' });
    expect(m.message).toMatchObject({ ttlSeconds: 2_592_000, burnOnReadSeconds: 518_400 });
  });
  it('3000 key verification, with the step named', () => {
    expect(map({ msgtype: 3000, keyverify: { msgtype: 3, verifiedkey: 'k' } }).message).toMatchObject({ kind: 'system', subtype: 'system.key_verification', body: 'Key verification: accepted' });
  });
  it('4001 create room: members, moderators and the room’s ttl / bor in seconds (inside control)', () => {
    const m = map({ msgtype: 4001, control: { bor: 0, changemask: 47, description: '', masters: ['user001', 'user002'], members: ['user001', 'user002', 'user003'], msgtype: 4001, title: 'Creating a room', ttl: 2592000 } });
    expect(m.message).toMatchObject({ kind: 'system', subtype: 'system.room_created' });
    expect(m.message!.body).toBe('Room created: “Creating a room” · members user001, user002, user003 · moderators user001, user002 · messages expire after 30 days');
    expect(m.room).toEqual({ title: 'Creating a room', ttlSeconds: 2592000, burnOnReadSeconds: 0 });
  });
  it('4002 add and remove members; either list may be absent or empty', () => {
    expect(map({ msgtype: 4002, control: { addedusers: ['user003'], msgtype: 4002 } }).message!.body).toBe('Members added: user003');
    expect(map({ msgtype: 4002, control: { addedusers: [], deletedusers: ['testbot'], msgtype: 4002 } }).message!.body).toBe('Members removed: testbot');
  });
  it('4003 leave, newer with control and older without (W line 6)', () => {
    expect(map({ msgtype: 4003, sender: 'user003', control: { deletedusers: ['user003'], msgtype: 4003 } }).message).toMatchObject({ subtype: 'system.left', body: 'Left the room' });
    expect(map({ msgtype: 4003 }).message).toMatchObject({ subtype: 'system.left', body: 'Left the room' });
  });
  it('4004 room changes by changemask: a title (4), saved items (64); the room title follows', () => {
    const title = map({ msgtype: 4004, control: { bor: 0, changemask: 4, masters: ['user001'], members: ['user001'], msgtype: 4004, title: 'Renamed room', ttl: 2592000 } });
    expect(title.message!.body).toBe('Room settings changed: title “Renamed room”');
    expect(title.room).toMatchObject({ title: 'Renamed room' });
    const vault = map({ msgtype: 4004, control: { changemask: 64, title: 'Project Files', filevaultinfo: { filemgtaction: { action: 'save', target: 'file', name: 'report.pdf', path: '/shared', modifiedbyuser: 'user001' } }, msgtype: 4004, ttl: 2592000, bor: 0 } });
    expect(vault.message!.body).toBe('Room settings changed: saved items: save file /shared/report.pdf by user001');
    expect(vault.room).not.toHaveProperty('title');
  });
  it('4005 delete room', () => {
    expect(map({ msgtype: 4005 }).message).toMatchObject({ kind: 'system', subtype: 'system.room_deleted', body: 'Room deleted' });
  });
  it('4014 pin is about the conversation, a system line, not an event', () => {
    expect(map({ msgtype: 4014, control: { pinned: true, msgtype: 4014 } }).message).toMatchObject({ subtype: 'system.conversation_pinned' });
  });
  it('6000 file: display name as body, the local file name kept for the attachment (host path or bare name)', () => {
    const m = map({ msgtype: 6000, file: { filename: 'picture.jpeg', guid: 'AD20', localfilename: '/opt/WickrIO/clients/bot/attachments/attachment_20171116111610865_picture.jpeg' } });
    expect(m.message).toMatchObject({ kind: 'media', subtype: 'media.file', body: 'picture.jpeg', file: { filename: 'picture.jpeg', localfilename: '/opt/WickrIO/clients/bot/attachments/attachment_20171116111610865_picture.jpeg' } });
    expect(map({ msgtype: 6000, file: { filename: 'memo.m4a', isvoicememo: true } }).message!.subtype).toBe('media.voice_memo');
    expect(map({ msgtype: 6000, file: { filename: 's.png', isscreenshot: true } }).message!.subtype).toBe('media.screenshot');
  });
  it('7000 calls: status and duration, the start record as the thread it continues', () => {
    expect(map({ msgtype: 7000, call: { status: 0, participants: ['8995'] } }).message).toMatchObject({ kind: 'call', subtype: 'call.started', body: 'Call started' });
    expect(map({ msgtype: 7000, call: { duration: 38, startmsgid: '72c9', status: 1 } }).message).toMatchObject({ subtype: 'call.completed', body: 'Call ended after 38 seconds', threadParent: '72c9' });
    expect(map({ msgtype: 7000, call: { status: 2 } }).message!.subtype).toBe('call.missed');
    expect(map({ msgtype: 7000, call: { status: 3, invitemsgid: '87b5' } }).message).toMatchObject({ subtype: 'call.cancelled', threadParent: '87b5' });
  });
  it('8000 static location', () => {
    expect(map({ msgtype: 8000, location: { latitude: 40.75017899435506, longitude: -74.99449803034105 } }).message).toMatchObject({ kind: 'location', body: 'Location 40.75017899435506, -74.99449803034105' });
  });
  it('9000 live-location update: `shareexpiriation` as misspelt in the source (a string), and the correct spelling (a number)', () => {
    const misspelt = map({ msgtype: 9000, edit: { type: 'location', shareexpiriation: '1780509208', latitude: 40.7556, longitude: -73.9861 } });
    expect(misspelt.message).toMatchObject({ kind: 'location', subtype: 'location.live', body: 'Live location 40.7556, -73.9861 (sharing until 2026-06-03T17:53:28Z)' });
    expect(misspelt.events).toEqual([]);
    expect(map({ msgtype: 9000, edit: { type: 'location', shareexpiration: -1, latitude: 1, longitude: 2 } }).message!.body).toBe('Live location 1, 2 (sharing stopped)');
  });
});

describe('events naming a target', () => {
  it('4011 delete by control.msgid with isrecall (A line 12); the sender is who deleted', () => {
    const m = map({ msgtype: 4011, control: { isrecall: true, msgid: '4ab537d0f85d11e88c2225680208f9ff', msgtype: 4011 } });
    expect(m.message).toBeNull();
    expect(m.events).toEqual([expect.objectContaining({ kind: 'delete', targetNativeId: '4ab537d0f85d11e88c2225680208f9ff', actor: 'user002', value: 'recall', detail: { isrecall: true, targetKey: 'control.msgid' } })]);
  });
  it('4011 delete by control.message_id, the older key (W lines 8–9), recording which key named the target', () => {
    const m = map({ msgtype: 4011, control: { message_id: 'a59a3520ca2f11e7a14cd1c8bf2a1be8', isrecall: false, msgtype: 4011 } });
    expect(m.events[0]).toMatchObject({ targetNativeId: 'a59a3520ca2f11e7a14cd1c8bf2a1be8', value: 'delete', detail: { isrecall: false, targetKey: 'control.message_id' } });
  });
  it('4011 without any target key is kept as unclassified with a problem', () => {
    const m = map({ msgtype: 4011, control: { msgtype: 4011 } });
    expect(m.message).toMatchObject({ kind: 'unclassified' });
    expect(m.problems.map((p) => p.code)).toContain('delete_without_target');
  });
  it('4012 star: one event per attribute', () => {
    const m = map({ msgtype: 4012, control: { attributes: [{ isstarred: true, msgid: 'a' }, { isstarred: false, msgid: 'b' }], msgtype: 4012 } });
    expect(m.events.map((e) => [e.kind, e.targetNativeId, e.value])).toEqual([
      ['star', 'a', 'starred'],
      ['star', 'b', 'unstarred'],
    ]);
  });
  it('9000 text edit: the new text, the original untouched (A line 21)', () => {
    const m = map({ msgtype: 9000, edit: { originalmessageid: '84da42d05f6811f19b07b1408476c2f4', text: 'corrected message text', type: 'text' } });
    expect(m.events).toEqual([expect.objectContaining({ kind: 'edit', targetNativeId: '84da42d05f6811f19b07b1408476c2f4', value: 'corrected message text', detail: { type: 'text' } })]);
  });
  it('9100 reactions add and remove, emoji or text (W lines 11–12, A line 22)', () => {
    const add = map({ msgtype: 9100, edit: { originalmessageid: 'a1c0', reactAdded: true, reaction: '👍', type: 'reaction' } });
    const remove = map({ msgtype: 9100, edit: { originalmessageid: 'a1c0', reactAdded: false, reaction: '👍', type: 'reaction' } });
    expect(add.events[0]).toMatchObject({ kind: 'reaction', value: '👍', detail: { added: true } });
    expect(remove.events[0]).toMatchObject({ kind: 'reaction', value: '👍', detail: { added: false } });
    expect(map({ msgtype: 9100, edit: { originalmessageid: 'x', reactAdded: true, reaction: '(thumbs up)', type: 'reaction' } }).events[0]!.value).toBe('(thumbs up)');
  });
  it('9200 read receipt names the message read by its time, not its id (A line 23)', () => {
    const m = map({ msgtype: 9200, readreceipt: { status: 'READ', message_timestamp_secs: '1780503683', message_timestamp_usecs: '75323', read_receipt_timestamp: '1780503700' } });
    expect(m.events).toEqual([expect.objectContaining({ kind: 'receipt', targetNativeId: null, targetAtUs: 1780503683_075323, value: 'read' })]);
  });
});

describe('odd records are kept, never dropped', () => {
  it('an unknown msgtype is unclassified with the raw record (4006 appears in iOS logs)', () => {
    const m = map({ msgtype: 4006, control: { msgtype: 4006 } });
    expect(m.message).toMatchObject({ kind: 'unclassified', subtype: 'unclassified.msgtype_4006', raw: '{"msgtype":4006,"control":{"msgtype":4006}}' });
    expect(m.problems).toEqual([{ code: 'msgtype_unknown', message: 'a.jsonl, line 1: msgtype 4006 is not a record type this version knows; kept as unclassified with the raw record.' }]);
  });
  it('a record without msg_ts keeps no time and says so; one without vgroupid goes to its own conversation', () => {
    const m = mapRecord({ msgtype: 1000, message: 'x' }, ctx());
    expect(m.message!.instant).toBeNull();
    expect(m.conversationKey).toBe('');
    expect(m.problems.map((p) => p.code)).toEqual(['msg_ts_invalid', 'vgroupid_missing']);
  });
  it('a msgtype given as a string is read as its number', () => {
    expect(mapRecord({ msgtype: '1000', message: 'x', msg_ts: '1.1', vgroupid: 'v' }, ctx()).message!.kind).toBe('text');
  });
});
