// `threadline days`: a conversation's calendar days with messages by kind and the gap findings of
// each, in the case's display zone or in --tz for this listing only (docs/timeline.md).
import { daysJson, daysText } from '../../backend/timeline/report';
import { requireConversation, withCase } from '../case';
import { out } from '../io';
import { CASE_OPTION, JSON_OPTION, ZONE_OPTION, type Command, type OptionTable } from '../options';

const options = {
  case: CASE_OPTION,
  conversation: { value: 'id', kind: 'count', required: true, help: "The conversation (ids: 'threadline info')." },
  tz: ZONE_OPTION,
  json: JSON_OPTION,
} as const satisfies OptionTable;

export const daysCommand: Command<typeof options> = {
  name: 'days',
  summary: "a conversation's days: messages by kind and gap findings per day",
  options,
  example: 'threadline days --case matter.threadline --conversation 3 --tz America/New_York',
  async run({ options: o }) {
    return withCase(o.case, async (engine) => {
      const { title } = await requireConversation(engine, o.case, o.conversation);
      const result = await engine.api.conversationDays({ conversationId: o.conversation, timeZone: o.tz });
      if (o.json) out(JSON.stringify(daysJson(result)));
      else daysText(result, title).forEach((line) => out(line));
      return 0;
    });
  },
};
