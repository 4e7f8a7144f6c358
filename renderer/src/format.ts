// Display formatting. Local times are shown exactly as the source wrote them (sentAtLocal is already
// wall-clock ISO text), never re-derived from UTC, so the screen matches the evidence.
import type { MessageView, SourceRef } from '../../shared/model';

let formats: { count: Intl.NumberFormat; weekday: Intl.DateTimeFormat } | null = null;

/**
 * The formatters, made once. Making the first loads the browser's locale data (tens of ms), so the
 * window's first script makes them while it waits for the first thread page and the window's script.
 */
export function prepareFormats(): { count: Intl.NumberFormat; weekday: Intl.DateTimeFormat } {
  // One fixed locale: reviewers compare numbers across screenshots, exports and reports.
  formats ??= { count: new Intl.NumberFormat('en-US'), weekday: new Intl.DateTimeFormat('en-US', { weekday: 'long', timeZone: 'UTC' }) };
  return formats;
}

export function formatCount(n: number): string {
  return prepareFormats().count.format(n);
}

/** `1 message`, `2,050 messages`. */
export function countOf(n: number, noun: string): string {
  return `${formatCount(n)} ${n === 1 ? noun : `${noun}s`}`;
}

/** Search timings: a decimal below 10 ms, whole milliseconds above. */
export function formatMs(ms: number): string {
  return `${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`;
}

/** `YYYY-MM-DD` of a wall-clock ISO timestamp, or null when the source gave no time. */
export function localDay(sentAtLocal: string | null): string | null {
  return sentAtLocal === null ? null : sentAtLocal.slice(0, 10);
}

/** `HH:MM` or `HH:MM:SS`, as precise as the source. */
export function localClock(sentAtLocal: string | null): string {
  return sentAtLocal === null ? '--:--' : sentAtLocal.slice(11);
}

/** `YYYY-MM-DD HH:MM[:SS]`. */
export function localDateTime(sentAtLocal: string | null): string {
  return sentAtLocal === null ? 'no time in source' : sentAtLocal.replace('T', ' ');
}

/** `2024-03-12 · Tuesday`: the weekday of the calendar date itself, whatever the viewer's zone. */
export function dayHeading(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  if (year === undefined || month === undefined || date === undefined) return day;
  const weekday = prepareFormats().weekday.format(new Date(Date.UTC(year, month - 1, date)));
  return `${day} · ${weekday}`;
}

export function dayRange(first: string | null, last: string | null): string {
  const from = localDay(first);
  const to = localDay(last);
  if (from === null && to === null) return 'no dates';
  if (from === to) return from ?? '';
  return `${from ?? '?'} – ${to ?? '?'}`;
}

/** The three readings of a message's time: as shown, as written in the source, and in UTC. */
export function timeDetails(message: MessageView): string {
  return [
    `Local: ${localDateTime(message.sentAtLocal)} (${message.timeZone})`,
    `As written: ${message.sentAtRaw ?? 'none'}`,
    `UTC: ${message.sentAt === null ? 'unknown' : new Date(message.sentAt).toISOString()}`,
  ].join('\n');
}

export function fileNameOf(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

/** `chat.txt:120`, `chat.txt:120–124` or `export.json#msg-17`. */
export function sourceRefText(ref: SourceRef): string {
  if (ref.line !== null) {
    const end = ref.lineEnd !== null && ref.lineEnd !== ref.line ? `–${ref.lineEnd}` : '';
    return `${ref.file}:${ref.line}${end}`;
  }
  if (ref.record !== null) return `${ref.file}#${ref.record}`;
  return ref.file;
}

export function formatBytes(size: number): string {
  if (size < 1024) return `${size} B`;
  if (size < 1024 * 1024) return `${(size / 1024).toFixed(1)} KB`;
  return `${(size / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * `UTC+01:00`: how far the source's wall clock stood from UTC for this instant, read from the two
 * times the message carries; null when either is missing.
 */
export function utcOffsetText(sentAtLocal: string | null, sentAt: number | null): string | null {
  if (sentAtLocal === null || sentAt === null) return null;
  const wall = Date.parse(`${sentAtLocal.length === 16 ? `${sentAtLocal}:00` : sentAtLocal.slice(0, 19)}Z`);
  if (Number.isNaN(wall)) return null;
  // Every zone's offset is a whole quarter-hour; a clock written without seconds is up to 59 s off the instant.
  const minutes = Math.round((wall - sentAt) / 900_000) * 15;
  if (minutes === 0) return 'UTC';
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
