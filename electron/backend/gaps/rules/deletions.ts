// R1 / WA-1: deletions the source itself records. A fact: the message existed and was deleted.
import { cannot, ran, ref, type GapRule, type NewFinding } from '../types';
import { deviceRuleId } from './device-database';
import type { Db } from '../../case/open';
import { quote } from './message-rows';

/** The format's own name for this rule (docs/gaps.md#r1). */
const RULE_BY_FORMAT: Record<string, string> = { whatsapp: 'WA-1', rsmf: 'RS-1', forensic: 'CB-1' };

const WHO: Record<string, string> = {
  'deleted.own': 'deleted by the owner of the exporting phone',
  'deleted.incoming': 'deleted by its sender',
  'deleted.admin': 'deleted by a group admin',
};

/** Who deleted a message, when the source records the deletion as an act (a WhatsApp admin's, docs/formats.md). */
function deletedBy(db: Db, messageId: number): string | null {
  const row = db
    .prepare(`SELECT p.name FROM message_events e JOIN participants p ON p.id = e.actor_id WHERE e.target_message_id = ? AND e.kind = 'delete' ORDER BY e.id LIMIT 1`)
    .get(messageId) as { name: string } | undefined;
  return row?.name ?? null;
}

export const deletions: GapRule = {
  id: 'R1',
  title: 'Deletions the source records: tombstones, delete records, deleted flags',
  run(db, f) {
    // A report's deletions are UF-1's (rules/ufdr.ts), stated with the report's own deleted_state.
    if (f.format === 'ufdr') return ran([]);
    if (f.contentNature === 'metadata_only') return cannot('the source holds no message content by nature, so a deletion cannot be told from content never kept');
    const findings: NewFinding[] = [];
    for (const m of f.special.filter((x) => x.deleted === 1)) {
      const admin = m.subtype === 'deleted.admin' ? deletedBy(db, m.id) : null;
      const who = admin ? `deleted by the group admin ${admin}` : m.subtype ? (WHO[m.subtype] ?? 'deleted') : 'deleted';
      const explanation =
        f.format === 'whatsapp'
          ? `A message by ${m.author ?? 'an unknown author'} was ${who}; the export keeps only its tombstone ("${quote(m.body, 60)}"). The content is gone; that the message existed is a fact.`
          : f.format === 'whatsapp-db'
            ? `A message by ${m.author ?? 'an unknown author'} was ${who}; the phone's database keeps its row, not its content. That the message existed is a fact.`
          : f.format === 'forensic'
            ? `The forensic report marks this message by ${m.author ?? 'an unknown author'} as deleted (as the tool reported it; a recovered record may be partial).`
            : `The source records this message by ${m.author ?? 'an unknown author'} as deleted. That it existed is a fact; what it said may be lost.`;
      findings.push({
        rule: deviceRuleId(f.format, f.signals, 'DB-2', 'DB-5') ?? RULE_BY_FORMAT[f.format] ?? 'R1',
        type: 'deleted',
        strength: 'fact',
        messageId: m.id,
        beforeSeq: m.seq,
        afterSeq: m.seq,
        explanation,
        evidence: [ref(f, m.id, m.lineStart, quote(m.body), m.record)],
      });
    }
    return ran(findings);
  },
};
