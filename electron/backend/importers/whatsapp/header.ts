// The header grammar of a WhatsApp export line (docs/formats.md#whatsapp-header). Matching runs on a *view* of the
// line start in which invisible marks are dropped, special spaces become plain spaces and every
// decimal digit becomes ASCII; the raw line is never changed, and the view maps back to raw
// offsets so the body is cut from the raw text byte-exact.
import { CLOCK_MARKERS, type ClockMeaning } from './lexicon/clock';

export type HeaderLayout = 'bracket' | 'bracket-time-first' | 'dash' | 'colon';

export interface HeaderMatch {
  layout: HeaderLayout;
  /** The three date fields as written (ASCII digits), in file order. */
  fields: [string, string, string];
  /** Japanese era letter on the year field (`R4`), or null. */
  era: string | null;
  /** Thai Buddhist-era year (`2565 BE`). */
  buddhist: boolean;
  hour: number;
  minute: number;
  second: number | null;
  clock: ClockMeaning | null;
  /** The timestamp exactly as written in the raw line. */
  stampRaw: string;
  /** Raw index where the text after the header (author and body) starts. */
  restStart: number;
}

const VIEW_LIMIT = 100;
/** Bidi controls, BOM and zero-width marks that exports scatter around headers. */
const DROPPED = /[\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;
const AS_SPACE = /[\u00A0\u2009\u202F]/;
const NEEDS_VIEW = /[^\x20-\x7E]/;

interface View {
  text: string;
  /** raw index of each view character, plus one entry for the end; null when view === raw prefix. */
  map: number[] | null;
}

const digitValueCache = new Map<number, number>();
const DECIMAL_DIGIT = /\p{Nd}/u;

function digitValue(cp: number): number {
  const cached = digitValueCache.get(cp);
  if (cached !== undefined) return cached;
  // Unicode decimal digits come in runs of ten starting at zero; walk back to the run start.
  let start = cp;
  while (start > 0 && DECIMAL_DIGIT.test(String.fromCodePoint(start - 1)) && cp - start < 40) start--;
  const value = (cp - start) % 10;
  digitValueCache.set(cp, value);
  return value;
}

export function headerView(raw: string): View {
  const head = raw.length > VIEW_LIMIT ? raw.slice(0, VIEW_LIMIT) : raw;
  if (!NEEDS_VIEW.test(head)) return { text: head, map: null };
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < head.length; ) {
    const cp = head.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    if (!DROPPED.test(ch)) {
      const out = AS_SPACE.test(ch) ? ' ' : cp > 0x7f && DECIMAL_DIGIT.test(ch) ? String(digitValue(cp)) : ch;
      text += out;
      for (let k = 0; k < out.length; k++) map.push(i + k);
    }
    i += ch.length;
  }
  map.push(head.length);
  return { text, map };
}

function rawIndex(view: View, viewIndex: number): number {
  return view.map ? view.map[viewIndex]! : viewIndex;
}

function markerPattern(before: boolean): string {
  return CLOCK_MARKERS.filter((m) => Boolean(m.before) === before)
    .map((m) => m.text)
    .sort((a, b) => b.length - a.length)
    .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s?') + (before ? '' : '\\.?'))
    .join('|');
}

const MARKERS_BY_TEXT = new Map(CLOCK_MARKERS.map((m) => [normalizeMarker(m.text), m.meaning]));

function normalizeMarker(text: string): string {
  return text.toLowerCase().replace(/[\s.]/g, '');
}

const DATE = String.raw`(\d{1,4}|[RHSTM]\d{1,2})(?:\.\s?|\/|-)(\d{1,2})(?:\.\s?|\/|-)([RHSTM]?\d{1,4})(\s?BE)?\.?`;
const BETWEEN = String.raw`(?:\s?[,،]\s?|\s(?:à|klo|um)\s|\s)`;
const TIME = String.raw`(?:(${markerPattern(true)})\s?)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\.?(?:\s?(${markerPattern(false)}))?`;

// Group numbers: 1 = whole stamp; date 2..5; time 6..10 (pre-marker, h, m, s, post-marker).
const BRACKET = new RegExp(String.raw`^\[\s?(${DATE}${BETWEEN}${TIME})\s?\]\s?`, 'i');
const DASH = new RegExp(String.raw`^(${DATE}${BETWEEN}${TIME})\s[-–]\s`, 'i');
// Old iOS: `date, time: ` or, with seconds on a 24-hour clock, `date time: ` without the comma
// (`08/10/13 14:07:41: Dana: text`). The comma-less form needs the seconds: a line of text starting
// `12/03 14:00: …` must not read as a header.
const COLON = new RegExp(String.raw`^(${DATE}(?:,\s|\s(?=\d{1,2}:\d{2}:\d{2}:\s))${TIME}):\s`, 'i');
// Time first (Vietnamese iOS): group 1 = stamp; time 2..6; date 7..10.
const BRACKET_TIME_FIRST = new RegExp(String.raw`^\[\s?(${TIME},?\s${DATE})\s?\]\s?`, 'i');

// The start of a header, loosely: a date then a time within a few characters, or a bracketed time
// then a date. A line like this that is not a full header is worth a warning (a damaged header).
const HEADER_LIKE = /^\[?\s?(?:\d{1,4}[./-]\s?\d{1,2}[./-]\s?\d{1,4}.{1,14}?\d{1,2}[:.]\d{2}|\d{1,2}[:.]\d{2}(?:[:.]\d{2})?,?\s\d{1,4}[./-])/;

export function looksLikeHeader(raw: string): boolean {
  return HEADER_LIKE.test(headerView(raw).text);
}

// A stamp alone, as stored in a message's stampRaw: re-read when a reviewer locks the date order.
const STAMP = new RegExp(String.raw`^(${DATE}${BETWEEN}${TIME})$`, 'i');
const STAMP_TIME_FIRST = new RegExp(String.raw`^(${TIME},?\s${DATE})$`, 'i');

/** Parses the header at the start of `raw`, or returns null when the line is not a header. */
export function matchHeader(raw: string): HeaderMatch | null {
  const view = headerView(raw);
  const text = view.text;
  const first = text.charCodeAt(0);
  if (first === 91 /* [ */) {
    const m = BRACKET.exec(text);
    if (m) return fromGroups(m, 'bracket', 2, 6, raw, view);
    const t = BRACKET_TIME_FIRST.exec(text);
    return t ? fromGroups(t, 'bracket-time-first', 7, 2, raw, view) : null;
  }
  if (first >= 48 && first <= 57) {
    const m = DASH.exec(text);
    if (m) return fromGroups(m, 'dash', 2, 6, raw, view);
    const c = COLON.exec(text);
    return c ? fromGroups(c, 'colon', 2, 6, raw, view) : null;
  }
  return null;
}

/** Parses a stamp as stored (`stampRaw`), date first or time first; null when it is not one. */
export function parseStamp(stampRaw: string): HeaderMatch | null {
  const view = headerView(stampRaw);
  const m = STAMP.exec(view.text);
  if (m) return fromGroups(m, 'dash', 2, 6, stampRaw, view);
  const t = STAMP_TIME_FIRST.exec(view.text);
  return t ? fromGroups(t, 'bracket-time-first', 7, 2, stampRaw, view) : null;
}

/** Whether a date field starts with an ASCII letter (a Japanese era's), without a regex per field. */
function startsWithLetter(field: string): boolean {
  const c = field.charCodeAt(0) | 0x20;
  return c >= 97 && c <= 122;
}

/** Builds the match from regex groups: `date` is the first date group, `time` the pre-marker group. */
function fromGroups(m: RegExpExecArray, layout: HeaderLayout, date: number, time: number, raw: string, view: View): HeaderMatch | null {
  const f1 = m[date]!;
  const f2 = m[date + 1]!;
  const f3 = m[date + 2]!;
  const buddhist = Boolean(m[date + 3]);
  // Only the year field can carry an era letter, before its digits (`R4`); f1 holds the year when it comes first.
  const eraOnYear = startsWithLetter(f3);
  const eraOnFirst = startsWithLetter(f1);
  const eraLetter = eraOnYear ? f3[0]!.toUpperCase() : eraOnFirst ? f1[0]!.toUpperCase() : null;
  const hour = Number(m[time + 1]);
  const minute = Number(m[time + 2]);
  const second = m[time + 3] !== undefined ? Number(m[time + 3]) : null;
  if (minute > 59 || hour > 23 || (second !== null && second > 59)) return null;
  const markerText = m[time] ?? m[time + 4];
  const clock = markerText ? (MARKERS_BY_TEXT.get(normalizeMarker(markerText)) ?? null) : null;

  const stampStart = m.index + m[0].indexOf(m[1]!);
  const stampEnd = stampStart + m[1]!.length;
  const rawStampStart = rawIndex(view, stampStart);
  // End after the stamp's last character, not before the next kept one: marks dropped from the view
  // between the stamp and `]` / ` - ` (a closing U+202C, an LRM) are not part of the stamp.
  const lastRaw = rawIndex(view, stampEnd - 1);
  const rawStampEnd = lastRaw + (raw.codePointAt(lastRaw)! > 0xffff ? 2 : 1);
  return {
    layout,
    fields: [eraOnFirst ? f1.slice(1) : f1, f2, eraOnYear ? f3.slice(1) : f3],
    era: eraLetter,
    buddhist,
    hour,
    minute,
    second,
    clock,
    stampRaw: raw.slice(rawStampStart, rawStampEnd),
    restStart: rawIndex(view, m[0].length),
  };
}
