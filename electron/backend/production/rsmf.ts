// RSMF 2.0 per document (NATIVES/<bates>.rsmf; docs/formats.md#rsmf reads it back): an e-mail whose
// one attachment, rsmf.zip, holds rsmf_manifest.json and the attachments carried. Times are UTC with
// `Z`; a wall-clock source keeps its raw stamp and zone in the event's custom fields. Slices of one
// conversation share an event collection id. Redacted passages are markers in the body; a redacted
// attachment is left out and named as redacted. The manifest passes the reference checks before it
// is written (every participant, parent and file it names exists).
import type { ProducedMessage } from './content';
import { PARENT_BATES, PARENT_OUTSIDE_SLICE } from '../importers/rsmf/produced-elsewhere';
import type { RenderedDocument } from './html';
import { plainText } from './redactions';
import { zipBytes, type ZipEntrySpec } from '../files/zip-writer';

export interface RsmfConversation {
  id: string;
  platform: string;
  title: string;
  direct: boolean;
  custodian: string | null;
  collectionId: string;
  sourceSha256: string;
  generator: string;
}

type Custom = { name: string; value: string }[];

interface RsmfEvent {
  id: string;
  type: 'message' | 'disclaimer' | 'join' | 'leave' | 'unknown';
  conversation: string;
  participant?: string;
  timestamp?: string;
  body: string;
  deleted?: boolean;
  direction?: 'incoming' | 'outgoing';
  parent?: string;
  edits?: { participant: string; timestamp?: string; previous?: string; new?: string }[];
  reactions?: { value: string; count: number; participants: string[] }[];
  attachments?: { id: string; display: string; size?: number }[];
  custom?: Custom;
}

export interface RsmfManifest {
  version: '2.0.0';
  eventcollectionid: string;
  participants: { id: string; display: string }[];
  conversations: { id: string; platform: string; type: 'direct' | 'channel'; display: string; participants: string[]; custodian?: string }[];
  events: RsmfEvent[];
}

function eventType(m: ProducedMessage): RsmfEvent['type'] {
  if (m.kind === 'system') return m.subtype === 'system.joined' ? 'join' : m.subtype === 'system.left' ? 'leave' : 'disclaimer';
  return m.kind === 'unclassified' ? 'unknown' : 'message';
}

const custom = (pairs: [string, string | null | undefined][]): Custom | undefined => {
  const out = pairs.filter((p): p is [string, string] => typeof p[1] === 'string' && p[1] !== '').map(([name, value]) => ({ name, value }));
  return out.length ? out : undefined;
};

/** The manifest and the files it names, for one produced document. */
export function rsmfManifest(d: RenderedDocument, c: RsmfConversation, files: ReadonlyMap<number, Uint8Array>): { manifest: RsmfManifest; zipFiles: ZipEntrySpec[] } {
  const participants = new Map<string, string>();
  const participantOf = (name: string | null, nativeId: string | null) => {
    if (name === null) return undefined;
    const id = nativeId ?? name;
    if (!participants.has(id)) participants.set(id, name);
    return id;
  };
  const byName = (name: string | null) => (name === null ? undefined : ([...participants].find(([, display]) => display === name)?.[0] ?? participantOf(name, null)));
  const usedIds = new Set<string>();
  const eventIds = new Map<number, string>();
  for (const m of d.messages) {
    const id = m.nativeId !== null && !usedIds.has(m.nativeId) ? m.nativeId : `threadline-${m.id}`;
    usedIds.add(id);
    eventIds.set(m.id, id);
  }
  const zipFiles: ZipEntrySpec[] = [];
  const events = d.messages.map((m): RsmfEvent => {
    const participant = participantOf(m.author, m.authorNativeId);
    const parentInSlice = m.threadParent !== null && usedIds.has(m.threadParent);
    const attachments = m.attachments.flatMap((a) => {
      if (a.redacted !== null) return [];
      const bytes = files.get(a.id);
      if (!bytes) return [];
      const name = `${a.id}-${a.name.replace(/[\\/]/g, '_')}`;
      zipFiles.push({ name, data: bytes });
      return [{ id: name, display: a.name, size: bytes.length }];
    });
    const reactions = new Map<string, string[]>();
    for (const r of m.reactions) {
      const who = byName(r.by);
      reactions.set(r.value, [...(reactions.get(r.value) ?? []), ...(who ? [who] : [])]);
    }
    const counts = new Map<string, number>();
    for (const r of m.reactions) counts.set(r.value, (counts.get(r.value) ?? 0) + 1);
    const wallClock = m.stampRaw !== null && m.sentAtLocal !== null;
    return {
      id: eventIds.get(m.id)!,
      type: eventType(m),
      conversation: c.id,
      ...(participant ? { participant } : {}),
      ...(m.sentAtUtc ? { timestamp: m.sentAtUtc } : {}),
      body: plainText(m.body),
      ...(m.deleted ? { deleted: true } : {}),
      ...(m.direction ? { direction: m.direction } : {}),
      ...(parentInSlice ? { parent: m.threadParent! } : {}),
      ...(m.edits.length
        ? {
            edits: m.edits.map((e) => ({
              participant: byName(e.by) ?? participant ?? participantOf('Unknown', null)!,
              ...(e.at ? { timestamp: e.at } : {}),
              ...(e.previous !== null ? { previous: e.previous } : {}),
              ...(e.next !== null ? { new: e.next } : {}),
            })),
          }
        : {}),
      ...(reactions.size ? { reactions: [...reactions].map(([value, who]) => ({ value, count: counts.get(value)!, participants: who })) } : {}),
      ...(attachments.length ? { attachments } : {}),
      custom: custom([
        ['bates', m.bates],
        ['context', m.context ? 'parent of a produced reply' : null],
        [PARENT_OUTSIDE_SLICE, m.threadParent !== null && !parentInSlice ? m.threadParent : null],
        [PARENT_BATES, m.threadParent !== null && !parentInSlice ? m.quote?.bates : null],
        ['source_time_raw', wallClock ? m.stampRaw : null],
        ['source_timezone', wallClock ? m.timeZone : null],
        ['subtype', m.subtype],
        ['content_status', m.contentStatus],
        ['withheld', m.withheld],
        ['redacted_attachments', m.attachments.filter((a) => a.redacted !== null).map((a) => a.redacted).join('; ')],
      ]),
    };
  });
  const ids = [...participants.keys()];
  const custodian = c.custodian !== null ? [...participants].find(([, display]) => display === c.custodian)?.[0] : undefined;
  const manifest: RsmfManifest = {
    version: '2.0.0',
    eventcollectionid: c.collectionId,
    participants: [...participants].map(([id, display]) => ({ id, display })),
    conversations: [{ id: c.id, platform: c.platform, type: c.direct ? 'direct' : 'channel', display: c.title, participants: ids, ...(custodian ? { custodian } : {}) }],
    events,
  };
  checkReferences(manifest, zipFiles);
  return { manifest, zipFiles };
}

/** The reference checks a reader applies: a manifest that fails one is a bug here, never written. */
export function checkReferences(m: RsmfManifest, files: readonly ZipEntrySpec[]): void {
  const people = new Set(m.participants.map((p) => p.id));
  const names = new Set(files.map((f) => f.name));
  const problems: string[] = [];
  const need = (ok: boolean, what: string) => ok || problems.push(what);
  for (const c of m.conversations) {
    c.participants.forEach((p) => need(people.has(p), `conversation participant ${p}`));
    if (c.custodian !== undefined) need(c.participants.includes(c.custodian), `custodian ${c.custodian}`);
  }
  const ids = new Set<string>();
  for (const e of m.events) {
    need(!ids.has(e.id), `duplicate event id ${e.id}`);
    ids.add(e.id);
  }
  for (const e of m.events) {
    if (e.participant !== undefined) need(people.has(e.participant), `event participant ${e.participant}`);
    if (e.parent !== undefined) need(ids.has(e.parent), `parent ${e.parent}`);
    e.edits?.forEach((x) => need(people.has(x.participant), `editor ${x.participant}`));
    e.reactions?.forEach((r) => r.participants.forEach((p) => need(people.has(p), `reaction participant ${p}`)));
    e.attachments?.forEach((a) => need(names.has(a.id), `attachment file ${a.id}`));
  }
  if (problems.length) throw new Error(`The RSMF manifest would name what it does not hold: ${problems.slice(0, 5).join(', ')}.`);
}

/** RFC 2047 for a header value that is not plain ASCII: the e-mail layer is 7-bit. */
function headerValue(text: string): string {
  const flat = text.replace(/[\r\n]+/g, ' ');
  return /^[\x20-\x7e]*$/.test(flat) ? flat : `=?UTF-8?B?${Buffer.from(flat, 'utf8').toString('base64')}?=`;
}

function base64Lines(data: Uint8Array): string {
  return (Buffer.from(data).toString('base64').match(/.{1,76}/g) ?? []).join('\r\n');
}

/** The plain-text rendition as the sample generator writes it: author, blank line, body, blank line, reactions. */
function bodyText(m: RsmfManifest): string {
  const display = new Map(m.participants.map((p) => [p.id, p.display]));
  return m.events
    .map((e) => [display.get(e.participant ?? '') ?? '', '', e.body, '', ...(e.reactions ?? []).map((r) => r.value)].join('\r\n'))
    .join('\r\n');
}

/** The .rsmf file: headers describing the collection, the text rendition, and rsmf.zip. */
export function rsmfFile(d: RenderedDocument, c: RsmfConversation, files: ReadonlyMap<number, Uint8Array>): Buffer {
  const { manifest, zipFiles } = rsmfManifest(d, c, files);
  const zip = zipBytes([{ name: 'rsmf_manifest.json', data: Buffer.from(JSON.stringify(manifest, null, 1), 'utf8') }, ...zipFiles].map((e) => ({ ...e, deflate: true })));
  const stamps = manifest.events.map((e) => e.timestamp).filter((t): t is string => t !== undefined).sort();
  const boundary = `threadline-${c.collectionId}-${d.batesBegin}`.replace(/[^A-Za-z0-9'()+_,-./:=?]/g, '_');
  const displays = manifest.participants.map((p) => p.display);
  const headers: [string, string | null][] = [
    ['From', c.custodian],
    ['To', displays.join(', ')],
    ['Subject', `${c.title} ${d.label} ${d.batesBegin}`],
    ['X-RSMF-Version', '2.0.0'],
    ['X-RSMF-Generator', c.generator],
    ['X-RSMF-Application', c.platform],
    ['X-RSMF-Custodian', c.custodian],
    ['X-RSMF-Participants', displays.join(', ')],
    ['X-RSMF-EventCount', String(manifest.events.length)],
    ['X-RSMF-AttachmentCount', String(zipFiles.length)],
    ['X-RSMF-EventCollectionID', c.collectionId],
    ['X-RSMF-BeginDate', stamps.length > 1 ? stamps[0]! : null],
    ['X-RSMF-EndDate', stamps.length > 1 ? stamps[stamps.length - 1]! : null],
    ['X-RSMF-BegBates', d.batesBegin],
    ['X-RSMF-EndBates', d.batesEnd],
    ['X-RSMF-SourceSHA256', c.sourceSha256],
    ['MIME-Version', '1.0'],
    ['Content-Type', `multipart/mixed; boundary="${boundary}"`],
  ];
  const text = [
    ...headers.filter((h): h is [string, string] => h[1] !== null && h[1] !== '').map(([k, v]) => `${k}: ${headerValue(v)}`),
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(Buffer.from(bodyText(manifest), 'utf8')),
    `--${boundary}`,
    'Content-Type: application/octet-stream; name="rsmf.zip"',
    'Content-Disposition: attachment; filename="rsmf.zip"',
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(zip),
    `--${boundary}--`,
    '',
  ];
  return Buffer.from(text.join('\r\n'), 'ascii');
}
