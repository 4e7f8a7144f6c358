// `threadline redact`: redacts a span of a message's text, a whole message or an attachment in every
// later production, with a reason; lists redactions; or takes one out of force. The evidence is never
// changed, and each step is audited under the reviewer's name.
import type { RedactionInfo } from '../../../shared/production';
import { withCase } from '../case';
import { UsageError } from '../errors';
import { out } from '../io';
import { CASE_OPTION, JSON_OPTION, REVIEWER_OPTION, type Command, type OptionTable } from '../options';
import { cliReviewer } from '../reviewer';

const options = {
  case: CASE_OPTION,
  message: { value: 'id', kind: 'count', help: 'The message to redact in (ids: search --json).' },
  start: { value: 'n', help: 'With --end: redact the text from this character (0-based, UTF-16 code units as the API counts).' },
  end: { value: 'n', kind: 'count', help: 'With --start: redact up to (not including) this character.' },
  whole: { help: 'Redact the whole message.' },
  attachment: { value: 'id', kind: 'count', help: 'Redact this attachment of the message.' },
  reason: { value: 'text', help: 'Why: Privileged, Personal data, or your own words (required to redact).' },
  list: { help: 'List the redactions in force (with --removed, the removed ones too).' },
  removed: { help: 'With --list: include removed redactions.' },
  remove: { value: 'redaction id', kind: 'count', help: 'Take this redaction out of force for later productions.' },
  reviewer: REVIEWER_OPTION,
  json: JSON_OPTION,
} as const satisfies OptionTable;

function line(r: RedactionInfo): string {
  return `${r.id}\t${r.label}\tby ${r.reviewer} at ${new Date(r.at).toISOString()}${r.removedAt === null ? '' : `\tremoved ${new Date(r.removedAt).toISOString()}`}`;
}

export const redactCommand: Command<typeof options> = {
  name: 'redact',
  summary: 'redact text, a message or an attachment in later productions; --list or --remove redactions',
  options,
  notes: ['Give --message with one of --start/--end, --whole or --attachment, and --reason; or --list; or --remove <id>. Productions show a box (a marker in text formats) naming the reason, never the text.'],
  example: "threadline redact --case matter.threadline --message 812 --start 10 --end 24 --reason 'Personal data' --reviewer 'Pat Lee'",
  async run({ options: o }) {
    const print = (items: RedactionInfo[]) => out(o.json ? JSON.stringify(items.length === 1 && !o.list ? items[0] : items) : items.map(line).join('\n') || 'No redactions.');
    if (o.list) return withCase(o.case, async (engine) => (print(await engine.api.listRedactions({ removed: o.removed })), 0));
    if (o.remove !== undefined) {
      const reviewer = cliReviewer('redact', o.reviewer);
      return withCase(o.case, async (engine) => (print([await engine.api.removeRedaction({ redactionId: o.remove!, reviewer, reason: o.reason })]), 0));
    }
    if (o.message === undefined || o.reason === undefined) throw new UsageError('threadline redact needs --message <id> and --reason <text> (or --list, or --remove <id>).');
    const span = o.start !== undefined || o.end !== undefined;
    const kinds = [span, o.whole, o.attachment !== undefined].filter(Boolean).length;
    if (kinds !== 1) throw new UsageError('threadline redact needs exactly one of --start with --end, --whole or --attachment <id>.');
    if (span && (o.start === undefined || o.end === undefined || !/^\d+$/.test(o.start))) throw new UsageError('--start <n> and --end <n> go together, each a whole number.');
    const reviewer = cliReviewer('redact', o.reviewer);
    const redaction = span
      ? { kind: 'text' as const, start: Number(o.start), end: o.end }
      : o.whole
        ? { kind: 'message' as const }
        : { kind: 'attachment' as const, attachmentId: o.attachment };
    return withCase(o.case, async (engine) => (print([await engine.api.addRedaction({ messageId: o.message!, reason: o.reason!, reviewer, ...redaction })]), 0));
  },
};
