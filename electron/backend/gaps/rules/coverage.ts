// R9: how the source's first-to-last window covers the matter period the reviewer set. A description
// of the set, so a fact.
import { cannot, ran, ref, type GapRule, type NewFinding } from '../types';

function daysBetween(a: string, b: string): number {
  return Math.round((Date.UTC(+b.slice(0, 4), +b.slice(5, 7) - 1, +b.slice(8, 10)) - Date.UTC(+a.slice(0, 4), +a.slice(5, 7) - 1, +a.slice(8, 10))) / 86_400_000);
}

export const coverage: GapRule = {
  id: 'R9',
  title: 'Coverage of the matter period by each source',
  run(_db, f) {
    if (!f.matterPeriod) return cannot('no matter period is set for the case');
    if (!f.firstLocal || !f.lastLocal) return cannot('the conversation has no dated messages');
    const { start, end } = f.matterPeriod;
    const first = f.firstLocal.slice(0, 10);
    const last = f.lastLocal.slice(0, 10);
    const evidence = [ref(f, null, null, `${first} – ${last}`)];
    const findings: NewFinding[] = [];
    if (last < start || first > end) {
      findings.push({ rule: 'R9', type: 'coverage', strength: 'fact', explanation: `This source has no messages in the matter period (${start} to ${end}): its messages run from ${first} to ${last}.`, evidence });
      return ran(findings);
    }
    if (first > start) {
      findings.push({
        rule: 'R9',
        type: 'coverage',
        strength: 'fact',
        afterSeq: 0,
        toLocal: f.firstLocal,
        toAt: f.firstAt,
        count: daysBetween(start, first),
        explanation: `The source’s messages begin on ${first}, ${daysBetween(start, first)} days after the matter period begins (${start}): nothing before that is covered by it.`,
        evidence,
      });
    }
    if (last < end) {
      findings.push({
        rule: 'R9',
        type: 'coverage',
        strength: 'fact',
        beforeSeq: f.messageCount - 1,
        fromLocal: f.lastLocal,
        fromAt: f.lastAt,
        count: daysBetween(last, end),
        explanation: `The source’s messages end on ${last}, ${daysBetween(last, end)} days before the matter period ends (${end}): nothing after that is covered by it.`,
        evidence,
      });
    }
    return ran(findings);
  },
};
