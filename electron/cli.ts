// `threadline`: the command line over the same engine as the desktop app (design.md §8). Its commands,
// options and JSON shapes are a stable interface: change them only additively.
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { SNIPPET_CLOSE, SNIPPET_OPEN, type ApiEvent } from '../shared/api';
import { DATE_ORDERS, type DateOrder, type ImportSummary } from '../shared/model';
import { CancelledImport, createEngine, type Engine } from './backend/api';
import { verifySources } from './backend/audit/verify-sources';
import { CaseOpenError } from './backend/case/open';
import { listConversations, listSources } from './backend/case/queries';
import { EXPORT_FORMATS, exportToFile, writeExport, type ExportFormat } from './backend/exports/messages';
import { BadInputError } from './backend/importers/types';
import { serve } from './serve';

const USAGE = `threadline — review chat archives as evidence

  threadline import <path>... --case <file> [--custodian <name>] [--tz <IANA zone>]
                   [--date-order DMY|MDY|YMD] [--json]
  threadline export --case <file> --format jsonl|csv [--conversation <id>] [--out <path>]
  threadline search <query> --case <file> [--limit <n>] [--json]
  threadline info --case <file> [--json]
  threadline verify --case <file>          exit 1 when any source changed or is missing
  threadline serve [--case <file>] [--port <n>] [--allow <folder>]...
                                           browser mode on 127.0.0.1

A <path> may be a file or a folder; the format is found from the content. --case creates the
case file when it does not exist (import and serve only).`;

/** An error the user caused or can fix: printed as one sentence, exit status 1. */
class UsageError extends Error {}

interface Parsed {
  positional: string[];
  options: Map<string, string[]>;
  flags: Set<string>;
}

const VALUE_OPTIONS = new Set(['case', 'custodian', 'tz', 'date-order', 'format', 'conversation', 'out', 'limit', 'port', 'allow']);
const FLAG_OPTIONS = new Set(['json', 'help']);

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
  const q = p.positional.join(' ');
  if (!q.trim()) throw new UsageError('threadline search needs a query.');
  const limit = positiveInt(one(p, 'limit'), 'limit') ?? 50;
  if (limit > 500) throw new UsageError('--limit may be at most 500.');
  const engine = openExisting(casePath);
  try {
    const page = await engine.api.search({ q, limit });
    const mark = (s: string, open: string, close: string) => s.split(SNIPPET_OPEN).join(open).split(SNIPPET_CLOSE).join(close);
    if (p.flags.has('json')) {
      out(
        JSON.stringify({
          total: page.total,
          tookMs: page.tookMs,
          hits: page.hits.map((h) => ({
            messageId: h.messageId,
            conversationId: h.conversationId,
            sentAt: h.sentAt === null ? null : new Date(h.sentAt).toISOString(),
            sentAtLocal: h.sentAtLocal,
            author: h.author,
            snippet: mark(h.snippet, '«', '»'),
          })),
        }),
      );
    } else {
      const [open, close] = process.stdout.isTTY ? ['\x1b[1m', '\x1b[0m'] : ['«', '»'];
      out(`${page.total} messages match (${page.tookMs} ms)${page.total > page.hits.length ? `; the first ${page.hits.length}:` : ''}`);
      for (const h of page.hits) {
        out(`  #${h.messageId} ${h.conversationTitle} ${h.sentAtLocal ?? '(no time)'} ${h.author ?? '(system)'}: ${mark(h.snippet, open, close)}`);
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
      const detail = s.status === 'changed' ? ` (sha256 now ${s.actual}, was ${s.expected})` : s.status === 'missing' ? ' (file not found)' : '';
      out(`${s.status.toUpperCase().padEnd(9)} source ${s.id} ${s.path}${detail}`);
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

const COMMANDS: Record<string, (p: Parsed) => Promise<number>> = {
  import: runImport,
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
    if (command === 'gaps') throw new UsageError('threadline gaps: gap detection is not in this version yet.');
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
