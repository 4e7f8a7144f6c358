// `threadline tag <name>`: applies a tag (or removes it) on messages, every hit of a search, every
// message of a time range, a conversation-day or a conversation, as one audited action by the
// reviewer named.
import type { BulkSelection, TagResult } from '../../../shared/review';
import type { Engine } from '../../backend/api';
import { localToUtc, parseLocalIso } from '../../backend/time/zone';
import { withCase } from '../case';
import { UsageError } from '../errors';
import { out } from '../io';
import { CASE_OPTION, REVIEWER_OPTION, type Command, type OptionTable, type Parsed } from '../options';
import { cliReviewer } from '../reviewer';

const options = {
  case: CASE_OPTION,
  query: { value: 'query', help: 'Tag every hit of this search (docs/search-language.md).' },
  message: { value: 'id', kind: 'count', multiple: true, help: 'Tag this message (ids: search --json).' },
  conversation: { value: 'id', kind: 'count', help: "Tag this conversation (ids: 'threadline info'); with --day, one of its days; with --from and --to, only its messages in that range." },
  day: { value: 'date', kind: 'date', help: "With --conversation: tag this day (YYYY-MM-DD of the case's display zone)." },
  from: { value: 'local time', kind: 'minute', help: 'With --to: tag every message sent from this wall-clock time on (YYYY-MM-DDTHH:MM, or a date for its midnight).' },
  to: { value: 'local time', kind: 'minute', help: 'With --from: up to this wall-clock time, not included.' },
  zone: { value: 'IANA zone', kind: 'zone', help: "Read --from and --to in this zone (the case's display zone otherwise)." },
  remove: { help: 'Remove the tag instead of applying it.' },
  reviewer: REVIEWER_OPTION,
  reason: { value: 'text', help: 'Why, kept in the audit log.' },
  json: { help: 'Print one JSON object: {"tagged","alreadyTagged","scope","removed","actionId"}.' },
} as const satisfies OptionTable;

type Args = Parsed<typeof options>;

export const tagCommand: Command<typeof options> = {
  name: 'tag',
  summary: 'apply a tag (or --remove it) on messages, a search, a time range, a conversation-day or a conversation',
  operands: '<name>',
  options,
  notes: [
    "Give exactly one of --query, --message (repeatable), --from with --to, or --conversation (with --day for one day). A day's or conversation's tag reaches its messages as inherited. One run is one action in the audit log, undone as one in the app.",
    "A time range tags each message sent in it, as a message tag; --conversation narrows it to one conversation. Its times are wall clock of the case's display zone ('threadline info' names it) unless --zone gives another (docs/timeline.md).",
  ],
  example: "threadline tag Responsive --case matter.threadline --query 'permit w/3 fee' --reviewer 'Pat Lee' --json",
  async run(args) {
    const o = args.options;
    const name = tagName(args);
    const range = o.from !== undefined || o.to !== undefined;
    const chosen = [o.query !== undefined, o.message.length > 0, range || o.conversation !== undefined].filter(Boolean).length;
    if (chosen !== 1) throw new UsageError('threadline tag needs exactly one of --query <query>, --message <id>, --from <local time> --to <local time> or --conversation <id>.');
    if (o.day !== undefined && o.conversation === undefined) throw new UsageError('--day goes with --conversation <id>.');
    if (range && (o.from === undefined || o.to === undefined)) throw new UsageError('--from and --to go together: give both.');
    if (range && o.day !== undefined) throw new UsageError('--day and --from/--to each choose the time tagged: give one of them.');
    if (o.zone !== undefined && !range) throw new UsageError('--zone goes with --from and --to.');
    if (range && o.from! >= o.to!) throw new UsageError(`--to must be later than --from (from ${o.from}, to ${o.to}).`);
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

async function code(engine: Engine, tag: string, args: Args, reviewer: string): Promise<TagResult> {
  const o = args.options;
  const common = { tag, remove: o.remove, reviewer, ...(o.reason === undefined ? {} : { reason: o.reason }) };
  const selection = bulkSelection(args);
  if (selection === null) {
    const target =
      o.conversation === undefined
        ? { scope: 'message' as const, messageIds: o.message }
        : o.day === undefined
          ? { scope: 'conversation' as const, conversationId: o.conversation }
          : { scope: 'day' as const, conversationId: o.conversation, day: o.day };
    return engine.api.applyTag({ ...common, target });
  }
  const { jobId } = await engine.api.bulkTag({ ...common, selection });
  await engine.idle();
  const job = await engine.api.reviewJob({ jobId });
  if (job.state !== 'done' || job.result === null) throw new UsageError(`Tagging ${selected(args)} did not finish: ${job.error ?? job.state}; nothing was changed.`);
  return job.result;
}

/** The selection coded as a job (a search or a time range), or null for a target coded at once. */
function bulkSelection({ options: o }: Args): BulkSelection | null {
  if (o.query !== undefined) return { kind: 'query', query: o.query };
  if (o.from === undefined || o.to === undefined) return null;
  const inConversation = o.conversation === undefined ? {} : { conversationId: o.conversation };
  // The display zone is the engine's to read (as the window's range is); another zone is read here, to UTC.
  if (o.zone === undefined) return { kind: 'localRange', from: o.from, to: o.to, ...inConversation };
  return { kind: 'range', from: utcOf(o.from, o.zone), to: utcOf(o.to, o.zone), ...inConversation };
}

/** A wall clock as the option's kind `minute` gave it back. */
function utcOf(wallClock: string, zone: string): number {
  return localToUtc(parseLocalIso(wallClock)!, zone);
}

function selected({ options: o }: Args): string {
  return o.query !== undefined ? `the hits of ${JSON.stringify(o.query)}` : `the messages from ${o.from} to ${o.to}`;
}

function sentence(tag: string, r: TagResult): string {
  const unit = { message: 'message', day: 'conversation-day', conversation: 'conversation' }[r.scope];
  const plural = (n: number) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  return r.removed
    ? `${tag} removed from ${plural(r.tagged)} (${r.alreadyTagged} did not carry it).`
    : `${tag} applied to ${plural(r.tagged)} (${r.alreadyTagged} already carried it).`;
}
