// Redactions: a span of a message's text, a whole message, or an attachment, with a reason. They are
// the reviewer's work product beside the evidence, which stays untouched; a production applies those
// in force to every format it writes. Each one and each removal is audited, without the redacted text.
import { ApiError } from '../../../shared/api';
import type { RedactionInfo, RedactionKind } from '../../../shared/production';
import type { Db, Writer } from '../case/open';
import { appendAudit } from '../audit/log';

interface RedactionRow {
  id: number;
  message_id: number;
  conversation_id: number;
  kind: RedactionKind;
  span_start: number | null;
  span_end: number | null;
  attachment_id: number | null;
  reason: string;
  reviewer: string;
  at: number;
  removed_at: number | null;
  attachment_name: string | null;
}

const SELECT = `SELECT r.id, r.message_id, m.conversation_id, r.kind, r.span_start, r.span_end, r.attachment_id, r.reason, r.reviewer, r.at, r.removed_at,
                       a.name AS attachment_name
                FROM redactions r JOIN messages m ON m.id = r.message_id LEFT JOIN attachments a ON a.id = r.attachment_id`;

function toInfo(r: RedactionRow): RedactionInfo {
  const what =
    r.kind === 'text' ? `characters ${r.span_start}–${r.span_end} of message ${r.message_id}` : r.kind === 'message' ? `message ${r.message_id}` : `attachment ${r.attachment_id} of message ${r.message_id}`;
  return {
    id: r.id,
    messageId: r.message_id,
    conversationId: r.conversation_id,
    kind: r.kind,
    start: r.span_start,
    end: r.span_end,
    attachmentId: r.attachment_id,
    reason: r.reason,
    reviewer: r.reviewer,
    at: r.at,
    removedAt: r.removed_at,
    label: `${what} (${r.reason})`,
  };
}

export interface NewRedaction {
  messageId: number;
  kind: RedactionKind;
  start?: number;
  end?: number;
  attachmentId?: number;
  reason: string;
}

export function addRedaction(db: Writer, r: NewRedaction, reviewer: string): RedactionInfo {
  const message = db.prepare('SELECT body FROM messages WHERE id = ?').get(r.messageId) as { body: string } | undefined;
  if (!message) throw new ApiError('not_found', `There is no message ${r.messageId} in this case.`);
  const reason = r.reason.trim();
  if (reason === '') throw new ApiError('invalid_argument', 'A redaction needs a reason (Privileged, Personal data, or your own words).');
  if (r.kind === 'text') {
    if (r.start === undefined || r.end === undefined || r.start >= r.end || r.end > message.body.length) {
      throw new ApiError('invalid_argument', `A text redaction needs a span start < end within the message's ${message.body.length} characters.`);
    }
  } else if (r.start !== undefined || r.end !== undefined) {
    throw new ApiError('invalid_argument', `Only a text redaction takes start and end; a ${r.kind} redaction covers the whole ${r.kind}.`);
  }
  if (r.kind === 'attachment') {
    const owned = r.attachmentId !== undefined && db.prepare('SELECT 1 FROM attachments WHERE id = ? AND message_id = ?').get(r.attachmentId, r.messageId) !== undefined;
    if (!owned) throw new ApiError('invalid_argument', `An attachment redaction needs the id of one of message ${r.messageId}'s attachments.`);
  } else if (r.attachmentId !== undefined) {
    throw new ApiError('invalid_argument', 'Only an attachment redaction takes an attachmentId.');
  }
  const at = Date.now();
  const id = Number(
    db
      .prepare('INSERT INTO redactions(message_id, kind, span_start, span_end, attachment_id, reason, reviewer, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(r.messageId, r.kind, r.start ?? null, r.end ?? null, r.attachmentId ?? null, reason, reviewer, at).lastInsertRowid,
  );
  const info = redactionById(db, id);
  appendAudit(db, 'redaction.add', { redactionId: id, messageId: r.messageId, kind: r.kind, start: r.start ?? null, end: r.end ?? null, attachmentId: r.attachmentId ?? null, reason }, reviewer);
  return info;
}

export function removeRedaction(db: Writer, redactionId: number, reviewer: string, why?: string): RedactionInfo {
  const before = redactionById(db, redactionId);
  if (before.removedAt !== null) throw new ApiError('invalid_argument', `Redaction ${redactionId} was already removed.`);
  db.prepare('UPDATE redactions SET removed_by = ?, removed_at = ? WHERE id = ?').run(reviewer, Date.now(), redactionId);
  appendAudit(db, 'redaction.remove', { redactionId, messageId: before.messageId, reason: why ?? null }, reviewer);
  return redactionById(db, redactionId);
}

function redactionById(db: Db, id: number): RedactionInfo {
  const row = db.prepare(`${SELECT} WHERE r.id = ?`).get(id) as RedactionRow | undefined;
  if (!row) throw new ApiError('not_found', `There is no redaction ${id} in this case.`);
  return toInfo(row);
}

/** Every redaction, newest first; removed ones only when asked. */
export function listRedactions(db: Db, opts: { conversationId?: number; removed?: boolean }): RedactionInfo[] {
  const where = [opts.removed ? '1' : 'r.removed_at IS NULL', opts.conversationId === undefined ? '1' : 'm.conversation_id = ?'];
  const args = opts.conversationId === undefined ? [] : [opts.conversationId];
  return (db.prepare(`${SELECT} WHERE ${where.join(' AND ')} ORDER BY r.id DESC`).all(...args) as RedactionRow[]).map(toInfo);
}

/**
 * How many redactions a production of these messages applies: those in force on the messages and on
 * the parents their replies quote, which is what a Redactor over each document reads (content.ts).
 */
export function redactionsApplied(db: Db, messageIds: readonly number[]): number {
  return db
    .prepare(
      `SELECT count(*) FROM redactions r WHERE r.removed_at IS NULL AND r.message_id IN (
         SELECT value FROM json_each(@ids)
         UNION
         SELECT (SELECT p.id FROM messages p WHERE p.conversation_id = m.conversation_id AND p.native_id = m.thread_parent ORDER BY p.seq LIMIT 1)
         FROM messages m WHERE m.id IN (SELECT value FROM json_each(@ids)) AND m.thread_parent IS NOT NULL)`,
    )
    .pluck()
    .get({ ids: JSON.stringify(messageIds) }) as number;
}

/** A piece of produced text: as written, or a box (a marker in plain formats) naming the reason. */
export type Segment = { text: string } | { redacted: string };

export const redactionMarker = (reason: string) => `[REDACTED: ${reason}]`;

/** The segments as plain text, each redaction a marker. */
export function plainText(segments: readonly Segment[]): string {
  return segments.map((s) => ('text' in s ? s.text : redactionMarker(s.redacted))).join('');
}

/** The redactions in force on a set of messages, applied to what a production writes of them. */
export class Redactor {
  private readonly byMessage = new Map<number, RedactionInfo[]>();

  constructor(db: Db, messageIds: readonly number[]) {
    const rows = db.prepare(`${SELECT} WHERE r.removed_at IS NULL AND r.message_id IN (SELECT value FROM json_each(?)) ORDER BY r.id`).all(JSON.stringify(messageIds)) as RedactionRow[];
    for (const r of rows) {
      const list = this.byMessage.get(r.message_id) ?? [];
      list.push(toInfo(r));
      this.byMessage.set(r.message_id, list);
    }
  }

  /** Every redaction applied, for the production's record and the privilege log. */
  all(): RedactionInfo[] {
    return [...this.byMessage.values()].flat();
  }

  of(messageId: number): RedactionInfo[] {
    return this.byMessage.get(messageId) ?? [];
  }

  /** The reason the whole message is redacted, or null. */
  wholeMessage(messageId: number): string | null {
    return this.of(messageId).find((r) => r.kind === 'message')?.reason ?? null;
  }

  attachment(messageId: number, attachmentId: number): string | null {
    return this.of(messageId).find((r) => r.kind === 'attachment' && r.attachmentId === attachmentId)?.reason ?? null;
  }

  /** The body with each redacted span (overlapping spans merged) replaced by a box. */
  body(messageId: number, body: string): Segment[] {
    const whole = this.wholeMessage(messageId);
    if (whole !== null) return [{ redacted: whole }];
    const spans = this.spans(messageId);
    const out: Segment[] = [];
    let at = 0;
    for (const s of spans) {
      if (s.start > at) out.push({ text: body.slice(at, s.start) });
      out.push({ redacted: s.reason });
      at = s.end;
    }
    if (at < body.length) out.push({ text: body.slice(at) });
    return out;
  }

  /**
   * Text derived from the message (an earlier version in its edits, a reply's quote of it): every
   * redacted passage removed wherever it occurs; null when the whole message is redacted.
   */
  scrub(messageId: number, body: string, text: string): string | null {
    if (this.wholeMessage(messageId) !== null) return null;
    let out = text;
    for (const s of this.spans(messageId)) {
      const passage = body.slice(s.start, s.end);
      if (passage.trim() !== '') out = out.split(passage).join(redactionMarker(s.reason));
    }
    return out;
  }

  /** Text that may quote any of these messages (a finding's sentence): every redacted passage and whole redacted body removed. */
  scrubEverywhere(bodies: ReadonlyMap<number, string>, text: string): string {
    let out = text;
    for (const [id, body] of bodies) {
      const whole = this.wholeMessage(id);
      if (whole !== null) {
        if (body.trim() !== '') out = out.split(body).join(redactionMarker(whole));
      } else {
        out = this.scrub(id, body, out) ?? out;
      }
    }
    return out;
  }

  private spans(messageId: number): { start: number; end: number; reason: string }[] {
    const spans = this.of(messageId)
      .filter((r) => r.kind === 'text')
      .map((r) => ({ start: r.start!, end: r.end!, reason: r.reason }))
      .sort((a, b) => a.start - b.start);
    const merged: typeof spans = [];
    for (const s of spans) {
      const last = merged[merged.length - 1];
      if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
      else merged.push({ ...s });
    }
    return merged;
  }
}
