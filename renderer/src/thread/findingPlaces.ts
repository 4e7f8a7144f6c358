import type { Finding } from '../../../shared/findings';

export interface FindingPlaces {
  /** Findings about a span, drawn above the first message after it. */
  above: Map<number, Finding[]>;
  /** Findings about one message, and spans after the last message (a coverage end), drawn below it. */
  below: Map<number, Finding[]>;
}

const push = (map: Map<number, Finding[]>, seq: number, f: Finding) => map.set(seq, [...(map.get(seq) ?? []), f]);

/**
 * Where each finding of a conversation is drawn in its thread. A tombstone already says "deleted" on
 * its own message, so its finding is not repeated there.
 */
export function placeFindings(findings: Finding[]): FindingPlaces {
  const places: FindingPlaces = { above: new Map(), below: new Map() };
  for (const f of findings) {
    if (f.messageId !== null) {
      if (f.type !== 'deleted' && f.beforeSeq !== null) push(places.below, f.beforeSeq, f);
    } else if (f.afterSeq !== null) push(places.above, f.afterSeq, f);
    else if (f.beforeSeq !== null) push(places.below, f.beforeSeq, f);
  }
  return places;
}
