// `threadline note`: a note on a message, with its author and time (audited).
import { withCase } from '../case';
import { out } from '../io';
import { CASE_OPTION, REVIEWER_OPTION, type Command, type OptionTable } from '../options';
import { cliReviewer } from '../reviewer';

const options = {
  case: CASE_OPTION,
  message: { value: 'id', kind: 'count', required: true, help: 'The message the note is on (ids: search --json).' },
  text: { value: 'text', required: true, help: 'The note, plain text.' },
  reviewer: REVIEWER_OPTION,
  json: { help: 'Print the note as one JSON object.' },
} as const satisfies OptionTable;

export const noteCommand: Command<typeof options> = {
  name: 'note',
  summary: 'add a note to a message (searchable with note:word)',
  options,
  example: "threadline note --case matter.threadline --message 812 --text 'Ask the custodian about the gap' --reviewer 'Pat Lee'",
  async run({ options: o }) {
    const reviewer = cliReviewer('note', o.reviewer);
    return withCase(o.case, async (engine) => {
      const note = await engine.api.addNote({ target: { scope: 'message', messageId: o.message }, text: o.text, reviewer });
      out(o.json ? JSON.stringify(note) : `Note ${note.id} added to message ${o.message} by ${note.reviewer}.`);
      return 0;
    });
  },
};
