// `threadline`: the command line over the same engine as the desktop app (design.md §8). Its commands,
// options and JSON shapes are a stable interface: change them only additively.
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { ApiError, SEARCH_SORTS, SNIPPET_CLOSE, SNIPPET_OPEN, type ApiEvent, type SearchSort } from '../shared/api';
import { DATE_ORDERS, type DateOrder, type ImportSummary } from '../shared/model';
import { CancelledImport, createEngine, type Engine } from './backend/api';
import { verifySources } from './backend/audit/verify-sources';
import { CaseOpenError } from './backend/case/open';
import { listConversations, listSources } from './backend/case/queries';
import { completenessCsv, completenessHtml } from './backend/exports/completeness';
import { EXPORT_FORMATS, exportToFile, writeExport, type ExportFormat } from './backend/exports/messages';
import { BadInputError } from './backend/importers/types';
import { serve } from './serve';

const USAGE = `threadline — review chat archives as evidence

  threadline import <path>... --case <file> [--custodian <name>] [--tz <IANA zone>]
                   [--date-order DMY|MDY|YMD] [--json]
  threadline export --case <file> --format jsonl|csv [--conversation <id>] [--out <path>]
  threadline search <query> --case <file> [--limit <n>] [--json] [--sort time|relevance]
                   [--conversation <id>] [--facets] [--save <name>]
  threadline search --saved <name> --case <file> [same options]
  threadline search --report <terms-file> --case <file> [--json | --csv]
                                           search-term report, one search per line
  threadline gaps --case <file> [--conversation <id>] [--json]
                  [--report html|csv [--out <path>]]   completeness report
  threadline info --case <file> [--json]
  threadline verify --case <file>          exit 1 when any source changed or is missing
  threadline serve [--case <file>] [--port <n>] [--allow <folder>]...
                                           browser mode on 127.0.0.1

A <path> may be a file or a folder; the format is found from the content. --case creates the
case file when it does not exist (import and serve only).

A search is words, "phrases", AND OR NOT and ( ), a w/N b, deli*, ~fuzzy, /regex/ and the fields
from: in: source: custodian: app: kind: has:attachment after: before: on: (docs/search-language.md).`;

/** An error the user caused or can fix: printed as one sentence, exit status 1. */
class UsageError extends Error {}

interface Parsed {
  positional: string[];
  options: Map<string, string[]>;
  flags: Set<string>;
}

const VALUE_OPTIONS = new Set(['case', 'custodian', 'tz', 'date-order', 'format', 'conversation', 'out', 'limit', 'port', 'allow', 'report', 'sort', 'saved', 'save']);
const FLAG_OPTIONS = new Set(['json', 'help', 'csv', 'facets']);

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
  const target = one(p, 'out');
  const engine = openExisting(casePath);
  try {
    if (conversation !== undefined && !listConversations(engine.caseFile.reader).some((c) => c.id === conversation)) {
      throw new UsageError(`There is no conversation ${conversation} in ${casePath}; 'threadline info --case ${casePath}' lists them.`);
    }
    if (target) {
      if (existsSync(target)) throw new UsageError(`${resolve(target)} already exists; choose another --out path.`);
      const n = await exportToFile(engine.caseFile.reader, format as ExportFormat, target, conversation);
      process.stderr.write(`${n} messages written to ${resolve(target)}\n`);
    } else {
      await writeExport(engine.caseFile.reader, format as ExportFormat, process.stdout, conversation);
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
    const conversations = listConversations(engine.caseFile.reader);
    if (p.flags.has('json')) {
      out(JSON.stringify({ case: info, sources, conversations }));
      return 0;
    }
    out(`${info.path}: ${info.sourceCount} sources, ${info.conversationCount} conversations, ${info.messageCount} messages (default zone ${info.defaultTimeZone})`);
    for (const s of sources) {
      out(`source ${s.id}: ${s.path}`);
      out(`  ${s.formatDetail}`);
      out(`  sha256 ${s.sha256}, ${s.messageCount} messages, custodian ${s.custodian ?? '(none)'}, zone ${s.timeZone}${s.timeZoneAssumed ? ' (assumed)' : ''}`);
      out(`  date order ${s.dateOrder.value ?? 'unknown'}${s.dateOrder.ambiguous ? ' (AMBIGUOUS)' : ''}${s.dateOrder.locked ? ' (locked)' : ''}: ${s.dateOrder.evidence}`);
      if (s.warningCount) out(`  ${s.warningCount} warnings`);
    }
    for (const c of conversations) {
      out(`conversation ${c.id}: ${c.title} (${c.kind}, ${c.messageCount} messages, ${c.firstLocal ?? '?'} – ${c.lastLocal ?? '?'}, source file ${c.sourceFile})`);
    }
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
      const ids = conversation !== undefined ? [conversation] : conversations.map((c) => c.id);
      const reports = await Promise.all(ids.map((conversationId) => engine.api.completenessReport({ conversationId })));
      const text = report === 'html' ? completenessHtml(reports, basename(casePath)) : completenessCsv(reports);
      if (!target) {
        process.stdout.write(text);
      } else {
        if (existsSync(target)) throw new UsageError(`${resolve(target)} already exists; choose another --out path.`);
        writeFileSync(`${target}.partial-${process.pid}`, text, { flag: 'wx' });
        renameSync(`${target}.partial-${process.pid}`, target);
        process.stderr.write(`completeness report for ${ids.length} conversation${ids.length === 1 ? '' : 's'} written to ${resolve(target)}\n`);
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
