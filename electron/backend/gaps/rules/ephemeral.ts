// R2 / WA-3 / CF-1: spans where absence is expected by design — disappearing-message timers, Wickr
// expiry settings, Confide. Context, not wrongdoing: other findings inside read differently.
import { ran, ref, type ConversationFacts, type GapRule, type NewFinding } from '../types';
import type { Db } from '../../case/open';
import { quote, type MessageFact } from './message-rows';

/** "24 hours", "7 days", "90 days" in any language the notice uses digits for. */
function timerLength(body: string): string | null {
  const m = /(\d+)\s*(\p{L}+)/u.exec(body.replace(/[\u200E\u200F\u00A0\u202F]/g, ' '));
  return m ? `${m[1]} ${m[2]}` : null;
}

function whatsappTimers(f: ConversationFacts): NewFinding[] {
  const events = f.special.filter((m) => m.subtype === 'system.timer_on' || m.subtype === 'system.timer_off');
  const findings: NewFinding[] = [];
  events.forEach((on, i) => {
    if (on.subtype !== 'system.timer_on') return;
    const next: MessageFact | undefined = events[i + 1];
    const length = timerLength(on.body);
    findings.push({
      rule: 'WA-3',
      type: 'expected_loss',
      strength: 'context',
      beforeMessageId: on.id,
      beforeSeq: on.seq,
      afterMessageId: next?.id ?? null,
      afterSeq: next?.seq ?? null,
      fromAt: on.sentAt,
      toAt: next?.sentAt ?? f.lastAt,
      fromLocal: on.sentAtLocal,
      toLocal: next?.sentAtLocal ?? f.lastLocal,
      explanation:
        `Disappearing messages were switched on${length ? ` (${length})` : ''}${on.actor ? ` by ${on.actor}` : ''} at ${on.sentAtLocal ?? 'an unknown time'}` +
        (next ? ` until ${next.actor ? `${next.actor} changed the setting` : 'the setting changed'} at ${next.sentAtLocal ?? 'an unknown time'}` : ' and not switched off in this export') +
        '. Messages sent in this span vanish from phones unless kept, so their absence is expected; the ones shown were kept or exported in time.',
      evidence: [ref(f, on.id, on.lineStart, quote(on.body)), ...(next ? [ref(f, next.id, next.lineStart, quote(next.body))] : [])],
    });
  });
  return findings;
}

interface ExpiryRow {
  id: number;
  seq: number;
  sentAt: number | null;
  sentAtLocal: string | null;
  lineStart: number | null;
  record: string | null;
  ttl: number | null;
  bor: number | null;
}

interface ExpiryRun {
  first: ExpiryRow;
  last: ExpiryRow;
  count: number;
}

function describeExpiry(row: ExpiryRow): string {
  return [row.ttl !== null ? `expire ${row.ttl} s after sending` : '', row.bor !== null ? `burn ${row.bor} s after reading` : ''].filter(Boolean).join(', ');
}

/**
 * Wickr ttl / burn-on-read on messages: one span per run of messages carrying the same setting. The
 * runs are found inside SQLite, which returns only the first and last message of each run that has a
 * setting: a million-message conversation never becomes a million JavaScript objects.
 */
function expirySpans(db: Db, f: ConversationFacts): NewFinding[] {
  // Most conversations carry no setting at all: the source's shared pass, or one plain pass, says so without the window functions.
  const anySetting =
    f.scan?.anyExpiry ?? (db.prepare('SELECT 1 FROM messages WHERE conversation_id = ? AND (ttl_seconds IS NOT NULL OR burn_on_read_seconds IS NOT NULL) LIMIT 1').get(f.conversationId) !== undefined);
  if (!anySetting) return [];
  const ends = db
    .prepare(
      `SELECT * FROM (
         SELECT id, seq, sent_at AS sentAt, sent_at_local AS sentAtLocal, line_start AS lineStart, record, ttl_seconds AS ttl, burn_on_read_seconds AS bor,
                row_number() OVER w AS n,
                row_number() OVER w = 1 OR ttl_seconds IS NOT lag(ttl_seconds) OVER w OR burn_on_read_seconds IS NOT lag(burn_on_read_seconds) OVER w AS opens,
                lead(seq) OVER w IS NULL OR ttl_seconds IS NOT lead(ttl_seconds) OVER w OR burn_on_read_seconds IS NOT lead(burn_on_read_seconds) OVER w AS closes
         FROM messages WHERE conversation_id = ? WINDOW w AS (ORDER BY seq))
       WHERE (opens OR closes) AND (ttl IS NOT NULL OR bor IS NOT NULL)
       ORDER BY seq`,
    )
    .all(f.conversationId) as (ExpiryRow & { n: number; opens: number; closes: number })[];
  const findings: NewFinding[] = [];
  let first: (typeof ends)[number] | null = null;
  for (const row of ends) {
    if (row.opens) first = row;
    if (!row.closes || !first) continue;
    const run: ExpiryRun = { first, last: row, count: row.n - first.n + 1 };
    findings.push({
      rule: 'R2',
      type: 'expected_loss',
      strength: 'context',
      beforeMessageId: run.first.id,
      beforeSeq: run.first.seq,
      afterMessageId: run.last.id,
      afterSeq: run.last.seq,
      fromAt: run.first.sentAt,
      toAt: run.last.sentAt,
      fromLocal: run.first.sentAtLocal,
      toLocal: run.last.sentAtLocal,
      count: run.count,
      explanation: `${run.count} message${run.count === 1 ? '' : 's'} here carry an expiry setting (${describeExpiry(run.first)}). Phones delete such messages by design; a retained copy is unaffected, but their absence from a device is expected.`,
      evidence: [ref(f, run.first.id, run.first.lineStart, null, run.first.record)],
    });
  }
  return findings;
}

export const ephemeral: GapRule = {
  id: 'R2',
  title: 'Spans where absence is expected: disappearing messages, expiry settings, content not kept by design',
  run(db, f) {
    if (f.contentNature === 'metadata_only') {
      return ran([
        {
          rule: 'CF-1',
          type: 'expected_loss',
          strength: 'context',
          fromAt: f.firstAt,
          toAt: f.lastAt,
          fromLocal: f.firstLocal,
          toLocal: f.lastLocal,
          explanation: 'This source records that messages were exchanged but not what they said: the app destroys content by design, so no content is expected anywhere in this conversation.',
          evidence: [ref(f, null, null, null)],
        },
      ]);
    }
    return ran(f.format === 'whatsapp' ? whatsappTimers(f) : expirySpans(db, f));
  },
};
