// `npm run bench`: the budgets of docs/design.md#budgets, measured and printed (never asserted in unit tests).
// Generates a 1,000,000-message WhatsApp export (~95 MB), times the popular whatsapp-chat-parser
// parsing it, imports it with the real `threadline` command (parse, store, index) in a child process
// to read its peak memory, then times the WhatsApp parser alone, search, thread paging, conversation-days
// and the timeline, bulk tagging, a production of the busiest month, the screen in Chromium
// (bench-screen.ts) and how import grows with the case (bench-growth.ts).
// Options: BENCH_MESSAGES=200000 for a quicker run; BENCH_COPIES for the size of the linked copies;
// BENCH_DIR to keep the files somewhere else; BENCH_GROWTH=0 to leave the growth imports out.
// After it, `npm run bench` runs bench-formats.ts (Wickr, RSMF, forensic CSV of the same size;
// BENCH_FORMATS=none leaves them out).
import { mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseString } from 'whatsapp-chat-parser';
import { createEngine } from '../electron/backend/api';
import { Searcher } from '../electron/backend/search/searcher';
import { conversationDays } from '../electron/backend/timeline/days';
import { locateTime } from '../electron/backend/timeline/locate';
import { timeline } from '../electron/backend/timeline/volume';
import { benchCopies } from './bench-copies';
import { benchGrowth, timedImport } from './bench-growth';
import { benchScreen } from './bench-screen';
import { seededRandom } from './seeded-random';
import { generateWhatsAppExport, vocabulary } from './whatsapp-export';
import { fileSource } from '../electron/backend/files/read';
import { emptyParseResult, parseWhatsApp, scanWhatsApp } from '../electron/backend/importers/whatsapp/parse';

const messages = Number(process.env.BENCH_MESSAGES ?? 1_000_000);
const dir = process.env.BENCH_DIR ?? join(tmpdir(), 'threadline-bench');
mkdirSync(dir, { recursive: true });
const chatPath = join(dir, `whatsapp-${messages}.txt`);
const casePath = join(dir, `case-${messages}.threadline`);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function fmt(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`;
}

const rows: [string, string, string][] = [];
const row = (what: string, value: string, budget = '') => {
  rows.push([what, value, budget]);
  console.log(`  ${what}: ${value}${budget ? `   (budget: ${budget})` : ''}`);
};

console.log(`Threadline benchmark — ${messages.toLocaleString('en')} messages, Node ${process.version}`);
let started = performance.now();
await generateWhatsAppExport(chatPath, messages);
const size = statSync(chatPath).size;
row('generated export', `${(size / 1e6).toFixed(1)} MB (${fmt(performance.now() - started)})`);

started = performance.now();
const parsed = parseString(readFileSync(chatPath, 'utf8'));
const theirParse = performance.now() - started;
row('whatsapp-chat-parser 4.0.2, parse only', `${fmt(theirParse)} (${parsed.length.toLocaleString('en')} messages)`);

const whole = timedImport([chatPath], casePath);
const [ours, peak, imported] = [whole.ms, whole.peakBytes, whole.messages];
row(
  'threadline import end to end (parse, store, index)',
  `${fmt(ours)} (${imported.toLocaleString('en')} messages, ${Math.round(imported / (ours / 1000)).toLocaleString('en')} msg/s) — ${(ours / theirParse).toFixed(1)}× whatsapp-chat-parser's parse-only time`,
  'faster than whatsapp-chat-parser parse only',
);
row('threadline import peak resident memory', `${(peak / 2 ** 20).toFixed(0)} MB`, '≤ 300 MB');

started = performance.now();
const scan = await scanWhatsApp(fileSource(chatPath), () => false);
const result = emptyParseResult();
let count = 0;
for await (const batch of parseWhatsApp(fileSource(chatPath), scan, {
  fileLabel: 'bench',
  conversationKey: 'c',
  dateOrder: scan.evidence.decide(),
  isCancelled: () => false,
  progress: () => undefined,
}, result)) count += batch.length;
const parseOnly = performance.now() - started;
row('WhatsApp parser alone (both passes, no database)', `${fmt(parseOnly)} — ${(size / 1e6 / (parseOnly / 1000)).toFixed(1)} MB/s, ${Math.round(count / (parseOnly / 1000)).toLocaleString('en')} msg/s`);

const engine = createEngine(casePath, { create: false });
const time = async (fn: () => unknown, n = 21) => {
  const xs: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn();
    xs.push(performance.now() - t0);
  }
  return median(xs);
};

// Search (docs/design.md#budgets: first page of 50 with snippets under 50 ms, the total under 100 ms, at the
// median). "first page" is the whole search call: the page with snippets and the exact total, as
// the reviewer gets it; "total" is the exact count alone. Queries run warm (21 runs each); the
// vocabulary that ~fuzzy terms read is loaded once per state of the case, timed on its own.
const searcher = new Searcher(engine.caseFile.reader);
const rareTerm = (() => {
  // The generated word the fewest messages hold (at least one): the rarest term that exists.
  const words = new Set(vocabulary(seededRandom(42)));
  engine.caseFile.reader.prepare("CREATE VIRTUAL TABLE IF NOT EXISTS temp.bench_vocabulary USING fts5vocab(main, messages_fts, 'row')").run();
  const rows = engine.caseFile.reader.prepare('SELECT term, doc FROM temp.bench_vocabulary ORDER BY doc, term').all() as { term: string; doc: number }[];
  return rows.find((r) => words.has(r.term))!.term;
})();
const vocabularyStarted = performance.now();
await searcher.search('~meetnig', { limit: 1 });
row('search: reading the index vocabulary for ~fuzzy terms (once per state of the case)', fmt(performance.now() - vocabularyStarted));
const searches: [string, string][] = [
  ['common term', 'the'],
  ['rare term', rareTerm],
  ['phrase', '"the meeting"'],
  ['proximity', 'meeting w/5 permit'],
  ['fuzzy', '~meetnig'],
  ['filtered', 'permit from:"Dana Whitfield" after:2019-12-31 before:2021-01-01'],
  ['prefix of many words', 'the*'],
  ['common term, one author', 'the from:"Dana Whitfield"'],
  ['common term, all but one author', 'the NOT from:"Dana Whitfield"'],
  ['one author alone', 'from:"Dana Whitfield"'],
];
const searchRows: string[] = [];
for (const [label, q] of searches) {
  const page = await searcher.search(q, { limit: 50 });
  const pageMs = await time(() => searcher.search(q, { limit: 50 }));
  const totalMs = await time(() => searcher.core.count(searcher.core.prepare(q)));
  const used = page.expansions.length ? ` → ${page.expansions.flatMap((e) => e.used).join(', ')}` : '';
  const precise = (ms: number) => `${ms.toFixed(ms < 1 ? 2 : 1)} ms`;
  searchRows.push(`| ${label} | \`${q}\`${used} | ${page.total.toLocaleString('en')} | ${precise(pageMs)} | ${precise(totalMs)} |`);
  row(`search ${label} ${q}: first page of 50 with snippets and exact total / total alone`, `${fmt(pageMs)} / ${fmt(totalMs)} median (${page.total.toLocaleString('en')} hits)`, '< 50 ms page, < 100 ms total');
}
// A word's ranking is kept for its next pages, so each run asks a new searcher, which (like the
// engine after the reviewer's first search) has read the messages' lengths in the background.
for (const q of ['the', 'meeting', 'the after:2020-01-01 before:2020-07-01']) {
  const firstPages: number[] = [];
  for (let i = 0; i < 7; i++) {
    const fresh = new Searcher(engine.caseFile.reader);
    await fresh.search(q, { limit: 50 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const t0 = performance.now();
    const ranked = await fresh.search(q, { limit: 50, sort: 'relevance' });
    firstPages.push(performance.now() - t0);
    const next = ranked.next;
    if (i === 0 && next) row(`search ${q}, sorted by relevance: next page (keyset)`, `${fmt(await time(() => fresh.search(q, { limit: 50, sort: 'relevance', after: next })))} median`);
  }
  row(`search ${q}, sorted by relevance: first page of 50, the word ranked afresh`, `${fmt(median(firstPages))} median`);
}
const secondPage = (await searcher.search('the', { limit: 50 })).next!;
row('search the: second page (keyset)', `${fmt(await time(() => searcher.search('the', { limit: 50, after: secondPage })))} median`);
for (const q of ['the', 'meeting']) {
  row(`search facets (conversation, author, custodian, day) for ${q}`, `${fmt(await time(() => searcher.facets(q), 7))} median`);
}
const [conv] = await engine.api.listConversations({});
const random = seededRandom(7);
const anywhere = () => Math.floor(random() * (conv!.messageCount - 200));
row('search hits marked on a thread page of 200 (meeting)', `${fmt(await time(() => {
  const from = anywhere();
  return searcher.threadHits('meeting', conv!.id, from, from + 200);
}))} median`);
row(`search next hit in the thread (${rareTerm}, from anywhere)`, `${fmt(await time(() => searcher.adjacentThreadHit(rareTerm, conv!.id, anywhere(), 'next')))} median`);
// The report's budget is for six searches: the first six (the later ones are there for their first pages).
const reported = searches.slice(0, 6).map(([, q]) => q);
row('search-term report of 6 searches (common term included)', `${fmt(await time(() => searcher.termReport(reported), 3))} median`);
row(`search-term report of all ${searches.length} searches above`, `${fmt(await time(() => searcher.termReport(searches.map(([, q]) => q)), 3))} median`);
const pageMs = await time(() => engine.api.threadPage({ conversationId: conv!.id, fromSeq: anywhere(), limit: 200 }), 51);
row('thread page of 200 at a random position', `${fmt(pageMs)} median`, 'part of < 200 ms to open / jump');

// Conversation-days and the timeline, counted in a zone with daylight saving (the export is in UTC):
// the reviewer's display zone, which recounts the day summary once.
const zone = 'Europe/London';
const zoneStarted = performance.now();
await engine.api.setDisplayTimeZone({ timeZone: zone });
row(`display zone set to ${zone} (conversation-days summary recounted)`, fmt(performance.now() - zoneStarted));
const reader = engine.caseFile.reader;
const days = conversationDays(reader, conv!.id, zone);
row(`conversation-days of the ${conv!.messageCount.toLocaleString('en')}-message conversation (${days.days.length.toLocaleString('en')} days, ${zone})`, `${fmt(await time(() => conversationDays(reader, conv!.id, zone), 7))} median`);
for (const split of ['none', 'author'] as const) {
  row(`timeline of the case per day, split ${split}`, `${fmt(await time(() => timeline(reader, { bucket: 'day', split }, zone), 7))} median`);
}
// Fourteen days in the middle of the export, whatever its length.
const mid = Math.max(0, Math.floor(days.days.length / 2) - 7);
const fortnight = { from: days.days[mid]!.start, to: days.days[Math.min(mid + 14, days.days.length - 1)]!.start };
row('timeline of the case per hour over 14 days, by author', `${fmt(await time(() => timeline(reader, { ...fortnight, bucket: 'hour', split: 'author' }, zone)))} median`);
const anyDay = () => days.days[Math.floor(random() * days.days.length)]!;
row('first message of a day (a click on a day or a bucket)', `${fmt(await time(() => {
  const day = anyDay();
  return locateTime(reader, { conversationId: conv!.id, from: day.start, to: day.end });
}))} median`);

// Bulk coding: every hit of a common term tagged as one job (one transaction, one audit entry), then
// undone as one action.
const bulkStarted = performance.now();
const { jobId } = await engine.api.bulkTag({ tag: 'Responsive', selection: { kind: 'query', query: 'the' }, reviewer: 'bench' });
await engine.idle();
const bulk = await engine.api.reviewJob({ jobId });
row(`bulk tag every hit of "the" (${(bulk.result?.tagged ?? 0).toLocaleString('en')} messages) as one job, ${bulk.state}`, fmt(performance.now() - bulkStarted), 'seconds, with progress and cancel');
row('search tag:Responsive after it: first page of 50 and exact total', `${fmt(await time(() => searcher.search('tag:Responsive', { limit: 50 }), 7))} median`);
const undoStarted = performance.now();
await engine.api.undoReview({ reviewer: 'bench' });
row('undo of that bulk tag, as one action', fmt(performance.now() - undoStarted));

// A production of the busiest calendar month (in the display zone), every format, PDF included
// (BENCH_PRODUCE_FORMATS=html,rsmf,dat,text to leave the PDF out).
const months = new Map<string, number>();
for (const d of days.days) months.set(d.day.slice(0, 7), (months.get(d.day.slice(0, 7)) ?? 0) + d.messages);
const [busiest, busiestCount] = [...months].reduce((a, b) => (b[1] > a[1] ? b : a));
const [year, month] = busiest.split('-').map(Number) as [number, number];
const dayBefore = new Date(Date.UTC(year, month - 1, 0)).toISOString().slice(0, 10);
const dayAfter = new Date(Date.UTC(year, month, 1)).toISOString().slice(0, 10);
const formats = (process.env.BENCH_PRODUCE_FORMATS ?? 'pdf,html,rsmf,dat,text').split(',') as ('pdf' | 'html' | 'rsmf' | 'dat' | 'text')[];
const productionDir = join(dir, 'production');
rmSync(productionDir, { recursive: true, force: true });
const produceStarted = performance.now();
const production = await engine.api.produce({ query: `after:${dayBefore} before:${dayAfter}`, batesPrefix: 'BENCH-', formats, outDir: productionDir, reviewer: 'bench' });
await engine.idle();
const produced = await engine.api.productionJob({ jobId: production.jobId });
row(`production of the busiest month, ${busiest} (${busiestCount.toLocaleString('en')} messages; ${formats.join(', ')}), ${produced.state}`, fmt(performance.now() - produceStarted), 'with progress and cancel');
// What the screen is asked to show: dates across the conversation (with the message each opens at) and a search's hits.
const screenDates = await Promise.all(
  Array.from({ length: 7 }, (_, i) => days.days[Math.floor(((i + 0.5) * days.days.length) / 7)]!.day).map(async (day) => ({
    day,
    seq: (await engine.api.locateDate({ conversationId: conv!.id, date: day })).seq!,
  })),
);
await engine.close();

await benchScreen(casePath, conv!.title, { dates: screenDates, query: 'harbour' }, row, fmt);

// Two custodians' copies of one conversation: a tenth of the export's size each (BENCH_COPIES to change).
await benchCopies(dir, Number(process.env.BENCH_COPIES ?? Math.min(100_000, messages / 10)), row, time, fmt);

if (process.env.BENCH_GROWTH !== '0') await benchGrowth(dir, whole, row, fmt);

console.log('\n| search | query | hits | first page (median) | total (median) |\n|---|---|---|---|---|');
for (const line of searchRows) console.log(line);
console.log('\n| measure | result | budget |\n|---|---|---|');
for (const [a, b, c] of rows) console.log(`| ${a} | ${b} | ${c} |`);
