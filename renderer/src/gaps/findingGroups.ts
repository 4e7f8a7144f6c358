import type { Finding } from '../../../shared/findings';

/** The report's groups (electron/backend/exports/completeness.ts keeps the same five apart). */
export const FINDING_GROUPS: { key: string; title: string; note: string; pick: (f: Finding) => boolean }[] = [
  {
    key: 'facts',
    title: 'Recorded by the source',
    note: 'Facts: the export itself says a message was deleted or media existed.',
    pick: (f) => f.strength === 'fact' && f.type !== 'coverage' && f.type !== 'expected_loss',
  },
  {
    key: 'expected',
    title: 'Expected loss by design',
    note: 'Context: settings or app design under which absence is normal.',
    pick: (f) => f.type === 'expected_loss',
  },
  {
    key: 'leads',
    title: 'Inferred leads',
    note: 'Inferences with a strength: high, medium, low. Leads to check, not evidence of deletion.',
    pick: (f) => ['high', 'medium', 'low'].includes(f.strength) && f.type !== 'integrity',
  },
  { key: 'coverage', title: 'Coverage of the matter period', note: 'Facts about the set: what the source covers.', pick: (f) => f.type === 'coverage' },
  {
    key: 'integrity',
    title: 'Data integrity and context',
    note: 'Not gaps: clues about clocks and order that change how other findings read.',
    pick: (f) => f.type === 'integrity' || f.type === 'context',
  },
];

/** Where a finding sits in its thread: the message it is about, or the first message after its span. */
export function threadSeqOf(f: Finding): number | null {
  return f.beforeSeq ?? f.afterSeq;
}
