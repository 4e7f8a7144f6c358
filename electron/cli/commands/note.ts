// `threadline note`: a note on a message, a conversation-day, a conversation or a gap finding, with
// its author and time (audited), through the same method the window's notes use.
import type { NoteTarget } from '../../../shared/review';
import { withCase } from '../case';
import { UsageError } from '../errors';
import { out } from '../io';
import { CASE_OPTION, REVIEWER_OPTION, type Command, type OptionTable, type Parsed } from '../options';
import { cliReviewer } from '../reviewer';

const options = {
  case: CASE_OPTION,
  message: { value: 'id', kind: 'count', help: 'The message the note is on (ids: search --json).' },
  conversation: { value: 'id', kind: 'count', help: "The conversation the note is on (ids: 'threadline info'); with --day, one of its days." },
  day: { value: 'date', kind: 'date', help: "With --conversation: the day the note is on (YYYY-MM-DD of the case's display zone, as 'threadline days' lists them)." },
  finding: { value: 'id', kind: 'count', help: 'The gap finding the note is on (ids: gaps --json).' },
  text: { value: 'text', required: true, help: 'The note, plain text.' },
  reviewer: REVIEWER_OPTION,
  json: { help: 'Print the note as one JSON object: {id,scope,messageId,conversationId,day,findingKey,text,reviewer,createdAt,editedAt,removed,history}.' },
} as const satisfies OptionTable;

export const noteCommand: Command<typeof options> = {
  name: 'note',
  summary: 'add a note to a message, a conversation-day, a conversation or a finding (searchable with note:word)',
  options,
  notes: ['Give exactly one of --message, --conversation (with --day for one of its days) or --finding. A note on a day, a conversation or a finding is found by note: on the messages it is about (docs/search-language.md).'],
  example: "threadline note --case matter.threadline --conversation 2 --day 2024-03-05 --text 'Ask the custodian about the gap' --reviewer 'Pat Lee'",
  async run({ options: o }) {
    const target = noteTarget(o);
    const reviewer = cliReviewer('note', o.reviewer);
    return withCase(o.case, async (engine) => {
      const note = await engine.api.addNote({ target, text: o.text, reviewer });
      out(o.json ? JSON.stringify(note) : `Note ${note.id} added to ${placeOf(target)} by ${note.reviewer}.`);
      return 0;
    });
  },
};

function noteTarget(o: Parsed<typeof options>['options']): NoteTarget {
  const chosen = [o.message, o.conversation, o.finding].filter((v) => v !== undefined).length;
  if (chosen !== 1) throw new UsageError('threadline note needs exactly one of --message <id>, --conversation <id> or --finding <id>.');
  if (o.day !== undefined && o.conversation === undefined) throw new UsageError('--day goes with --conversation <id>.');
  if (o.message !== undefined) return { scope: 'message', messageId: o.message };
  if (o.finding !== undefined) return { scope: 'finding', findingId: o.finding };
  return o.day === undefined ? { scope: 'conversation', conversationId: o.conversation! } : { scope: 'day', conversationId: o.conversation!, day: o.day };
}

function placeOf(target: NoteTarget): string {
  switch (target.scope) {
    case 'message':
      return `message ${target.messageId}`;
    case 'day':
      return `${target.day} of conversation ${target.conversationId}`;
    case 'conversation':
      return `conversation ${target.conversationId}`;
    case 'finding':
      return `finding ${target.findingId}`;
  }
}
