// A small, invented Wickr retention archive laid out as the bot writes it (docs/formats.md#wickr-files):
// compliance/messages/receivedMessages*.txt (rotated; the file names sort against time order) and
// compliance/attachments/. Every record type of the spec appears, with targets present so edits,
// reactions, receipts, stars and deletes link, plus the traps: unpadded microseconds, a duplicate, a
// conflicting id, an unknown msgtype, a missing attachment and a truncated last line.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOM = 'S1c0ffee4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f80';
export const DIRECT = '7b1f0c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b';

/** A version-1 UUID without dashes whose embedded time is `us` (so WK-4 finds no disagreement). */
export function uuidV1(us: number, node = 'a1b2c3d4e5f6'): string {
  const ticks = BigInt(us) * 10n + 0x01b21dd213814000n;
  const hex = ticks.toString(16).padStart(15, '0');
  const low = hex.slice(7);
  const mid = hex.slice(3, 7);
  const hi = hex.slice(0, 3);
  return `${low}${mid}1${hi}9a74${node}`;
}

/** `msg_ts` as the bot writes it: seconds, a dot, microseconds without zero-padding. */
export function msgTs(us: number): string {
  return `${Math.floor(us / 1_000_000)}.${us % 1_000_000}`;
}

const T0 = Date.UTC(2023, 10, 14, 22, 0, 0) * 1000; // 2023-11-14T22:00:00Z in µs

export interface Built {
  root: string;
  messagesDir: string;
  attachmentsDir: string;
  early: string;
  late: string;
  ids: Record<string, string>;
  times: Record<string, number>;
}

/** Writes the archive under `dir/compliance`; returns the paths, ids and exact times (µs) used. */
export function buildWickrArchive(dir: string, opts: { truncatedTail?: boolean; encryptedObject?: boolean } = {}): Built {
  const root = join(dir, 'compliance');
  const messagesDir = join(root, 'messages');
  const attachmentsDir = join(root, 'attachments');
  mkdirSync(messagesDir, { recursive: true });
  mkdirSync(attachmentsDir, { recursive: true });
  writeFileSync(join(attachmentsDir, 'attachment_20231114220130000_permit-draft.pdf'), '%PDF-1.4 invented permit draft\n');
  writeFileSync(join(attachmentsDir, 'unrelated-leftover.bin'), 'not named by any record');

  const ids: Record<string, string> = {};
  const times: Record<string, number> = {};
  const rec = (name: string, secondsAfter: number, micros: number, fields: Record<string, unknown>): string => {
    const us = T0 + secondsAfter * 1_000_000 + micros;
    times[name] = us;
    ids[name] = uuidV1(us);
    const r: Record<string, unknown> = { message_id: ids[name], msg_ts: msgTs(us), sender_type: 'normal', ...fields };
    return JSON.stringify(r);
  };
  const room = { vgroupid: ROOM };
  const early = [
    rec('create', 0, 5123, { ...room, msgtype: 4001, sender: 'alice', control: { bor: 3600, changemask: 47, description: '', masters: ['alice'], members: ['alice', 'bob', 'carol'], msgtype: 4001, title: 'Harbor permit review', ttl: 604800 } }),
    rec('draft', 60, 75323, { ...room, msgtype: 1000, sender: 'alice', message: 'Draft permit attached below', time: '11/14/23 10:01 PM', ttl: '11/21/23 10:01 PM', bor: '11/14/23 11:01 PM' }),
    rec('file', 90, 120, { ...room, msgtype: 6000, sender: 'alice', file: { filename: 'permit-draft.pdf', guid: 'AD20D048-9B60-4F32-A691-2D4BE4152E58', localfilename: '/opt/WickrIO/clients/compliancebot01/attachments/attachment_20231114220130000_permit-draft.pdf', uploadedbyuser: 'alice' } }),
    rec('fee', 120, 999999, { ...room, msgtype: 1000, sender: 'bob', message: 'Fee looks wrong, should be 1,200' }),
    rec('edit', 185, 500, { ...room, msgtype: 9000, sender: 'bob', edit: { originalmessageid: '', text: 'Fee looks wrong, should be 1,250', type: 'text' } }),
  ];
  // The edit names the fee message (ids are known once the record above is built).
  early[4] = early[4]!.replace('"originalmessageid":""', `"originalmessageid":"${ids.fee}"`);
  const lateLines = [
    rec('thumbs', 200, 42, { ...room, msgtype: 9100, sender: 'carol', edit: { originalmessageid: ids.draft, reactAdded: true, reaction: '👍', type: 'reaction' } }),
    rec('read', 210, 7, { ...room, msgtype: 9200, sender: 'alice', readreceipt: { status: 'READ', message_timestamp_secs: String(Math.floor(times.fee! / 1_000_000)), message_timestamp_usecs: String(times.fee! % 1_000_000), read_receipt_timestamp: String(Math.floor(times.fee! / 1_000_000) + 80) } }),
    rec('star', 220, 0, { ...room, msgtype: 4012, sender: 'alice', control: { attributes: [{ isstarred: true, msgid: ids.file }], msgtype: 4012 } }),
    rec('oops', 230, 1, { ...room, msgtype: 1000, sender: 'carol', message: 'wrong chat, ignore' }),
    rec('recall', 240, 2, { ...room, msgtype: 4011, sender: 'carol', control: { isrecall: true, msgid: '', msgtype: 4011 } }),
    rec('dm', 300, 300000, { vgroupid: DIRECT, msgtype: 1000, sender: 'alice', receiver: 'bob', message: 'Call me about the fee' }),
    rec('photo', 310, 1, { vgroupid: DIRECT, msgtype: 6000, sender: 'bob', receiver: 'alice', file: { filename: 'site.jpg', localfilename: 'compliance-output-file-site.jpg' } }),
    rec('call', 320, 0, { vgroupid: DIRECT, msgtype: 7000, sender: 'alice', receiver: 'bob', call: { status: 1, duration: 38, startmsgid: 'f00dfeed0000000000000000000000aa' } }),
    rec('future', 330, 0, { ...room, msgtype: 4006, sender: 'alice', control: { msgtype: 4006 } }),
    rec('dangling', 340, 0, { ...room, msgtype: 9100, sender: 'bob', edit: { originalmessageid: 'ffffffffffffffffffffffffffffffff', reactAdded: true, reaction: '❤️', type: 'reaction' } }),
  ];
  lateLines[4] = lateLines[4]!.replace('"msgid":""', `"msgid":"${ids.oops}"`);
  // A bot restart wrote the first late record again (a duplicate), and a copy with the same id but
  // other content (a conflict).
  lateLines.push(lateLines[0]!);
  lateLines.push(lateLines[5]!.replace('Call me about the fee', 'Call me about the fees'));
  if (opts.truncatedTail) lateLines.push(`{"message_id":"${uuidV1(T0 + 400_000_000)}","msg_ts":"${msgTs(T0 + 400_000_000)}","msgtype":1000,"sender":"bob","vgroupid":"${ROOM}","message":"cut off mid-wri`);
  // Names sort against time: the later file's name comes first.
  const early_ = join(messagesDir, 'receivedMessages_b.txt');
  const late = join(messagesDir, 'receivedMessages_a.txt');
  writeFileSync(early_, early.join('\n') + '\n');
  writeFileSync(late, lateLines.join('\n') + (opts.truncatedTail ? '' : '\n'));
  if (opts.encryptedObject) {
    const bytes = Buffer.alloc(4096);
    let x = 0x9e3779b9;
    for (let i = 0; i < bytes.length; i++) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      bytes[i] = x & 0xff;
    }
    writeFileSync(join(messagesDir, '29250339'), bytes);
    writeFileSync(join(messagesDir, '29250339.json'), JSON.stringify({ Metadata: { 'x-amz-key-v2': 'AQIDAHh…', 'x-amz-iv': 'q1w2e3r4', 'x-amz-matdesc': '{"kms_cmk_id":"arn:aws:kms:…"}', 'x-amz-tag-len': '128' } }));
  }
  return { root, messagesDir, attachmentsDir, early: early_, late, ids, times };
}
