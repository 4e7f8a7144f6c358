// `threadline search`: the query language over the case (docs/search-language.md), a saved search run
// again by name, or a search-term report with one search per line of a file.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SEARCH_SORTS, SNIPPET_CLOSE, SNIPPET_OPEN, type SearchFacets, type SearchPage } from '../../../shared/api';
import type { Engine } from '../../backend/api';
import { withCase } from '../case';
import { UsageError } from '../errors';
import { out } from '../io';
import { CASE_OPTION, CONVERSATION_OPTION, type Command, type OptionTable, type Parsed } from '../options';

/** What one page of hits and one term report may hold, as the engine's validators allow. */
const LIMIT_MAX = 500;
const REPORT_TERMS_MAX = 500;

const options = {
  case: CASE_OPTION,
  limit: { value: 'n', kind: 'count', default: '50', help: `How many hits to print (at most ${LIMIT_MAX}).` },
  json: { help: 'Print one JSON object: total, tookMs, sort, expansions, hits (and facets).' },
  sort: { value: 'order', choices: SEARCH_SORTS, default: 'time', help: 'Oldest first, or most relevant first.' },
  conversation: CONVERSATION_OPTION,
  facets: { help: 'Also count the hits per conversation, author, custodian and day.' },
  save: { value: 'name', help: 'Save the search in the case under this name.' },
  saved: { value: 'name', help: 'Run the search saved under this name instead of a query.' },
  report: { value: 'terms-file', help: 'A search-term report: one search per line of the file (# starts a comment).' },
  csv: { help: 'With --report: print the report as CSV.' },
} as const satisfies OptionTable;

type Args = Parsed<typeof options>;

export const searchCommand: Command<typeof options> = {
  name: 'search',
  summary: 'search the messages with the query language',
  operands: '<query>',
  options,
  notes: [
    'A search is words, "phrases", AND OR NOT and ( ), a w/N b, deli*, ~fuzzy, /regex/ and the fields from: in: source: custodian: app: kind: has:attachment has:gap after: before: on:, and for review tag:Name tag:inherited:Name tag:none -tag:Name note:word reviewed:yes|no reviewer:name person:name|#id (docs/search-language.md).',
  ],
  example: 'threadline search \'permit w/3 fee NOT from:"Ben Okafor"\' --case matter.threadline --sort relevance --json',
  async run(args) {
    const o = args.options;
    if (o.report !== undefined) return termReport(args, o.report);
    if (o.csv) throw new UsageError('--csv goes with --report <terms-file>.');
    if (o.saved !== undefined && args.operands.length > 0) throw new UsageError('Give either a query or --saved <name>, not both.');
    if (o.limit > LIMIT_MAX) throw new UsageError(`--limit may be at most ${LIMIT_MAX}.`);
    return withCase(o.case, async (engine) => {
      const q = await queryOf(engine, args);
      if (o.save !== undefined) {
        const saved = await engine.api.saveSearch({ name: o.save, query: q });
        process.stderr.write(`Saved as '${saved.name}'.\n`);
      }
      const page = await engine.api.search({ q, limit: o.limit, sort: o.sort, conversationId: o.conversation });
      const facets = o.facets ? await engine.api.searchFacets({ q, conversationId: o.conversation }) : null;
      if (o.json) out(JSON.stringify(pageJson(page, facets)));
      else printPage(page, facets);
      return 0;
    });
  },
};

async function queryOf(engine: Engine, { options: o, operands }: Args): Promise<string> {
  if (o.saved === undefined) {
    const q = operands.join(' ');
    if (!q.trim()) throw new UsageError('threadline search needs a query.');
    return q;
  }
  const saved = (await engine.api.listSavedSearches({})).find((s) => s.name === o.saved);
  if (!saved) throw new UsageError(`There is no saved search named '${o.saved}' in ${o.case}.`);
  return saved.query;
}

const marked = (snippet: string, open: string, close: string) => snippet.split(SNIPPET_OPEN).join(open).split(SNIPPET_CLOSE).join(close);

/** The documented `search --json` shape, extended only additively. */
function pageJson(page: SearchPage, facets: SearchFacets | null): unknown {
  return {
    total: page.total,
    tookMs: page.tookMs,
    sort: page.sort,
    expansions: page.expansions.map(({ term, kind, used, omitted }) => ({ term, kind, used, omitted })),
    hits: page.hits.map((h) => ({
      messageId: h.messageId,
      conversationId: h.conversationId,
      conversation: h.conversationTitle,
      seq: h.seq,
      sentAt: h.sentAt === null ? null : new Date(h.sentAt).toISOString(),
      sentAtLocal: h.sentAtLocal,
      author: h.author,
      kind: h.kind,
      snippet: marked(h.snippet, '«', '»'),
    })),
    ...(facets ? { facets } : {}),
  };
}

function printPage(page: SearchPage, facets: SearchFacets | null): void {
  const [open, close] = process.stdout.isTTY ? ['\x1b[1m', '\x1b[0m'] : ['«', '»'];
  for (const e of page.expansions) {
    out(`${e.term} searched as: ${e.used.length ? e.used.join(', ') : '(no similar words in the case)'}${e.omitted ? ` and ${e.omitted} more not used` : ''}`);
  }
  out(`${page.total} messages match (${page.tookMs} ms, by ${page.sort})${page.total > page.hits.length ? `; the first ${page.hits.length}:` : ''}`);
  for (const h of page.hits) out(`  #${h.messageId} ${h.conversationTitle} ${h.sentAtLocal ?? '(no time)'} ${h.author ?? '(system)'}: ${marked(h.snippet, open, close)}`);
  if (!facets) return;
  const groups = [['conversations', facets.conversations], ['authors', facets.authors], ['custodians', facets.custodians], [`days (${facets.timeZone})`, facets.days]] as const;
  for (const [name, buckets] of groups) out(`${name}: ${buckets.map((b) => `${b.label} ${b.count}`).join('; ')}`);
}

/** One search per line of the terms file; blank lines and lines starting with # are skipped. */
async function termReport({ options: o, operands }: Args, termsFile: string): Promise<number> {
  if (operands.length > 0) throw new UsageError('threadline search --report takes its searches from the terms file, not a query.');
  if (!existsSync(termsFile)) throw new UsageError(`${resolve(termsFile)} does not exist.`);
  const lines = readFileSync(termsFile, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
  const terms = lines.map((text, i) => ({ text: text.trim(), line: i + 1 })).filter((t) => t.text !== '' && !t.text.startsWith('#'));
  if (terms.length === 0) throw new UsageError(`${resolve(termsFile)} has no searches (one per line).`);
  if (terms.length > REPORT_TERMS_MAX) throw new UsageError(`${resolve(termsFile)} has ${terms.length} searches; a report takes at most ${REPORT_TERMS_MAX}.`);
  return withCase(o.case, async (engine) => {
    const report = await engine.api.searchTermReport({ terms: terms.map((t) => t.text) });
    const failed = report.rows.findIndex((r) => r.error !== null);
    if (failed >= 0) throw new UsageError(`${resolve(termsFile)}, line ${terms[failed]!.line}: ${report.rows[failed]!.error}`);
    if (o.csv) process.stdout.write(report.csv);
    else if (o.json) out(JSON.stringify({ timeZone: report.timeZone, tookMs: report.tookMs, custodians: report.custodians, rows: report.rows }));
    else {
      out(`Search-term report (${report.rows.length} searches, conversation-days in ${report.timeZone}, ${report.tookMs} ms)`);
      for (const r of report.rows) {
        const perCustodian = report.custodians.map((c, i) => `${c ?? 'no custodian'} ${r.perCustodian[i]}`).join(', ');
        out(`  ${r.term}: ${r.hits} hits, ${r.messages} messages, ${r.conversations} conversations, ${r.conversationDays} conversation-days (${perCustodian})`);
      }
    }
    return 0;
  });
}
