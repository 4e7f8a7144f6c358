// Android msgstore.db, both schema generations (docs/formats.md#whatsapp-device-databases): the legacy
// `messages` table keyed by `key_remote_jid`, and the current `message` / `chat` / `jid` tables. A
// transitional database holds both; the generation is decided by where the rows are, never by which
// tables exist.
import type Database from 'better-sqlite3';
import type { MessageKind } from '../../../../shared/model';
import type { WarningList } from '../warnings';
import type { AttachmentRecord, EventRecord } from '../types';
import { counted, eventRecord, isStatusJid, jidLabel, kindOfJid, mediaBody, OWNER, UNKNOWN_SENDER, type DeviceChat, type DeviceMessage } from './map';
import { allRows, fromUnixMs, int, rowJson, selectColumns, text, type Row } from './values';

type Tables = Map<string, string[]>;

/** `message_type` / `media_wa_type` codes public readers agree on; anything else is kept and warned. */
const TYPES: Record<number, { kind: MessageKind; what: string | null }> = {
  0: { kind: 'text', what: null },
  1: { kind: 'media', what: 'image' },
  2: { kind: 'media', what: 'audio' },
  3: { kind: 'media', what: 'video' },
  4: { kind: 'contact', what: 'contact card' },
  5: { kind: 'location', what: 'location' },
  7: { kind: 'system', what: null },
  8: { kind: 'call', what: 'call' },
  9: { kind: 'media', what: 'document' },
  13: { kind: 'media', what: 'GIF' },
  15: { kind: 'deleted', what: null },
  20: { kind: 'media', what: 'sticker' },
};
const REVOKED = 15;

/** `message_system.action_type`, as reverse-engineered by public readers (partial). */
const SYSTEM_ACTIONS: Record<number, string> = {
  1: 'changed the group subject',
  4: 'was added',
  5: 'left',
  6: 'changed the group icon',
  7: 'you were removed',
  10: 'changed their phone number',
  11: 'created the group',
  12: 'was added',
  14: 'was removed',
  15: 'was made an admin',
  18: 'security code changed',
  19: 'messages are end-to-end encrypted',
  20: 'joined using an invite link',
  27: 'changed the group description',
  28: 'changed their phone number',
  56: 'changed the disappearing-message timer',
  57: 'security code changed',
  58: 'blocked or unblocked this contact',
};

export interface AndroidRead {
  schema: string;
  table: 'message' | 'messages';
  chats: DeviceChat[];
  messages: DeviceMessage[];
  events: EventRecord[];
  /** Every row id of the message table (placeholders and status rows included), with its chat and time. */
  ids: { id: number; chat: string | null; at: number | null }[];
  sequence: number | null;
  skipped: { placeholders: number; status: number };
}

const PLACEHOLDER_JID = '-1';

function count(db: Database.Database, sql: string): number {
  return int((db.prepare(sql).get() as Row | undefined)?.n) ?? 0;
}

/** Which table holds the messages: rows that are not the placeholder decide. */
export function androidGeneration(db: Database.Database, tables: Tables): { table: 'message' | 'messages'; other: number } {
  const current = tables.has('message') && tables.has('chat') ? count(db, "SELECT count(*) AS n FROM message WHERE chat_row_id IS NOT NULL AND chat_row_id NOT IN (-1, '-1')") : 0;
  const legacyCols = tables.get('messages') ?? [];
  const legacy = legacyCols.includes('key_remote_jid') ? count(db, "SELECT count(*) AS n FROM messages WHERE key_remote_jid IS NOT NULL AND key_remote_jid != '-1'") : 0;
  if (!tables.has('message') || (legacy > current && legacyCols.includes('key_remote_jid'))) return { table: 'messages', other: current };
  return { table: 'message', other: legacy };
}

function sqliteSequence(db: Database.Database, tables: Tables, table: string): number | null {
  if (!tables.has('sqlite_sequence')) return null;
  return int((db.prepare('SELECT seq FROM sqlite_sequence WHERE name = ?').get(table) as Row | undefined)?.seq);
}

interface Context {
  db: Database.Database;
  tables: Tables;
  label: string;
  names: Map<string, string>;
  warnings: WarningList;
}

function personName(ctx: Context, jid: string | null): string | null {
  if (!jid) return null;
  return ctx.names.get(jid) ?? jidLabel(jid);
}

/** Who a row is from, as both schema generations name it. */
function senderFields(ctx: Context, kind: MessageKind, fromMe: boolean, sender: string | null): Pick<DeviceMessage, 'author' | 'authorId' | 'direction'> {
  return {
    author: kind === 'system' ? null : fromMe ? OWNER : (personName(ctx, sender) ?? UNKNOWN_SENDER),
    authorId: fromMe ? null : sender,
    direction: fromMe ? 'outgoing' : 'incoming',
  };
}

function warnStatusRows(ctx: Context, rows: number): void {
  if (rows) ctx.warnings.add(null, 'status_rows', `${ctx.label}: ${counted(rows, 'status@broadcast row is a status post', 'status@broadcast rows are status posts')}, not conversation messages; not imported (their ids still count for the sequence rule).`);
}

function typeOf(ctx: Context, code: number | null, rowLabel: string, unknown: Set<number>): { kind: MessageKind; what: string | null } {
  const known = code === null ? TYPES[0]! : TYPES[code];
  if (known) return known;
  if (!unknown.has(code!)) {
    unknown.add(code!);
    ctx.warnings.add(null, 'unknown_message_type', `${ctx.label}: message type ${code} (first at ${rowLabel}) is not one this version knows; such rows are kept as unclassified items.`);
  }
  return { kind: 'unclassified', what: `message type ${code}` };
}

function base64ToHex(v: string | null): string | null {
  if (!v || !/^[A-Za-z0-9+/]{43}=$/.test(v)) return null;
  return Buffer.from(v, 'base64').toString('hex');
}

export function readAndroid(db: Database.Database, tables: Tables, label: string, names: Map<string, string>, warnings: WarningList): AndroidRead {
  const ctx: Context = { db, tables, label, names, warnings };
  const { table, other } = androidGeneration(db, tables);
  const transitional = tables.has('message') && tables.has('messages');
  if (other > 0) warnings.add(null, 'two_message_tables', `${label}: both the legacy 'messages' and the current 'message' tables hold rows; the ${table === 'message' ? 'current' : 'legacy'} one, with more, is read and ${other} row${other === 1 ? '' : 's'} of the other are not.`);
  const read = table === 'message' ? readCurrent(ctx) : readLegacy(ctx);
  return { ...read, schema: `${table === 'message' ? 'current' : 'legacy'}${transitional ? ' (transitional: both tables present)' : ''}`, table, sequence: sqliteSequence(db, tables, table) };
}

function readCurrent(ctx: Context): Omit<AndroidRead, 'schema' | 'table' | 'sequence'> {
  const { db, tables, label, warnings } = ctx;
  const has = (t: string) => tables.has(t);
  const cols = (t: string) => tables.get(t) ?? [];
  const jids = new Map<number, string>();
  if (has('jid')) {
    for (const r of allRows(db, `SELECT ${selectColumns('jid', cols('jid'), ['_id', 'raw_string', 'user', 'server'])} FROM jid`)) {
      const id = int(r._id);
      const raw = text(r.raw_string) || (text(r.user) !== null && text(r.server) ? `${text(r.user)}@${text(r.server)}` : null);
      if (id !== null && raw) jids.set(id, raw);
    }
  }
  if (has('jid_map') && has('jid')) {
    // A hidden @lid identity reads as the phone number it maps to, when the database knows it.
    for (const r of allRows(db, 'SELECT lid_row_id, jid_row_id FROM jid_map')) {
      const lid = jids.get(int(r.lid_row_id) ?? -1);
      const phone = jids.get(int(r.jid_row_id) ?? -1);
      if (lid && phone && !ctx.names.has(lid)) ctx.names.set(lid, ctx.names.get(phone) ?? jidLabel(phone));
    }
  }
  const chats = new Map<number, DeviceChat>();
  const statusChats = new Set<number>();
  for (const r of allRows(db, `SELECT ${selectColumns('chat', cols('chat'), ['_id', 'jid_row_id', 'subject', 'hidden'])} FROM chat`)) {
    const id = int(r._id);
    if (id === null) continue;
    const jid = jids.get(int(r.jid_row_id) ?? -1) ?? null;
    if (isStatusJid(jid)) {
      statusChats.add(id);
      continue;
    }
    const subject = text(r.subject);
    chats.set(id, { key: `chat:${id}`, title: subject || personName(ctx, jid) || `chat row ${id}`, kind: kindOfJid(jid), nativeId: jid });
  }
  if (has('chat_list')) {
    const listed = new Set(allRows(db, 'SELECT key_remote_jid FROM chat_list').map((r) => text(r.key_remote_jid)));
    const unlisted = [...chats.values()].filter((c) => c.nativeId && !listed.has(c.nativeId));
    if (unlisted.length) warnings.add(null, 'chat_list_disagrees', `${label}: ${unlisted.length} chat${unlisted.length === 1 ? ' is' : 's are'} in 'chat' but not in 'chat_list' (${unlisted.slice(0, 3).map((c) => c.title).join(', ')}${unlisted.length > 3 ? ', …' : ''}); read from 'chat', where the messages point.`);
  }

  const byRow = (t: string, key: string, want: string[]) => {
    const m = new Map<number, Row>();
    if (!has(t) || !cols(t).includes(key)) return m;
    for (const r of allRows(db, `SELECT ${selectColumns(t, cols(t), [key, ...want])} FROM ${t}`)) {
      const id = int(r[key]);
      if (id !== null) m.set(id, r);
    }
    return m;
  };
  const quoted = byRow('message_quoted', 'message_row_id', ['key_id', 'text_data', 'from_me']);
  const revoked = byRow('message_revoked', 'message_row_id', ['revoked_key_id', 'admin_jid_row_id', 'revoke_timestamp']);
  const system = byRow('message_system', 'message_row_id', ['action_type']);
  const edits = byRow('message_edit_info', 'message_row_id', ['original_key_id', 'edited_timestamp']);
  const media = byRow('message_media', 'message_row_id', ['file_path', 'file_size', 'mime_type', 'media_name', 'file_hash', 'media_caption']);

  const want = ['_id', 'chat_row_id', 'from_me', 'key_id', 'sender_jid_row_id', 'status', 'timestamp', 'message_type', 'text_data', 'sort_id', 'starred'];
  const rows = allRows(db, `SELECT ${selectColumns('message', cols('message'), want)} FROM message ORDER BY _id`);
  const ids: AndroidRead['ids'] = [];
  const messages: DeviceMessage[] = [];
  const events: EventRecord[] = [];
  const keyById = new Map<number, { key: string; chat: string }>();
  const missingChats = new Map<number, DeviceChat>();
  const skipped = { placeholders: 0, status: 0 };
  const unknownTypes = new Set<number>();
  let revokedWithoutRecord = 0;

  for (const r of rows) {
    const id = int(r._id);
    if (id === null) continue;
    const chatRow = int(r.chat_row_id);
    const at = fromUnixMs(r.timestamp);
    const chat = chatRow === null ? undefined : chats.get(chatRow);
    ids.push({ id, chat: chat?.title ?? null, at: at ? at.us / 1000 : null });
    if (chatRow === null || chatRow === -1 || text(r.key_id) === PLACEHOLDER_JID) {
      skipped.placeholders++;
      continue;
    }
    if (statusChats.has(chatRow)) {
      skipped.status++;
      continue;
    }
    let target = chat;
    if (!target) {
      target = missingChats.get(chatRow);
      if (!target) {
        target = { key: `chat:${chatRow}`, title: `Chat row ${chatRow} (not in the chat table)`, kind: 'unknown', nativeId: null };
        missingChats.set(chatRow, target);
        warnings.add(null, 'chat_missing', `${label}: message._id ${id} points at chat row ${chatRow}, which the chat table does not hold; its messages are kept in a conversation of their own.`);
      }
    }
    const rowLabel = `message._id ${id}`;
    const sort = int(r.sort_id);
    const fromMe = int(r.from_me) === 1;
    const code = int(r.message_type);
    const type = typeOf(ctx, code, rowLabel, unknownTypes);
    const sender = fromMe ? null : target.kind === 'direct' ? target.nativeId : (jids.get(int(r.sender_jid_row_id) ?? -1) ?? null);
    const key = text(r.key_id);
    if (key) keyById.set(id, { key, chat: target.key });
    let kind = type.kind;
    let subtype: string | null = null;
    let body = text(r.text_data) ?? '';
    let deleted = false;
    const joined: Record<string, unknown> = {};
    const sys = system.get(id);
    const attachments: AttachmentRecord[] = [];
    if (sys) {
      kind = 'system';
      const action = int(sys.action_type);
      subtype = `system.action_${action}`;
      body = body || `${SYSTEM_ACTIONS[action ?? -1] ?? `system event ${action}`}`;
    } else if (code === REVOKED) {
      deleted = true;
      const rev = revoked.get(id);
      const admin = rev ? (jids.get(int(rev.admin_jid_row_id) ?? -1) ?? null) : null;
      subtype = admin ? 'deleted.admin' : fromMe ? 'deleted.own' : 'deleted.incoming';
      body = admin ? `This message was deleted by admin ${personName(ctx, admin)}` : fromMe ? 'You deleted this message' : 'This message was deleted';
      if (rev) joined.revoked = { revokedKeyId: text(rev.revoked_key_id), admin, at: fromUnixMs(rev.revoke_timestamp)?.us ?? null };
      else revokedWithoutRecord++;
      // The admin's act as a delete record on the message, so the deletion names who did it.
      if (rev && admin && key) events.push(eventRecord({ conversationKey: target.key, kind: 'delete', targetNativeId: key, actor: personName(ctx, admin), actorId: admin, instant: fromUnixMs(rev.revoke_timestamp), value: 'revoked by admin', detail: null, nativeId: null, record: `message_revoked.message_row_id ${id}`, raw: rowJson(rev) }));
    } else if (type.what && kind !== 'text') {
      const m = media.get(id);
      const caption = text(m?.media_caption ?? null) || text(r.text_data);
      body = mediaBody(type.what, caption);
      if (m) {
        const path = text(m.file_path);
        attachments.push({
          name: text(m.media_name) || (path ? path.split('/').pop()! : `${type.what} of ${rowLabel}`),
          entry: path,
          present: false,
          sha256: base64ToHex(text(m.file_hash)),
          size: int(m.file_size),
        });
        joined.mime = text(m.mime_type);
      }
    }
    const q = quoted.get(id);
    if (q) joined.quoted = { keyId: text(q.key_id), text: text(q.text_data) };
    const edit = edits.get(id);
    if (edit) {
      events.push(
        eventRecord({ conversationKey: target.key, kind: 'edit', targetNativeId: key, actor: fromMe ? OWNER : personName(ctx, sender), instant: fromUnixMs(edit.edited_timestamp), value: body, detail: { originalKeyId: text(edit.original_key_id) }, nativeId: null, record: `message_edit_info.message_row_id ${id}`, raw: rowJson(edit) }),
      );
    }
    messages.push({
      chatKey: target.key,
      rowId: id,
      sortValue: sort,
      record: `${rowLabel}${sort !== null ? ` · sort_id ${sort}` : ''}`,
      ...senderFields(ctx, kind, fromMe, sender),
      kind,
      subtype,
      body,
      nativeId: key,
      quotedKey: q ? text(q.key_id) : null,
      deleted,
      edited: edit !== undefined,
      instant: at,
      attachments,
      raw: rowJson(r, joined),
    });
  }
  if (revokedWithoutRecord) warnings.add(null, 'revoked_without_record', `${label}: ${counted(revokedWithoutRecord, 'message of type 15 (deleted for everyone) has', 'messages of type 15 (deleted for everyone) have')} no message_revoked row; read as deleted, without who deleted them.`);
  warnStatusRows(ctx, skipped.status);

  if (has('message_orphaned_edit')) {
    const oc = cols('message_orphaned_edit');
    const keyCol = ['original_key_id', 'key_id', 'target_key_id'].find((c) => oc.includes(c));
    for (const r of allRows(db, `SELECT * FROM message_orphaned_edit`)) {
      const chatRow = int(r.chat_row_id);
      const chat = chatRow === null ? undefined : (chats.get(chatRow) ?? missingChats.get(chatRow));
      if (!chat || !keyCol) continue;
      events.push(eventRecord({ conversationKey: chat.key, kind: 'edit', targetNativeId: text(r[keyCol]), actor: null, instant: fromUnixMs(r.timestamp ?? r.edited_timestamp), value: text(r.text_data), detail: { orphanedEdit: true }, nativeId: null, record: `message_orphaned_edit._id ${int(r._id) ?? '?'}`, raw: rowJson(r) }));
    }
  }
  if (has('message_add_on') && has('message_add_on_reaction')) {
    for (const r of allRows(db, `SELECT a.*, x.reaction AS reaction FROM message_add_on a JOIN message_add_on_reaction x ON x.message_add_on_row_id = a._id`)) {
      const parent = keyById.get(int(r.parent_message_row_id) ?? -1);
      if (!parent) continue;
      const fromMe = int(r.from_me) === 1;
      events.push(eventRecord({ conversationKey: parent.chat, kind: 'reaction', targetNativeId: parent.key, actor: fromMe ? OWNER : personName(ctx, jids.get(int(r.sender_jid_row_id) ?? -1) ?? null), instant: fromUnixMs(r.timestamp), value: text(r.reaction), detail: null, nativeId: text(r.key_id), record: `message_add_on._id ${int(r._id)}`, raw: rowJson(r) }));
    }
  }
  return { chats: [...chats.values(), ...missingChats.values()], messages: inChatOrder(messages), events, ids, skipped };
}

function readLegacy(ctx: Context): Omit<AndroidRead, 'schema' | 'table' | 'sequence'> {
  const { db, tables } = ctx;
  const cols = tables.get('messages') ?? [];
  const subjects = new Map<string, string>();
  if (tables.has('chat_list')) {
    for (const r of allRows(db, `SELECT ${selectColumns('chat_list', tables.get('chat_list')!, ['key_remote_jid', 'subject'])} FROM chat_list`)) {
      const jid = text(r.key_remote_jid);
      if (jid && text(r.subject)) subjects.set(jid, text(r.subject)!);
    }
  }
  const quotes = new Map<number, { keyId: string; text: string | null }>();
  if (tables.has('messages_quotes') && cols.includes('quoted_row_id')) {
    for (const r of allRows(db, `SELECT ${selectColumns('messages_quotes', tables.get('messages_quotes')!, ['_id', 'key_id', 'data'])} FROM messages_quotes`)) {
      const id = int(r._id);
      const keyId = text(r.key_id);
      if (id !== null && keyId) quotes.set(id, { keyId, text: text(r.data) });
    }
  }
  const want = ['_id', 'key_remote_jid', 'key_from_me', 'key_id', 'status', 'data', 'timestamp', 'media_wa_type', 'remote_resource', 'quoted_row_id', 'edit_version', 'media_caption', 'media_name', 'media_mime_type', 'media_size'];
  const rows = allRows(db, `SELECT ${selectColumns('messages', cols, want)} FROM messages ORDER BY _id`);
  const chats = new Map<string, DeviceChat>();
  const ids: AndroidRead['ids'] = [];
  const messages: DeviceMessage[] = [];
  const skipped = { placeholders: 0, status: 0 };
  const unknownTypes = new Set<number>();
  for (const r of rows) {
    const id = int(r._id);
    if (id === null) continue;
    const jid = text(r.key_remote_jid);
    const at = fromUnixMs(r.timestamp);
    ids.push({ id, chat: jid ? (subjects.get(jid) ?? personName(ctx, jid)) : null, at: at ? at.us / 1000 : null });
    if (!jid || jid === PLACEHOLDER_JID) {
      skipped.placeholders++;
      continue;
    }
    if (isStatusJid(jid)) {
      skipped.status++;
      continue;
    }
    let chat = chats.get(jid);
    if (!chat) {
      chat = { key: `jid:${jid}`, title: subjects.get(jid) ?? personName(ctx, jid)!, kind: kindOfJid(jid), nativeId: jid };
      chats.set(jid, chat);
    }
    const rowLabel = `messages._id ${id}`;
    const fromMe = int(r.key_from_me) === 1;
    const code = int(r.media_wa_type);
    const status = int(r.status);
    const revoked = int(r.edit_version) === 7 || code === REVOKED;
    const type = typeOf(ctx, code, rowLabel, unknownTypes);
    const sender = fromMe ? null : chat.kind === 'group' ? text(r.remote_resource) : jid;
    let kind = type.kind;
    let subtype: string | null = null;
    let body = text(r.data) ?? '';
    const attachments: AttachmentRecord[] = [];
    if (status === 6) {
      kind = 'system';
      subtype = 'system.status_6';
      body = body || 'system event';
    } else if (revoked) {
      kind = 'deleted';
      subtype = fromMe ? 'deleted.own' : 'deleted.incoming';
      body = fromMe ? 'You deleted this message' : 'This message was deleted';
    } else if (type.what && kind !== 'text') {
      body = mediaBody(type.what, text(r.media_caption));
      const name = text(r.media_name);
      if (name || int(r.media_size)) attachments.push({ name: name || `${type.what} of ${rowLabel}`, entry: null, present: false, sha256: null, size: int(r.media_size) });
    }
    const quoted = quotes.get(int(r.quoted_row_id) ?? -1);
    messages.push({
      chatKey: chat.key,
      rowId: id,
      sortValue: null,
      record: rowLabel,
      ...senderFields(ctx, kind, fromMe, sender),
      kind,
      subtype,
      body,
      nativeId: text(r.key_id),
      quotedKey: quoted?.keyId ?? null,
      deleted: revoked,
      edited: false,
      instant: at,
      attachments,
      raw: rowJson(r, quoted ? { quoted } : {}),
    });
  }
  warnStatusRows(ctx, skipped.status);
  return { chats: [...chats.values()], messages: inChatOrder(messages), events: [], ids, skipped };
}

/** A chat's order: its sort value, then time, then row id. */
export function inChatOrder(messages: DeviceMessage[]): DeviceMessage[] {
  return [...messages].sort((a, b) => {
    if (a.chatKey !== b.chatKey) return a.chatKey < b.chatKey ? -1 : 1;
    if (a.sortValue !== null && b.sortValue !== null && a.sortValue !== b.sortValue) return a.sortValue - b.sortValue;
    const ta = a.instant?.us ?? 0;
    const tb = b.instant?.us ?? 0;
    return ta !== tb ? ta - tb : a.rowId - b.rowId;
  });
}
