// Maps one Wickr retention record to the normalized model (docs/formats.md). Pure: the caller assigns
// source order, resolves attachment files and removes duplicates. One named rule per msgtype, in the
// MSGTYPES table.
//
// Records that are messages or happenings in a conversation (text, key verification, room events,
// pins, files, calls, locations, live-location updates, unknown types) become messages. Records about
// another message (4011 delete / recall, 4012 star, 9000 text edit, 9100 reaction, 9200 read receipt)
// become events that name their target; the original record stays untouched.
import type { MessageKind, MessageEventKind } from '../../../../shared/model';
import type { EventRecord, Instant, MessageRecord } from '../types';
import { expirySeconds, parseMsgTs } from './time';

/** A conversation's kind from its vgroupid: `S…` secure room, `G…` group, otherwise a direct message. */
export function conversationKindOf(vgroupid: string): 'room' | 'group' | 'direct' {
  if (/^S/.test(vgroupid)) return 'room';
  if (/^G/.test(vgroupid)) return 'group';
  return 'direct';
}

export interface RecordContext {
  /** `file, line N` for warnings. */
  where: string;
  line: number;
  text: string;
  memberFile: string | null;
}

/**
 * The message part of a mapped record, made once in its final shape (a million records are not copied
 * field by field again): the caller sets its seq and resolves `file` into its attachments.
 */
export type MappedMessage = MessageRecord & {
  file: { filename: string | null; localfilename: string | null; guid: string | null; size: number | null } | null;
};

export interface RoomSettings {
  title?: string;
  ttlSeconds?: number;
  burnOnReadSeconds?: number;
}

export interface MappedRecord {
  conversationKey: string;
  vgroupid: string | null;
  msgtype: number | null;
  nativeId: string | null;
  message: MappedMessage | null;
  events: EventRecord[];
  room: RoomSettings | null;
  /** Problems with this record, as `code` + sentence (the sentence names file and line). */
  problems: { code: string; message: string }[];
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null);
const obj = (v: unknown): Record<string, unknown> | null => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null);
const list = (v: unknown): string[] => (Array.isArray(v) ? v.map((x) => str(x) ?? JSON.stringify(x)) : []);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : null);

/** `30 days`, `6 hours`, `90 seconds`: a duration in the largest whole unit. */
export function durationText(seconds: number): string {
  const units: [number, string][] = [
    [86_400, 'day'],
    [3_600, 'hour'],
    [60, 'minute'],
    [1, 'second'],
  ];
  for (const [size, name] of units) {
    if (seconds >= size && seconds % size === 0) {
      const n = seconds / size;
      return `${n} ${name}${n === 1 ? '' : 's'}`;
    }
  }
  return `${seconds} seconds`;
}

const KEYVERIFY = ['', 'request', 'response and request', 'accepted', 'rejected', 'not now'];
const CALL_STATUS: Record<number, [string, string]> = {
  0: ['call.started', 'Call started'],
  1: ['call.completed', 'Call ended'],
  2: ['call.missed', 'Missed call'],
  3: ['call.cancelled', 'Call cancelled'],
};

function roomSettingsOf(control: Record<string, unknown>, withTitle: boolean): RoomSettings {
  const settings: RoomSettings = {};
  const title = str(control.title);
  if (withTitle && title) settings.title = title;
  const ttl = num(control.ttl);
  const bor = num(control.bor);
  if (ttl !== null) settings.ttlSeconds = ttl;
  if (bor !== null) settings.burnOnReadSeconds = bor;
  return settings;
}

function expiryText(s: RoomSettings): string[] {
  const parts: string[] = [];
  if (s.ttlSeconds !== undefined) parts.push(s.ttlSeconds > 0 ? `messages expire after ${durationText(s.ttlSeconds)}` : 'no expiry timer');
  if (s.burnOnReadSeconds !== undefined && s.burnOnReadSeconds > 0) parts.push(`burn-on-read after ${durationText(s.burnOnReadSeconds)}`);
  return parts;
}

/** The sentence shown for a room event, composed from the record's fields (the record itself is kept raw). */
function roomEventText(msgtype: number, control: Record<string, unknown> | null, sender: string | null): { subtype: string; body: string } {
  const c = control ?? {};
  switch (msgtype) {
    case 4001: {
      const s = roomSettingsOf(c, true);
      const parts = [`Room created${s.title ? `: “${s.title}”` : ''}`];
      const members = list(c.members);
      const masters = list(c.masters);
      if (members.length) parts.push(`members ${members.join(', ')}`);
      if (masters.length) parts.push(`moderators ${masters.join(', ')}`);
      const description = str(c.description);
      if (description) parts.push(`description “${description}”`);
      parts.push(...expiryText(s));
      return { subtype: 'system.room_created', body: parts.join(' · ') };
    }
    case 4002: {
      const added = list(c.addedusers);
      const removed = list(c.deletedusers);
      const parts: string[] = [];
      if (added.length) parts.push(`Members added: ${added.join(', ')}`);
      if (removed.length) parts.push(`Members removed: ${removed.join(', ')}`);
      return { subtype: 'system.members_changed', body: parts.length ? parts.join(' · ') : 'Members changed (no names in the record)' };
    }
    case 4003: {
      const removed = list(c.deletedusers).filter((u) => u !== sender);
      return { subtype: 'system.left', body: `Left the room${removed.length ? ` (also removed: ${removed.join(', ')})` : ''}` };
    }
    case 4004: {
      const mask = num(c.changemask) ?? 0;
      const s = roomSettingsOf(c, (mask & 4) !== 0 || mask === 0);
      const parts: string[] = [];
      if ((mask & 4 || mask === 0) && s.title) parts.push(`title “${s.title}”`);
      if (mask & 8) parts.push(`description “${str(c.description) ?? ''}”`);
      if (mask & 1) parts.push(`moderators ${list(c.masters).join(', ') || '(none)'}`);
      if (mask & 2 || mask & 32) parts.push(...expiryText(s));
      if (mask & 16) parts.push('meeting key');
      const vault = obj(c.filevaultinfo);
      const action = obj(vault?.filemgtaction);
      if (action) {
        const name = [str(action.path), str(action.name)].filter(Boolean).join('/').replace(/\/+/g, '/');
        parts.push(`saved items: ${str(action.action) ?? 'change'} ${str(action.target) ?? 'item'} ${name}${str(action.modifiedbyuser) ? ` by ${str(action.modifiedbyuser)}` : ''}`);
      } else if (mask & 64) parts.push('saved items');
      return { subtype: 'system.room_changed', body: `Room settings changed${parts.length ? `: ${parts.join(' · ')}` : ''}` };
    }
    case 4005:
      return { subtype: 'system.room_deleted', body: 'Room deleted' };
    default:
      return { subtype: 'system.room_event', body: 'Room event' };
  }
}

/** What a rule has to hand: the record, its context, and the builders of the mapped result. */
export interface Mapping {
  rec: Record<string, unknown>;
  ctx: RecordContext;
  msgtype: number;
  vgroupid: string | null;
  sender: string | null;
  control: Record<string, unknown> | null;
  problems: MappedRecord['problems'];
  /** The record as a message of the conversation (room settings, when it sets them). */
  message(kind: MessageKind, subtype: string, body: string, extra?: Pick<Partial<MappedMessage>, 'file' | 'threadParent'>, room?: RoomSettings | null): MappedRecord;
  /** The record as events about other messages, and no message of its own. */
  events(list: EventRecord[]): MappedRecord;
  event(kind: MessageEventKind, target: string | null, value: string | null, detail: Record<string, unknown>, targetAtUs?: number | null): EventRecord;
  /** The record kept as an unclassified message, with a problem saying why. */
  unclassified(why: string, code: string): MappedRecord;
}


/** How one msgtype maps (docs/formats.md, the Wickr record table). */
export type MsgtypeRule = (m: Mapping) => MappedRecord;

export const mapText: MsgtypeRule = (m) => m.message('text', Array.isArray(m.rec.links) && m.rec.links.length > 0 ? 'text.link' : 'text', str(m.rec.message) ?? '');

export const mapKeyVerification: MsgtypeRule = (m) => {
  const step = num(obj(m.rec.keyverify)?.msgtype);
  return m.message('system', 'system.key_verification', `Key verification${step !== null ? `: ${KEYVERIFY[step] ?? `step ${step}`}` : ''}`);
};

/** 4001–4005: a room event, its sentence composed from the record's fields; creation and changes carry the room's settings. */
export const mapRoomEvent: MsgtypeRule = (m) => {
  const { msgtype, vgroupid, control } = m;
  if (!vgroupid?.startsWith('S') && !vgroupid?.startsWith('G') && vgroupid !== null && msgtype !== 4005) {
    // Room events in a direct conversation: kept, and said.
    m.problems.push({ code: 'room_event_outside_room', message: `${m.ctx.where}: a room event (${msgtype}) in a conversation whose id does not start with S or G.` });
  }
  const { subtype, body } = roomEventText(msgtype, control, m.sender);
  const mask = num(control?.changemask) ?? 0;
  const room = control && (msgtype === 4001 || msgtype === 4004) ? roomSettingsOf(control, msgtype === 4001 || (mask & 4) !== 0 || mask === 0) : null;
  return m.message('system', subtype, body, {}, room);
};

export const mapPin: MsgtypeRule = (m) => {
  const pinned = m.control?.pinned !== false;
  return m.message('system', pinned ? 'system.conversation_pinned' : 'system.conversation_unpinned', pinned ? 'Conversation pinned' : 'Conversation unpinned');
};

export const mapFile: MsgtypeRule = (m) => {
  const f = obj(m.rec.file);
  if (!f) return m.unclassified('a file record (6000) without a file object', 'file_missing');
  const filename = str(f.filename);
  const localfilename = str(f.localfilename);
  const subtype = f.isvoicememo === true ? 'media.voice_memo' : f.isscreenshot === true ? 'media.screenshot' : 'media.file';
  return m.message('media', subtype, filename ?? localfilename ?? '', { file: { filename, localfilename, guid: str(f.guid), size: num(f.size) } });
};

export const mapCall: MsgtypeRule = (m) => {
  const call = obj(m.rec.call);
  const status = num(call?.status);
  const [subtype, text] = CALL_STATUS[status ?? -1] ?? ['call.other', `Call event${status !== null ? ` (status ${status})` : ''}`];
  const duration = num(call?.duration);
  return m.message('call', subtype, duration !== null ? `${text} after ${durationText(duration)}` : text, { threadParent: str(call?.startmsgid) ?? str(call?.invitemsgid) });
};

export const mapLocation: MsgtypeRule = (m) => {
  const loc = obj(m.rec.location);
  const lat = num(loc?.latitude);
  const lon = num(loc?.longitude);
  return m.message('location', 'location.static', lat !== null && lon !== null ? `Location ${lat}, ${lon}` : 'Location');
};

export const mapDelete: MsgtypeRule = (m) => {
  const control = m.control;
  const key = control && str(control.msgid) !== null ? 'control.msgid' : control && str(control.message_id) !== null ? 'control.message_id' : null;
  if (!key || !control) return m.unclassified('a delete record (4011) that names no target (no control.msgid or control.message_id)', 'delete_without_target');
  const target = str(key === 'control.msgid' ? control.msgid : control.message_id);
  const recall = control.isrecall === true;
  return m.events([m.event('delete', target, recall ? 'recall' : 'delete', { isrecall: recall, targetKey: key })]);
};

export const mapStar: MsgtypeRule = (m) => {
  const attributes = Array.isArray(m.control?.attributes) ? (m.control.attributes as unknown[]).map(obj).filter((a): a is Record<string, unknown> => a !== null) : [];
  const stars = attributes.filter((a) => str(a.msgid) !== null);
  if (!stars.length) return m.unclassified('a star record (4012) that names no message (no attributes[].msgid)', 'star_without_target');
  return m.events(stars.map((a) => m.event('star', str(a.msgid), a.isstarred === false ? 'unstarred' : 'starred', { isstarred: a.isstarred !== false })));
};

/** 9000: a text edit names its original; a location edit is a live-location update, a message of its own. */
export const mapEdit: MsgtypeRule = (m) => {
  const edit = obj(m.rec.edit);
  const type = str(edit?.type);
  const target = str(edit?.originalmessageid);
  if (type === 'location') {
    const lat = num(edit?.latitude);
    const lon = num(edit?.longitude);
    // `shareexpiriation` (sic) is how the source spells it; older samples spell it correctly.
    const until = str(edit?.shareexpiriation) ?? str(edit?.shareexpiration);
    const untilText = until === '-1' ? 'sharing stopped' : until && /^\d+$/.test(until) ? `sharing until ${new Date(Number(until) * 1000).toISOString().replace('.000Z', 'Z')}` : null;
    return m.message('location', 'location.live', `Live location${lat !== null && lon !== null ? ` ${lat}, ${lon}` : ''}${untilText ? ` (${untilText})` : ''}`, { threadParent: target });
  }
  if (!edit || !target) return m.unclassified(`an edit record (9000${type ? `, type ${type}` : ''}) that names no original message`, 'edit_without_target');
  return m.events([m.event('edit', target, str(edit.text) ?? '', { type: type ?? 'text' })]);
};

export const mapReaction: MsgtypeRule = (m) => {
  const edit = obj(m.rec.edit);
  const target = str(edit?.originalmessageid);
  if (!edit || !target) return m.unclassified('a reaction record (9100) that names no original message', 'reaction_without_target');
  return m.events([m.event('reaction', target, str(edit.reaction) ?? '', { added: edit.reactAdded !== false })]);
};

/** 9200: a read receipt names its target by the target's sent time, not its id. */
export const mapReceipt: MsgtypeRule = (m) => {
  const receipt = obj(m.rec.readreceipt);
  const secs = num(receipt?.message_timestamp_secs);
  const usecs = num(receipt?.message_timestamp_usecs) ?? 0;
  if (!receipt || secs === null) return m.unclassified('a read receipt (9200) without message_timestamp_secs', 'receipt_without_target');
  const detail = { status: str(receipt.status), readAt: str(receipt.read_receipt_timestamp), targetTime: `${secs}.${String(usecs).padStart(6, '0')}` };
  return m.events([m.event('receipt', null, (str(receipt.status) ?? 'read').toLowerCase(), detail, secs * 1_000_000 + usecs)]);
};

export const mapUnknown: MsgtypeRule = (m) => m.unclassified(`msgtype ${m.msgtype} is not a record type this version knows`, 'msgtype_unknown');

/** Every msgtype this version knows: its name, and the rule that maps it. */
export const MSGTYPES: Readonly<Record<number, { name: string; map: MsgtypeRule }>> = {
  1000: { name: 'text', map: mapText },
  3000: { name: 'key verification', map: mapKeyVerification },
  4001: { name: 'create room or group', map: mapRoomEvent },
  4002: { name: 'modify members', map: mapRoomEvent },
  4003: { name: 'leave room', map: mapRoomEvent },
  4004: { name: 'modify room parameters', map: mapRoomEvent },
  4005: { name: 'delete room', map: mapRoomEvent },
  4011: { name: 'delete or recall', map: mapDelete },
  4012: { name: 'star / unstar', map: mapStar },
  4014: { name: 'pin conversation', map: mapPin },
  6000: { name: 'file transfer', map: mapFile },
  7000: { name: 'call', map: mapCall },
  8000: { name: 'location', map: mapLocation },
  9000: { name: 'edit', map: mapEdit },
  9100: { name: 'reaction', map: mapReaction },
  9200: { name: 'read receipt', map: mapReceipt },
};

export const MSGTYPE_NAMES: Readonly<Record<number, string>> = Object.fromEntries(Object.entries(MSGTYPES).map(([code, t]) => [code, t.name]));

/** Maps one parsed record. Never throws: a record it cannot read becomes an unclassified message. */
export function mapRecord(rec: Record<string, unknown>, ctx: RecordContext): MappedRecord {
  const problems: MappedRecord['problems'] = [];
  const msgtype = num(rec.msgtype);
  const vgroupid = str(rec.vgroupid);
  const nativeId = str(rec.message_id) ?? str(rec.id);
  const sender = str(rec.sender);
  const ts = parseMsgTs(rec.msg_ts);
  if (ts === null) {
    problems.push({ code: 'msg_ts_invalid', message: `${ctx.where}: msg_ts ${rec.msg_ts === undefined ? 'is missing' : `'${String(rec.msg_ts)}' is not '<seconds>.<microseconds>'`}; the record is kept without a time.` });
  } else if (ts.longFraction) {
    problems.push({ code: 'msg_ts_long_fraction', message: `${ctx.where}: msg_ts '${String(rec.msg_ts)}' has more than six fractional digits; read as a decimal fraction, truncated to microseconds.` });
  }
  if (!vgroupid) problems.push({ code: 'vgroupid_missing', message: `${ctx.where}: the record has no vgroupid; it is kept in 'Records without a conversation id'.` });
  const instant: Instant | null = ts ? { us: ts.us, fine: true } : null;
  const conversationKey = vgroupid ?? '';
  const message: Mapping['message'] = (kind, subtype, body, extra = {}, room = null) => ({
    conversationKey,
    vgroupid,
    msgtype,
    nativeId,
    problems,
    message: {
      conversationKey,
      seq: 0,
      author: sender,
      authorId: sender,
      kind,
      subtype,
      body,
      headerRaw: '',
      stampRaw: str(rec.msg_ts),
      local: null,
      withSeconds: true,
      nativeId,
      replyTo: null,
      deleted: false,
      edited: false,
      attachments: [],
      lineStart: ctx.line,
      lineEnd: ctx.line,
      record: null,
      instant,
      ttlSeconds: expirySeconds(rec.ttl, rec.time ?? rec.time_iso),
      burnOnReadSeconds: expirySeconds(rec.bor, rec.time ?? rec.time_iso),
      threadParent: extra.threadParent ?? null,
      raw: ctx.text,
      memberFile: ctx.memberFile,
      file: extra.file ?? null,
    },
    events: [],
    room,
  });
  const mapping: Mapping = {
    rec,
    ctx,
    msgtype: msgtype ?? 0,
    vgroupid,
    sender,
    control: obj(rec.control),
    problems,
    message,
    events: (events) => ({ conversationKey, vgroupid, msgtype, nativeId, problems, message: null, events, room: null }),
    event: (kind, target, value, detail, targetAtUs = null) => ({
      conversationKey,
      kind,
      targetNativeId: target,
      targetAtUs,
      targetSeq: null,
      actor: sender,
      actorId: sender,
      instant,
      stampRaw: str(rec.msg_ts),
      value,
      detail,
      nativeId,
      lineStart: ctx.line,
      lineEnd: ctx.line,
      record: null,
      raw: ctx.text,
      memberFile: ctx.memberFile,
    }),
    unclassified: (why, code) => {
      problems.push({ code, message: `${ctx.where}: ${why}; kept as unclassified with the raw record.` });
      return message('unclassified', `unclassified.${msgtype === null ? 'no_msgtype' : `msgtype_${msgtype}`}`, str(rec.message) ?? '');
    },
  };
  if (msgtype === null) return mapping.unclassified('the record has no msgtype', 'msgtype_missing');
  return (MSGTYPES[msgtype]?.map ?? mapUnknown)(mapping);
}
