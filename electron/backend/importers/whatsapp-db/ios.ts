// iOS ChatStorage.sqlite (Core Data; docs/formats.md#whatsapp-device-databases). Forensic tools export
// it with `_rowid` / `isdeleted` columns on every table and carved rows among the live ones: live rows
// are messages, recovered rows are kept apart as carved evidence, never mixed into a chat.
import type Database from 'better-sqlite3';
import type { MessageKind } from '../../../../shared/model';
import type { AttachmentRecord } from '../types';
import type { WarningList } from '../warnings';
import { counted, holesIn, isStatusJid, jidLabel, kindOfJid, mediaBody, OWNER, UNKNOWN_SENDER, type DeviceChat, type DeviceMessage, type Hole } from './map';
import { inChatOrder } from './android';
import { readQuote } from './protobuf';
import { allRows, fromAppleSeconds, int, rowJson, selectColumns, text, type Row } from './values';

type Tables = Map<string, string[]>;

/** `ZMESSAGETYPE` codes (they differ from Android's); anything else is kept and warned. */
const TYPES: Record<number, { kind: MessageKind; what: string | null }> = {
  0: { kind: 'text', what: null },
  1: { kind: 'media', what: 'image' },
  2: { kind: 'media', what: 'video' },
  3: { kind: 'media', what: 'audio' },
  4: { kind: 'contact', what: 'contact card' },
  5: { kind: 'location', what: 'location' },
  6: { kind: 'system', what: null },
  7: { kind: 'text', what: null },
  8: { kind: 'media', what: 'document' },
  10: { kind: 'system', what: null },
  11: { kind: 'media', what: 'GIF' },
  14: { kind: 'deleted', what: null },
  15: { kind: 'media', what: 'sticker' },
  38: { kind: 'media', what: 'image' },
  39: { kind: 'media', what: 'video' },
};
const REVOKED = 14;

export const CARVED_KEY = 'carved';

export interface IosRead {
  chats: DeviceChat[];
  messages: DeviceMessage[];
  /** Per chat (by JID): holes in ZSORT between live rows, as seqs of the neighbours. */
  sortHoles: Record<string, { from: number; to: number; beforeSeq: number; afterSeq: number }[]>;
  /** Per chat (by JID): ZMESSAGECOUNTER − 1 above the live row count. */
  counterShortfalls: Record<string, { counter: number; rows: number; highestSort: number }>;
  carvedRows: number;
  forensicExport: boolean;
  skippedStatus: number;
}

/** A forensic tool's copy: `isdeleted` columns mark recovered rows. */
function liveFilter(cols: readonly string[]): string {
  return cols.includes('isdeleted') ? "(isdeleted IS NULL OR isdeleted IN (0, '0', ''))" : '1';
}

export function readIos(db: Database.Database, tables: Tables, label: string, names: Map<string, string>, warnings: WarningList): IosRead {
  const cols = (t: string) => tables.get(t) ?? [];
  const forensicExport = cols('ZWAMESSAGE').includes('isdeleted') || cols('ZWAMESSAGE').includes('_rowid');
  if (forensicExport) {
    const missing = ['Z_PRIMARYKEY', 'Z_METADATA'].filter((t) => !tables.has(t));
    warnings.add(null, 'forensic_export', `${label}: the tables carry a forensic tool's _rowid / isdeleted columns${missing.length ? ` and Core Data's ${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} missing` : ''}; live rows are read as messages, rows the tool recovered are kept apart as carved evidence.`);
  }
  const name = (jid: string | null) => (jid ? (names.get(jid) ?? jidLabel(jid)) : null);
  for (const r of tables.has('ZWAPROFILEPUSHNAME') ? allRows(db, 'SELECT ZJID, ZPUSHNAME FROM ZWAPROFILEPUSHNAME') : []) {
    const jid = text(r.ZJID);
    if (jid && text(r.ZPUSHNAME) && !names.has(jid)) names.set(jid, text(r.ZPUSHNAME)!);
  }
  const members = new Map<number, { jid: string | null; name: string | null }>();
  if (tables.has('ZWAGROUPMEMBER')) {
    for (const r of allRows(db, `SELECT ${selectColumns('ZWAGROUPMEMBER', cols('ZWAGROUPMEMBER'), ['Z_PK', 'ZMEMBERJID', 'ZCONTACTNAME', 'ZFIRSTNAME'])} FROM ZWAGROUPMEMBER WHERE ${liveFilter(cols('ZWAGROUPMEMBER'))}`)) {
      const pk = int(r.Z_PK);
      if (pk !== null) members.set(pk, { jid: text(r.ZMEMBERJID), name: text(r.ZCONTACTNAME) || text(r.ZFIRSTNAME) });
    }
  }
  const chats = new Map<number, DeviceChat & { counter: number | null }>();
  let skippedStatus = 0;
  for (const r of allRows(db, `SELECT ${selectColumns('ZWACHATSESSION', cols('ZWACHATSESSION'), ['Z_PK', 'ZCONTACTJID', 'ZPARTNERNAME', 'ZMESSAGECOUNTER'])} FROM ZWACHATSESSION WHERE ${liveFilter(cols('ZWACHATSESSION'))}`)) {
    const pk = int(r.Z_PK);
    const jid = text(r.ZCONTACTJID);
    if (pk === null) continue;
    if (isStatusJid(jid)) {
      skippedStatus++;
      continue;
    }
    if (chats.has(pk)) warnings.add(null, 'duplicate_key', `${label}: ZWACHATSESSION has two live rows with Z_PK ${pk}; the first is used.`);
    else chats.set(pk, { key: `session:${pk}`, title: text(r.ZPARTNERNAME) || name(jid) || `session ${pk}`, kind: kindOfJid(jid), nativeId: jid, counter: int(r.ZMESSAGECOUNTER) });
  }
  const media = new Map<number, Row>();
  if (tables.has('ZWAMEDIAITEM')) {
    for (const r of allRows(db, `SELECT ${selectColumns('ZWAMEDIAITEM', cols('ZWAMEDIAITEM'), ['Z_PK', 'ZMESSAGE', 'ZMEDIALOCALPATH', 'ZTITLE', 'ZVCARDSTRING', 'ZFILESIZE', 'ZMETADATA'])} FROM ZWAMEDIAITEM WHERE ${liveFilter(cols('ZWAMEDIAITEM'))}`)) {
      const pk = int(r.Z_PK);
      if (pk !== null) media.set(pk, r);
    }
  }
  const mcols = cols('ZWAMESSAGE');
  const want = ['Z_PK', 'ZCHATSESSION', 'ZISFROMME', 'ZMESSAGEDATE', 'ZMESSAGETYPE', 'ZTEXT', 'ZSTANZAID', 'ZFROMJID', 'ZGROUPMEMBER', 'ZMEDIAITEM', 'ZSORT', 'ZGROUPEVENTTYPE', 'ZPUSHNAME', '_rowid', 'isdeleted'];
  const rows = allRows(db, `SELECT ${selectColumns('ZWAMESSAGE', mcols, want)} FROM ZWAMESSAGE`);
  const messages: DeviceMessage[] = [];
  const unknownTypes = new Set<number>();
  const seenPk = new Set<number>();
  let carvedRows = 0;
  let statusRows = 0;
  let orphanRows = 0;
  let unreadableQuotes = 0;
  for (const r of rows) {
    const pk = int(r.Z_PK);
    const carved = forensicExport && int(r.isdeleted) === 1;
    const rowLabel = `ZWAMESSAGE.Z_PK ${pk ?? '?'}${r._rowid !== null ? ` (_rowid ${text(r._rowid)})` : ''}`;
    if (!carved && pk !== null) {
      if (seenPk.has(pk)) warnings.add(null, 'duplicate_key', `${label}: ZWAMESSAGE has two live rows with Z_PK ${pk}; both are kept.`);
      seenPk.add(pk);
    }
    const session = int(r.ZCHATSESSION);
    const chat = session === null ? undefined : chats.get(session);
    if (!carved && !chat) {
      if (session !== null && allStatus(db, session)) statusRows++;
      else orphanRows++;
      continue;
    }
    const fromMe = int(r.ZISFROMME) === 1;
    const code = int(r.ZMESSAGETYPE);
    let type = code === null ? TYPES[0]! : TYPES[code];
    if (!type) {
      if (!unknownTypes.has(code!)) {
        unknownTypes.add(code!);
        warnings.add(null, 'unknown_message_type', `${label}: ZMESSAGETYPE ${code} (first at ${rowLabel}) is not one this version knows; such rows are kept as unclassified items.`);
      }
      type = { kind: 'unclassified', what: `message type ${code}` };
    }
    const member = members.get(int(r.ZGROUPMEMBER) ?? -1);
    const senderJid = fromMe ? null : chat?.kind === 'group' ? (member?.jid ?? null) : text(r.ZFROMJID);
    const sender = fromMe ? OWNER : (member?.name ?? (senderJid ? name(senderJid) : text(r.ZPUSHNAME)) ?? UNKNOWN_SENDER);
    const item = media.get(int(r.ZMEDIAITEM) ?? -1);
    const kind = type.kind;
    let subtype: string | null = null;
    let body = text(r.ZTEXT) ?? '';
    if (body.includes('\uFFFD') || Buffer.isBuffer(r.ZTEXT)) warnings.add(null, 'invalid_text', `${label}: ${rowLabel} holds text that is not valid UTF-8; kept with replacement characters, the row as read in its raw record.`);
    const attachments: AttachmentRecord[] = [];
    const joined: Record<string, unknown> = {};
    if (code === REVOKED) {
      const by = text(item?.ZVCARDSTRING ?? null);
      subtype = fromMe ? 'deleted.own' : by && by !== senderJid && chat?.kind === 'group' ? 'deleted.admin' : 'deleted.incoming';
      body = subtype === 'deleted.admin' ? `This message was deleted by admin ${name(by)}` : fromMe ? 'You deleted this message' : 'This message was deleted';
      if (by) joined.deletedBy = by;
    } else if (kind === 'system') {
      subtype = `system.event_${int(r.ZGROUPEVENTTYPE) ?? 'unknown'}`;
      body = body || `group event ${int(r.ZGROUPEVENTTYPE) ?? ''}`.trim();
    } else if (type.what && kind !== 'text') {
      body = mediaBody(type.what, text(item?.ZTITLE ?? null) || text(r.ZTEXT));
      const path = text(item?.ZMEDIALOCALPATH ?? null);
      if (item) attachments.push({ name: path ? path.split('/').pop()! : `${type.what} of ${rowLabel}`, entry: path, present: false, sha256: null, size: int(item.ZFILESIZE) });
    }
    let quotedKey: string | null = null;
    const metadata = item?.ZMETADATA;
    if (Buffer.isBuffer(metadata)) {
      const quote = readQuote(metadata);
      if (quote === 'invalid') unreadableQuotes++;
      else if (quote) {
        quotedKey = quote.stanzaId;
        joined.quoted = quote;
      }
    }
    if (carved) carvedRows++;
    const sort = int(r.ZSORT);
    messages.push({
      chatKey: carved ? CARVED_KEY : chat!.key,
      rowId: pk ?? -1,
      sortValue: carved ? null : sort,
      record: carved ? `${rowLabel}, recovered by the forensic tool (isdeleted 1)` : `${rowLabel}${sort !== null ? ` · ZSORT ${sort}` : ''}`,
      author: kind === 'system' ? null : sender,
      authorId: senderJid,
      direction: fromMe ? 'outgoing' : 'incoming',
      kind: carved ? 'unclassified' : kind,
      subtype: carved ? 'recovered' : subtype,
      body,
      nativeId: text(r.ZSTANZAID),
      quotedKey: carved ? null : quotedKey,
      deleted: !carved && code === REVOKED,
      edited: false,
      instant: fromAppleSeconds(r.ZMESSAGEDATE),
      attachments,
      raw: rowJson(r, joined),
    });
  }
  if (orphanRows) warnings.add(null, 'chat_missing', `${label}: ${counted(orphanRows, 'ZWAMESSAGE row points', 'ZWAMESSAGE rows point')} at a chat session that is not in ZWACHATSESSION; not imported.`);
  if (statusRows) warnings.add(null, 'status_rows', `${label}: ${counted(statusRows, 'row of a status feed is', 'rows of status feeds are')} not a conversation message; not imported.`);
  if (unreadableQuotes) warnings.add(null, 'quote_metadata_invalid', `${label}: ${counted(unreadableQuotes, 'ZMETADATA value is', 'ZMETADATA values are')} not a well-formed protobuf; no quote is read from it.`);
  if (carvedRows) warnings.add(null, 'carved_rows', `${label}: ${counted(carvedRows, 'row recovered by the forensic tool (isdeleted 1) is', 'rows recovered by the forensic tool (isdeleted 1) are')} kept in a conversation of their own, not mixed into the chats.`);

  const ordered = inChatOrder(messages);
  const sortHoles: IosRead['sortHoles'] = {};
  const counterShortfalls: IosRead['counterShortfalls'] = {};
  const byChat = new Map<string, DeviceMessage[]>();
  for (const m of ordered) {
    const list = byChat.get(m.chatKey);
    if (list) list.push(m);
    else byChat.set(m.chatKey, [m]);
  }
  for (const chat of chats.values()) {
    const own = byChat.get(chat.key) ?? [];
    const seqBySort = new Map<number, number>();
    own.forEach((m, seq) => m.sortValue !== null && !seqBySort.has(m.sortValue) && seqBySort.set(m.sortValue, seq));
    const holes: Hole[] = holesIn([...seqBySort.keys()]);
    if (holes.length) sortHoles[chat.nativeId ?? chat.key] = holes.map((h) => ({ from: h.from, to: h.to, beforeSeq: seqBySort.get(h.before)!, afterSeq: seqBySort.get(h.after)! }));
    const top = [...seqBySort.keys()].reduce((a, b) => Math.max(a, b), 0);
    if (chat.counter !== null && chat.counter - 1 > own.length && chat.counter - 1 > top) counterShortfalls[chat.nativeId ?? chat.key] = { counter: chat.counter, rows: own.length, highestSort: top };
  }
  const chatList: DeviceChat[] = [...chats.values()].map(({ counter: _counter, ...c }) => c);
  if (carvedRows) chatList.push({ key: CARVED_KEY, title: 'Rows recovered by the forensic tool (carved, not live)', kind: 'unknown', nativeId: null });
  return { chats: chatList, messages: ordered, sortHoles, counterShortfalls, carvedRows, forensicExport, skippedStatus };
}

function allStatus(db: Database.Database, session: number): boolean {
  const r = db.prepare('SELECT ZCONTACTJID AS jid FROM ZWACHATSESSION WHERE Z_PK = ?').get(session) as Row | undefined;
  return isStatusJid(text(r?.jid ?? null));
}
