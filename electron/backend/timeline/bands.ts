// Gap findings over buckets: how many findings of each band (fact, expected loss, lead) touch each
// bucket. A finding touches every bucket its span [from, to] reaches; a finding about one message is
// a span of one instant. Findings that are not about gaps (coverage, integrity, context) are not counted.
import type { FindingType, Strength } from '../../../shared/findings';
import { bucketIndexOf, FINDING_BANDS, findingBand, type FindingBand } from '../../../shared/timeline';
import type { Db } from '../case/open';
import type { Scope } from './scope';

export interface BandsPerBucket {
  counts: Record<FindingBand, number[]>;
  /** Gap findings of the scope with no time at either end. */
  undated: number;
}

interface FindingSpan {
  type: FindingType;
  strength: Strength;
  from_at: number | null;
  to_at: number | null;
}

export function bandsPerBucket(db: Db, scope: Scope, bounds: readonly number[]): BandsPerBucket {
  // A conversation's findings; for the case also those about sources as a whole (files, records).
  const rows = (
    scope.conversationId !== null
      ? db.prepare('SELECT type, strength, from_at, to_at FROM findings WHERE conversation_id = ?').all(scope.conversationId)
      : db.prepare(`SELECT f.type, f.strength, f.from_at, f.to_at FROM findings f JOIN sources s ON s.id = f.source_id WHERE s.status = 'complete'`).all()
  ) as FindingSpan[];
  const n = Math.max(0, bounds.length - 1);
  // Per band, +1 where a span starts and -1 after it ends: one pass over findings, one over buckets.
  const steps = Object.fromEntries(FINDING_BANDS.map((b) => [b, new Int32Array(n + 1)])) as Record<FindingBand, Int32Array>;
  let undated = 0;
  for (const f of rows) {
    const band = findingBand(f);
    if (band === null) continue;
    if (f.from_at === null && f.to_at === null) {
      undated++;
      continue;
    }
    const [lo, hi] = [Math.min(f.from_at ?? f.to_at!, f.to_at ?? f.from_at!), Math.max(f.from_at ?? f.to_at!, f.to_at ?? f.from_at!)];
    if (n === 0 || hi < bounds[0]! || lo >= bounds[n]!) continue;
    const first = lo < bounds[0]! ? 0 : bucketIndexOf(bounds, lo);
    const last = hi >= bounds[n]! ? n - 1 : bucketIndexOf(bounds, hi);
    steps[band][first]!++;
    steps[band][last + 1]!--;
  }
  const counts = Object.fromEntries(
    FINDING_BANDS.map((band) => {
      let running = 0;
      return [band, Array.from({ length: n }, (_, i) => (running += steps[band][i]!))];
    }),
  ) as Record<FindingBand, number[]>;
  return { counts, undated };
}
