// `threadline export`: messages as JSON lines or CSV, in conversation order, to stdout or to a new file
// (docs/design.md, the command line: the fields are a stable interface); or one conversation or day as
// an HTML transcript or an RSMF file, written as a production writes them but without Bates numbers.
import { MESSAGE_EXPORT_FORMATS, TRANSCRIPT_EXPORT_FORMATS, type TranscriptExportFormat } from '../../../shared/enums';
import { exportTranscript } from '../../backend/production/export';
import type { Engine } from '../../backend/api';
import { requireConversation, withCase } from '../case';
import { checkOutPath, writeOutput, writeText } from '../io';
import { CASE_OPTION, CONVERSATION_OPTION, type Command, type OptionTable } from '../options';

const options = {
  case: CASE_OPTION,
  format: {
    value: 'format',
    required: true,
    choices: [...MESSAGE_EXPORT_FORMATS, ...TRANSCRIPT_EXPORT_FORMATS],
    help: 'JSON lines (one message per line), CSV (UTF-8 with BOM), an HTML transcript or an RSMF file (html and rsmf: one conversation or day).',
  },
  conversation: CONVERSATION_OPTION,
  day: { value: 'date', kind: 'date', help: "Only this day (YYYY-MM-DD) of the case's display zone." },
  query: { value: 'query', help: "Only the hits of this search, e.g. 'tag:Responsive' (docs/search-language.md)." },
  out: { value: 'path', help: 'Write to this new file instead of stdout; its folder must exist, and an existing file is never overwritten.' },
} as const satisfies OptionTable;

export const exportCommand: Command<typeof options> = {
  name: 'export',
  summary: 'write messages as JSON lines or CSV',
  options,
  example: 'threadline export --case matter.threadline --format csv --conversation 3 --out conversation-3.csv',
  async run({ options: o }) {
    if (o.out !== undefined) checkOutPath(o.out);
    return withCase(o.case, async (engine) => {
      if (o.conversation !== undefined) await requireConversation(engine, o.case, o.conversation);
      if (o.format === 'html' || o.format === 'rsmf') return transcript(engine, o.format, { conversationId: o.conversation, day: o.day, query: o.query }, o.out);
      const request = { format: o.format, conversationId: o.conversation, day: o.day, query: o.query };
      return writeOutput(o.out, (stream) => engine.exportMessages(request, stream), ({ messages, timeZone }) => `${messages} messages${o.day === undefined ? '' : ` of ${o.day} (${timeZone})`}`);
    });
  },
};

async function transcript(engine: Engine, format: TranscriptExportFormat, scope: Parameters<typeof exportTranscript>[2], outPath: string | undefined): Promise<number> {
  const { data, messages } = await exportTranscript(engine.caseFile.reader, format, scope);
  const text = typeof data === 'string' ? data : data.toString('latin1');
  return writeOutput(outPath, (stream) => writeText(stream, text), () => `${messages} messages`);
}
