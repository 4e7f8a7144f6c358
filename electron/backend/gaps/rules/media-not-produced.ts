// WA-4: in an export made with its media, a placeholder or a named file missing from the zip means
// media that existed is not in the production.
import type { Db } from '../../case/open';
import { cannot, ran, ref, type ConversationFacts, type GapRule, type NewFinding } from '../types';
import { quote } from './message-rows';

/** Other formats name their files outright: an absent one is missing from the production (RS-8). */
function absentAttachments(db: Db, f: ConversationFacts): NewFinding[] {
  const rows = db
    .prepare(
      `SELECT a.name, m.id, m.seq, m.line_start AS lineStart, m.record FROM attachments a JOIN messages m ON m.id = a.message_id
       WHERE m.conversation_id = ? AND a.present = 0 ORDER BY m.seq`,
    )
    .all(f.conversationId) as { name: string; id: number; seq: number; lineStart: number | null; record: string | null }[];
  return rows.map((a) => ({
    rule: f.format === 'rsmf' ? 'RS-8' : 'R5',
    type: 'missing_referenced',
    strength: 'high',
    messageId: a.id,
    beforeSeq: a.seq,
    afterSeq: a.seq,
    count: 1,
    explanation: `The message names the file ${a.name}, but it is not in the production.`,
    evidence: [ref(f, a.id, a.lineStart, a.name, a.record)],
  }));
}

export const mediaNotProduced: GapRule = {
  id: 'WA-4',
  title: 'Media and files not produced: placeholders in a with-media export, named files absent',
  run(db, f) {
    if (f.format !== 'whatsapp') return ran(absentAttachments(db, f));
    if (!f.withMedia) return cannot('a text-only export never carries media, so its placeholders are expected');
    const findings: NewFinding[] = [];
    for (const m of f.special.filter((x) => x.subtype === 'media.omitted' || x.subtype === 'contact.omitted')) {
      findings.push({
        rule: 'WA-4',
        type: 'missing_referenced',
        strength: 'high',
        messageId: m.id,
        beforeSeq: m.seq,
        afterSeq: m.seq,
        count: 1,
        explanation: `This export was made with its media, yet ${m.author ?? 'this message'}’s media shows only as "${quote(m.body, 40)}": the file existed and is not in the production (often because it was no longer on the phone).`,
        evidence: [ref(f, m.id, m.lineStart, quote(m.body))],
      });
    }
    const missing = db
      .prepare(
        `SELECT a.name, m.id, m.seq, m.line_start AS lineStart FROM attachments a JOIN messages m ON m.id = a.message_id
         WHERE m.conversation_id = ? AND a.present = 0 AND m.subtype IN ('media.attached', 'contact.attached') ORDER BY m.seq`,
      )
      .all(f.conversationId) as { name: string; id: number; seq: number; lineStart: number | null }[];
    for (const a of missing) {
      findings.push({
        rule: 'WA-4',
        type: 'missing_referenced',
        strength: 'high',
        messageId: a.id,
        beforeSeq: a.seq,
        afterSeq: a.seq,
        count: 1,
        explanation: f.fromZip
          ? `The message names the file ${a.name} as attached, but the archive does not contain it.`
          : `The message names the file ${a.name} as attached, but only the chat text was imported: the file is not in this production.`,
        evidence: [ref(f, a.id, a.lineStart, a.name)],
      });
    }
    return ran(findings);
  },
};
