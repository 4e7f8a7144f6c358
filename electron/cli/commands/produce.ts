// `threadline produce`: the hits of a search made into a numbered production in a new or empty folder
// (PDF, HTML, RSMF, a Concordance load file and extracted text, a privilege log), recorded in the case.
// Ctrl-C cancels: nothing is left in the folder and nothing is recorded.
import { PRODUCTION_FORMATS, PRODUCTION_UNITS, type ProductionFormat, type ProductionSummary } from '../../../shared/production';
import { withCase } from '../case';
import { UsageError } from '../errors';
import { out, progressPrinter } from '../io';
import { CASE_OPTION, JSON_OPTION, REVIEWER_OPTION, type Command, type OptionTable } from '../options';
import { cliReviewer } from '../reviewer';

const DEFAULT_FORMATS = 'pdf,html,rsmf,dat';

const options = {
  case: CASE_OPTION,
  query: { value: 'query', required: true, help: "The messages to produce: any search, e.g. 'tag:Responsive -tag:Privileged' (docs/search-language.md)." },
  bates: { value: 'prefix', required: true, help: "The Bates prefix, written before the number as given (--bates ABC- gives ABC-0000001)." },
  start: { value: 'n', kind: 'count', help: 'The first number (default: one after the last this prefix used in the case).' },
  padding: { value: 'digits', kind: 'count', default: '7', help: 'Digits of the number, zero-padded.' },
  unit: { value: 'unit', choices: PRODUCTION_UNITS, default: 'day', help: 'One document per conversation-day (sliced above 10,000 messages) or per conversation.' },
  formats: { value: 'list', default: DEFAULT_FORMATS, help: `Comma-separated, of ${PRODUCTION_FORMATS.join(', ')} (dat brings text).` },
  withhold: { value: 'tag', help: 'Withhold documents whose messages all carry this tag (a slip sheet keeps the number); its messages elsewhere are boxed.' },
  legend: { value: 'text', help: 'The confidentiality legend on every page (default CONFIDENTIAL).' },
  out: { value: 'folder', required: true, help: 'A new or empty folder to write the production into.' },
  reviewer: REVIEWER_OPTION,
  json: JSON_OPTION,
} as const satisfies OptionTable;

function formatsOf(list: string): ProductionFormat[] {
  const formats = list.split(',').map((f) => f.trim()).filter(Boolean);
  const unknown = formats.filter((f) => !(PRODUCTION_FORMATS as readonly string[]).includes(f));
  if (unknown.length || formats.length === 0) throw new UsageError(`--formats takes a comma-separated list of ${PRODUCTION_FORMATS.join(', ')}, not '${list}'.`);
  return [...new Set(formats)] as ProductionFormat[];
}

function describe(p: ProductionSummary): string {
  const changes = p.changes ? `; against production ${p.changes.previousProductionId} of the same search: ${p.changes.added} added, ${p.changes.removed} no longer selected` : '';
  return `Production ${p.id}: ${p.batesBegin} – ${p.batesEnd}, ${p.documents} documents (${p.withheldDocuments} withheld), ${p.messages} messages, ${p.redactions} redactions, written to ${p.outDir}${changes}.\nAudit chain head on its cover: ${p.auditHead}`;
}

export const produceCommand: Command<typeof options> = {
  name: 'produce',
  summary: 'make a numbered production (PDF, HTML, RSMF, load file, privilege log) of a search',
  options,
  notes: [
    'One Bates number per produced message (a reply\'s parent brought in as context included) and one per withheld document. A later production continues the numbering; a --start that reuses a number is refused.',
    'PDF needs Chromium (/usr/bin/chromium, or the path in THREADLINE_CHROMIUM).',
  ],
  example: "threadline produce --case matter.threadline --query 'tag:Responsive' --bates ABC- --withhold Privileged --out production-001 --reviewer 'Pat Lee'",
  async run({ options: o }) {
    const formats = formatsOf(o.formats);
    const reviewer = cliReviewer('produce', o.reviewer);
    return withCase(o.case, async (engine) => {
      const request = { query: o.query, batesPrefix: o.bates, start: o.start, padding: o.padding, unit: o.unit, formats, withholdTag: o.withhold, confidentiality: o.legend, outDir: o.out, reviewer };
      const { jobId } = await engine.api.produce(request);
      const onInterrupt = () => void engine.api.cancelJob({ jobId });
      process.once('SIGINT', onInterrupt);
      try {
        await engine.idle();
      } finally {
        process.off('SIGINT', onInterrupt);
        if (process.stderr.isTTY) process.stderr.write('\r\x1b[2K');
      }
      const job = await engine.api.productionJob({ jobId });
      if (job.state === 'cancelled') throw new UsageError('The production was cancelled; nothing was written or recorded.');
      if (!job.production) throw new UsageError(job.error ?? 'The production failed; nothing was written or recorded.');
      out(o.json ? JSON.stringify(job.production) : describe(job.production));
      return 0;
    }, progressPrinter(o.json));
  },
};
