// R5 / WK-1 / RS-3: edits, reactions, receipts and delete records that point at a message the source
// does not hold. A structural contradiction inside the set: the target existed.
import { cannot, ran, ref, type GapRule, type NewFinding } from '../types';
import { parentBatesOfRaw } from '../../importers/rsmf/produced-elsewhere';
import { deviceRuleId, quotedTextNote } from './device-database';

const WHAT: Record<string, string> = {
  edit: 'An edit',
  reaction: 'A reaction',
  receipt: 'A read receipt',
  star: 'A star',
  pin: 'A pin',
  delete: 'A delete record',
};

/** A microsecond instant as UTC ISO-8601 with its six fractional digits. */
function instantText(us: number): string {
  const iso = new Date(Math.floor(us / 1000)).toISOString();
  return `${iso.slice(0, 19)}.${String(us % 1_000_000).padStart(6, '0')}Z`;
}

export const orphans: GapRule = {
  id: 'R5',
  title: 'Edits, reactions, receipts or deletes pointing at messages that are not there',
  run(db, f) {
    if (f.format === 'whatsapp') return cannot('a WhatsApp export never contains replies, reactions or edit history, so nothing in it can point at a missing message');
    const rows = db
      .prepare(
        `SELECT e.id, e.kind, e.target_native_id AS target, e.target_sent_at_us AS targetUs, e.sent_at AS sentAt, e.sent_at_local AS sentAtLocal,
                e.line_start AS lineStart, e.record, p.name AS actor
         FROM message_events e LEFT JOIN participants p ON p.id = e.actor_id
         WHERE e.conversation_id = ? AND e.target_message_id IS NULL AND (e.target_native_id IS NOT NULL OR e.target_sent_at_us IS NOT NULL)
         ORDER BY e.id`,
      )
      .all(f.conversationId) as { id: number; kind: string; target: string | null; targetUs: number | null; sentAt: number | null; sentAtLocal: string | null; lineStart: number | null; record: string | null; actor: string | null }[];
    const findings: NewFinding[] = rows.map((e) => ({
      rule: deviceRuleId(f.format, f.signals, 'DB-3', 'DB-6') ?? (f.format === 'wickr' ? 'WK-1' : f.format === 'rsmf' ? 'RS-3' : 'R5'),
      type: 'missing_referenced',
      strength: 'high',
      fromAt: e.sentAt,
      toAt: e.sentAt,
      fromLocal: e.sentAtLocal,
      toLocal: e.sentAtLocal,
      count: 1,
      explanation: `${WHAT[e.kind] ?? 'A record'}${e.actor ? ` by ${e.actor}` : ''} refers to a message (${e.target ? `id ${e.target}` : `sent at ${instantText(e.targetUs!)}`}) that is not in this source. That message existed; it predates the capture, was filtered out, or is missing.`,
      evidence: [ref(f, null, e.lineStart, e.target ? `target ${e.target}` : null, e.record)],
    }));
    // A reply or thread child whose parent is not in the conversation (RS-3; a Wickr call's start
    // record). The source's shared pass already knows whether any message names a parent.
    const children: { id: number; seq: number; parent: string; lineStart: number | null; record: string | null; raw: string | null }[] =
      f.scan?.anyThreadParent === false
        ? []
        : (db
            .prepare(
              `SELECT m.id, m.seq, m.thread_parent AS parent, m.line_start AS lineStart, m.record, m.raw FROM messages m
               WHERE m.conversation_id = ? AND m.thread_parent IS NOT NULL
                 AND NOT EXISTS (SELECT 1 FROM messages p WHERE p.conversation_id = m.conversation_id AND p.native_id = m.thread_parent)
               ORDER BY m.seq`,
            )
            .all(f.conversationId) as typeof children);
    for (const c of children) {
      const producedAs = f.format === 'rsmf' ? parentBatesOfRaw(c.raw) : null;
      if (producedAs !== null) {
        findings.push({
          rule: 'RS-3',
          type: 'context',
          strength: 'context',
          messageId: c.id,
          beforeSeq: c.seq,
          afterSeq: c.seq,
          count: 1,
          explanation: `This reply answers the record ${c.parent}, which its producer sent in another document, ${producedAs}: it is not in this file, and not missing.`,
          evidence: [ref(f, c.id, c.lineStart, `parent ${c.parent} (${producedAs})`, c.record)],
        });
        continue;
      }
      findings.push({
        rule: deviceRuleId(f.format, f.signals, 'DB-3', 'DB-6') ?? (f.format === 'rsmf' ? 'RS-3' : f.format === 'wickr' ? 'WK-1' : 'R5'),
        type: 'missing_referenced',
        strength: 'high',
        messageId: c.id,
        beforeSeq: c.seq,
        afterSeq: c.seq,
        count: 1,
        explanation: `This message continues or answers the record ${c.parent}, which is not in this conversation: the parent existed and is missing, filtered out, or elsewhere.${quotedTextNote(f.format, c.raw)}`,
        evidence: [ref(f, c.id, c.lineStart, `parent ${c.parent}`, c.record)],
      });
    }
    return ran(findings);
  },
};
