// Reading the gap engine's output: findings, rules not run, and the completeness report built from them.
import type { CompletenessReport, DayCompleteness, EvidenceRef, Finding, FindingFilter, RuleNotRun } from '../../../shared/findings';
import { ApiError } from '../../../shared/api';
import { displayTimeZone } from '../case/display-zone';
import type { Db } from '../case/open';
import { dayNumberSql, isoOfDayNumber } from '../search/zone-days';
import { formatLocalIso, utcToLocal } from '../time/zone';
import { matterPeriod } from './engine';
import { withReviews } from '../review/finding-reviews';

interface FindingRow {
  id: number;
  rule: string;
  type: Finding['type'];
  strength: Finding['strength'];
  source_id: number;
  conversation_id: number | null;
  message_id: number | null;
  before_message_id: number | null;
  after_message_id: number | null;
  before_seq: number | null;
  after_seq: number | null;
  from_at: number | null;
  to_at: number | null;
  from_local: string | null;
  to_local: string | null;
  count: number | null;
  score: number | null;
  explanation: string;
  evidence: string;
}

function toFinding(r: FindingRow): Finding {
  return {
    id: r.id,
    rule: r.rule,
    type: r.type,
    strength: r.strength,
    sourceId: r.source_id,
    conversationId: r.conversation_id,
    messageId: r.message_id,
    beforeMessageId: r.before_message_id,
    afterMessageId: r.after_message_id,
    beforeSeq: r.before_seq,
    afterSeq: r.after_seq,
    fromAt: r.from_at,
    toAt: r.to_at,
    fromLocal: r.from_local,
    toLocal: r.to_local,
    count: r.count,
    score: r.score,
    explanation: r.explanation,
    evidence: JSON.parse(r.evidence) as EvidenceRef[],
  };
}

const STRENGTH_ORDER = `CASE f.strength WHEN 'fact' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2 WHEN 'low' THEN 3 ELSE 4 END`;

/** Findings in thread order (then strength, then score), for complete sources only. */
export function listFindings(db: Db, filter: FindingFilter = {}, limit = 10_000): Finding[] {
  const where = ["s.status = 'complete'"];
  const args: (string | number)[] = [];
  const columns = { conversationId: 'f.conversation_id', rule: 'f.rule', type: 'f.type', strength: 'f.strength' } as const;
  for (const [key, column] of Object.entries(columns) as [keyof typeof columns, string][]) {
    const value = filter[key];
    if (value === undefined) continue;
    where.push(`${column} = ?`);
    args.push(value);
  }
  const rows = db
    .prepare(
      `SELECT f.* FROM findings f JOIN sources s ON s.id = f.source_id WHERE ${where.join(' AND ')}
       ORDER BY f.conversation_id, coalesce(f.before_seq, f.after_seq, -1), ${STRENGTH_ORDER}, f.score DESC, f.id LIMIT ?`,
    )
    .all(...args, limit) as FindingRow[];
  return withReviews(db, rows.map(toFinding));
}

function listSourceFindings(db: Db, sourceId: number): Finding[] {
  return withReviews(db, (db.prepare(`SELECT f.* FROM findings f WHERE f.source_id = ? AND f.conversation_id IS NULL ORDER BY f.id`).all(sourceId) as FindingRow[]).map(toFinding));
}

function listSourceNotRun(db: Db, sourceId: number): RuleNotRun[] {
  return (db.prepare('SELECT rule, why FROM rules_not_run WHERE source_id = ? AND conversation_id IS NULL ORDER BY id').all(sourceId) as { rule: string; why: string }[]).map((r) => ({
    rule: r.rule,
    sourceId,
    conversationId: null,
    why: r.why,
  }));
}

export function listNotRun(db: Db, conversationId?: number): RuleNotRun[] {
  const rows = db
    .prepare(
      `SELECT r.rule, r.source_id, r.conversation_id, r.why FROM rules_not_run r JOIN sources s ON s.id = r.source_id
       WHERE s.status = 'complete' ${conversationId === undefined ? '' : 'AND r.conversation_id = ?'} ORDER BY r.conversation_id, r.id`,
    )
    .all(...(conversationId === undefined ? [] : [conversationId])) as { rule: string; source_id: number; conversation_id: number | null; why: string }[];
  return rows.map((r) => ({ rule: r.rule, sourceId: r.source_id, conversationId: r.conversation_id, why: r.why }));
}

/** The display zone's calendar day (YYYY-MM-DD) holding the instant. */
function dayIn(zone: string, at: number): string {
  return formatLocalIso(utcToLocal(at, zone), false).slice(0, 10);
}

function daysFrom(from: string, to: string): string[] {
  const out: string[] = [];
  const t = new Date(`${from}T00:00:00Z`);
  const end = new Date(`${to}T00:00:00Z`);
  while (t <= end && out.length < 366) {
    out.push(t.toISOString().slice(0, 10));
    t.setUTCDate(t.getUTCDate() + 1);
  }
  return out;
}

export function completenessReport(db: Db, conversationId: number): CompletenessReport {
  const conv = db
    .prepare(
      `SELECT c.id, c.title, c.first_local, c.last_local, s.id AS source_id, s.file_name, s.chat_entry, s.sha256, s.custodian, s.time_zone
       FROM conversations c JOIN sources s ON s.id = c.source_id WHERE c.id = ? AND s.status = 'complete'`,
    )
    .get(conversationId) as
    | { id: number; title: string; first_local: string | null; last_local: string | null; source_id: number; file_name: string; chat_entry: string | null; sha256: string; custodian: string | null; time_zone: string }
    | undefined;
  if (!conv) throw new ApiError('not_found', `There is no conversation ${conversationId} in this case.`);
  // Days are the display zone's, as conversation-days and the timeline count them, whatever each
  // source's own clock (docs/timeline.md#conversation-days); an undated message is counted, on no day.
  const zone = displayTimeZone(db);
  const [firstAt, lastAt] = db.prepare('SELECT min(sent_at), max(sent_at) FROM messages WHERE conversation_id = ?').raw().get(conversationId) as [number | null, number | null];
  const dayNumber = firstAt === null || lastAt === null ? 'NULL' : dayNumberSql(zone, firstAt, lastAt);
  const dayRows = db
    .prepare(
      `SELECT ${dayNumber} AS day, count(*) AS messages, sum(m.kind = 'system') AS system, sum(m.deleted) AS deleted,
              sum(coalesce(m.subtype, '') IN ('media.omitted', 'contact.omitted', 'media.view_once')) AS placeholders,
              sum(coalesce(m.subtype, '') = 'media.view_once') AS view_once
       FROM messages m WHERE m.conversation_id = ? GROUP BY day`,
    )
    .all(conversationId) as { day: number | null; messages: number; system: number; deleted: number; placeholders: number; view_once: number }[];
  // The conversation's own findings, and those about its source as a whole (files, records, caveats).
  const findings = [...listFindings(db, { conversationId }), ...listSourceFindings(db, conv.source_id)];
  const notRun = [...listNotRun(db, conversationId), ...listSourceNotRun(db, conv.source_id)];
  const days = new Map<string, DayCompleteness>();
  for (const d of dayRows) {
    if (d.day === null) continue;
    const day = isoOfDayNumber(d.day);
    days.set(day, { day, messages: d.messages, system: d.system, deleted: d.deleted, placeholders: d.placeholders, findings: [] });
  }
  for (const f of findings) {
    // A finding is on the days its span reaches, from its instants; one with neither is on no day.
    const [fromAt, toAt] = [f.fromAt ?? f.toAt, f.toAt ?? f.fromAt];
    if (fromAt === null || toAt === null) continue;
    for (const day of daysFrom(dayIn(zone, Math.min(fromAt, toAt)), dayIn(zone, Math.max(fromAt, toAt)))) {
      const entry = days.get(day) ?? { day, messages: 0, system: 0, deleted: 0, placeholders: 0, findings: [] };
      const tally = entry.findings.find((x) => x.type === f.type && x.strength === f.strength);
      if (tally) tally.count++;
      else entry.findings.push({ type: f.type, strength: f.strength, count: 1 });
      days.set(day, entry);
    }
  }
  const sum = (k: 'messages' | 'system' | 'deleted' | 'placeholders' | 'view_once') => dayRows.reduce((n, d) => n + d[k], 0);
  const counts = { messages: sum('messages'), system: sum('system'), deleted: sum('deleted'), placeholders: sum('placeholders'), viewOnce: sum('view_once') };
  return {
    conversationId,
    title: conv.title,
    sources: [
      {
        id: conv.source_id,
        file: conv.chat_entry ? `${conv.file_name}!${conv.chat_entry}` : conv.file_name,
        sha256: conv.sha256,
        custodian: conv.custodian,
        timeZone: conv.time_zone,
        firstLocal: conv.first_local,
        lastLocal: conv.last_local,
      },
    ],
    matterPeriod: matterPeriod(db),
    counts,
    findings,
    notRun,
    days: [...days.values()].sort((a, b) => a.day.localeCompare(b.day)),
    daysTimeZone: zone,
    statement: statementOf(counts, findings, notRun, conv.first_local, conv.last_local),
    generatedAt: Date.now(),
  };
}

function statementOf(counts: CompletenessReport['counts'], findings: Finding[], notRun: RuleNotRun[], first: string | null, last: string | null): string {
  const by = (pred: (f: Finding) => boolean) => findings.filter(pred).length;
  const facts = by((f) => f.strength === 'fact' && f.type === 'deleted');
  const expected = by((f) => f.type === 'expected_loss');
  const leads = (['high', 'medium', 'low'] as const).map((s) => `${by((f) => f.strength === s && f.type !== 'integrity' && f.type !== 'context')} ${s}`).join(', ');
  return (
    `${counts.messages} messages from ${first ?? 'an unknown date'} to ${last ?? 'an unknown date'}. ` +
    `The source itself records ${facts} deletion${facts === 1 ? '' : 's'} (fact). ` +
    `${expected} item${expected === 1 ? '' : 's'} or span${expected === 1 ? '' : 's'} of expected loss by design. ` +
    `Inferred leads by strength: ${leads}. ` +
    (notRun.length ? `Not determinable here: ${[...new Set(notRun.map((n) => n.rule))].join(', ')} (see the reasons). ` : '') +
    'This is not a statement that the conversation is complete.'
  );
}
