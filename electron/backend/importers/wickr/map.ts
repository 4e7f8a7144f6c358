// Maps one Wickr retention record to the normalized model (spec/wickr.md §3, §5, §10). Pure: the
// caller assigns source order, resolves attachment files and removes duplicates.
//
// Records that are messages or happenings in a conversation (text, key verification, room events,
// pins, files, calls, locations, live-location updates, unknown types) become messages. Records about
// another message (4011 delete / recall, 4012 star, 9000 text edit, 9100 reaction, 9200 read receipt)
// become events that name their target; the original record stays untouched.
import type { MessageKind, MessageEventKind } from '../../../../shared/model';
import type { EventRecord, Instant, MessageRecord } from '../types';
import { expirySeconds, parseMsgTs } from './time';

export const MSGTYPE_NAMES: Record<number, string> = {
  1000: 'text',
  3000: 'key verification',
  4001: 'create room or group',
  4002: 'modify members',
  4003: 'leave room',
  4004: 'modify room parameters',
  4005: 'delete room',
  4011: 'delete or recall',
  4012: 'star / unstar',
  4014: 'pin conversation',
  6000: 'file transfer',
  7000: 'call',
  8000: 'location',
  9000: 'edit',
  9100: 'reaction',
  9200: 'read receipt',
};

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

/** The message part of a mapped record; the caller adds seq and resolves the attachment. */
export type MappedMessage = Omit<MessageRecord, 'seq' | 'conversationKey' | 'attachments'> & {
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
  events: Omit<EventRecord, 'conversationKey'>[];
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

const MESSAGE_TYPES = new Set([1000, 3000, 4001, 4002, 4003, 4004, 4005, 4014, 6000, 7000, 8000]);

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
  const base = {
    conversationKey: vgroupid ?? '',
    vgroupid,
    msgtype,
    nativeId,
    problems,
  };
  const common = {
    author: sender,
    authorId: sender,
    headerRaw: '',
    stampRaw: str(rec.msg_ts),
    local: null,
    withSeconds: true,
    nativeId,
    replyTo: null,
    deleted: false,
    edited: false,
    lineStart: ctx.line,
    lineEnd: ctx.line,
    record: null,
    instant,
    ttlSeconds: expirySeconds(rec.ttl, rec.time ?? rec.time_iso),
    burnOnReadSeconds: expirySeconds(rec.bor, rec.time ?? rec.time_iso),
    raw: ctx.text,
    memberFile: ctx.memberFile,
  };
  const message = (kind: MessageKind, subtype: string, body: string, extra: Partial<MappedMessage> = {}): MappedRecord => ({
    ...base,
    message: { ...common, kind, subtype, body, file: null, ...extra },
    events: [],
    room: null,
  });
  const event = (kind: MessageEventKind, target: string | null, value: string | null, detail: Record<string, unknown>, targetAtUs: number | null = null) => ({
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
  });
  const unclassified = (why: string, code: string): MappedRecord => {
    problems.push({ code, message: `${ctx.where}: ${why}; kept as unclassified with the raw record.` });
    return message('unclassified', `unclassified.${msgtype === null ? 'no_msgtype' : `msgtype_${msgtype}`}`, str(rec.message) ?? '');
  };
  if (msgtype === null) return unclassified('the record has no msgtype', 'msgtype_missing');
  const control = obj(rec.control);

  if (MESSAGE_TYPES.has(msgtype)) {
    switch (msgtype) {
      case 1000: {
        const links = Array.isArray(rec.links) && rec.links.length > 0;
        return message('text', links ? 'text.link' : 'text', str(rec.message) ?? '');
      }
      case 3000: {
        const kv = obj(rec.keyverify);
        const step = num(kv?.msgtype);
        return message('system', 'system.key_verification', `Key verification${step !== null ? `: ${KEYVERIFY[step] ?? `step ${step}`}` : ''}`);
      }
      case 4014: {
        const pinned = control?.pinned !== false;
        return message('system', pinned ? 'system.conversation_pinned' : 'system.conversation_unpinned', pinned ? 'Conversation pinned' : 'Conversation unpinned');
      }
      case 6000: {
        const f = obj(rec.file);
        if (!f) return unclassified('a file record (6000) without a file object', 'file_missing');
        const filename = str(f.filename);
        const localfilename = str(f.localfilename);
        const subtype = f.isvoicememo === true ? 'media.voice_memo' : f.isscreenshot === true ? 'media.screenshot' : 'media.file';
        return message('media', subtype, filename ?? localfilename ?? '', {
          file: { filename, localfilename, guid: str(f.guid), size: num(f.size) },
        });
      }
      case 7000: {
        const call = obj(rec.call);
        const status = num(call?.status);
        const [subtype, text] = CALL_STATUS[status ?? -1] ?? ['call.other', `Call event${status !== null ? ` (status ${status})` : ''}`];
        const duration = num(call?.duration);
        const body = duration !== null ? `${text} after ${durationText(duration)}` : text;
        return message('call', subtype, body, { threadParent: str(call?.startmsgid) ?? str(call?.invitemsgid) });
      }
      case 8000: {
        const loc = obj(rec.location);
        const lat = num(loc?.latitude);
        const lon = num(loc?.longitude);
        return message('location', 'location.static', lat !== null && lon !== null ? `Location ${lat}, ${lon}` : 'Location');
      }
      default: {
        if (!vgroupid?.startsWith('S') && !vgroupid?.startsWith('G') && vgroupid !== null && msgtype !== 4005) {
          // Room events in a direct conversation: kept, and said.
          problems.push({ code: 'room_event_outside_room', message: `${ctx.where}: a room event (${msgtype}) in a conversation whose id does not start with S or G.` });
        }
        const { subtype, body } = roomEventText(msgtype, control, sender);
        const room = control && (msgtype === 4001 || msgtype === 4004) ? roomSettingsOf(control, msgtype === 4001 || ((num(control.changemask) ?? 0) & 4) !== 0 || (num(control.changemask) ?? 0) === 0) : null;
        return { ...base, message: { ...common, kind: 'system', subtype, body, file: null }, events: [], room };
      }
    }
  }

  switch (msgtype) {
    case 4011: {
      const key = control && str(control.msgid) !== null ? 'control.msgid' : control && str(control.message_id) !== null ? 'control.message_id' : null;
      if (!key || !control) return unclassified('a delete record (4011) that names no target (no control.msgid or control.message_id)', 'delete_without_target');
      const target = str(key === 'control.msgid' ? control.msgid : control.message_id);
      const recall = control.isrecall === true;
      return { ...base, message: null, events: [event('delete', target, recall ? 'recall' : 'delete', { isrecall: recall, targetKey: key })], room: null };
    }
    case 4012: {
      const attributes = Array.isArray(control?.attributes) ? (control.attributes as unknown[]).map(obj).filter((a): a is Record<string, unknown> => a !== null) : [];
      const stars = attributes.filter((a) => str(a.msgid) !== null);
      if (!stars.length) return unclassified('a star record (4012) that names no message (no attributes[].msgid)', 'star_without_target');
      return {
        ...base,
        message: null,
        events: stars.map((a) => event('star', str(a.msgid), a.isstarred === false ? 'unstarred' : 'starred', { isstarred: a.isstarred !== false })),
        room: null,
      };
    }
    case 9000: {
      const edit = obj(rec.edit);
      const type = str(edit?.type);
      if (type === 'location') {
        const lat = num(edit?.latitude);
        const lon = num(edit?.longitude);
        // `shareexpiriation` (sic) is how the source spells it; older samples spell it correctly.
        const until = str(edit?.shareexpiriation) ?? str(edit?.shareexpiration);
        const untilText = until === '-1' ? 'sharing stopped' : until && /^\d+$/.test(until) ? `sharing until ${new Date(Number(until) * 1000).toISOString().replace('.000Z', 'Z')}` : null;
        const target = str(edit?.originalmessageid);
        return message('location', 'location.live', `Live location${lat !== null && lon !== null ? ` ${lat}, ${lon}` : ''}${untilText ? ` (${untilText})` : ''}`, {
          threadParent: target,
        });
      }
      const target = str(edit?.originalmessageid);
      if (!edit || !target) return unclassified(`an edit record (9000${type ? `, type ${type}` : ''}) that names no original message`, 'edit_without_target');
      return { ...base, message: null, events: [event('edit', target, str(edit.text) ?? '', { type: type ?? 'text' })], room: null };
    }
    case 9100: {
      const edit = obj(rec.edit);
      const target = str(edit?.originalmessageid);
      if (!edit || !target) return unclassified('a reaction record (9100) that names no original message', 'reaction_without_target');
      const added = edit.reactAdded !== false;
      return { ...base, message: null, events: [event('reaction', target, str(edit.reaction) ?? '', { added })], room: null };
    }
    case 9200: {
      const receipt = obj(rec.readreceipt);
      const secs = num(receipt?.message_timestamp_secs);
      const usecs = num(receipt?.message_timestamp_usecs) ?? 0;
      if (!receipt || secs === null) return unclassified('a read receipt (9200) without message_timestamp_secs', 'receipt_without_target');
      const status = (str(receipt.status) ?? 'read').toLowerCase();
      return {
        ...base,
        message: null,
        events: [
          event(
            'receipt',
            null,
            status,
            { status: str(receipt.status), readAt: str(receipt.read_receipt_timestamp), targetTime: `${secs}.${String(usecs).padStart(6, '0')}` },
            secs * 1_000_000 + usecs,
          ),
        ],
        room: null,
      };
    }
    default:
      return unclassified(`msgtype ${msgtype} is not a record type this version knows`, 'msgtype_unknown');
  }
}
