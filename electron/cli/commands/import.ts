// `threadline import`: reads exports into a case (created when missing). Bad input leaves the case as
// it was, and a case this command created is removed again (docs/design.md, the command line).
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { DATE_ORDERS, type ImportSummary } from '../../../shared/model';
import { createEngine } from '../../backend/api';
import { UsageError } from '../errors';
import { out, progressPrinter } from '../io';
import type { Command, OptionTable } from '../options';

const options = {
  case: { value: 'file', required: true, help: 'The case file; created when it does not exist.' },
  custodian: { value: 'name', help: 'Whose device or account the exports come from.' },
  tz: { value: 'IANA zone', kind: 'zone', help: 'The zone the exports\' clock times were written in (the case\'s default zone otherwise).' },
  'date-order': { value: 'order', choices: DATE_ORDERS, help: 'Read dates as day/month/year, month/day/year or year/month/day instead of inferring it.' },
  json: { help: 'Print one JSON object: {"sources":[...]}.' },
} as const satisfies OptionTable;

const MAX_WARNINGS_SHOWN = 10;

export const importCommand: Command<typeof options> = {
  name: 'import',
  summary: 'read chat exports (files or folders) into a case',
  operands: '<path>...',
  options,
  notes: ['A <path> may be a file or a folder; the format is found from the content, not the name. The same file imported twice is recognised, not doubled.'],
  example: 'threadline import "WhatsApp Chat with Ana.zip" --case matter.threadline --custodian "Ben Okafor" --tz Europe/London',
  async run({ options: o, operands }) {
    if (operands.length === 0) throw new UsageError('threadline import needs at least one file or folder to import.');
    const existed = existsSync(o.case);
    const engine = createEngine(o.case, { create: true });
    const { jobId, done } = engine.runImport(
      { paths: operands.map((p) => resolve(p)), custodian: o.custodian, timeZone: o.tz, dateOrder: o['date-order'] },
      progressPrinter(o.json),
    );
    const onInterrupt = () => void engine.api.cancelJob({ jobId });
    process.once('SIGINT', onInterrupt);
    let summary: ImportSummary;
    try {
      summary = await done;
    } catch (e) {
      await engine.close();
      if (!existed) removeCaseFiles(o.case);
      throw e;
    } finally {
      process.off('SIGINT', onInterrupt);
      if (process.stderr.isTTY) process.stderr.write('\r\x1b[2K');
    }
    await engine.close();
    if (o.json) out(JSON.stringify({ sources: summary.sources }));
    else printSummary(summary, o.case);
    return 0;
  },
};

function printSummary(summary: ImportSummary, casePath: string): void {
  for (const s of summary.sources) {
    if (s.alreadyImported) {
      out(`${s.path}: already in the case as source ${s.id} (same SHA-256); nothing added.`);
      continue;
    }
    out(`${s.path}: ${s.format}, ${s.messages} messages in ${s.conversations} conversation${s.conversations === 1 ? '' : 's'} (source ${s.id}, sha256 ${s.sha256})`);
    out(`  read as: ${s.formatDetail}`);
    out(`  date order ${s.dateOrder.value ?? 'unknown'}${s.dateOrder.ambiguous ? ' (AMBIGUOUS)' : ''}: ${s.dateOrder.evidence}`);
    for (const w of s.warnings.slice(0, MAX_WARNINGS_SHOWN)) out(`  warning: ${w.message}`);
    if (s.warnings.length > MAX_WARNINGS_SHOWN) out(`  … ${s.warnings.length - MAX_WARNINGS_SHOWN} more warnings ('threadline info --case ${casePath} --json' lists them)`);
  }
}

function removeCaseFiles(casePath: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(casePath + suffix, { force: true });
}
