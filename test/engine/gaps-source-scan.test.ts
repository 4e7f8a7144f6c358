// The source's shared pass (electron/backend/gaps/source-scan.ts) must change nothing the rules say:
// on generated conversations, stored interleaved, sometimes out of source order, with times that go
// back, tie, pause for hours or are missing, every rule that reads the pass says exactly what it says
// when it reads the messages itself.
import fc from 'fast-check';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCase, type CaseFile, type Db } from '../../electron/backend/case/open';
import { cadence } from '../../electron/backend/gaps/rules/cadence';
import { ephemeral } from '../../electron/backend/gaps/rules/ephemeral';
import { specialMessages } from '../../electron/backend/gaps/rules/message-rows';
import { orphans } from '../../electron/backend/gaps/rules/orphans';
import { orderAnomaly } from '../../electron/backend/gaps/rules/time-integrity';
import { scanSource, type ConversationScan } from '../../electron/backend/gaps/source-scan';
import type { ConversationFacts } from '../../electron/backend/gaps/types';
import { tempDir } from '../support/temp';

const MINUTE = 60_000;
const START = Date.UTC(2023, 2, 6, 8, 0);

/** Messages come in ten-minute slots from 08:00 to 18:00 every day, the rhythm R7 learns. */
const SLOTS_A_DAY = 61;
const slotTime = (slot: number) => START + Math.floor(slot / SLOTS_A_DAY) * 1440 * MINUTE + (slot % SLOTS_A_DAY) * 10 * MINUTE;

interface Generated {
  /** Slots after the previous message's (negative: the clock goes back), or null: no time. */
  step: number | null;
  notice: boolean;
  subtype: string | null;
  deleted: boolean;
  expiry: number | null;
  threadParent: string | null;
}

const generatedMessage = fc.record({
  step: fc.oneof(
    { weight: 24, arbitrary: fc.integer({ min: 0, max: 1 }) },
    { weight: 1, arbitrary: fc.integer({ min: 12, max: 40 }) },
    { weight: 1, arbitrary: fc.integer({ min: -6, max: -1 }) },
    { weight: 1, arbitrary: fc.constant(null) },
  ),
  notice: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  subtype: fc.constantFrom(null, null, null, 'text', 'media.omitted'),
  deleted: fc.constantFrom(false, false, false, false, true),
  expiry: fc.constantFrom(null, null, null, 60),
  threadParent: fc.constantFrom(null, null, null, null, 'p1', 'm3'),
});

const generatedConversation = fc.record({
  messages: fc.array(generatedMessage, { minLength: 0, maxLength: 200, size: 'max' }),
  // Stored out of source order: the scan must notice and leave the rules to their own queries.
  shuffled: fc.integer({ min: 0, max: 3 }).map((n) => n === 0),
});

const cases: CaseFile[] = [];
afterEach(() => {
  while (cases.length) cases.pop()!.close();
});

let sources = 0;

/** Stores the conversations as one new source, their rows interleaved as Wickr's are; returns the source and conversation ids. */
function store(db: Db, conversations: { messages: Generated[]; shuffled: boolean }[]): { sourceId: number; conversationIds: number[] } {
  sources++;
  const sourceId = Number(
    db
      .prepare(
        `INSERT INTO sources(status, path, file_name, sha256, size, format, format_detail, parser_version, time_zone, time_zone_assumed,
           date_order_ambiguous, date_order_locked, date_order_evidence, imported_at)
         VALUES ('complete', ?, 'generated.txt', ?, 0, 'wickr', '', 'test', 'UTC', 0, 0, 0, '', 0)`,
      )
      .run(`/generated/${sources}`, String(sources).padStart(64, '0')).lastInsertRowid,
  );
  const conversationIds = conversations.map(
    (_, i) => Number(db.prepare(`INSERT INTO conversations(source_id, title, kind) VALUES (?, ?, 'room')`).run(sourceId, `room ${i}`).lastInsertRowid),
  );
  const rows: unknown[][] = [];
  conversations.forEach((c, i) => {
    let slot = 0;
    const own = c.messages.map((m, seq) => {
      if (m.step !== null) slot = Math.max(0, slot + m.step);
      const sentAt = m.step === null ? null : slotTime(slot);
      const local = sentAt === null ? null : new Date(sentAt).toISOString().slice(0, 16);
      const kind = m.notice ? 'system' : m.deleted ? 'deleted' : 'text';
      return [conversationIds[i], seq, kind, m.subtype, `message ${seq}`, sentAt, local, m.deleted ? 1 : 0, m.expiry, m.threadParent, `m${seq}`];
    });
    if (c.shuffled) own.reverse();
    own.forEach((row, k) => rows.splice(Math.min(rows.length, k * (i + 1)), 0, row));
  });
  const insert = db.prepare(
    `INSERT INTO messages(conversation_id, seq, kind, subtype, body, sent_at, sent_at_local, deleted, ttl_seconds, thread_parent, native_id, header_raw, with_seconds, line_start)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', 0, NULL)`,
  );
  for (const row of rows) insert.run(...row);
  return { sourceId, conversationIds };
}

function factsOf(db: Db, conversationId: number, scan: ConversationScan | null): ConversationFacts {
  return {
    conversationId,
    sourceId: 0,
    title: 'room',
    format: 'wickr',
    withMedia: false,
    fromZip: false,
    contentNature: 'content',
    timeBasis: 'instant',
    sourceLabel: 'generated.txt',
    timeZone: 'UTC',
    signals: {},
    messageCount: 0,
    firstAt: null,
    lastAt: null,
    firstLocal: null,
    lastLocal: null,
    special: specialMessages(db, conversationId, scan?.specialSeqs),
    scan,
    matterPeriod: null,
    perAnalysis: new Map(),
  };
}

function newCase(): Db {
  const cf = openCase(join(tempDir(), 'scan.threadline'), { create: true });
  cases.push(cf);
  return cf.writer;
}

describe('the source scan shared by the gap rules', () => {
  it('changes nothing any rule reading it says', () => {
    const db = newCase();
    let scanned = 0;
    let silencesSeen = 0;
    fc.assert(
      fc.property(fc.array(generatedConversation, { minLength: 1, maxLength: 3 }), (conversations) => {
        const { sourceId, conversationIds } = db.transaction(() => store(db, conversations))();
        const scans = scanSource(db, sourceId);
        conversationIds.forEach((id, i) => {
          const scan = scans.get(id) ?? null;
          const outOfOrder = conversations[i]!.shuffled && conversations[i]!.messages.length > 1;
          // Every conversation stored in source order is scanned; one stored otherwise is not.
          expect(scan === null).toBe(outOfOrder || conversations[i]!.messages.length === 0);
          if (scan) scanned++;
          const shared = factsOf(db, id, scan);
          const own = factsOf(db, id, null);
          expect(shared.special).toEqual(own.special);
          for (const rule of [cadence, orderAnomaly, ephemeral, orphans]) expect(rule.run(db, shared)).toEqual(rule.run(db, own));
          silencesSeen += cadence.run(db, shared).findings.length;
        });
      }),
      { numRuns: 80, endOnFailure: true },
    );
    // The generator reaches the cases that matter: scanned conversations and R7 findings.
    expect(scanned).toBeGreaterThan(20);
    expect(silencesSeen).toBeGreaterThan(0);
  });

  it('leaves R7 to its own sorted pass when local times go back, with the same silences', () => {
    const db = newCase();
    // A message in every slot for a week, but none from 10:00 to 15:00 on the fourth day (Thursday),
    // and on the second day one message written out of order (its time 40 minutes back).
    const plain = { notice: false, subtype: null, deleted: false, expiry: null, threadParent: null };
    const messages: Generated[] = [];
    const silent = (slot: number) => slot > 3 * SLOTS_A_DAY + 12 && slot < 3 * SLOTS_A_DAY + 42;
    let previous = 0;
    for (let slot = 1; slot < 7 * SLOTS_A_DAY; slot++) {
      if (silent(slot)) continue;
      messages.push({ ...plain, step: slot - previous });
      previous = slot;
      if (slot === SLOTS_A_DAY + 30) messages.push({ ...plain, step: -4 }, { ...plain, step: 4 });
    }
    const { sourceId, conversationIds } = store(db, [{ messages, shuffled: false }]);
    const scan = scanSource(db, sourceId).get(conversationIds[0]!)!;
    expect(scan.times).toBeNull();
    expect(scan.stepsBack).toBe(1);
    const silences = cadence.run(db, factsOf(db, conversationIds[0]!, scan)).findings;
    expect(silences.map((f) => [f.fromLocal, f.toLocal])).toEqual([['2023-03-09T10:00', '2023-03-09T15:00']]);
  });
});
