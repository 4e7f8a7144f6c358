// tag:, tag:inherited:, tag:none, -tag:, note:, reviewed:, reviewer: and person: return exactly what a
// brute-force scan of every message returns (review-oracle.ts), on a generated case coded at random
// at all three scopes by three reviewers, with exclusive tags overriding inherited ones.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../electron/backend/api';
import { seededRandom } from '../../scripts/seeded-random';
import { reviewOracle } from './review-oracle';
import { BruteForce, generatedCase, loadRows } from './search-oracle';

let dir: string;
let engine: Engine;
let oracle: BruteForce;

const REVIEWERS = ['Pat Lee', 'Sam Ortiz', 'Kim Nguyen'];
const NOTE_WORDS = 'invoice harbour permit receipt call back urgent café zürich follow-up'.split(' ');

async function codeAtRandom(): Promise<void> {
  const random = seededRandom(13);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const db = engine.caseFile.reader;
  const messages = db.prepare('SELECT id FROM messages ORDER BY id').pluck().all() as number[];
  const conversations = (await engine.api.listConversations({})).map((c) => c.id);
  const tags = (await engine.api.listTags({})).tags.map((t) => t.name);
  for (let i = 0; i < 60; i++) {
    const ids = Array.from({ length: 1 + Math.floor(random() * 40) }, () => pick(messages));
    await engine.api.applyTag({ tag: pick(tags), target: { scope: 'message', messageIds: ids }, reviewer: pick(REVIEWERS), remove: random() < 0.1 });
  }
  for (const conversationId of conversations) {
    const days = (await engine.api.conversationProgress({ conversationId })).days;
    for (let i = 0; i < 6; i++) await engine.api.applyTag({ tag: pick(tags), target: { scope: 'day', conversationId, day: pick(days).day }, reviewer: pick(REVIEWERS) });
    await engine.api.setDayStatus({ conversationId, day: pick(days).day, status: 'reviewed', reviewer: pick(REVIEWERS) });
  }
  await engine.api.applyTag({ tag: 'Hot', target: { scope: 'conversation', conversationId: conversations[1]! }, reviewer: 'Kim Nguyen' });
  await engine.api.applyTag({ tag: 'Not responsive', target: { scope: 'conversation', conversationId: conversations[1]! }, reviewer: 'Sam Ortiz' });
  // Every day of one conversation, as one bulk job; one of them taken back.
  const { jobId } = await engine.api.bulkTag({ tag: 'Needs second look', selection: { kind: 'conversationDays', conversationId: conversations[2]! }, reviewer: 'Sam Ortiz' });
  await engine.idle();
  expect((await engine.api.reviewJob({ jobId })).state).toBe('done');
  const [firstDay] = (await engine.api.conversationProgress({ conversationId: conversations[2]! })).days;
  await engine.api.applyTag({ tag: 'Needs second look', target: { scope: 'day', conversationId: conversations[2]!, day: firstDay!.day }, remove: true, reviewer: 'Sam Ortiz' });
  for (let i = 0; i < 40; i++) {
    const text = Array.from({ length: 2 + Math.floor(random() * 5) }, () => pick(NOTE_WORDS)).join(' ');
    const note = await engine.api.addNote({ target: { scope: 'message', messageId: pick(messages) }, text, reviewer: pick(REVIEWERS) });
    if (random() < 0.2) await engine.api.editNote({ noteId: note.id, text: `${text} ${pick(NOTE_WORDS)}`, reviewer: pick(REVIEWERS) });
  }
  // Notes on days, conversations and findings reach their messages; a removed one reaches nothing.
  for (const conversationId of conversations) {
    const days = (await engine.api.conversationProgress({ conversationId })).days;
    await engine.api.addNote({ target: { scope: 'day', conversationId, day: pick(days).day }, text: `${pick(NOTE_WORDS)} ledger`, reviewer: pick(REVIEWERS) });
  }
  await engine.api.addNote({ target: { scope: 'conversation', conversationId: conversations[0]! }, text: 'whole chat about the quarry', reviewer: 'Pat Lee' });
  const gone = await engine.api.addNote({ target: { scope: 'conversation', conversationId: conversations[1]! }, text: 'quarry', reviewer: 'Pat Lee' });
  await engine.api.removeNote({ noteId: gone.id, reviewer: 'Pat Lee' });
  const { findings } = await engine.api.listFindings({});
  for (const finding of findings.slice(0, 3)) {
    await engine.api.addNote({ target: { scope: 'finding', findingId: finding.id }, text: 'silence explained by the ledger', reviewer: 'Kim Nguyen' });
  }
  // The same name in two chats is two persons until a reviewer merges them.
  const [suggestion] = await engine.api.personSuggestions({});
  if (suggestion) await engine.api.mergePersons({ personIds: suggestion.personIds, reviewer: 'Pat Lee' });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'threadline-review-'));
  engine = await generatedCase(dir);
  await codeAtRandom();
  oracle = new BruteForce(loadRows(engine), [], reviewOracle(engine));
}, 120_000);

afterAll(async () => {
  await engine.close();
  rmSync(dir, { recursive: true, force: true });
});

async function engineIds(q: string): Promise<number[]> {
  const ids: number[] = [];
  let after;
  for (;;) {
    const page = await engine.api.search({ q, limit: 500, ...(after ? { after } : {}) });
    ids.push(...page.hits.map((h) => h.messageId));
    if (page.next === null) return ids.sort((a, b) => a - b);
    after = page.next;
  }
}

const QUERIES = [
  'tag:Responsive',
  'tag:responsive',
  'tag:"Not responsive"',
  'tag:"Partly responsive"',
  'tag:Hot',
  'tag:Privileged',
  'tag:"Needs second look"',
  'tag:inherited:Responsive',
  'tag:inherited:"Not responsive"',
  'tag:inherited:Hot',
  'tag:none',
  'NOT tag:none',
  '-tag:Privileged',
  '-tag:"Not responsive" tag:Hot',
  'tag:Responsive OR tag:Privileged',
  'permit tag:Responsive',
  'tag:Hot NOT fee',
  'note:invoice',
  'note:"call back"',
  'note:rec*',
  'note:cafe',
  'note:follow',
  'NOT note:urgent',
  'note:ledger',
  'note:quarry',
  'note:silence',
  'note:ledger from:Ana',
  'note:permit OR permit',
  'reviewed:yes',
  'reviewed:no',
  'reviewed:yes tag:none',
  'reviewer:"Pat Lee"',
  'reviewer:"sam ortiz"',
  'NOT reviewer:"Kim Nguyen"',
  'person:"Ana Ruiz"',
  'person:ana',
  'person:"+44 7700 900123"',
  'person:447700900123',
  'NOT person:Dana',
  'person:Dana OR tag:Hot',
  'person:#1',
  'person:#2 reviewed:no',
];

describe('review fields against the brute force', () => {
  it.each(QUERIES)('%s', async (q) => {
    const expected = oracle.ids(q);
    expect(await engineIds(q)).toEqual(expected);
  });

  it('the coding exercised what the fields tell apart', () => {
    for (const q of ['tag:inherited:Responsive', 'tag:none', 'NOT tag:none', 'note:invoice', 'note:quarry', 'note:silence', 'reviewed:yes', 'reviewer:"Pat Lee"', 'person:"Ana Ruiz"']) {
      expect(oracle.ids(q).length, q).toBeGreaterThan(0);
    }
    // Some inherited tags are overridden: carrying it by inheritance is not the same as being in its days.
    const dayOrConversation = engine.caseFile.reader.prepare('SELECT count(*) FROM day_tags').pluck().get() as number;
    expect(dayOrConversation).toBeGreaterThan(0);
  });
});
