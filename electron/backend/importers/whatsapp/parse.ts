// Reads a WhatsApp chat text in two streaming passes (spec/whatsapp.md §9). The first pass looks at
// the whole file to decide what no single line can: the date order, the languages, the authors. The
// second pass cuts messages (one header line plus every following non-header line) and classifies
// them. Neither pass holds the file in memory.
import type { DateOrder, DateOrderDecision, ImportWarning } from '../../../../shared/model';
import { readLines, type ByteSource, type TextEncodingName } from '../../text/lines';
import { isValidCalendarDate, type LocalTime } from '../../time/zone';
import { CancelledError, type MessageRecord } from '../types';
import { WarningList } from '../warnings';
import { Classifier } from './classify';
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
const MEDIA_NAME = /(?:PHOTO|VIDEO|AUDIO|GIF|STICKER)-\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2}|(?:IMG|VID|PTT|STK|AUD|GIF|DOC)-\d{8}-WA\d{4}/i;
const IOS_COUNTER = /^(\d{8})-/;
const DETECTION_SAMPLE = 5000;
const DAY_MS = 86_400_000;

interface AuthorStats {
  count: number;
  noticeCount: number;
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

/** Author as displayed: bidi controls and BOM dropped, special spaces made plain (corpus convention). */
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
  return raw.replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g, '').replace(/[\u00A0\u2009\u202F]/g, ' ').trim();
}

interface AuthorSplit {
  author: string;
  authorRaw: string;
  /** Index in `rest` where the body starts. */
  bodyStart: number;
}

/**
 * Splits `Name: body` at a colon. The author ends at the first `: ` unless a longer known author
 * fits; `Name:` and `Name:.` at the end of a line count as authored lines (§2.1, §9.8).
 */
export function splitAuthor(rest: string, known?: ReadonlySet<string>): AuthorSplit | null {
  const lineEnd = rest.search(/\r|\n/);
  const line = lineEnd < 0 ? rest : rest.slice(0, lineEnd);
  let first: AuthorSplit | null = null;
  let best: AuthorSplit | null = null;
  for (let i = line.indexOf(':'); i > 0 && i <= 120; i = line.indexOf(':', i + 1)) {
    const after = line.slice(i + 1);
    const ends = after === '' || after === '.' || after.startsWith(' ');
    if (!ends) continue;
    const authorRaw = line.slice(0, i);
    const author = displayAuthor(authorRaw);
    if (!author) continue;
    const split = { author, authorRaw, bodyStart: i + 1 + (after.startsWith(' ') ? 1 : 0) };
    first ??= split;
    if (!known) break;
    if (known.has(author)) best = split;
  }
  return best ?? first;
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
  for await (const batch of readLines(source, (enc, bom) => {
    scan.encoding = enc;
    scan.hadBom = bom;
  })) {
    if (isCancelled()) throw new CancelledError();
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
      const stats = scan.authors.get(split.author) ?? { count: 0, noticeCount: 0 };
      stats.count++;
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
  /** Facts for the gap engine (§6; spec/gaps.md R8, WA-5, WA-6, WA-7). */
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
const GROUP_SUBTYPES = /^system\.(group_created|added|removed|left|subject_changed|icon_changed|description_changed|settings_changed|joined_via_link|admin)$/;

/** Local wall-clock time of a header under a date order; null when the date does not exist. */
export function localTimeOf(h: HeaderMatch, order: DateOrder): { time: LocalTime; clockFaceValue: boolean } | null {
  const f = h.fields.map(Number) as [number, number, number];
  let year: number, month: number, day: number;
  if (isYearFirst(h.fields)) [year, month, day] = [f[0], f[1], f[2]];
  else if (order === 'MDY') [month, day, year] = f;
  else [day, month, year] = f;
  year = isYearFirst(h.fields) ? fullYear(year, { era: null, buddhist: h.buddhist }) : fullYear(year, h);
  if (!isValidCalendarDate(year, month, day)) return null;
  let hour = h.hour;
  let clockFaceValue = false;
  if (h.clock) {
    if (hour === 0 || hour > 12) clockFaceValue = true; // `23:59 PM`, `00:04 AM`: kept as written (§2.3)
    else if (h.clock === 'am') hour = hour === 12 ? 0 : hour;
    else if (h.clock === 'pm') hour = hour === 12 ? 12 : hour + 12;
    else hour = hour >= 6 && hour < 12 ? hour + 12 : hour === 12 ? 0 : hour; // German 'nachts'
  }
  return { time: { year, month, day, hour, minute: h.minute, second: h.second ?? 0 }, clockFaceValue };
}

export interface ParseContext {
  fileLabel: string;
  conversationKey: string;
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
): AsyncGenerator<MessageRecord[]> {
  const classifier = new Classifier(scan.langs.length ? LEXICONS.filter((l) => scan.langs.includes(l.lang)) : LEXICONS);
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
    parts: string[];
  }
  let open: Open | null = null;
  let seq = 0;
  // Wall-clock time of the last message with a valid time, to notice a header dated far before it.
  let previousWall: number | null = null;
  let out: MessageRecord[] = [];

  const close = (m: Open): MessageRecord => {
    const body = m.parts.join('');
    let author = m.split?.author ?? null;
    let c = m.split ? classifier.classifyAuthored(body) : classifier.classifyAuthorless(body);
    if (m.split) {
      const stats = scan.authors.get(m.split.author);
      // iOS attributes notices to the chat (§4.1): its body starts with U+200E, or the "author" writes
      // nothing but notices, or the line repeats the author's own name. Otherwise only a whole fixed
      // notice (the encryption sentence) can be one; "Bob added salt" stays Bob's message.
      const maybePseudo =
        LRM_START.test(body) ||
        (stats !== undefined && stats.count >= 2 && stats.count === stats.noticeCount) ||
        body.trimStart().startsWith(m.split.author + ' ');
      const notice = classifier.notice(body, !maybePseudo);
      const pseudo = notice !== null;
      if (pseudo) {
        // iOS attributes notices to the chat (§4.1): a system line, not the contact's message.
        c = { kind: 'system', subtype: notice.subtype, lang: notice.lang, attachmentNames: [], attached: false, edited: false };
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
        // §2.6: a pasted copy of a real line cannot be told apart with certainty; say so, do not re-split.
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
    };
  };

  // The terminator of the line before the current one: continuation lines keep it inside the body.
  let previousEnd = '';
  for await (const batch of readLines(source)) {
    if (ctx.isCancelled()) throw new CancelledError();
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
          parts: [line.text.slice(bodyStart)],
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
      open.parts.push(end, line.text);
      open.lastLine = line.no;
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
