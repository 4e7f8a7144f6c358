// `threadline`: the command line over the same engine as the desktop app (design.md §8). Its commands,
// options and JSON shapes are a stable interface: change them only additively.
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ApiError, SEARCH_SORTS, SNIPPET_CLOSE, SNIPPET_OPEN, type ApiEvent, type SearchSort } from '../shared/api';
import { DATE_ORDERS, type DateOrder, type ImportSummary, type Person } from '../shared/model';
import { TIMELINE_BUCKET_CHOICES, TIMELINE_SPLITS, type TimelineBucketChoice, type TimelineSplit } from '../shared/timeline';
import { CancelledImport, createEngine, type Engine } from './backend/api';
import { verifySources } from './backend/audit/verify-sources';
import { CaseOpenError } from './backend/case/open';
import { listConversations, listSources } from './backend/case/queries';
import { completenessFile } from './backend/exports/completeness';
import { EXPORT_FORMATS, exportToFile, writeExport, type ExportFormat } from './backend/exports/messages';
import { BadInputError } from './backend/importers/types';
import { AUTOMATIC } from './backend/people/persons';
import { canonicalTimeZone } from './backend/time/zone';
import { conversationDays } from './backend/timeline/days';
import { displayTimeZone } from './backend/case/display-zone';
import { parseIsoDate } from './backend/search/query/fields';
import { dateRangeIn, daysJson, daysText, timelineJson, timelineText } from './backend/timeline/report';
import { timeline } from './backend/timeline/volume';
import { serve } from './serve';

const USAGE = `threadline — review chat archives as evidence

  threadline import <path>... --case <file> [--custodian <name>] [--tz <IANA zone>]
                   [--date-order DMY|MDY|YMD] [--json]
  threadline export --case <file> --format jsonl|csv [--conversation <id>] [--day <date>] [--out <path>]
  threadline search <query> --case <file> [--limit <n>] [--json] [--sort time|relevance]
                   [--conversation <id>] [--facets] [--save <name>]
  threadline search --saved <name> --case <file> [same options]
  threadline search --report <terms-file> --case <file> [--json | --csv]
                                           search-term report, one search per line
  threadline gaps --case <file> [--conversation <id>] [--json]
                  [--report html|csv [--out <path>]]   completeness report
  threadline info --case <file> [--json]
  threadline days --case <file> --conversation <id> [--tz <IANA zone>] [--json]
                                           conversation-days: messages by kind, gap findings
  threadline timeline --case <file> [--conversation <id>] [--bucket auto|day|hour]
                  [--by none|conversation|author|person] [--from <date>] [--to <date>]
                  [--tz <IANA zone>] [--json]  messages per day or hour, findings per bucket
  threadline people --case <file> [--json]  persons, their participants and why, suggestions
  threadline account <source-id> --case <file> --official|--personal|--none [--holder <name>]
                                           mark whose account a source is (records lens)
  threadline records --case <file> [--json]
                                           personal accounts' messages copied to an official one
                                           within 20 days (44 U.S.C. 2911)
  threadline verify --case <file>          exit 1 when any source changed or is missing
  threadline serve [--case <file>] [--port <n>] [--allow <folder>]...
                                           browser mode on 127.0.0.1

A <path> may be a file or a folder; the format is found from the content. --case creates the
case file when it does not exist (import and serve only).

A search is words, "phrases", AND OR NOT and ( ), a w/N b, deli*, ~fuzzy, /regex/ and the fields
from: in: source: custodian: app: kind: has:attachment has:gap after: before: on: (docs/search-language.md).

days and timeline count calendar days and clock hours in the case's display zone (set in the app's
header), or in --tz for one listing; --from and --to are dates in that zone (docs/timeline.md).`;

/** An error the user caused or can fix: printed as one sentence, exit status 1. */
class UsageError extends Error {}

interface Parsed {
  positional: string[];
  options: Map<string, string[]>;
  flags: Set<string>;
}

const VALUE_OPTIONS = new Set(['case', 'custodian', 'tz', 'date-order', 'format', 'conversation', 'out', 'limit', 'port', 'allow', 'report', 'sort', 'saved', 'save', 'holder', 'day', 'bucket', 'by', 'from', 'to']);
const FLAG_OPTIONS = new Set(['json', 'help', 'csv', 'facets', 'official', 'personal', 'none']);

function parseArgs(args: string[]): Parsed {
  const parsed: Parsed = { positional: [], options: new Map(), flags: new Set() };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') {
      parsed.positional.push(...args.slice(i + 1));
      break;
    }
    if (a === '-h') {
      parsed.flags.add('help');
      continue;
    }
    if (!a.startsWith('--')) {
      parsed.positional.push(a);
      continue;
    }
    const [name, inline] = a.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (FLAG_OPTIONS.has(name)) parsed.flags.add(name);
    else if (VALUE_OPTIONS.has(name)) {
      const value = inline ?? args[++i];
      if (value === undefined) throw new UsageError(`--${name} needs a value.`);
      parsed.options.set(name, [...(parsed.options.get(name) ?? []), value]);
    } else throw new UsageError(`Unknown option --${name}; see 'threadline --help'.`);
  }
  return parsed;
}

function one(p: Parsed, name: string): string | undefined {
  const values = p.options.get(name);
  if (values && values.length > 1) throw new UsageError(`--${name} may be given only once.`);
  return values?.[0];
}

function required(p: Parsed, name: string, command: string): string {
  const v = one(p, name);
  if (v === undefined) throw new UsageError(`threadline ${command} needs --${name} <${name === 'case' ? 'file' : 'value'}>.`);
  return v;
}

function positiveInt(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`--${name} must be a positive whole number, not '${value}'.`);
  return Number(value);
}

function openExisting(casePath: string): Engine {
  if (!existsSync(casePath)) throw new UsageError(`${resolve(casePath)} does not exist; create a case with 'threadline import <path> --case ${casePath}'.`);
  return createEngine(casePath, { create: false });
}

function out(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : text + '\n');
}

function progressPrinter(json: boolean): (e: ApiEvent) => void {
  const tty = process.stderr.isTTY;
  let lastPhase = '';
  return (e) => {
    if (e.type !== 'job.progress') return;
    if (tty) {
      const pct = e.total > 0 ? ` ${Math.floor((100 * e.done) / e.total)}%` : '';
      process.stderr.write(`\r\x1b[2K${e.phase}${pct}`);
    } else if (e.phase !== lastPhase && !json) {
      process.stderr.write(`${e.phase}\n`);
    }
    lastPhase = e.phase;
  };
}

async function runImport(p: Parsed): Promise<number> {
  const casePath = required(p, 'case', 'import');
  if (p.positional.length === 0) throw new UsageError('threadline import needs at least one file or folder to import.');
  const dateOrder = one(p, 'date-order');
  if (dateOrder !== undefined && !(DATE_ORDERS as readonly string[]).includes(dateOrder)) {
    throw new UsageError(`--date-order must be one of ${DATE_ORDERS.join(', ')}, not '${dateOrder}'.`);
  }
  const existed = existsSync(casePath);
  const engine = createEngine(casePath, { create: true });
  const json = p.flags.has('json');
  const { jobId, done } = engine.runImport(
    {
      paths: p.positional.map((x) => resolve(x)),
      custodian: one(p, 'custodian'),
      timeZone: one(p, 'tz'),
      dateOrder: dateOrder as DateOrder | undefined,
    },
    progressPrinter(json),
  );
  const onInterrupt = () => void engine.api.cancelJob({ jobId });
  process.once('SIGINT', onInterrupt);
  let summary: ImportSummary;
  try {
    summary = await done;
  } catch (e) {
    await engine.close();
    if (!existed) removeCaseFiles(casePath);
    throw e;
  } finally {
    process.off('SIGINT', onInterrupt);
    if (process.stderr.isTTY) process.stderr.write('\r\x1b[2K');
  }
  await engine.close();
  if (json) {
    out(JSON.stringify({ sources: summary.sources }));
    return 0;
  }
  for (const s of summary.sources) {
    if (s.alreadyImported) {
      out(`${s.path}: already in the case as source ${s.id} (same SHA-256); nothing added.`);
      continue;
    }
    out(`${s.path}: ${s.format}, ${s.messages} messages in ${s.conversations} conversation${s.conversations === 1 ? '' : 's'} (source ${s.id}, sha256 ${s.sha256})`);
    out(`  read as: ${s.formatDetail}`);
    const order = s.dateOrder;
    out(`  date order ${order.value ?? 'unknown'}${order.ambiguous ? ' (AMBIGUOUS)' : ''}: ${order.evidence}`);
    for (const w of s.warnings.slice(0, 10)) out(`  warning: ${w.message}`);
    if (s.warnings.length > 10) out(`  … ${s.warnings.length - 10} more warnings ('threadline info --case ${casePath} --json' lists them)`);
  }
  return 0;
}

function removeCaseFiles(casePath: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(casePath + suffix, { force: true });
}

async function runExport(p: Parsed): Promise<number> {
  const casePath = required(p, 'case', 'export');
  const format = required(p, 'format', 'export');
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    const later = ['html', 'rsmf'].includes(format) ? ` (${format} export is not in this version yet)` : '';
    throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}, not '${format}'${later}.`);
  }
  const conversation = positiveInt(one(p, 'conversation'), 'conversation');
  const day = one(p, 'day');
  if (day !== undefined && parseIsoDate(day) === null) throw new UsageError(`--day must be a date written YYYY-MM-DD, not '${day}'.`);
  const target = one(p, 'out');
  const engine = openExisting(casePath);
  try {
    if (conversation !== undefined && !listConversations(engine.caseFile.reader).some((c) => c.id === conversation)) {
      throw new UsageError(`There is no conversation ${conversation} in ${casePath}; 'threadline info --case ${casePath}' lists them.`);
    }
    // A conversation-day is a day of the display zone, as the app's day list and timeline count it.
    const zone = displayTimeZone(engine.caseFile.reader);
    const scope = { ...(conversation === undefined ? {} : { conversationId: conversation }), ...(day === undefined ? {} : dateRangeIn(zone, day, day)) };
    const what = day === undefined ? '' : ` of ${day} (${zone})`;
    if (target) {
      if (existsSync(target)) throw new UsageError(`${resolve(target)} already exists; choose another --out path.`);
      const n = await exportToFile(engine.caseFile.reader, format as ExportFormat, target, scope);
      process.stderr.write(`${n} messages${what} written to ${resolve(target)}\n`);
    } else {
      await writeExport(engine.caseFile.reader, format as ExportFormat, process.stdout, scope);
    }
  } finally {
    await engine.close();
  }
  return 0;
}

async function runSearch(p: Parsed): Promise<number> {
  const casePath = required(p, 'case', 'search');
  const terms = one(p, 'report');
  if (terms !== undefined) return runTermReport(p, casePath, terms);
  if (p.flags.has('csv')) throw new UsageError('--csv goes with --report <terms-file>.');
  const savedName = one(p, 'saved');
  if (savedName !== undefined && p.positional.length > 0) throw new UsageError('Give either a query or --saved <name>, not both.');
  const limit = positiveInt(one(p, 'limit'), 'limit') ?? 50;
  if (limit > 500) throw new UsageError('--limit may be at most 500.');
  const sort = one(p, 'sort') ?? 'time';
  if (!(SEARCH_SORTS as readonly string[]).includes(sort)) throw new UsageError(`--sort must be one of ${SEARCH_SORTS.join(', ')}, not '${sort}'.`);
  const conversationId = positiveInt(one(p, 'conversation'), 'conversation');
  const engine = openExisting(casePath);
  try {
    let q = p.positional.join(' ');
    if (savedName !== undefined) {
      const saved = (await engine.api.listSavedSearches({})).find((s) => s.name === savedName);
      if (!saved) throw new UsageError(`There is no saved search named '${savedName}' in ${casePath}.`);
      q = saved.query;
    }
    if (!q.trim()) throw new UsageError('threadline search needs a query.');
    const saveAs = one(p, 'save');
    if (saveAs !== undefined) {
      const saved = await engine.api.saveSearch({ name: saveAs, query: q });
      process.stderr.write(`Saved as '${saved.name}'.\n`);
    }
    const request = { q, limit, sort: sort as SearchSort, ...(conversationId === undefined ? {} : { conversationId }) };
    const page = await searchOrSay(() => engine.api.search(request));
    const facets = p.flags.has('facets') ? await searchOrSay(() => engine.api.searchFacets({ q, ...(conversationId === undefined ? {} : { conversationId }) })) : null;
    const mark = (s: string, open: string, close: string) => s.split(SNIPPET_OPEN).join(open).split(SNIPPET_CLOSE).join(close);
    if (p.flags.has('json')) {
      out(
        JSON.stringify({
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
            snippet: mark(h.snippet, '«', '»'),
          })),
          ...(facets ? { facets } : {}),
        }),
      );
    } else {
      const [open, close] = process.stdout.isTTY ? ['\x1b[1m', '\x1b[0m'] : ['«', '»'];
      for (const e of page.expansions) {
        out(`${e.term} searched as: ${e.used.length ? e.used.join(', ') : '(no similar words in the case)'}${e.omitted ? ` and ${e.omitted} more not used` : ''}`);
      }
      out(`${page.total} messages match (${page.tookMs} ms, by ${page.sort})${page.total > page.hits.length ? `; the first ${page.hits.length}:` : ''}`);
      for (const h of page.hits) {
        out(`  #${h.messageId} ${h.conversationTitle} ${h.sentAtLocal ?? '(no time)'} ${h.author ?? '(system)'}: ${mark(h.snippet, open, close)}`);
      }
      if (facets) {
        for (const [name, buckets] of [['conversations', facets.conversations], ['authors', facets.authors], ['custodians', facets.custodians], [`days (${facets.timeZone})`, facets.days]] as const) {
          out(`${name}: ${buckets.map((b) => `${b.label} ${b.count}`).join('; ')}`);
        }
      }
    }
  } finally {
    await engine.close();
  }
  return 0;
}

/** An engine refusal (a syntax error, a regex over too many messages) is the user's to fix: one sentence. */
async function searchOrSay<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof ApiError && (e.code === 'invalid_argument' || e.code === 'bad_input' || e.code === 'not_found')) throw new UsageError(e.message);
    throw e;
  }
}

/** One search per line of the terms file; blank lines and lines starting with # are skipped. */
async function runTermReport(p: Parsed, casePath: string, termsFile: string): Promise<number> {
  if (p.positional.length > 0) throw new UsageError('threadline search --report takes its searches from the terms file, not a query.');
  if (!existsSync(termsFile)) throw new UsageError(`${resolve(termsFile)} does not exist.`);
  const lines = readFileSync(termsFile, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
  const terms = lines.map((text, i) => ({ text: text.trim(), line: i + 1 })).filter((t) => t.text !== '' && !t.text.startsWith('#'));
  if (terms.length === 0) throw new UsageError(`${resolve(termsFile)} has no searches (one per line).`);
  if (terms.length > 500) throw new UsageError(`${resolve(termsFile)} has ${terms.length} searches; a report takes at most 500.`);
  const engine = openExisting(casePath);
  try {
    const report = await engine.api.searchTermReport({ terms: terms.map((t) => t.text) });
    const failed = report.rows.findIndex((r) => r.error !== null);
    if (failed >= 0) throw new UsageError(`${resolve(termsFile)}, line ${terms[failed]!.line}: ${report.rows[failed]!.error}`);
    if (p.flags.has('csv')) process.stdout.write(report.csv);
    else if (p.flags.has('json')) out(JSON.stringify({ timeZone: report.timeZone, tookMs: report.tookMs, custodians: report.custodians, rows: report.rows }));
    else {
      out(`Search-term report (${report.rows.length} searches, conversation-days in ${report.timeZone}, ${report.tookMs} ms)`);
      for (const r of report.rows) {
        const perCustodian = report.custodians.map((c, i) => `${c ?? 'no custodian'} ${r.perCustodian[i]}`).join(', ');
        out(`  ${r.term}: ${r.hits} hits, ${r.messages} messages, ${r.conversations} conversations, ${r.conversationDays} conversation-days (${perCustodian})`);
      }
    }
  } finally {
    await engine.close();
  }
  return 0;
}

async function runInfo(p: Parsed): Promise<number> {
  const casePath = required(p, 'case', 'info');
  const engine = openExisting(casePath);
  try {
    const info = await engine.api.caseInfo({});
    const sources = listSources(engine.caseFile.reader);
    // Each conversation carries personIds (ConversationSummary); what else is known of it is added there.
    const conversations = listConversations(engine.caseFile.reader);
    const persons = await engine.api.listPersons({});
    const links = await engine.api.listLinks({});
    if (p.flags.has('json')) {
      out(JSON.stringify({ case: { ...info, displayTimeZone: displayTimeZone(engine.caseFile.reader) }, sources, conversations, persons: persons.map(personJson), links }));
      return 0;
    }
    out(`${info.path}: ${info.sourceCount} sources, ${info.conversationCount} conversations, ${info.messageCount} messages (default zone ${info.defaultTimeZone}, display zone ${displayTimeZone(engine.caseFile.reader)})`);
    for (const s of sources) {
      out(`source ${s.id}: ${s.path}`);
      out(`  ${s.formatDetail}`);
      out(`  sha256 ${s.sha256}, ${s.messageCount} messages, custodian ${s.custodian ?? '(none)'}, zone ${s.timeZone}${s.timeZoneAssumed ? ' (assumed)' : ''}`);
      out(`  date order ${s.dateOrder.value ?? 'unknown'}${s.dateOrder.ambiguous ? ' (AMBIGUOUS)' : ''}${s.dateOrder.locked ? ' (locked)' : ''}: ${s.dateOrder.evidence}`);
      if (s.warningCount) out(`  ${s.warningCount} warnings`);
      if (s.account) out(`  ${s.account.kind} account of ${s.account.holder ?? '(holder not chosen)'}`);
    }
    for (const c of conversations) {
      out(`conversation ${c.id}: ${c.title} (${c.kind}, ${c.messageCount} messages, ${c.firstLocal ?? '?'} – ${c.lastLocal ?? '?'}, source file ${c.sourceFile})`);
    }
    for (const l of links) {
      const members = l.members.map((m) => `conversation ${m.conversationId} (${m.custodian ?? m.sourceFile}, ${m.onlyHere} only there)`).join(' and ');
      out(`link ${l.id}: ${members} — one conversation by ${l.method === 'reviewer' ? 'the reviewer' : l.evidence}; ${l.rows} messages merged`);
    }
    const grouped = persons.filter((x) => x.participants.length > 1);
    out(`${persons.length} persons, ${grouped.length} of them written in more than one way ('threadline people --case ${casePath}' lists them all)`);
    for (const x of grouped) out(`person ${x.id}: ${x.name} — ${x.participants.map((q) => `${q.name} (source ${q.sourceId}, ${q.method})`).join('; ')}`);
  } finally {
    await engine.close();
  }
  return 0;
}

/** A person as `info --json` prints it: a stable shape, extended only additively. */
function personJson(person: Person): unknown {
  return {
    id: person.id,
    name: person.name,
    participants: person.participants.map((q) => ({ id: q.id, name: q.name, sourceId: q.sourceId, identity: q.identity, method: q.method })),
  };
}

async function runPeople(p: Parsed): Promise<number> {
  const casePath = required(p, 'case', 'people');
  const engine = openExisting(casePath);
  try {
    const persons = await engine.api.listPersons({});
    const suggestions = await engine.api.personSuggestions({});
    if (p.flags.has('json')) {
      out(JSON.stringify({ persons, suggestions }));
      return 0;
    }
    for (const x of persons) {
      const named = x.nameSource === 'participants' ? '' : ` (name from ${x.nameSource === 'contact_list' ? `a contact list: ${x.nameEvidence}` : x.nameEvidence})`;
      out(`person ${x.id}: ${x.name}${named}, ${x.messageCount} messages`);
      for (const q of x.participants) {
        const why = q.method === 'single' ? (q.evidence ? `alone: ${q.evidence}` : 'alone') : `${q.method}: ${q.evidence}`;
        out(`  ${q.name} in ${q.sourceFile} (source ${q.sourceId}), ${q.identity.kind} ${q.identity.key}, ${q.messageCount} messages — ${why}${q.decidedBy === AUTOMATIC ? '' : ` (by ${q.decidedBy})`}`);
      }
    }
    out(`${suggestions.length} suggestion${suggestions.length === 1 ? '' : 's'} (weak evidence; merge in the People dialog):`);
    for (const s of suggestions) out(`  persons ${s.personIds.join(', ')}: ${s.explanation}`);
  } finally {
    await engine.close();
  }
  return 0;
}

async function runAccount(p: Parsed): Promise<number> {
  const casePath = required(p, 'case', 'account');
  const [id, ...extra] = p.positional;
  if (id === undefined || extra.length > 0) throw new UsageError('threadline account takes one source id (see threadline info).');
  if (!/^\d+$/.test(id) || Number(id) < 1) throw new UsageError(`The source id must be a positive whole number, not '${id}'.`);
  const sourceId = Number(id);
  const kinds = (['official', 'personal', 'none'] as const).filter((k) => p.flags.has(k));
  if (kinds.length !== 1) throw new UsageError('threadline account needs exactly one of --official, --personal or --none.');
  const kind = kinds[0]!;
  const holder = one(p, 'holder');
  const engine = openExisting(casePath);
  try {
    await engine.api.markSourceAccount({ sourceId, kind, ...(holder === undefined ? {} : { holder }) });
    await engine.idle();
    const source = (await engine.api.listSources({})).find((s) => s.id === sourceId)!;
    out(source.account === null ? `source ${sourceId} (${source.fileName}) is no longer marked` : `source ${sourceId} (${source.fileName}) is ${source.account.kind === 'official' ? 'an official' : 'a personal'} account of ${source.account.holder ?? '(holder not chosen)'}`);
  } finally {
    await engine.close();
  }
  return 0;
}

async function runRecords(p: Parsed): Promise<number> {
  const casePath = required(p, 'case', 'records');
  const engine = openExisting(casePath);
  try {
    const report = await engine.api.recordsReport({});
    if (p.flags.has('json')) {
      out(JSON.stringify(report));
      return 0;
    }
    for (const s of report.officialSources) out(`official: source ${s.sourceId} ${s.sourceFile}${s.holder ? `, account of ${s.holder}` : ''}, last message ${s.lastAt === null ? 'none' : new Date(s.lastAt).toISOString()}`);
    if (report.notRun !== null) {
      out(`cannot determine: ${report.notRun} Mark sources with 'threadline account <source-id> --case ${casePath} --official|--personal --holder <name>'.`);
      return 0;
    }
    for (const r of report.personal) {
      out(`personal: source ${r.sourceId} ${r.sourceFile}, account of ${r.holder ?? '(holder not chosen)'}`);
      if (r.holder === null) continue;
      const lag = r.medianLagMs === null ? '' : `, median ${(r.medianLagMs / 3_600_000).toFixed(1)} h after sending`;
      out(`  ${r.tested} messages tested: ${r.copied} copied to an official account within 20 days${lag}${r.copiedOnShortText ? ` (${r.copiedOnShortText} only on a short text)` : ''}`);
      out(`  ${r.notCopied} not copied, ${r.undecided} undecided (the official sources end before their 20 days ran out), ${r.untestable} with nothing to compare`);
    }
    out(`The messages not copied are RK-1 findings: 'threadline gaps --case ${casePath}'.`);
  } finally {
    await engine.close();
  }
  return 0;
}

async function runVerify(p: Parsed): Promise<number> {
  const casePath = required(p, 'case', 'verify');
  const engine = openExisting(casePath);
  try {
    const result = await verifySources(engine.caseFile.reader);
    let bad = 0;
    for (const s of result.sources) {
      if (s.status !== 'unchanged') bad++;
      const changedItself = s.status === 'changed' && s.members.length === 0;
      const detail = changedItself ? ` (sha256 now ${s.actual}, was ${s.expected})` : s.status === 'missing' ? ' (file not found)' : '';
      out(`${s.status.toUpperCase().padEnd(9)} source ${s.id} ${s.path}${detail}${s.memberCount ? ` (${s.memberCount} member files)` : ''}`);
      for (const m of s.members) {
        out(`  ${m.status.toUpperCase().padEnd(7)} ${m.role} file ${m.path}${m.status === 'changed' ? ` (sha256 now ${m.actual}, was ${m.expected})` : ' (file not found)'}`);
      }
    }
    if (result.auditBrokenAt !== null) {
      bad++;
      out(`BROKEN    audit log: entry ${result.auditBrokenAt} does not match the hash chain`);
    } else {
      out('OK        audit log hash chain');
    }
    return bad ? 1 : 0;
  } finally {
    await engine.close();
  }
}

/** The case's display zone, or --tz for this listing only (the case is not changed). */
function countingZone(p: Parsed, engine: Engine): string {
  const asked = one(p, 'tz');
  if (asked === undefined) return displayTimeZone(engine.caseFile.reader);
  const zone = canonicalTimeZone(asked);
  if (zone === null) throw new UsageError(`--tz must be an IANA time zone such as Europe/London, not '${asked}'.`);
  return zone;
}

function conversationTitle(engine: Engine, casePath: string, conversationId: number): string {
  const conversation = listConversations(engine.caseFile.reader).find((c) => c.id === conversationId);
  if (!conversation) throw new UsageError(`There is no conversation ${conversationId} in ${casePath}; 'threadline info --case ${casePath}' lists them.`);
  return conversation.title;
}

async function runDays(p: Parsed): Promise<number> {
  const casePath = required(p, 'case', 'days');
  const conversationId = positiveInt(required(p, 'conversation', 'days'), 'conversation')!;
  const engine = openExisting(casePath);
  try {
    const title = conversationTitle(engine, casePath, conversationId);
    const days = conversationDays(engine.caseFile.reader, conversationId, countingZone(p, engine));
    if (p.flags.has('json')) out(JSON.stringify(daysJson(days)));
    else daysText(days, title).forEach((line) => out(line));
  } finally {
    await engine.close();
  }
  return 0;
}

async function runTimeline(p: Parsed): Promise<number> {
  const casePath = required(p, 'case', 'timeline');
  const conversationId = positiveInt(one(p, 'conversation'), 'conversation');
  const bucket = one(p, 'bucket') ?? 'auto';
  if (!(TIMELINE_BUCKET_CHOICES as readonly string[]).includes(bucket)) throw new UsageError(`--bucket must be one of ${TIMELINE_BUCKET_CHOICES.join(', ')}, not '${bucket}'.`);
  const split = one(p, 'by') ?? 'none';
  if (!(TIMELINE_SPLITS as readonly string[]).includes(split)) throw new UsageError(`--by must be one of ${TIMELINE_SPLITS.join(', ')}, not '${split}'.`);
  const engine = openExisting(casePath);
  try {
    const scope = conversationId === undefined ? 'the case' : `conversation ${conversationId}: ${conversationTitle(engine, casePath, conversationId)}`;
    const zone = countingZone(p, engine);
    const range = dateRangeIn(zone, one(p, 'from'), one(p, 'to'));
    const result = timeline(engine.caseFile.reader, { conversationId, bucket: bucket as TimelineBucketChoice, split: split as TimelineSplit, ...range }, zone);
    if (p.flags.has('json')) out(JSON.stringify(timelineJson(result)));
    else timelineText(result, scope).forEach((line) => out(line));
  } finally {
    await engine.close();
  }
  return 0;
}

async function runServe(p: Parsed): Promise<number> {
  const port = one(p, 'port');
  const portNumber = port === undefined ? 0 : Number(port);
  if (!Number.isInteger(portNumber) || portNumber < 0 || portNumber > 65535) throw new UsageError(`--port must be a port number, not '${port}'.`);
  await serve({ casePath: one(p, 'case'), port: portNumber, allow: p.options.get('allow') ?? [] });
  return 0;
}

async function runGaps(p: Parsed): Promise<number> {
  const casePath = required(p, 'case', 'gaps');
  const conversation = positiveInt(one(p, 'conversation'), 'conversation');
  const report = one(p, 'report');
  if (report !== undefined && report !== 'html' && report !== 'csv') throw new UsageError(`--report must be html or csv, not '${report}'.`);
  const target = one(p, 'out');
  if (target !== undefined && report === undefined) throw new UsageError('--out goes with --report html|csv.');
  const engine = openExisting(casePath);
  try {
    const conversations = listConversations(engine.caseFile.reader);
    if (conversation !== undefined && !conversations.some((c) => c.id === conversation)) {
      throw new UsageError(`There is no conversation ${conversation} in ${casePath}; 'threadline info --case ${casePath}' lists them.`);
    }
    if (report !== undefined) {
      const count = conversation !== undefined ? 1 : conversations.length;
      const { text } = completenessFile(engine.caseFile.reader, casePath, conversation, report);
      if (!target) {
        process.stdout.write(text);
      } else {
        if (existsSync(target)) throw new UsageError(`${resolve(target)} already exists; choose another --out path.`);
        writeFileSync(`${target}.partial-${process.pid}`, text, { flag: 'wx' });
        renameSync(`${target}.partial-${process.pid}`, target);
        process.stderr.write(`completeness report for ${count} conversation${count === 1 ? '' : 's'} written to ${resolve(target)}\n`);
      }
      return 0;
    }
    const { findings, notRun } = await engine.api.listFindings(conversation === undefined ? {} : { conversationId: conversation });
    const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
    if (p.flags.has('json')) {
      out(
        JSON.stringify({
          findings: findings.map((f) => ({
            rule: f.rule,
            type: f.type,
            strength: f.strength,
            conversationId: f.conversationId,
            from: iso(f.fromAt),
            to: iso(f.toAt),
            fromLocal: f.fromLocal,
            toLocal: f.toLocal,
            messageId: f.messageId,
            beforeMessageId: f.beforeMessageId,
            afterMessageId: f.afterMessageId,
            count: f.count,
            score: f.score,
            explanation: f.explanation,
            evidence: f.evidence,
          })),
          notRun: notRun.map((n) => ({ rule: n.rule, why: n.why, conversationId: n.conversationId, sourceId: n.sourceId })),
        }),
      );
      return 0;
    }
    for (const c of conversations.filter((x) => conversation === undefined || x.id === conversation)) {
      const mine = findings.filter((f) => f.conversationId === c.id);
      out(`conversation ${c.id}: ${c.title} — ${mine.length} finding${mine.length === 1 ? '' : 's'}`);
      for (const f of mine) out(`  [${f.strength}] ${f.rule} ${f.type}${f.fromLocal || f.toLocal ? ` ${f.fromLocal ?? ''}${f.toLocal && f.toLocal !== f.fromLocal ? ` – ${f.toLocal}` : ''}` : ''}: ${f.explanation}`);
      for (const n of notRun.filter((x) => x.conversationId === c.id)) out(`  [cannot determine] ${n.rule}: ${n.why}`);
    }
  } finally {
    await engine.close();
  }
  return 0;
}

const COMMANDS: Record<string, (p: Parsed) => Promise<number>> = {
  import: runImport,
  gaps: runGaps,
  export: runExport,
  search: runSearch,
  info: runInfo,
  days: runDays,
  timeline: runTimeline,
  people: runPeople,
  account: runAccount,
  records: runRecords,
  verify: runVerify,
  serve: runServe,
};

export async function main(argv: string[]): Promise<number> {
  // `threadline export … | head` closes the pipe early; that is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  try {
    const [command, ...rest] = argv;
    if (!command || command === '--help' || command === '-h' || command === 'help') {
      out(USAGE);
      return command ? 0 : 1;
    }
    const run = COMMANDS[command];
    if (!run) throw new UsageError(`Unknown command '${command}'; see 'threadline --help'.`);
    const parsed = parseArgs(rest);
    if (parsed.flags.has('help')) {
      out(USAGE);
      return 0;
    }
    return await run(parsed);
  } catch (e) {
    if (e instanceof CancelledImport) {
      process.stderr.write('Import cancelled; the case is as it was before.\n');
      return 130;
    }
    const known = e instanceof UsageError || e instanceof BadInputError || e instanceof CaseOpenError || (e as { code?: string }).code === 'invalid_argument' || (e as { code?: string }).code === 'not_found';
    process.stderr.write(`${known ? (e as Error).message : `Internal error: ${(e as Error).stack ?? String(e)}`}\n`);
    return 1;
  }
}
