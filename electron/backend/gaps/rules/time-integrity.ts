// WA-8 and WA-9: clues about the clock rather than gaps. An Android media file dated before the
// message that carries it points at a wrong date order or a wrong clock; times running backwards in
// source order are normal in WhatsApp exports and must not be read as gaps.
import type { Db } from '../../case/open';
import { ran, ref, type GapRule, type NewFinding } from '../types';

export const mediaFileDates: GapRule = {
  id: 'WA-8',
  title: 'Android media files dated before their message (date order or clock)',
  run(db, f) {
    if (f.format !== 'whatsapp') return ran([]);
    const rows = db
      .prepare(
        `SELECT a.name, m.id, m.seq, m.sent_at_local AS local, m.line_start AS lineStart FROM attachments a JOIN messages m ON m.id = a.message_id
         WHERE m.conversation_id = ? AND m.sent_at_local IS NOT NULL ORDER BY m.seq`,
      )
      .all(f.conversationId) as { name: string; id: number; seq: number; local: string; lineStart: number | null }[];
    const findings: NewFinding[] = [];
    for (const r of rows) {
      const m = /(?:IMG|VID|PTT|STK|AUD|DOC)-(\d{4})(\d{2})(\d{2})-WA\d{4}/i.exec(r.name);
      if (!m) continue;
      const fileDay = `${m[1]}-${m[2]}-${m[3]}`;
      if (fileDay >= r.local.slice(0, 10)) continue;
      findings.push({
        rule: 'WA-8',
        type: 'integrity',
        strength: 'low',
        messageId: r.id,
        beforeSeq: r.seq,
        afterSeq: r.seq,
        explanation: `The file ${r.name} was written on the phone on ${fileDay}, before the message that carries it (${r.local.slice(0, 10)}). Android names files by the day they were saved, which is never before the message: check the date order and the phone’s clock.`,
        evidence: [ref(f, r.id, r.lineStart, r.name)],
      });
    }
    return ran(findings);
  },
};

/** Counted inside SQLite, for a conversation the source's shared pass could not read in source order. */
function countStepsBack(db: Db, conversationId: number): { count: number; firstSeq: number | null } {
  return db
    .prepare(
      `SELECT count(*) AS count, min(seq) AS firstSeq FROM (
         SELECT seq, sent_at, lag(sent_at) OVER (ORDER BY seq) AS previous FROM messages WHERE conversation_id = ? AND sent_at IS NOT NULL)
       WHERE sent_at < previous`,
    )
    .get(conversationId) as { count: number; firstSeq: number | null };
}

export const orderAnomaly: GapRule = {
  id: 'ORDER',
  title: 'Times running backwards in source order (context, not a gap)',
  run(db, f) {
    const stepsBack = f.scan ? { count: f.scan.stepsBack, firstSeq: f.scan.firstStepBackSeq } : countStepsBack(db, f.conversationId);
    const count = stepsBack.count;
    const example =
      stepsBack.firstSeq === null
        ? null
        : (db.prepare('SELECT id, line_start AS lineStart FROM messages WHERE conversation_id = ? AND seq = ?').get(f.conversationId, stepsBack.firstSeq) as { id: number; lineStart: number | null });
    if (count === 0 || !example) return ran([]);
    return ran([
      {
        rule: f.format === 'whatsapp' ? 'WA-9' : 'ORDER',
        type: 'context',
        strength: 'context',
        count,
        explanation: `In ${count} place${count === 1 ? '' : 's'} the time goes backwards from one message to the next in the order of the file${example.lineStart !== null ? ` (first at line ${example.lineStart})` : ''}. ${f.format === 'whatsapp' ? 'WhatsApp writes notices and some events out of order; ' : ''}the source order is kept as it is, and this is not a sign of a gap.`,
        evidence: [ref(f, example.id, example.lineStart, null)],
      },
    ]);
  },
};
