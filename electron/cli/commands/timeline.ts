// `threadline timeline`: messages per day or hour over the case or a conversation, optionally split,
// with the gap findings of each bucket, counted in the display zone or in --tz (docs/timeline.md).
import { TIMELINE_BUCKET_CHOICES, TIMELINE_SPLITS } from '../../../shared/timeline';
import { dateRangeIn, timelineJson, timelineText } from '../../backend/timeline/report';
import { requireConversation, withCase } from '../case';
import { UsageError } from '../errors';
import { out } from '../io';
import { CASE_OPTION, CONVERSATION_OPTION, JSON_OPTION, ZONE_OPTION, type Command, type OptionTable } from '../options';

const options = {
  case: CASE_OPTION,
  conversation: CONVERSATION_OPTION,
  bucket: { value: 'size', choices: TIMELINE_BUCKET_CHOICES, default: 'auto', help: 'Count per day or per hour; auto picks hours for a short range.' },
  by: { value: 'split', choices: TIMELINE_SPLITS, default: 'none', help: 'One series per conversation, author or person.' },
  from: { value: 'date', kind: 'date', help: 'The first day counted (YYYY-MM-DD in the zone).' },
  to: { value: 'date', kind: 'date', help: 'The last day counted (YYYY-MM-DD in the zone).' },
  tz: ZONE_OPTION,
  json: JSON_OPTION,
} as const satisfies OptionTable;

export const timelineCommand: Command<typeof options> = {
  name: 'timeline',
  summary: 'messages per day or hour, split by conversation, author or person, with findings per bucket',
  options,
  example: 'threadline timeline --case matter.threadline --bucket day --by author --from 2024-03-01 --to 2024-03-31',
  async run({ options: o }) {
    if (o.from !== undefined && o.to !== undefined && o.to < o.from) throw new UsageError(`--to (${o.to}) is before --from (${o.from}).`);
    return withCase(o.case, async (engine) => {
      const scope = o.conversation === undefined ? 'the case' : `conversation ${o.conversation}: ${(await requireConversation(engine, o.case, o.conversation)).title}`;
      const timeZone = o.tz ?? (await engine.api.displayTimeZone({})).timeZone;
      const result = await engine.api.timeline({ conversationId: o.conversation, bucket: o.bucket, split: o.by, ...dateRangeIn(timeZone, o.from, o.to), timeZone });
      if (o.json) out(JSON.stringify(timelineJson(result)));
      else timelineText(result, scope).forEach((line) => out(line));
      return 0;
    });
  },
};
