// `threadline tag <name>`: applies a tag (or removes it) on messages, every hit of a search, a
// conversation-day or a conversation, as one audited action by the reviewer named.
import type { TagResult } from '../../../shared/review';
import type { Engine } from '../../backend/api';
import { withCase } from '../case';
import { UsageError } from '../errors';
import { out } from '../io';
import { CASE_OPTION, REVIEWER_OPTION, type Command, type OptionTable, type Parsed } from '../options';
import { cliReviewer } from '../reviewer';

const options = {
  case: CASE_OPTION,
  query: { value: 'query', help: 'Tag every hit of this search (docs/search-language.md).' },
  message: { value: 'id', kind: 'count', multiple: true, help: 'Tag this message (ids: search --json).' },
  conversation: { value: 'id', kind: 'count', help: "Tag this conversation (ids: 'threadline info'); with --day, one of its days." },
  day: { value: 'date', kind: 'date', help: "With --conversation: tag this day (YYYY-MM-DD of the case's display zone)." },
  remove: { help: 'Remove the tag instead of applying it.' },
  reviewer: REVIEWER_OPTION,
  reason: { value: 'text', help: 'Why, kept in the audit log.' },
  json: { help: 'Print one JSON object: {"tagged","alreadyTagged","scope","removed","actionId"}.' },
} as const satisfies OptionTable;

type Args = Parsed<typeof options>;

export const tagCommand: Command<typeof options> = {
  name: 'tag',
  summary: 'apply a tag (or --remove it) on messages, a search, a conversation-day or a conversation',
  operands: '<name>',
  options,
  notes: [
    "Give exactly one of --query, --message (repeatable) or --conversation (with --day for one day). A day's or conversation's tag reaches its messages as inherited. One run is one action in the audit log, undone as one in the app.",
  ],
  example: "threadline tag Responsive --case matter.threadline --query 'permit w/3 fee' --reviewer 'Pat Lee' --json",
  async run(args) {
    const o = args.options;
    const name = tagName(args);
    const chosen = [o.query !== undefined, o.message.length > 0, o.conversation !== undefined].filter(Boolean).length;
    if (chosen !== 1) throw new UsageError('threadline tag needs exactly one of --query <query>, --message <id> or --conversation <id>.');
    if (o.day !== undefined && o.conversation === undefined) throw new UsageError('--day goes with --conversation <id>.');
    const reviewer = cliReviewer('tag', o.reviewer);
    return withCase(o.case, async (engine) => {
      const result = await code(engine, name, args, reviewer);
      if (o.json) out(JSON.stringify(result));
      else out(sentence(name, result));
      return 0;
    });
  },
};

function tagName(args: Args): string {
  if (args.operands.length !== 1) throw new UsageError("threadline tag takes one tag name (quote a name with spaces: 'Not responsive').");
  return args.operands[0]!;
}

async function code(engine: Engine, tag: string, { options: o }: Args, reviewer: string): Promise<TagResult> {
  const common = { tag, remove: o.remove, reviewer, ...(o.reason === undefined ? {} : { reason: o.reason }) };
  if (o.query === undefined) {
    const target =
      o.conversation === undefined
        ? { scope: 'message' as const, messageIds: o.message }
        : o.day === undefined
          ? { scope: 'conversation' as const, conversationId: o.conversation }
          : { scope: 'day' as const, conversationId: o.conversation, day: o.day };
    return engine.api.applyTag({ ...common, target });
  }
  const { jobId } = await engine.api.bulkTag({ ...common, selection: { kind: 'query', query: o.query } });
  await engine.idle();
  const job = await engine.api.reviewJob({ jobId });
  if (job.state !== 'done' || job.result === null) throw new UsageError(`Tagging the hits of ${JSON.stringify(o.query)} did not finish: ${job.error ?? job.state}; nothing was changed.`);
  return job.result;
}

function sentence(tag: string, r: TagResult): string {
  const unit = { message: 'message', day: 'conversation-day', conversation: 'conversation' }[r.scope];
  const plural = (n: number) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  return r.removed
    ? `${tag} removed from ${plural(r.tagged)} (${r.alreadyTagged} did not carry it).`
    : `${tag} applied to ${plural(r.tagged)} (${r.alreadyTagged} already carried it).`;
}
