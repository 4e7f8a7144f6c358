// What a message's events say, for the thread: edit history, the net state of reactions, receipts,
// stars and delete records, and expiry settings in words. Pure functions over the contract's
// MessageView, so they are tested without a browser.
import type { MessageEventView, MessageView } from '../../../shared/model';

export interface EditStep {
  event: MessageEventView;
  /** The text before this edit: the source's own `previous`, else the version before it. */
  previous: string | null;
  /** The text after this edit, as the edit record gives it. */
  next: string | null;
}

/**
 * Edits in source order with the text each replaced. A Wickr edit record gives only the new text and
 * the original record stays the message body, so the first edit replaced the body; RSMF edits say
 * what they replaced (`previous`), and there the body is the text after the last edit.
 */
export function editHistory(message: MessageView): EditStep[] {
  const edits = message.events.filter((e) => e.kind === 'edit');
  let before: string | null = message.body;
  return edits.map((event) => {
    const detail = event.detail ?? {};
    const previous = 'previous' in detail ? (typeof detail.previous === 'string' ? detail.previous : null) : before;
    before = event.value;
    return { event, previous, next: event.value };
  });
}

export interface ReactionSummary {
  value: string;
  /** Who has the reaction on the message at the end of the record. */
  current: string[];
  /** Reactions added and later removed (kept: a removal is a fact, not an absence). */
  removed: string[];
  events: MessageEventView[];
}

/** Reactions per value: who holds each at the end, applying add and remove records in source order. */
export function reactionSummary(message: MessageView): ReactionSummary[] {
  const byValue = new Map<string, ReactionSummary>();
  for (const e of message.events) {
    if (e.kind !== 'reaction' || e.value === null) continue;
    const s = byValue.get(e.value) ?? { value: e.value, current: [], removed: [], events: [] };
    const who = e.actor ?? 'someone';
    s.events.push(e);
    if (e.detail?.added === false) {
      s.current = s.current.filter((x) => x !== who);
      if (!s.removed.includes(who)) s.removed.push(who);
    } else {
      if (!s.current.includes(who)) s.current.push(who);
      s.removed = s.removed.filter((x) => x !== who);
    }
    byValue.set(e.value, s);
  }
  return [...byValue.values()];
}

/** `14:06:10` (or `2023-11-14 14:06:10` on another day than the message), as the source zone shows it. */
export function eventClock(event: MessageEventView, message: MessageView): string {
  if (event.sentAtLocal === null) return 'time not recorded';
  const sameDay = message.sentAtLocal !== null && event.sentAtLocal.slice(0, 10) === message.sentAtLocal.slice(0, 10);
  return sameDay ? event.sentAtLocal.slice(11) : event.sentAtLocal.replace('T', ' ');
}

/** UTC with microseconds when the source records them; `…Z` with milliseconds otherwise. */
export function utcText(sentAt: number | null, sentAtUs: number | null): string {
  if (sentAt === null) return 'unknown';
  const iso = new Date(sentAt).toISOString();
  if (sentAtUs === null) return iso;
  return `${iso.slice(0, 19)}.${String(((sentAtUs % 1_000_000) + 1_000_000) % 1_000_000).padStart(6, '0')}Z`;
}

/** The hover text of an event: when (local, UTC), who, and where in the source it is. */
export function eventTitle(event: MessageEventView, message: MessageView): string {
  const ref = event.sourceRef;
  const where = ref.line !== null ? `${ref.file}:${ref.line}` : ref.record !== null ? `${ref.file}#${ref.record}` : ref.file;
  return [
    `${event.kind} by ${event.actor ?? 'unknown'}`,
    `Local: ${event.sentAtLocal?.replace('T', ' ') ?? 'not recorded'} (${message.timeZone})`,
    `UTC: ${utcText(event.sentAt, event.sentAtUs)}`,
    `Source: ${where}`,
  ].join('\n');
}

/** `30 days`, `1 hour`, `90 seconds`. */
export function durationText(seconds: number): string {
  for (const [size, name] of [
    [86_400, 'day'],
    [3_600, 'hour'],
    [60, 'minute'],
  ] as const) {
    if (seconds >= size && seconds % size === 0) return `${seconds / size} ${name}${seconds / size === 1 ? '' : 's'}`;
  }
  return `${seconds} second${seconds === 1 ? '' : 's'}`;
}

/** A conversation's expiry settings in words: `expiry timer 7 days · burn-on-read 1 hour`, or `no expiry timer`. */
export function settingsText(ttlSeconds: number | null, burnOnReadSeconds: number | null): string {
  const parts: string[] = [];
  if (ttlSeconds !== null) parts.push(ttlSeconds > 0 ? `expiry timer ${durationText(ttlSeconds)}` : 'no expiry timer');
  if (burnOnReadSeconds !== null) parts.push(burnOnReadSeconds > 0 ? `burn-on-read ${durationText(burnOnReadSeconds)}` : 'no burn-on-read');
  return parts.join(' · ');
}

/** Expiry settings in words, or null when none is set. */
export function expiryText(ttlSeconds: number | null, burnOnReadSeconds: number | null): string | null {
  const parts: string[] = [];
  if (ttlSeconds !== null && ttlSeconds > 0) parts.push(`expires ${durationText(ttlSeconds)} after sending`);
  if (burnOnReadSeconds !== null && burnOnReadSeconds > 0) parts.push(`burn-on-read ${durationText(burnOnReadSeconds)} after reading`);
  return parts.length ? parts.join(' · ') : null;
}

/** How a delete record reads: a recall removes the message from every device, a delete only from the sender's. */
export function deletionText(event: MessageEventView): string {
  const recall = event.detail?.isrecall === true || event.value === 'recall';
  return recall ? 'recalled it from every recipient’s device' : 'deleted it from their own devices (it stays on the other participants’ devices)';
}

export function contentStatusText(status: MessageView['contentStatus']): string | null {
  switch (status) {
    case 'unrecoverable_by_design':
      return 'Content destroyed by the app (Confide): the item is known, its text was never recoverable.';
    case 'encrypted_unavailable':
      return 'Encrypted; not decrypted: the text exists in the extraction but no key was available.';
    case 'transcribed_from_image':
      return 'Transcribed from an image by a reviewer.';
    case 'partial_from_image':
      return 'Partly transcribed from an image: only the visible lines.';
    default:
      return null;
  }
}
