// A reviewer's decisions on findings: confirmed, dismissed as not a gap, or marked for follow-up,
// with an optional note. Findings are computed again on every analysis, so a decision is kept by the
// finding's key (rule, source, conversation, the messages and span it is about) and found again on
// the new row; a dismissed finding stays in every listing and report, marked with who and why.
import { ApiError } from '../../../shared/api';
import type { Finding } from '../../../shared/findings';
import type { FindingDecision, FindingReview } from '../../../shared/review';
import { appendAudit } from '../audit/log';
import type { Db, Writer } from '../case/open';

export function findingKey(f: Pick<Finding, 'rule' | 'sourceId' | 'conversationId' | 'messageId' | 'beforeMessageId' | 'afterMessageId' | 'fromAt' | 'toAt'>): string {
  return JSON.stringify([f.rule, f.sourceId, f.conversationId, f.messageId, f.beforeMessageId, f.afterMessageId, f.fromAt, f.toAt]);
}

const KEY_SQL = `json_array(rule, source_id, conversation_id, message_id, before_message_id, after_message_id, from_at, to_at)`;

/** The messages the findings with these keys are about or sit between, as they are numbered now. */
export function messagesOfFindings(db: Db, keys: readonly string[]): number[] {
  if (keys.length === 0) return [];
  return db
    .prepare(
      `SELECT message_id FROM findings WHERE ${KEY_SQL} IN (SELECT value FROM json_each(?)) AND message_id IS NOT NULL
       UNION SELECT before_message_id FROM findings WHERE ${KEY_SQL} IN (SELECT value FROM json_each(?)) AND before_message_id IS NOT NULL
       UNION SELECT after_message_id FROM findings WHERE ${KEY_SQL} IN (SELECT value FROM json_each(?)) AND after_message_id IS NOT NULL`,
    )
    .pluck()
    .all(...Array(3).fill(JSON.stringify(keys))) as number[];
}

/** The finding's key and conversation, or not_found. */
export function findingById(db: Db, findingId: number): { key: string; conversationId: number | null; rule: string; explanation: string } {
  const row = db.prepare(`SELECT ${KEY_SQL} AS key, conversation_id, rule, explanation FROM findings WHERE id = ?`).get(findingId) as
    | { key: string; conversation_id: number | null; rule: string; explanation: string }
    | undefined;
  if (!row) throw new ApiError('not_found', `There is no finding ${findingId} in this case (findings are numbered afresh after each analysis; list them again).`);
  return { key: row.key, conversationId: row.conversation_id, rule: row.rule, explanation: row.explanation };
}

interface ReviewRow {
  finding_key: string;
  decision: FindingDecision;
  note: string | null;
  reviewer: string;
  at: number;
}

function toReview(r: ReviewRow): FindingReview {
  return { decision: r.decision, note: r.note, reviewer: r.reviewer, at: r.at };
}

/** The findings, each with its decision (or null). */
export function withReviews(db: Db, findings: Finding[]): Finding[] {
  if (findings.length === 0) return findings;
  const rows = db.prepare('SELECT finding_key, decision, note, reviewer, at FROM finding_reviews').all() as ReviewRow[];
  const byKey = new Map(rows.map((r) => [r.finding_key, toReview(r)]));
  return findings.map((f) => ({ ...f, review: byKey.get(findingKey(f)) ?? null }));
}

/** Records a decision (audited with the one before it); a dismissal needs a reason in its note. */
export function reviewFinding(db: Writer, findingId: number, decision: FindingDecision, note: string | undefined, reviewer: string): FindingReview {
  if (decision === 'dismissed' && !note?.trim()) throw new ApiError('invalid_argument', 'Dismissing a finding as not a gap needs a note saying why.');
  const finding = findingById(db, findingId);
  const before = db.prepare('SELECT finding_key, decision, note, reviewer, at FROM finding_reviews WHERE finding_key = ?').get(finding.key) as ReviewRow | undefined;
  const review: FindingReview = { decision, note: note?.trim() || null, reviewer, at: Date.now() };
  db.prepare(
    `INSERT INTO finding_reviews(finding_key, decision, note, reviewer, at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(finding_key) DO UPDATE SET decision = excluded.decision, note = excluded.note, reviewer = excluded.reviewer, at = excluded.at`,
  ).run(finding.key, review.decision, review.note, review.reviewer, review.at);
  appendAudit(
    db,
    'finding.review',
    { findingId, findingKey: finding.key, rule: finding.rule, conversationId: finding.conversationId, before: before ? toReview(before) : null, after: review },
    reviewer,
  );
  return review;
}
