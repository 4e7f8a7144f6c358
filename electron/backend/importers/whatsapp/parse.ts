// Reads a WhatsApp chat text in two streaming passes (docs/formats.md#whatsapp-two-passes). The first pass looks at
// the whole file to decide what no single line can: the date order, the languages, the authors. The
// second pass cuts messages (one header line plus every following non-header line) and classifies
// them. Neither pass holds the file in memory.
import type { DateOrder, DateOrderDecision, ImportWarning } from '../../../../shared/model';
import { readLines, type ByteSource, type Line, type TextEncodingName } from '../../text/lines';
import { isValidCalendarDate, type LocalTime } from '../../time/zone';
import type { EventRecord, MessageRecord, RecordBatch } from '../types';
import { WarningList } from '../warnings';
import { Classifier, type NoticeParties } from './classify';
import { DateOrderEvidence, fullYear, isYearFirst } from './date-order';
import { looksLikeHeader, matchHeader, type HeaderLayout, type HeaderMatch } from './header';
import { LEXICONS } from './lexicon';

export const WHATSAPP_PARSER_VERSION = 'whatsapp-text/1';

const LAYOUT_NAMES: Record<HeaderLayout, string> = {
  dash: "Android 'date, time - name: text'",
  bracket: "iOS '[date, time] name: text'",
  'bracket-time-first': "iOS time-first '[time, date] name: text'",
  colon: "old iOS 'date, time: name: text'",
};

export const TRIED_LAYOUTS = Object.values(LAYOUT_NAMES).join(', ');

const LRM_START = /^[\s\u200E\u200F]*[\u200E\u200F]/;

/** LRM_START without a regex for the usual body, which starts with neither a mark nor a space. */
function startsMarked(body: string): boolean {
  const first = body.charCodeAt(0);
  if (first === 0x200e || first === 0x200f) return true;
  return (first <= 0x20 || first === 0xa0 || first === 0x1680 || first >= 0x2000) && LRM_START.test(body);
}
const MEDIA_NAME = /(?:PHOTO|VIDEO|AUDIO|GIF|STICKER)-\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2}|(?:IMG|VID|PTT|STK|AUD|GIF|DOC)-\d{8}-WA\d{4}/i;
const IOS_COUNTER = /^(\d{8})-/;
const DETECTION_SAMPLE = 5000;
const DAY_MS = 86_400_000;
/** Body text kept for one message; the continuation lines beyond are kept by reference. */
export const BODY_CAP_CHARS = 4 << 20;

const isUnusual = (line: Line) => line.invalid !== undefined || line.truncated === true;

/**
 * The source record of a message whose lines the body cannot show as they are: for a line with bytes
 * that are not valid text, those bytes (base64); for a truncated line, where the whole line is.
 */
export function sourceBytesRecord(file: string, lines: Line[]): string {
  return JSON.stringify({
    file,
    lines: lines.map((l) => ({
      line: l.no,
      byteOffset: l.offset,
      byteLength: l.bytes,
      ...(l.truncated ? { truncated: true } : {}),
      ...(l.invalid ? { invalidBytes: true, base64: Buffer.from(l.invalid.buffer, l.invalid.byteOffset, l.invalid.byteLength).toString('base64') } : {}),
    })),
  });
}

function droppedNote(file: string, from: number, to: number, offset: number, bytes: number): string {
  return ` [… message truncated by Threadline: lines ${from}–${to} are not kept as text; they are at byte offset ${offset} of ${file}, ${bytes} bytes long]`;
}

export interface AuthorStats {
  count: number;
  noticeCount: number;
  /** Lines whose body starts with U+200E: iOS marks its own texts so, never what a person types. */
  markedCount: number;
}

export interface WhatsAppScan {
  lineCount: number;
  headerCount: number;
  firstHeaderLine: number;
  layouts: Map<HeaderLayout, number>;
  secondsLines: number;
  twelveHourLines: number;
  authors: Map<string, AuthorStats>;
  langs: string[];
  encoding: TextEncodingName;
  hadBom: boolean;
  evidence: DateOrderEvidence;
}

const displayCache = new Map<string, string>();

/**
 * Author as written, with only the bidi controls and the BOM dropped: `~` + U+202F + name (an unsaved
 * contact) keeps its narrow space, so the author matches its source; search and People fold spaces.
 */
export function displayAuthor(raw: string): string {
  let shown = displayCache.get(raw);
  if (shown === undefined) {
    if (displayCache.size > 10_000) displayCache.clear(); // pasted "authors" must not grow it without end
    shown = toDisplayAuthor(raw);
    displayCache.set(raw, shown);
  }
  return shown;
}

function toDisplayAuthor(raw: string): string {
  return raw.replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g, '').trim();
}

interface AuthorSplit {
  author: string;
  authorRaw: string;
  /** Index in `rest` where the body starts. */
  bodyStart: number;
}

/** Words, or punctuation, that end a sentence; names do not hold them (`Prof. Oak` does not end one). */
const SENTENCE_MARKS = /[!?;…"“”«»„？！；。｡؟؛।]|\p{Ll}{4,}\.(?:\s|$)|,\s\p{Ll}/u;
const AUTHOR_MAX_CHARS = 60;
const AUTHOR_MAX_WORDS = 6;

/**
 * Whether text before a `: ` can be a name: short, a few words, no sentence punctuation. Without this,
 * the only `: ` of a notice or of a line in a chat exported without names makes a sentence an author.
 */
export function looksLikeAuthor(name: string): boolean {
  if (name.length > AUTHOR_MAX_CHARS || SENTENCE_MARKS.test(name)) return false;
  let words = 1;
  for (let i = name.indexOf(' '); i >= 0; i = name.indexOf(' ', i + 1)) if (++words > AUTHOR_MAX_WORDS) return false;
  return true;
}

/**
 * Splits `Name: body` at a colon. The author ends at the first `: ` unless a longer known author
 * fits; `Name:` and `Name:.` at the end of a line count as authored lines (docs/formats.md#whatsapp-authors). With `known`
 * (the file's authors, once the first pass has counted them) a name that is not one of them must
 * look like a name (looksLikeAuthor), unless what follows starts with U+200E as iOS writes its own
 * texts after a chat name (`Trip!!: ‎Ana added Ben`); the first pass counts every first `: ` as it comes.
 */
export function splitAuthor(rest: string, known?: ReadonlySet<string>): AuthorSplit | null {
  const line = firstLineOf(rest);
  let first: AuthorSplit | null = null;
  let best: AuthorSplit | null = null;
  for (let i = line.indexOf(':'); i > 0 && i <= 120; i = line.indexOf(':', i + 1)) {
    // The colon ends the name when the line ends there, or after one '.', or a space follows.
    const spaced = line.charCodeAt(i + 1) === 32;
    const ends = spaced || i + 1 === line.length || (i + 2 === line.length && line.charCodeAt(i + 1) === 46);
    if (!ends) continue;
    const authorRaw = line.slice(0, i);
    const author = displayAuthor(authorRaw);
    if (!author) continue;
    const split = { author, authorRaw, bodyStart: i + 1 + (spaced ? 1 : 0) };
    if (!known) return split;
    if (known.has(author)) best = split;
    else if (!first && (looksLikeAuthor(author) || line.startsWith(' \u200E', i + 1))) first = split;
  }
  return best ?? first;
}

/** The text up to its first CR or LF; a line as read holds neither, so this is usually the text itself. */
function firstLineOf(text: string): string {
  const cr = text.indexOf('\r');
  const lf = text.indexOf('\n');
  const end = cr < 0 ? lf : lf < 0 ? cr : Math.min(cr, lf);
  return end < 0 ? text : text.slice(0, end);
}

function bodyAfter(rest: string, split: AuthorSplit): string {
  return rest.slice(split.bodyStart);
}

/** First pass: decide what the whole file decides. */
export async function scanWhatsApp(source: ByteSource, isCancelled: () => boolean): Promise<WhatsAppScan> {
  const detector = new Classifier(LEXICONS);
  const langVotes = new Map<string, number>();
  let sampled = 0;
  const scan: WhatsAppScan = {
    lineCount: 0,
    headerCount: 0,
    firstHeaderLine: 0,
    layouts: new Map(),
    secondsLines: 0,
    twelveHourLines: 0,
    authors: new Map(),
    langs: [],
    encoding: 'utf-8',
    hadBom: false,
    evidence: new DateOrderEvidence(),
  };
  const vote = (lang: string | null) => {
    if (lang) langVotes.set(lang, (langVotes.get(lang) ?? 0) + 1);
  };
  const onEncoding = (enc: TextEncodingName, bom: boolean) => {
    scan.encoding = enc;
    scan.hadBom = bom;
  };
  for await (const batch of readLines(source, { onEncoding, isCancelled })) {
    for (const line of batch) {
      scan.lineCount = line.no;
      const h = matchHeader(line.text);
      if (!h) continue;
      scan.headerCount++;
      scan.firstHeaderLine ||= line.no;
      scan.layouts.set(h.layout, (scan.layouts.get(h.layout) ?? 0) + 1);
      if (h.second !== null) scan.secondsLines++;
      if (h.clock) scan.twelveHourLines++;
      scan.evidence.addHeader(h, line.no);
      const rest = line.text.slice(h.restStart);
      const split = splitAuthor(rest);
      if (!split) {
        if (sampled++ < DETECTION_SAMPLE) vote(detector.classifyAuthorless(rest).lang);
        continue;
      }
      const body = bodyAfter(rest, split);
      const stats = scan.authors.get(split.author) ?? { count: 0, noticeCount: 0, markedCount: 0 };
      stats.count++;
      if (startsMarked(body)) stats.markedCount++;
      const media = body.includes('-20') || body.includes('-WA') ? MEDIA_NAME.exec(body) : null;
      if (media) scan.evidence.addMediaName(media[0], h);
      if (body.length <= 200 && sampled++ < DETECTION_SAMPLE) {
        const notice = detector.notice(body);
        if (notice) {
          stats.noticeCount++;
          vote(notice.lang);
        } else {
          vote(detector.classifyAuthored(body).lang);
        }
      }
      scan.authors.set(split.author, stats);
    }
  }
  scan.langs = [...langVotes.entries()].sort((a, b) => b[1] - a[1]).map(([lang]) => lang);
  return scan;
}

export function describeScan(scan: WhatsAppScan): string {
  const layouts = [...scan.layouts.entries()].sort((a, b) => b[1] - a[1]);
  const layoutText = layouts.map(([l, n]) => (layouts.length > 1 ? `${LAYOUT_NAMES[l]} (${n} lines)` : LAYOUT_NAMES[l])).join(' + ');
  const clock = scan.twelveHourLines > scan.headerCount / 2 ? '12-hour clock' : '24-hour clock';
  const seconds = scan.secondsLines > scan.headerCount / 2 ? 'with seconds' : 'without seconds';
  const langs = scan.langs.length ? `texts in ${scan.langs.join(', ')}` : 'no WhatsApp notices recognised';
  const enc = `${scan.encoding.toUpperCase()}${scan.hadBom ? ' with BOM' : ''}`;
  return `WhatsApp chat text: ${layoutText}, ${clock} ${seconds}, ${langs}, ${enc}`;
}

export interface ParseResult {
  /** Lines before the first header, verbatim. */
  preamble: string[];
  warnings: ImportWarning[];
  messageCount: number;
  /** Facts for the gap engine (docs/gaps.md#r8, docs/gaps.md#wa-7). */
  signals: {
    messages: number;
    firstSubtype: string | null;
    startsWithOpeningNotice: boolean;
    mediaOmitted: number;
    mediaAttached: number;
    iosMediaCounters: { seq: number; counter: number }[];
  };
  participants: Map<string, number>;
  hasGroupEvents: boolean;
  /** The group's name as the latest creation or subject change in the file gives it. */
  groupName: string | null;
  noticeAuthors: Map<string, number>;
}

export function emptyParseResult(): ParseResult {
  return {
    preamble: [],
    warnings: [],
    messageCount: 0,
    signals: { messages: 0, firstSubtype: null, startsWithOpeningNotice: false, mediaOmitted: 0, mediaAttached: 0, iosMediaCounters: [] },
    participants: new Map(),
    hasGroupEvents: false,
    groupName: null,
    noticeAuthors: new Map(),
  };
}

const QUOTED = /["“„«]([^"“”„«»]+)["”“»]/g;

/** The last quoted name in a group-created or subject-changed notice: the name the group took. */
export function quotedGroupName(body: string): string | null {
  const names = [...body.matchAll(QUOTED)].map((m) => m[1]!.trim()).filter(Boolean);
  return names.length ? names[names.length - 1]! : null;
}

const OPENING_SUBTYPES = new Set(['system.encryption', 'system.group_created', 'system.added']);
const GROUP_SUBTYPES =
  /^system\.(group_created|added|removed|left|joined|subject_changed|icon_changed|description_changed|settings_changed|joined_via_link|invite_link_reset|admin)$/;

/**
 * An iOS notice in a language or wording the lexicon lacks, told by its shape alone: iOS starts its own
 * texts with U+200E, and a notice by a person repeats their name after it (`Ana: ‎Ana <did something>`),
 * or its "author" is the chat itself, whose every line is so marked. Tombstones, placeholders, calls
 * and locations, also marked, are classified before this is asked.
 */
export function isUnlistedNotice(body: string, author: string, stats: AuthorStats | undefined): boolean {
  if (!startsMarked(body)) return false;
  return repeatsAuthor(body, author) || (stats !== undefined && stats.count >= 2 && stats.markedCount === stats.count);
}

/** Whether the body starts with the author's own name: the person the notice is about, not the chat's title. */
function repeatsAuthor(body: string, author: string): boolean {
  return toDisplayAuthor(body.slice(0, author.length + 16)).startsWith(author + ' ');
}

/** A message as the WhatsApp reader cuts it, with the people its notice or tombstone names. */
export interface WhatsAppMessage extends MessageRecord {
  parties: NoticeParties | null;
}

/**
 * A tombstone naming the admin who deleted the message (`This message was deleted by admin X`) is a
 * deletion on record: a `delete` event on the tombstone with the admin as its actor (docs/formats.md).
 */
export function adminDeletionEvent(m: WhatsAppMessage): EventRecord | null {
  const admin = m.subtype === 'deleted.admin' ? m.parties?.actor : null;
  if (!admin) return null;
  return {
    conversationKey: m.conversationKey,
    kind: 'delete',
    targetNativeId: null,
    targetAtUs: null,
    targetSeq: m.seq,
    actor: admin,
    instant: null,
    local: m.local,
    stampRaw: m.stampRaw,
    value: 'delete',
    detail: { by: 'admin' },
    nativeId: null,
    lineStart: m.lineStart,
    lineEnd: m.lineEnd,
    record: null,
    raw: null,
    memberFile: m.memberFile,
  };
}

/** A batch of messages and the deletions on record among them, ready for case/. */
export function recordBatch(messages: WhatsAppMessage[]): RecordBatch {
  const events: EventRecord[] = [];
  for (const m of messages) {
    if (m.subtype !== 'deleted.admin') continue; // the only kind adminDeletionEvent reads, and a rare one
    const event = adminDeletionEvent(m);
    if (event) events.push(event);
  }
  return { messages, events };
}

/** Local wall-clock time of a header under a date order; null when the date does not exist. */
export function localTimeOf(h: HeaderMatch, order: DateOrder): { time: LocalTime; clockFaceValue: boolean } | null {
  const f0 = Number(h.fields[0]);
  const f1 = Number(h.fields[1]);
  const f2 = Number(h.fields[2]);
  const yearFirst = isYearFirst(h.fields);
  const year = yearFirst ? fullYear(f0, { era: null, buddhist: h.buddhist }) : fullYear(f2, h);
  const month = yearFirst || order !== 'MDY' ? f1 : f0;
  const day = yearFirst ? f2 : order === 'MDY' ? f1 : f0;
  if (!isValidCalendarDate(year, month, day)) return null;
  let hour = h.hour;
  let clockFaceValue = false;
  if (h.clock) {
    if (hour === 0 || hour > 12) clockFaceValue = true; // `23:59 PM`, `00:04 AM`: kept as written (docs/formats.md#whatsapp-clock)
    else if (h.clock === 'am') hour = hour === 12 ? 0 : hour;
    else if (h.clock === 'pm') hour = hour === 12 ? 12 : hour + 12;
    else hour = hour >= 6 && hour < 12 ? hour + 12 : hour === 12 ? 0 : hour; // German 'nachts'
  }
  return { time: { year, month, day, hour, minute: h.minute, second: h.second ?? 0 }, clockFaceValue };
}

export interface ParseContext {
  fileLabel: string;
  conversationKey: string;
  /** The member file the messages are read from, when the source holds several chat texts. */
  memberFile?: string | null;
  dateOrder: DateOrderDecision;
  isCancelled(): boolean;
  progress(done: number): void;
  /** Resolves an attachment name to the container's file, when the export carries files. */
  attachmentFor?(name: string): { entry: string; sha256: string; size: number } | null;
}

/** Second pass: messages in file order, in batches. `result` is complete when the generator ends. */
export async function* parseWhatsApp(
  source: ByteSource,
  scan: WhatsAppScan,
  ctx: ParseContext,
  result: ParseResult,
): AsyncGenerator<WhatsAppMessage[]> {
  const classifier = new Classifier(scan.langs.length ? LEXICONS.filter((l) => scan.langs.includes(l.lang)) : LEXICONS, new Set(scan.authors.keys()));
  const known = new Set([...scan.authors.entries()].filter(([, s]) => s.count >= 2).map(([a]) => a));
  const warnings = new WarningList(result.warnings);
  const warn = (line: number | null, code: string, message: string) => warnings.add(line, code, message);
  const dominant = [...scan.layouts.entries()].sort((a, b) => b[1] - a[1])[0];
  const strictLayout = dominant && dominant[1] >= 0.95 * scan.headerCount && scan.headerCount >= 20 ? dominant[0] : null;
  const order: DateOrder = ctx.dateOrder.value ?? 'DMY';

  interface Open {
    h: HeaderMatch;
    line: number;
    lastLine: number;
    headerRaw: string;
    split: AuthorSplit | null;
    /** The body kept as text so far; continuation lines past BODY_CAP_CHARS are kept by reference. */
    body: string;
    /** The first and last line not kept as text, once the body is over the cap. */
    dropped: { first: Line; last: Line } | null;
    /** Lines whose bytes the body alone cannot show (invalid bytes, a truncated line); null while there are none. */
    unusual: Line[] | null;
  }
  let open: Open | null = null;
  let seq = 0;
  // Wall-clock time of the last message with a valid time, to notice a header dated far before it.
  let previousWall: number | null = null;
  let out: WhatsAppMessage[] = [];

  const close = (m: Open): WhatsAppMessage => {
    if (m.dropped) {
      const { first, last } = m.dropped;
      const bytes = last.offset + last.bytes - first.offset;
      m.body += droppedNote(ctx.fileLabel, first.no, last.no, first.offset, bytes);
      warn(m.line, 'message_truncated', `${ctx.fileLabel}, line ${m.line}: the message is longer than ${BODY_CAP_CHARS} characters; lines ${first.no}–${last.no} are kept by reference (byte offset ${first.offset}, length ${bytes}), not as text.`);
    }
    const body = m.body;
    let author = m.split?.author ?? null;
    let c = m.split ? classifier.classifyAuthored(body) : classifier.classifyAuthorless(body);
    if (m.split) {
      const stats = scan.authors.get(m.split.author);
      // iOS attributes notices to the chat (docs/formats.md#whatsapp-authors): its body starts with U+200E, or the "author" writes
      // nothing but notices, or the line repeats the author's own name. Otherwise only a whole fixed
      // notice (the encryption sentence) can be one; "Bob added salt" stays Bob's message.
      const maybePseudo =
        startsMarked(body) ||
        (stats !== undefined && stats.count >= 2 && stats.count === stats.noticeCount) ||
        body.trimStart().startsWith(m.split.author + ' ');
      const notice = classifier.notice(body, !maybePseudo);
      if (notice) {
        // iOS attributes notices to the chat (docs/formats.md#whatsapp-authors): a system line, not the contact's message.
        c = { kind: 'system', subtype: notice.subtype, lang: notice.lang, attachmentNames: [], attached: false, edited: false, parties: notice.parties };
      } else if (c.kind === 'text' && isUnlistedNotice(body, m.split.author, stats)) {
        c = { kind: 'system', subtype: 'system.unlisted', lang: null, attachmentNames: [], attached: false, edited: false, parties: repeatsAuthor(body, m.split.author) ? { actor: m.split.author, target: null, targets: [] } : null };
        warn(m.line, 'unlisted_notice', `${ctx.fileLabel}, line ${m.line}: a notice iOS printed under '${m.split.author}' that the WhatsApp texts of Threadline do not list; kept as a system line.`);
      }
      if (c.kind === 'system') {
        result.noticeAuthors.set(m.split.author, (result.noticeAuthors.get(m.split.author) ?? 0) + 1);
        author = null;
      }
    } else if (c.kind === 'unclassified') {
      warn(m.line, 'unclassified', `${ctx.fileLabel}, line ${m.line}: a line without an author that is not a known WhatsApp notice; kept as unclassified.`);
    }
    const local = localTimeOf(m.h, order);
    if (local) {
      const wall = Date.UTC(local.time.year, local.time.month - 1, local.time.day, local.time.hour, local.time.minute);
      const once = m.split !== null && scan.authors.get(m.split.author)?.count === 1;
      if (once && previousWall !== null && previousWall - wall > DAY_MS) {
        // docs/formats.md#whatsapp-layouts: a pasted copy of a real line cannot be told apart with certainty; say so, do not re-split.
        warn(m.line, 'possible_pasted_header', `${ctx.fileLabel}, line ${m.line}: a message by '${m.split!.author}', who writes nothing else, dated before the message above it; it may be pasted text. Kept as a message.`);
      }
      previousWall = wall;
    }
    if (!local) {
      warn(m.line, 'invalid_date', `${ctx.fileLabel}, line ${m.line}: '${m.h.stampRaw}' is not a valid date when read as ${isYearFirst(m.h.fields) ? 'YMD' : order}; the message is kept without a time.`);
    } else if (local.clockFaceValue) {
      warn(m.line, 'clock_face_value', `${ctx.fileLabel}, line ${m.line}: '${m.h.stampRaw}' is not a valid 12-hour time; read at face value.`);
    }
    const attachments = c.attachmentNames.map((name) => {
      const file = c.attached && ctx.attachmentFor ? ctx.attachmentFor(name) : null;
      if (c.attached && ctx.attachmentFor && !file) {
        warn(m.line, 'attachment_missing', `${ctx.fileLabel}, line ${m.line}: the attachment '${name}' is named but not in the archive.`);
      }
      return { name, entry: file?.entry ?? null, present: file !== null, sha256: file?.sha256 ?? null, size: file?.size ?? null };
    });
    if (author !== null) result.participants.set(author, (result.participants.get(author) ?? 0) + 1);
    if (c.subtype && GROUP_SUBTYPES.test(c.subtype)) result.hasGroupEvents = true;
    if (c.subtype === 'system.group_created' || c.subtype === 'system.subject_changed') result.groupName = quotedGroupName(body) ?? result.groupName;
    const signals = result.signals;
    if (seq === 0) {
      signals.firstSubtype = c.subtype;
      signals.startsWithOpeningNotice = c.subtype !== null && OPENING_SUBTYPES.has(c.subtype);
    }
    if (c.subtype === 'media.omitted' || c.subtype === 'contact.omitted') signals.mediaOmitted++;
    if (c.attached) {
      signals.mediaAttached++;
      const counter = IOS_COUNTER.exec(c.attachmentNames[0] ?? '');
      if (counter) signals.iosMediaCounters.push({ seq, counter: Number(counter[1]) });
    }
    return {
      conversationKey: ctx.conversationKey,
      seq: seq++,
      author,
      kind: c.kind,
      subtype: c.subtype,
      body,
      headerRaw: m.headerRaw,
      stampRaw: m.h.stampRaw,
      local: local?.time ?? null,
      withSeconds: m.h.second !== null,
      nativeId: null,
      replyTo: null,
      deleted: c.kind === 'deleted',
      edited: c.edited,
      attachments,
      lineStart: m.line,
      lineEnd: m.lastLine,
      record: null,
      raw: m.unusual ? sourceBytesRecord(ctx.fileLabel, m.unusual) : null,
      memberFile: ctx.memberFile ?? null,
      parties: c.parties,
    };
  };

  // The terminator of the line before the current one: continuation lines keep it inside the body.
  let previousEnd = '';
  for await (const batch of readLines(source, { isCancelled: ctx.isCancelled, warn, label: ctx.fileLabel })) {
    for (const line of batch) {
      const end = previousEnd;
      previousEnd = line.end;
      const h = matchHeader(line.text);
      let accepted = h !== null;
      if (h && strictLayout && h.layout !== strictLayout) {
        const split = splitAuthor(line.text.slice(h.restStart), known);
        if (!split || !known.has(split.author)) {
          accepted = false;
          warn(line.no, 'pasted_header', `${ctx.fileLabel}, line ${line.no}: looks like a pasted message in another layout; kept as text of the message before it.`);
        }
      }
      if (h && accepted) {
        if (open) out.push(close(open));
        const rest = line.text.slice(h.restStart);
        const split = splitAuthor(rest, known);
        const bodyStart = h.restStart + (split ? split.bodyStart : 0);
        open = {
          h,
          line: line.no,
          lastLine: line.no,
          headerRaw: line.text.slice(0, bodyStart),
          split,
          body: line.text.slice(bodyStart),
          dropped: null,
          unusual: isUnusual(line) ? [line] : null,
        };
        continue;
      }
      if (!open) {
        result.preamble.push(line.text + line.end);
        if (line.text.trim()) warn(line.no, 'preamble', `${ctx.fileLabel}, line ${line.no}: text before the first message; kept as the source's preamble.`);
        continue;
      }
      if (looksLikeHeader(line.text)) {
        warn(line.no, 'malformed_header', `${ctx.fileLabel}, line ${line.no}: starts like a message header but is not a valid one; kept as text of the message before it.`);
      }
      open.lastLine = line.no;
      if (open.dropped || open.body.length + line.text.length > BODY_CAP_CHARS) {
        open.dropped = { first: open.dropped?.first ?? line, last: line };
        continue;
      }
      open.body += end + line.text;
      if (isUnusual(line)) (open.unusual ??= []).push(line);
    }
    if (out.length) {
      yield out;
      out = [];
    }
    ctx.progress(batch[batch.length - 1]?.no ?? 0);
  }
  if (open) out.push(close(open));
  if (out.length) yield out;
  warnings.finish(ctx.fileLabel);
  result.messageCount = seq;
  result.signals.messages = seq;
}
