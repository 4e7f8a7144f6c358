// Runs every gap rule on every conversation of the given sources and stores what they say (findings)
// and what they could not say (rules not run), replacing the previous analysis of those sources.
// Findings never touch messages (docs/gaps.md#principles). Runs after every import and every change to how
// a source is read or to the matter period.
import type { Statement } from 'better-sqlite3';
import type { Db } from '../case/open';
import { caseMeta } from '../case/open';
import type { ConversationFacts, NewFinding, SourceFacts } from './types';
import { RULES, SOURCE_RULES } from './rules';
import { specialMessages } from './rules/message-rows';
import { scanSource, type ConversationScan } from './source-scan';

export interface AnalysisCounts {
  findings: number;
  notRun: number;
}

export function matterPeriod(db: Db): { start: string; end: string } | null {
  const start = caseMeta(db, 'matter_start');
  const end = caseMeta(db, 'matter_end');
  return start && end ? { start, end } : null;
}

function factsOf(db: Db, conversationId: number, period: ConversationFacts['matterPeriod'], perAnalysis: Map<string, unknown>, scan: ConversationScan | null): ConversationFacts {
  const r = db
    .prepare(
      `SELECT c.id, c.source_id, c.title, c.message_count, c.first_local, c.last_local, s.format, s.chat_entry, s.file_name,
              s.content_nature, s.time_basis, s.time_zone, s.signals,
              -- Through the (conversation, local time) index: the instants of the first and last local times.
              (SELECT sent_at FROM messages m WHERE m.conversation_id = c.id AND m.sent_at_local IS NOT NULL ORDER BY m.sent_at_local LIMIT 1) AS first_at,
              (SELECT sent_at FROM messages m WHERE m.conversation_id = c.id AND m.sent_at_local IS NOT NULL ORDER BY m.sent_at_local DESC LIMIT 1) AS last_at
       FROM conversations c JOIN sources s ON s.id = c.source_id WHERE c.id = ?`,
    )
    .get(conversationId) as {
    id: number;
    source_id: number;
    title: string;
    message_count: number;
    first_local: string | null;
    last_local: string | null;
    format: string;
    chat_entry: string | null;
    file_name: string;
    content_nature: 'content' | 'metadata_only';
    time_basis: 'wall_clock' | 'instant';
    time_zone: string;
    signals: string;
    first_at: number | null;
    last_at: number | null;
  };
  const special = specialMessages(db, r.id, scan?.specialSeqs);
  return {
    conversationId: r.id,
    sourceId: r.source_id,
    title: r.title,
    format: r.format,
    // A zip with media, or a chat text whose lines name attached media files (the text of such an
    // export). Contact cards do not count: WhatsApp names them as attached even without media.
    withMedia: r.format === 'whatsapp' && (r.chat_entry !== null || special.some((m) => m.subtype === 'media.attached')),
    fromZip: r.chat_entry !== null,
    contentNature: r.content_nature,
    timeBasis: r.time_basis,
    sourceLabel: r.chat_entry ? `${r.file_name}!${r.chat_entry}` : r.file_name,
    timeZone: r.time_zone,
    signals: JSON.parse(r.signals) as Record<string, unknown>,
    messageCount: r.message_count,
    firstAt: r.first_at,
    lastAt: r.last_at,
    firstLocal: r.first_local,
    lastLocal: r.last_local,
    special,
    scan,
    matterPeriod: period,
    perAnalysis,
  };
}

function sourceFactsOf(db: Db, sourceId: number): SourceFacts {
  const r = db.prepare('SELECT format, file_name, signals, caveats FROM sources WHERE id = ?').get(sourceId) as { format: string; file_name: string; signals: string; caveats: string };
  return {
    sourceId,
    format: r.format,
    label: r.file_name,
    signals: JSON.parse(r.signals) as Record<string, unknown>,
    caveats: JSON.parse(r.caveats) as SourceFacts['caveats'],
    warnings: (...codes) =>
      db
        .prepare(`SELECT line, code, message FROM source_warnings WHERE source_id = ? AND code IN (${codes.map(() => '?').join(', ')}) ORDER BY id`)
        .all(sourceId, ...codes) as { line: number | null; code: string; message: string }[],
  };
}

/** Fills in the span ends a rule left out from the messages it names. */
function completeSpan(bySeq: Statement, conversationId: number, f: NewFinding): NewFinding {
  const out = { ...f };
  if (out.beforeSeq != null && (out.beforeMessageId == null || out.fromLocal === undefined)) {
    const m = bySeq.get(conversationId, out.beforeSeq) as { id: number; at: number | null; local: string | null } | undefined;
    out.beforeMessageId ??= m?.id ?? null;
    if (out.fromLocal === undefined) {
      out.fromLocal = m?.local ?? null;
      out.fromAt = m?.at ?? null;
    }
  }
  if (out.afterSeq != null && (out.afterMessageId == null || out.toLocal === undefined)) {
    const m = bySeq.get(conversationId, out.afterSeq) as { id: number; at: number | null; local: string | null } | undefined;
    out.afterMessageId ??= m?.id ?? null;
    if (out.toLocal === undefined) {
      out.toLocal = m?.local ?? null;
      out.toAt = m?.at ?? null;
    }
  }
  return out;
}

export function analyseSources(db: Db, sourceIds: number[], progress?: (done: number, total: number) => void): AnalysisCounts {
  return db.transaction(() => {
    const steps = analysisSteps(db, sourceIds);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      progress?.(step.value.done, step.value.total);
    }
  })();
}

/**
 * The analysis as steps, one per conversation, so a job can yield and be cancelled between them
 * (jobs/reanalyse.ts). It must run inside one transaction: analyseSources opens one, a job its own.
 */
export function* analysisSteps(db: Db, sourceIds: number[]): Generator<{ done: number; total: number }, AnalysisCounts> {
  const period = matterPeriod(db);
  const conversations = sourceIds.flatMap((id) =>
    (db.prepare('SELECT id FROM conversations WHERE source_id = ? ORDER BY id').all(id) as { id: number }[]).map((c) => ({ sourceId: id, conversationId: c.id })),
  );
  const insertFinding = db.prepare(
    `INSERT INTO findings(rule, type, strength, source_id, conversation_id, message_id, before_message_id, after_message_id, before_seq, after_seq,
       from_at, to_at, from_local, to_local, count, score, explanation, evidence)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertNotRun = db.prepare('INSERT INTO rules_not_run(rule, source_id, conversation_id, why) VALUES (?, ?, ?, ?)');
  const bySeq = db.prepare('SELECT id, sent_at AS at, sent_at_local AS local FROM messages WHERE conversation_id = ? AND seq = ?');
  const counts: AnalysisCounts = { findings: 0, notRun: 0 };
  const perAnalysis = new Map<string, unknown>();
  const store = (sourceId: number, conversationId: number | null, f: NewFinding) => {
    insertFinding.run(
      f.rule,
      f.type,
      f.strength,
      sourceId,
      conversationId,
      f.messageId ?? null,
      f.beforeMessageId ?? null,
      f.afterMessageId ?? null,
      f.beforeSeq ?? null,
      f.afterSeq ?? null,
      f.fromAt ?? null,
      f.toAt ?? null,
      f.fromLocal ?? null,
      f.toLocal ?? null,
      f.count ?? null,
      f.score ?? null,
      f.explanation,
      JSON.stringify(f.evidence),
    );
    counts.findings++;
  };
  for (const id of sourceIds) {
    db.prepare('DELETE FROM findings WHERE source_id = ?').run(id);
    db.prepare('DELETE FROM rules_not_run WHERE source_id = ?').run(id);
    const facts = sourceFactsOf(db, id);
    for (const rule of SOURCE_RULES) {
      const outcome = rule.runSource(db, facts);
      if (outcome.notRun) {
        insertNotRun.run(rule.id, id, null, outcome.notRun);
        counts.notRun++;
      }
      for (const f of outcome.findings) store(id, null, f);
    }
  }
  // One source's scan at a time: its conversations come one after the other.
  let scannedSource: number | null = null;
  let scans = new Map<number, ConversationScan>();
  for (const [i, { sourceId, conversationId }] of conversations.entries()) {
    if (sourceId !== scannedSource) [scannedSource, scans] = [sourceId, scanSource(db, sourceId)];
    const facts = factsOf(db, conversationId, period, perAnalysis, scans.get(conversationId) ?? null);
    for (const rule of RULES) {
      const outcome = rule.run(db, facts);
      if (outcome.notRun) {
        insertNotRun.run(rule.id, sourceId, conversationId, outcome.notRun);
        counts.notRun++;
      }
      for (const raw of outcome.findings) store(sourceId, conversationId, completeSpan(bySeq, conversationId, raw));
    }
    yield { done: i + 1, total: conversations.length };
  }
  return counts;
}
