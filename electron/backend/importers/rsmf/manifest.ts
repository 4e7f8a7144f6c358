// Reads an RSMF manifest (docs/formats.md) leniently: every schema violation and broken reference is a
// readable warning naming the file and the record, never a rejection, and whatever can be read is
// imported. Pure: the caller supplies the files the manifest may reference (zip entries, or files
// beside a bare manifest). mapManifestInSlices runs named steps in order, each tested on its own, and
// makes the records a slice at a time; mapManifest makes them all at once.
import type { ConversationKind, ImportWarning, MessageKind, SourceCaveat, TimeBasis } from '../../../../shared/model';
import type { AttachmentRecord, ConversationRecord, EventRecord, MessageRecord } from '../types';
import { grown } from '../../arrays/grown';
import { KeySet } from '../key-set';
import { WarningList } from '../warnings';
import { listedEvents, type ManifestEvents } from './manifest-events';
import { parentBatesOfRaw, parentElsewhere } from './produced-elsewhere';
import { parseRsmfTimestamp, sortKey, type ParsedStamp } from './time';

export interface AvailableFile {
  sha256: string;
  size: number;
  /** The zip entry name, when the file is inside the container. */
  entry: string | null;
  /** The file on disk, when it is a file of its own beside the manifest. */
  memberFile: string | null;
}

export interface ManifestContext {
  /** How warnings name the manifest, e.g. `sample.rsmf!rsmf.zip!rsmf_manifest.json`. */
  label: string;
  /** Files the manifest may reference by name, or null when none can be checked. */
  files: Map<string, AvailableFile> | null;
  /** Where referenced files were looked for, for warnings: `the zip`, `the manifest's folder`. */
  filesWhere: string;
  /** X-RSMF-* and other EML headers, when the manifest came in an .rsmf file. */
  headers: Map<string, string> | null;
}

export interface MappedConversation {
  record: ConversationRecord;
  messages: MessageRecord[];
  events: EventRecord[];
}

/** What reading a manifest says beside its records. */
interface ManifestFacts {
  warnings: ImportWarning[];
  signals: Record<string, unknown>;
  caveats: SourceCaveat[];
  timeBasis: TimeBasis;
  version: string | null;
  /** Files of the container that the manifest references (to tell referenced from unreferenced). */
  referencedFiles: Set<string>;
}

export interface ManifestResult extends ManifestFacts {
  conversations: MappedConversation[];
}

/** A conversation whose records are made when they are asked for, a slice at a time. */
export interface SlicedConversation {
  record: ConversationRecord;
  /** How many messages it holds (one per event). */
  size: number;
  /** Its messages from seq `from` up to `to`, with the edits, reactions and receipts about them. */
  slice(from: number, to: number): MappedConversation;
}

/** What mapManifestInSlices reads: its warnings, signals and caveats at once, its records on demand. */
export interface SlicedManifest extends ManifestFacts {
  conversations: SlicedConversation[];
  /** Lets the parsed manifest go once every slice has been read; no slice can be read after. */
  release(): void;
}

const PARTICIPANT_KEYS = new Set(['id', 'display', 'email', 'account_id', 'avatar', 'custom']);
const CONVERSATION_KEYS = new Set(['id', 'platform', 'participants', 'type', 'display', 'custodian', 'icon', 'custom']);
const EVENT_KEYS = new Set(['type', 'id', 'parent', 'body', 'participant', 'conversation', 'timestamp', 'deleted', 'importance', 'direction', 'reactions', 'attachments', 'edits', 'read_receipts', 'custom']);
const EVENT_TYPES = new Set(['message', 'disclaimer', 'join', 'leave', 'history', 'unknown']);
const ROOT_KEYS = new Set(['version', 'participants', 'conversations', 'events', 'eventcollectionid']);

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const quote = (v: unknown): string => (typeof v === 'string' ? `'${v}'` : JSON.stringify(v));

/** Warnings about a manifest, each naming the file and the place in it (`events[3]`). */
class Collector {
  private readonly warnings = new WarningList();
  constructor(private readonly label: string) {}
  add(code: string, where: string, text: string): void {
    this.warnings.add(null, code, `${this.label}, ${where}: ${text}`);
  }
  finish(): ImportWarning[] {
    return this.warnings.finish(this.label);
  }
  count(code: string): number {
    return this.warnings.count(code);
  }
}

/** An id as the manifest gives it: strings as they are; numbers read as their text, with a warning. */
function idOf(v: unknown, where: string, field: string, w: Collector): string | null {
  if (typeof v === 'string') {
    if (v === '') w.add('rsmf_schema', where, `${field} is empty (the schema asks for at least one character).`);
    return v;
  }
  if (typeof v === 'number') {
    w.add('rsmf_schema', where, `${field} is the number ${v}, not a string as the schema requires; read as '${v}'.`);
    return String(v);
  }
  if (v !== undefined) w.add('rsmf_schema', where, `${field} is ${quote(v)}, not a string; ignored.`);
  return null;
}

function checkUndefined(o: Json, allowed: Set<string>, where: string, w: Collector): void {
  for (const k of Object.keys(o)) {
    if (allowed.has(k)) continue;
    const hint = k === 'attachment' ? " (did the producer mean 'attachments'?)" : k === 'reaction' ? " (did the producer mean 'reactions'?)" : '';
    w.add('rsmf_undefined_property', where, `has the property '${k}', which RSMF 2.0 does not define${hint}; kept in the raw record.`);
  }
}

function checkCustom(v: unknown, where: string, w: Collector): { name: string; value: string }[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) {
    w.add('rsmf_schema', where, 'custom is not a list; ignored.');
    return [];
  }
  const out: { name: string; value: string }[] = [];
  v.forEach((c, i) => {
    if (!isObj(c) || typeof c.name !== 'string' || typeof c.value !== 'string') {
      w.add('rsmf_schema', `${where}.custom[${i}]`, 'is not a {name, value} pair of strings.');
      return;
    }
    if (c.name === '' || c.value === '') w.add('rsmf_custom_empty', `${where}.custom[${i}]`, `'${c.name}' has an empty ${c.name === '' ? 'name' : 'value'} (the schema asks for at least one character); kept.`);
    out.push({ name: c.name, value: c.value });
  });
  return out;
}

function list(v: unknown, where: string, field: string, w: Collector): unknown[] {
  if (v === undefined) return [];
  if (Array.isArray(v)) return v;
  w.add('rsmf_schema', where, `${field} is not a list; ignored.`);
  return [];
}

interface Participant {
  id: string;
  display: string;
}

function readVersion(root: Json, w: Collector): string | null {
  const v = root.version;
  if (v === undefined) {
    w.add('rsmf_schema', 'version', 'the manifest has no version (the schema requires one, such as "2.0.0"); read as 2.0.');
    return null;
  }
  if (typeof v !== 'string' || v.length < 5) {
    w.add('rsmf_schema', 'version', `${quote(v)} is not a version string such as "2.0.0"; read as 2.0.`);
    return typeof v === 'string' ? v : null;
  }
  if (v.startsWith('1.')) w.add('rsmf_version', 'version', `the manifest is RSMF ${v}; read with the 2.0 schema, which is structurally compatible.`);
  else if (!v.startsWith('2.')) w.add('rsmf_version', 'version', `RSMF ${v} is not a version this release knows; read as 2.0.`);
  return v;
}

interface Conv {
  key: string;
  record: ConversationRecord;
  members: Set<string>;
}

/** An event read, before its conversation is put in time order. */
interface Pending {
  index: number;
  key: number | null;
  message: MessageRecord;
  events: EventRecord[];
}

/** Numbers per event in Placings: its index, its time key, whether it has one. */
const PLACING_FIELDS = 3;

/**
 * Where a conversation's events go, in the order read: what ordering them and checking their parents
 * need, and no more. In typed arrays: a manifest of 400,000 events is not 400,000 objects, which the
 * collector would let the heap grow to several times the size of while they are kept.
 */
export class Placings {
  private fields = new Float64Array(PLACING_FIELDS * 64);
  private count = 0;
  /** The events naming a thread parent (unless one produced in another document), with it. */
  readonly parents: { index: number; parent: string }[] = [];

  add(index: number, key: number | null, parent: string | null): void {
    this.fields = grown(this.fields, PLACING_FIELDS * (this.count + 1), (n) => new Float64Array(n));
    this.fields.set([index, key ?? 0, key === null ? 0 : 1], PLACING_FIELDS * this.count++);
    if (parent !== null) this.parents.push({ index, parent });
  }

  /** The indexes of the events in source order: by time, stably, an event without a time after the one before it. */
  sourceOrder(): number[] {
    const { fields, count } = this;
    const index = (at: number) => fields[PLACING_FIELDS * at]!;
    const times = new Float64Array(count);
    let previous = Number.NEGATIVE_INFINITY;
    for (let at = 0; at < count; at++) times[at] = previous = fields[PLACING_FIELDS * at + 2] ? fields[PLACING_FIELDS * at + 1]! : previous;
    const positions = Uint32Array.from({ length: count }, (_, at) => at).sort((a, b) => times[a]! - times[b]! || index(a) - index(b));
    return Array.from(positions, index);
  }
}

/** An event id as the reading keeps it: within its conversation (the length keeps any two pairs apart). */
const eventKey = (conversation: string, id: string) => `${conversation.length}:${conversation}${id}`;

/** What reading one manifest builds up; each step below reads or adds to it. */
export interface Reading {
  ctx: ManifestContext;
  w: Collector;
  referencedFiles: Set<string>;
  participants: Map<string, Participant>;
  conversations: Map<string, Conv>;
  /** The records read, by conversation; kept only when the reading keeps records. */
  byConversation: Map<string, Pending[]>;
  placed: Map<string, Placings>;
  keepsRecords: boolean;
  /** The event ids read, each with its conversation (eventKey). */
  eventIds: KeySet;
  times: { zoneless: number; zoned: number; zonelessExample: string | null; firstKey: number | null; lastKey: number | null };
  counts: Record<'message' | 'disclaimer' | 'join' | 'leave' | 'history' | 'unknown' | 'untyped' | 'deleted' | 'edited' | 'withAttachments' | 'threaded', number>;
}

export function newReading(ctx: ManifestContext, keepsRecords = true): Reading {
  return {
    ctx,
    w: new Collector(ctx.label),
    referencedFiles: new Set(),
    participants: new Map(),
    conversations: new Map(),
    byConversation: new Map(),
    placed: new Map(),
    keepsRecords,
    eventIds: new KeySet('utf16le'),
    times: { zoneless: 0, zoned: 0, zonelessExample: null, firstKey: null, lastKey: null },
    counts: { message: 0, disclaimer: 0, join: 0, leave: 0, history: 0, unknown: 0, untyped: 0, deleted: 0, edited: 0, withAttachments: 0, threaded: 0 },
  };
}

/** A file the manifest names (avatar, icon, attachment): the container's file, or a warning that it is missing (RS-8). */
function checkFile(r: Reading, name: string, where: string, what: string): AvailableFile | null {
  if (!r.ctx.files) return null;
  const f = r.ctx.files.get(name) ?? null;
  if (f) r.referencedFiles.add(name);
  else r.w.add('rsmf_file_missing', where, `the ${what} '${name}' is not in ${r.ctx.filesWhere} (RS-8).`);
  return f;
}

/** A participant reference: the participant's display name, or the id as written when the manifest does not define it. */
function who(r: Reading, id: string | null, where: string, field: string): { name: string; id: string } | null {
  if (id === null) return null;
  const p = r.participants.get(id);
  if (!p) r.w.add('rsmf_reference', where, `${field} '${id}' is not a participant the manifest defines; kept as '${id}'.`);
  return { name: p?.display ?? id, id };
}

/** A reference field read as an id, whether written as a string or not. */
const refOf = (r: Reading, v: unknown, where: string, field: string) => (typeof v === 'string' ? v : idOf(v, where, field, r.w));

/** Step 1: the participants, by id; the first definition of an id wins. */
export function readParticipants(root: Json, r: Reading): void {
  const { w, participants } = r;
  list(root.participants, 'root', 'participants', w).forEach((p, i) => {
    const where = `participants[${i}]`;
    if (!isObj(p)) return w.add('rsmf_schema', where, 'is not an object; ignored.');
    checkUndefined(p, PARTICIPANT_KEYS, where, w);
    checkCustom(p.custom, where, w);
    const id = idOf(p.id, where, 'id', w);
    const display = typeof p.display === 'string' && p.display !== '' ? p.display : null;
    if (id === null) {
      if (p.id === undefined) w.add('rsmf_schema', where, `has no id (the schema requires one)${display ? `; '${display}'` : ''} cannot be referenced by conversations or events.`);
      return;
    }
    if (participants.has(id)) return w.add('rsmf_reference', where, `repeats the participant id '${id}'; the first definition is used.`);
    for (const f of ['display', 'email', 'account_id', 'avatar'] as const) {
      if (p[f] !== undefined && typeof p[f] !== 'string') w.add('rsmf_schema', where, `${f} is ${quote(p[f])}, not a string.`);
    }
    if (typeof p.avatar === 'string' && p.avatar) checkFile(r, p.avatar, where, 'avatar');
    participants.set(id, { id, display: display ?? id });
  });
}

/** Step 2: the conversations, their members, kind and title; one without an id is kept as `#<index>`. */
export function readConversations(root: Json, r: Reading): void {
  const { w, participants, conversations } = r;
  list(root.conversations, 'root', 'conversations', w).forEach((c, i) => {
    const where = `conversations[${i}]`;
    if (!isObj(c)) return w.add('rsmf_schema', where, 'is not an object; ignored.');
    checkUndefined(c, CONVERSATION_KEYS, where, w);
    checkCustom(c.custom, where, w);
    let id = idOf(c.id, where, 'id', w);
    if (id === null) {
      if (c.id === undefined) w.add('rsmf_schema', where, 'has no id (the schema requires one); events cannot name it.');
      id = `#${i}`;
    }
    if (conversations.has(id)) return w.add('rsmf_reference', where, `repeats the conversation id '${id}'; the first definition is used.`);
    const platform = typeof c.platform === 'string' && c.platform !== '' ? c.platform : null;
    if (!platform) w.add('rsmf_schema', where, 'has no platform (the schema requires one).');
    const members = new Set<string>();
    if (c.participants === undefined) w.add('rsmf_schema', where, 'has no participants list (the schema requires one).');
    list(c.participants, where, 'participants', w).forEach((p, j) => {
      const pid = idOf(p, `${where}.participants[${j}]`, 'the participant', w);
      if (pid === null) return;
      if (!participants.has(pid)) w.add('rsmf_reference', where, `lists the participant '${pid}', which the manifest does not define.`);
      members.add(pid);
    });
    if (c.type !== undefined && c.type !== 'direct' && c.type !== 'channel') w.add('rsmf_schema', where, `type ${quote(c.type)} is neither 'direct' nor 'channel'.`);
    const custodian = typeof c.custodian === 'string' ? c.custodian : null;
    if (custodian !== null) {
      if (!participants.has(custodian)) w.add('rsmf_reference', where, `the custodian '${custodian}' is not a participant the manifest defines.`);
      else if (!members.has(custodian)) w.add('rsmf_reference', where, `the custodian '${custodian}' is not one of the conversation's participants.`);
    }
    if (typeof c.icon === 'string' && c.icon) checkFile(r, c.icon, where, 'icon');
    const kind: ConversationKind = c.type === 'direct' ? 'direct' : c.type === 'channel' ? 'group' : members.size > 2 ? 'group' : members.size > 0 ? 'direct' : 'unknown';
    const title = typeof c.display === 'string' && c.display ? c.display : id;
    conversations.set(id, { key: id, members, record: { key: id, title, kind, nativeId: id.startsWith('#') ? null : id, platform } });
  });
}

/**
 * The conversation an event names: the only one when it names none and there is one, else the
 * conversation of that id, made when the manifest does not define it (and said).
 */
function conversationFor(r: Reading, id: string | null, where: string, onlyConversation: string | null): Conv {
  let key = id;
  if (key === null) {
    if (onlyConversation !== null) key = onlyConversation;
    else {
      r.w.add('rsmf_reference', where, "names no conversation; kept in 'Events without a conversation'.");
      key = '';
    }
  }
  let conv = r.conversations.get(key);
  if (!conv) {
    if (key !== '') r.w.add('rsmf_reference', where, `names the conversation '${key}', which the manifest does not define; kept in a conversation of that id.`);
    conv = { key, members: new Set(), record: { key, title: key === '' ? 'Events without a conversation' : key, kind: 'unknown', nativeId: key || null, platform: null } };
    r.conversations.set(key, conv);
  }
  return conv;
}

/** A timestamp read, counted as zoned or zoneless; an invalid one is warned. */
function stampOf(r: Reading, v: unknown, where: string, field: string): ParsedStamp {
  if (v === undefined) return { kind: 'invalid' };
  const p = parseRsmfTimestamp(v);
  if (p.kind === 'invalid') r.w.add('rsmf_timestamp_invalid', where, `${field} ${quote(v)} is not an ISO 8601 date-time; kept without a time.`);
  else if (p.kind === 'local') {
    r.times.zoneless++;
    r.times.zonelessExample ??= `${where} ${field} '${String(v)}'`;
  } else r.times.zoned++;
  return p;
}

const timeFields = (p: ParsedStamp) => (p.kind === 'instant' ? { instant: p.instant, local: null } : p.kind === 'local' ? { instant: null, local: p.local } : { instant: null, local: null });

/** An event's attachments, each resolved to the container's file (or marked absent). */
export function eventAttachments(r: Reading, e: Json, where: string): AttachmentRecord[] {
  const attachments: AttachmentRecord[] = [];
  list(e.attachments, where, 'attachments', r.w).forEach((a, j) => {
    const at = `${where}.attachments[${j}]`;
    if (!isObj(a) || typeof a.id !== 'string' || a.id === '') return r.w.add('rsmf_schema', at, 'has no id (the zip file name the schema requires); ignored.');
    if (a.size !== undefined && !Number.isInteger(a.size)) r.w.add('rsmf_schema', at, `size ${quote(a.size)} is not a whole number of bytes.`);
    const f = r.ctx.files ? checkFile(r, a.id, at, 'attachment') : null;
    attachments.push({
      name: typeof a.display === 'string' && a.display ? a.display : a.id,
      entry: f?.entry ?? a.id,
      present: f !== null,
      sha256: f?.sha256 ?? null,
      size: f?.size ?? (Number.isInteger(a.size) ? (a.size as number) : null),
      memberFile: f?.memberFile ?? null,
    });
  });
  return attachments;
}

type EventOf = (kind: EventRecord['kind'], actor: { name: string; id: string } | null, stampValue: unknown, at: string, value: string | null, detail: Record<string, unknown>) => EventRecord;

/**
 * An event's edits: `previous`/`new` when the producer gives them; otherwise the earlier texts in
 * custom entries Edit1…EditN (Edit1 the oldest), the last edit leading to the body (docs/formats.md).
 */
export function eventEdits(r: Reading, e: Json, where: string, body: string, custom: { name: string; value: string }[], event: EventOf): EventRecord[] {
  const out: EventRecord[] = [];
  const editTexts = custom.filter((c) => /^Edit\d+$/.test(c.name)).sort((a, b) => Number(a.name.slice(4)) - Number(b.name.slice(4)));
  const edits = list(e.edits, where, 'edits', r.w);
  edits.forEach((x, j) => {
    const at = `${where}.edits[${j}]`;
    if (!isObj(x)) return r.w.add('rsmf_schema', at, 'is not an object; ignored.');
    const actor = who(r, refOf(r, x.participant, at, 'participant'), at, 'the editor');
    if (!actor) r.w.add('rsmf_schema', at, 'has no participant (the schema requires one).');
    const fromFields = typeof x.previous === 'string' || typeof x.new === 'string';
    const previous = typeof x.previous === 'string' ? x.previous : (editTexts[j]?.value ?? null);
    const next = typeof x.new === 'string' ? x.new : fromFields ? null : (editTexts[j + 1]?.value ?? (j === edits.length - 1 ? body : null));
    out.push(event('edit', actor, x.timestamp, at, next, { previous, from: fromFields ? 'edits[]' : editTexts.length ? `custom ${editTexts[j]?.name ?? '(none)'}` : 'edits[] without texts' }));
  });
  if (!edits.length) {
    editTexts.forEach((t, j) => out.push(event('edit', null, undefined, `${where}.custom`, editTexts[j + 1]?.value ?? body, { previous: t.value, from: `custom ${t.name}` })));
  }
  return out;
}

/** An event's reactions: one event per reacting participant, or one without an actor when none is named. */
export function eventReactions(r: Reading, e: Json, where: string, event: EventOf): EventRecord[] {
  const out: EventRecord[] = [];
  list(e.reactions, where, 'reactions', r.w).forEach((x, j) => {
    const at = `${where}.reactions[${j}]`;
    if (!isObj(x) || typeof x.value !== 'string' || x.value === '') return r.w.add('rsmf_schema', at, 'has no value (the schema requires one); ignored.');
    const people = list(x.participants, at, 'participants', r.w);
    const count = Number.isInteger(x.count) ? (x.count as number) : null;
    if (people.length === 0) out.push(event('reaction', null, undefined, at, x.value, { added: true, count }));
    people.forEach((p) => out.push(event('reaction', who(r, refOf(r, p, at, 'participant'), at, 'the participant'), undefined, at, x.value as string, { added: true, count })));
  });
  return out;
}

/** An event's read and delivery receipts. */
export function eventReceipts(r: Reading, e: Json, where: string, event: EventOf): EventRecord[] {
  const out: EventRecord[] = [];
  list(e.read_receipts, where, 'read_receipts', r.w).forEach((x, j) => {
    const at = `${where}.read_receipts[${j}]`;
    if (!isObj(x)) return r.w.add('rsmf_schema', at, 'is not an object; ignored.');
    const actor = who(r, refOf(r, x.participant, at, 'participant'), at, 'the participant');
    if (!actor) r.w.add('rsmf_schema', at, 'has no participant (the schema requires one).');
    if (x.action !== undefined && x.action !== 'read' && x.action !== 'delivered') r.w.add('rsmf_schema', at, `action ${quote(x.action)} is neither 'read' nor 'delivered'.`);
    out.push(event('receipt', actor, x.timestamp, at, typeof x.action === 'string' ? x.action : 'read', { status: x.action ?? null }));
  });
  return out;
}

/** The kind and subtype of an event by its type; a message with attachments and no text is media. */
export function eventKind(type: string | null, hasAttachments: boolean, body: string): { kind: MessageKind; subtype: string } {
  const kind: MessageKind = type === 'message' ? (hasAttachments && body.trim() === '' ? 'media' : 'text') : type === 'join' || type === 'leave' || type === 'disclaimer' ? 'system' : 'unclassified';
  const subtype = type === 'message' ? (kind === 'media' ? 'media.attached' : 'text') : type === 'join' ? 'system.joined' : type === 'leave' ? 'system.left' : type === 'disclaimer' ? 'system.disclaimer' : `unclassified.${type ?? 'untyped'}`;
  return { kind, subtype };
}

/** Step 3: one event, as a message of its conversation with the edits, reactions and receipts about it. */
export function readEvent(r: Reading, e: unknown, i: number, onlyConversation: string | null): void {
  const { w, counts } = r;
  const where = `events[${i}]`;
  if (!isObj(e)) return w.add('rsmf_schema', where, 'is not an object; ignored.');
  checkUndefined(e, EVENT_KEYS, where, w);
  const custom = checkCustom(e.custom, where, w);
  const type = typeof e.type === 'string' ? e.type : null;
  if (type === null) {
    counts.untyped++;
    w.add('rsmf_schema', where, 'has no type (the only field the schema requires); kept as unclassified.');
  } else if (!EVENT_TYPES.has(type)) {
    counts.untyped++;
    w.add('rsmf_schema', where, `type '${type}' is not one RSMF defines (message, disclaimer, join, leave, history, unknown); kept as unclassified.`);
  } else counts[type as keyof Reading['counts']]++;
  if (type === 'history' || type === 'unknown') w.add('rsmf_review', where, `is a '${type}' event, which RSMF gives no meaning; kept as unclassified and flagged for review (RS-7).`);
  const conv = conversationFor(r, refOf(r, e.conversation, where, 'conversation'), where, onlyConversation);
  const author = who(r, refOf(r, e.participant, where, 'participant'), where, 'the participant');
  const id = refOf(r, e.id, where, 'id');
  if (id !== null) {
    const known = r.eventIds.size;
    if (r.eventIds.add(eventKey(conv.key, id)) < known) w.add('rsmf_duplicate_id', where, `repeats the event id '${id}' in conversation '${conv.key}' (ids must be unique per conversation).`);
  }
  const stamp = stampOf(r, e.timestamp, where, 'timestamp');
  const key = sortKey(stamp);
  if (key !== null) {
    r.times.firstKey = r.times.firstKey === null ? key : Math.min(r.times.firstKey, key);
    r.times.lastKey = r.times.lastKey === null ? key : Math.max(r.times.lastKey, key);
  }
  if (e.deleted !== undefined && typeof e.deleted !== 'boolean') w.add('rsmf_schema', where, `deleted is ${quote(e.deleted)}, not true or false; read as ${e.deleted ? 'true' : 'false'}.`);
  const deleted = Boolean(e.deleted);
  if (deleted) counts.deleted++;
  if (e.importance !== undefined && e.importance !== 'normal' && e.importance !== 'high') w.add('rsmf_schema', where, `importance ${quote(e.importance)} is neither 'normal' nor 'high'.`);
  if (e.direction !== undefined && e.direction !== 'incoming' && e.direction !== 'outgoing') w.add('rsmf_schema', where, `direction ${quote(e.direction)} is neither 'incoming' nor 'outgoing'; ignored.`);
  if (e.body !== undefined && typeof e.body !== 'string') w.add('rsmf_schema', where, `body is ${quote(e.body)}, not a string; kept as text.`);
  const body = typeof e.body === 'string' ? e.body : e.body === undefined ? '' : JSON.stringify(e.body);
  // A reply whose parent its producer sent in another document names it in custom fields only.
  const parent = refOf(r, e.parent, where, 'parent') ?? parentElsewhere(custom)?.parent ?? null;
  if (parent !== null) counts.threaded++;
  const attachments = eventAttachments(r, e, where);
  if (attachments.length) counts.withAttachments++;
  const { kind, subtype } = eventKind(type, attachments.length > 0, body);
  const composed = body === '' && (type === 'join' || type === 'leave') && author ? `${author.name} ${type === 'join' ? 'joined' : 'left'}` : body;
  const message: MessageRecord = {
    conversationKey: conv.key,
    seq: 0,
    author: author?.name ?? null,
    authorId: author?.id ?? null,
    kind,
    subtype,
    body: composed,
    headerRaw: '',
    stampRaw: typeof e.timestamp === 'string' ? e.timestamp : null,
    ...timeFields(stamp),
    withSeconds: true,
    nativeId: id,
    replyTo: null,
    deleted,
    edited: false,
    attachments,
    lineStart: null,
    lineEnd: null,
    record: where,
    direction: e.direction === 'incoming' || e.direction === 'outgoing' ? e.direction : null,
    threadParent: parent,
    // The record as written, for the case; a reading that keeps no records needs it only to check a parent.
    raw: r.keepsRecords || parent !== null ? JSON.stringify(e) : null,
  };
  const event: EventOf = (eventKind, actor, stampValue, at, value, detail) => ({
    conversationKey: conv.key,
    kind: eventKind,
    targetNativeId: id,
    targetAtUs: null,
    targetSeq: 0, // set once the message has its seq
    actor: actor?.name ?? null,
    actorId: actor?.id ?? null,
    ...timeFields(stampOf(r, stampValue, at, 'timestamp')),
    stampRaw: typeof stampValue === 'string' ? stampValue : null,
    value,
    detail,
    nativeId: null,
    lineStart: null,
    lineEnd: null,
    record: at,
    raw: null,
  });
  const edits = eventEdits(r, e, where, body, custom, event);
  if (edits.length) {
    counts.edited++;
    message.edited = true;
  }
  const events = [...edits, ...eventReactions(r, e, where, event), ...eventReceipts(r, e, where, event)];
  const placed = r.placed.get(conv.key) ?? new Placings();
  placed.add(i, key, parent !== null && parentBatesOfRaw(message.raw ?? null) === null ? parent : null);
  r.placed.set(conv.key, placed);
  if (!r.keepsRecords) return;
  const pending = r.byConversation.get(conv.key) ?? [];
  pending.push({ index: i, key, message, events });
  r.byConversation.set(conv.key, pending);
}

/** Step 4: a thread parent must be an event id of the same conversation (RS-3), unless it went out under a Bates number in another document. */
export function checkOrphanParents(r: Reading): void {
  for (const [key, placed] of r.placed) {
    for (const p of placed.parents) {
      if (p.parent && !r.eventIds.has(eventKey(key, p.parent))) r.w.add('rsmf_orphan_parent', `events[${p.index}]`, `the thread parent '${p.parent}' is not an event of conversation '${key}' (RS-3).`);
    }
  }
}

/** Step 5: the source's time basis, by the majority of its timestamps; zoneless and mixed zones are said. */
export function timeBasisOf(r: Reading): TimeBasis {
  const { zoneless, zoned, zonelessExample } = r.times;
  if (zoneless) {
    r.w.add('rsmf_timestamp_no_zone', 'timestamps', `${zoneless} timestamp${zoneless === 1 ? ' has' : 's have'} no zone (first: ${zonelessExample}); read as wall-clock time in the source's zone, which is an assumption.`);
  }
  const timeBasis: TimeBasis = zoneless > zoned ? 'wall_clock' : 'instant';
  if (zoneless && zoned) {
    r.w.add('rsmf_timestamp_mixed', 'timestamps', `${zoned} timestamps carry a zone and ${zoneless} do not; the source is read as ${timeBasis === 'instant' ? 'instants' : 'wall-clock times'}, and a later change of its zone re-derives the others.`);
  }
  return timeBasis;
}

/** Step 6: the X-RSMF headers of an .rsmf file against the manifest: the event count (RS-4), the date range (RS-5). */
export function checkHeaders(r: Reading, headers: Map<string, string>, eventTotal: number): Record<string, string> {
  const header = (name: string) => headers.get(`x-rsmf-${name}`) ?? null;
  const declared = header('eventcount');
  if (declared !== null && Number(declared) !== eventTotal) {
    r.w.add('rsmf_event_count', 'X-RSMF-EventCount', `says ${declared} events, the manifest holds ${eventTotal} (RS-4: the file may be truncated or padded).`);
  }
  for (const [name, expect] of [
    ['begindate', r.times.firstKey],
    ['enddate', r.times.lastKey],
  ] as const) {
    const v = header(name);
    if (v === null || expect === null) continue;
    const k = sortKey(parseRsmfTimestamp(v));
    const field = `X-RSMF-${name === 'begindate' ? 'BeginDate' : 'EndDate'}`;
    if (k === null) r.w.add('rsmf_date_range', field, `'${v}' is not an ISO 8601 date-time.`);
    else if (Math.abs(k - expect) >= 1_000_000) r.w.add('rsmf_date_range', field, `'${v}' does not match the ${name === 'begindate' ? 'earliest' : 'latest'} event time in the manifest (RS-5).`);
  }
  return Object.fromEntries([...headers].filter(([k]) => k.startsWith('x-rsmf-') || ['from', 'to', 'subject', 'date'].includes(k)));
}

/** Records in source order, numbered from `firstSeq`, with the records about them pointing at their seq. */
function inSeqOrder(record: ConversationRecord, pending: Pending[], firstSeq: number): MappedConversation {
  const messages: MessageRecord[] = [];
  const events: EventRecord[] = [];
  pending.forEach((p, i) => {
    const seq = firstSeq + i;
    p.message.seq = seq;
    messages.push(p.message);
    for (const e of p.events) events.push({ ...e, targetSeq: seq });
  });
  return { record, messages, events };
}

const isConfide = (c: ConversationRecord) => /confide/i.test(c.platform ?? '');

/** Empty items of a Confide conversation hold no content by design, and say so. */
function markContentless(messages: MessageRecord[]): void {
  for (const m of messages) if (m.body.trim() === '' && m.attachments.length === 0 && m.kind !== 'system') m.contentStatus = 'unrecoverable_by_design';
}

/** Steps 1 to 6 over a parsed manifest, keeping where each event goes but not its records. */
function readManifest(json: unknown, ctx: ManifestContext, given: ManifestEvents | null) {
  const r = newReading(ctx, false);
  const root: Json = isObj(json) ? json : {};
  if (!isObj(json)) r.w.add('rsmf_schema', 'root', 'the manifest is not a JSON object; nothing can be read from it.');
  const version = readVersion(root, r.w);
  checkUndefined(root, ROOT_KEYS, 'root', r.w);
  readParticipants(root, r);
  readConversations(root, r);
  const onlyConversation = r.conversations.size === 1 ? [...r.conversations.keys()][0]! : null;
  const listed = list(root.events, 'root', 'events', r.w);
  const events = given ?? listedEvents(listed);
  for (let i = 0; i < events.length; i++) readEvent(r, events.at(i), i, onlyConversation);
  checkOrphanParents(r);
  const timeBasis = timeBasisOf(r);
  const signals: Record<string, unknown> = {
    version,
    eventcollectionid: typeof root.eventcollectionid === 'string' ? root.eventcollectionid : null,
    events: r.counts,
    participants: r.participants.size,
    zonelessTimestamps: r.times.zoneless,
    orphanParents: r.w.count('rsmf_orphan_parent'),
    missingFiles: r.w.count('rsmf_file_missing'),
    firstEventUs: r.times.firstKey,
    lastEventUs: r.times.lastKey,
  };
  if (ctx.headers) signals.headers = checkHeaders(r, ctx.headers, events.length);
  return { r, events, onlyConversation, signals, timeBasis, version };
}

/**
 * Maps a parsed manifest as mapManifest does, but keeps only where each event goes: a slice's records
 * are made again from the events when it is asked for (warned and counted the first time only), so a
 * manifest of 400,000 events is never 400,000 records at once. `given` reads the events one by one
 * when the root came without them (manifest-events.ts).
 */
export function mapManifestInSlices(json: unknown, ctx: ManifestContext, given: ManifestEvents | null = null): SlicedManifest {
  const read = readManifest(json, ctx, given);
  const { r, onlyConversation, signals, timeBasis, version } = read;
  let events: ManifestEvents | null = read.events;
  const conversations = [...r.conversations.values()].map((conv): SlicedConversation => {
    // No closure here may see the placings: the slices outlive them.
    const order = r.placed.get(conv.key)?.sourceOrder() ?? [];
    return {
      record: conv.record,
      size: order.length,
      slice(from, to) {
        const again: Reading = { ...newReading(ctx), participants: r.participants, conversations: r.conversations };
        const pending = order.slice(from, to).map((index) => {
          for (const read of [again.byConversation, again.placed, again.eventIds]) read.clear();
          readEvent(again, events!.at(index), index, onlyConversation);
          return again.byConversation.get(conv.key)![0]!;
        });
        const mapped = inSeqOrder(conv.record, pending, from);
        if (isConfide(conv.record)) markContentless(mapped.messages);
        return mapped;
      },
    };
  });
  // Where each event goes is now in `order`; the ids were needed only to check parents.
  r.placed.clear();
  r.eventIds = new KeySet('utf16le');
  const confide = conversations.filter((c) => isConfide(c.record)).length;
  const release = () => {
    events = null;
  };
  return { conversations, warnings: r.w.finish(), signals, caveats: confide ? [confideCaveat(confide)] : [], timeBasis, version, referencedFiles: r.referencedFiles, release };
}

/** Maps a parsed manifest, step by step, every record at once. Never throws on content: every problem is a warning. */
export function mapManifest(json: unknown, ctx: ManifestContext): ManifestResult {
  const { conversations, release, ...facts } = mapManifestInSlices(json, ctx);
  const mapped = conversations.map((c) => c.slice(0, c.size));
  release();
  return { ...facts, conversations: mapped };
}

/** The completeness statement every Confide source carries (docs/gaps.md#cf-1). */
export function confideCaveat(conversations: number): SourceCaveat {
  return {
    code: 'confide_by_design',
    text: `Content unrecoverable by design: Confide deletes messages after reading and offers no export or archive. Items shown are metadata, images or transcriptions${conversations > 1 ? ` (${conversations} Confide conversations)` : ''}.`,
  };
}
