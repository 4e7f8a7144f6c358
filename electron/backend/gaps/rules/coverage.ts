// R9: how the source's first-to-last window covers the matter period the reviewer set. A description
// of the set, so a fact.
import { tz } from '@date-fns/tz';
import { differenceInCalendarDays } from 'date-fns';
import { cannot, ran, ref, type GapRule, type NewFinding } from '../types';

/** Calendar days from local date `a` to `b` (`YYYY-MM-DD…`): wall-clock dates, so no zone is involved. */
function daysBetween(a: string, b: string): number {
  return differenceInCalendarDays(b.slice(0, 10), a.slice(0, 10), { in: tz('UTC') });
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
