// CF-2, CF-3 and RS-7: items whose content is not there by the app's design (Confide), items
// transcribed from images, and RSMF history/unknown events to review. Context, never gaps.
import { ran, ref, type GapRule, type NewFinding } from '../types';
import type { MessageFact } from './message-rows';

export const contentByDesign: GapRule = {
  id: 'CF-2',
  title: 'Items without content by design, partial transcriptions, events to review',
  run(_db, f) {
    const findings: NewFinding[] = [];
    const count = (pick: (m: MessageFact) => boolean) => {
      const hits = f.special.filter(pick);
      return { n: hits.length, firstId: hits[0]?.id ?? null, line: hits[0]?.lineStart ?? null };
    };
    const destroyed = count((m) => m.contentStatus === 'unrecoverable_by_design');
    if (destroyed.n > 0) {
      findings.push({
        rule: 'CF-2',
        type: 'expected_loss',
        strength: 'fact',
        count: destroyed.n,
        explanation: `${destroyed.n} item${destroyed.n === 1 ? '' : 's'} here record that a message was sent or read without what it said: the app destroys content by design, so its absence is expected.`,
        evidence: [ref(f, destroyed.firstId, destroyed.line, null)],
      });
    }
    const partial = count((m) => m.contentStatus === 'partial_from_image');
    if (partial.n > 0) {
      findings.push({
        rule: 'CF-3',
        type: 'context',
        strength: 'context',
        count: partial.n,
        explanation: `${partial.n} item${partial.n === 1 ? ' was' : 's were'} transcribed only in part from an image: the text shown may be incomplete.`,
        evidence: [ref(f, partial.firstId, partial.line, null)],
      });
    }
    if (f.format === 'rsmf') {
      const review = count((m) => m.kind === 'unclassified');
      if (review.n > 0) {
        findings.push({
          rule: 'RS-7',
          type: 'context',
          strength: 'context',
          count: review.n,
          explanation: `${review.n} event${review.n === 1 ? ' is' : 's are'} of type history, unknown or not given: the producer could not say what they are; review them.`,
          evidence: [ref(f, review.firstId, review.line, null)],
        });
      }
    }
    return ran(findings);
  },
};
