// R1 / WA-1: deletions the source itself records. A fact: the message existed and was deleted.
import { cannot, ran, ref, type GapRule, type NewFinding } from '../types';
import { quote } from './message-rows';

/** The format's own name for this rule (spec/gaps.md §4–8). */
const RULE_BY_FORMAT: Record<string, string> = { whatsapp: 'WA-1', rsmf: 'RS-1', forensic: 'CB-1' };

const WHO: Record<string, string> = {
  'deleted.own': 'deleted by the owner of the exporting phone',
  'deleted.incoming': 'deleted by its sender',
  'deleted.admin': 'deleted by a group admin',
};

export const deletions: GapRule = {
  id: 'R1',
  title: 'Deletions the source records: tombstones, delete records, deleted flags',
  run(_db, f) {
    if (f.contentNature === 'metadata_only') return cannot('the source holds no message content by nature, so a deletion cannot be told from content never kept');
    const findings: NewFinding[] = [];
    for (const m of f.special.filter((x) => x.deleted === 1)) {
      const who = m.subtype ? (WHO[m.subtype] ?? 'deleted') : 'deleted';
      const explanation =
        f.format === 'whatsapp'
          ? `A message by ${m.author ?? 'an unknown author'} was ${who}; the export keeps only its tombstone ("${quote(m.body, 60)}"). The content is gone; that the message existed is a fact.`
          : f.format === 'forensic'
            ? `The forensic report marks this message by ${m.author ?? 'an unknown author'} as deleted (as the tool reported it; a recovered record may be partial).`
            : `The source records this message by ${m.author ?? 'an unknown author'} as deleted. That it existed is a fact; what it said may be lost.`;
      findings.push({
        rule: RULE_BY_FORMAT[f.format] ?? 'R1',
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
