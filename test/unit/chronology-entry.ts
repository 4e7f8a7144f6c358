// Chronology entries and findings written by hand for the panel's unit tests.
import type { ChronologyEntry, ChronologyPerson } from '../../shared/chronology';
import type { Finding } from '../../shared/findings';

export const T0 = Date.UTC(2024, 2, 1, 9, 0);
export const MINUTE = 60_000;

export function entry(id: number, earliest: number | null, latest: number | null, more: Partial<ChronologyEntry> & { persons?: ChronologyPerson[] } = {}): ChronologyEntry {
  const persons = more.persons ?? [];
  return {
    id,
    kind: 'messages',
    title: `Entry ${id}`,
    description: '',
    people: persons.map((p) => p.name),
    persons,
    labels: [],
    chronologies: ['Master'],
    earliest,
    latest,
    displayTime: earliest === null ? 'no time' : new Date(earliest).toISOString(),
    sourceTime: null,
    uncertainty: [],
    overlaps: [],
    citations: [],
    finding: null,
    conversationId: 1,
    day: null,
    event: null,
    evidence: { kind: 'messages', messageIds: [id], deletedWhenCited: [] },
    removed: false,
    createdBy: 'Dana Ito',
    createdAt: 0,
    changedBy: 'Dana Ito',
    changedAt: 0,
    ...more,
  };
}

export function finding(id: number, fromAt: number, toAt: number, conversationId = 1): Finding {
  return {
    id,
    rule: 'R2',
    type: 'suspected_gap',
    strength: 'medium',
    sourceId: 1,
    conversationId,
    messageId: null,
    beforeMessageId: null,
    afterMessageId: null,
    beforeSeq: 3,
    afterSeq: 4,
    fromAt,
    toAt,
    fromLocal: null,
    toLocal: null,
    count: null,
    score: null,
    explanation: 'A silence of three days',
    evidence: [],
  };
}
