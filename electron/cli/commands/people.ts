// `threadline people`: persons with the participants grouped into each and why, and the suggestions
// that stay unmerged until a reviewer decides (docs/people.md).
import type { Person, PersonSuggestion } from '../../../shared/model';
import { AUTOMATIC } from '../../backend/people/persons';
import { withCase } from '../case';
import { out } from '../io';
import { CASE_OPTION, type Command, type OptionTable } from '../options';

const options = {
  case: CASE_OPTION,
  json: { help: 'Print one JSON object: {"persons":[...],"suggestions":[...]}.' },
} as const satisfies OptionTable;

export const peopleCommand: Command<typeof options> = {
  name: 'people',
  summary: 'list persons, their participants and why they are grouped, and suggestions',
  options,
  example: 'threadline people --case matter.threadline',
  async run({ options: o }) {
    return withCase(o.case, async (engine) => {
      const persons = await engine.api.listPersons({});
      const suggestions = await engine.api.personSuggestions({});
      if (o.json) out(JSON.stringify({ persons, suggestions }));
      else printPersons(persons, suggestions);
      return 0;
    });
  },
};

function printPersons(persons: Person[], suggestions: PersonSuggestion[]): void {
  for (const x of persons) {
    const named = x.nameSource === 'participants' ? '' : ` (name from ${x.nameSource === 'contact_list' ? `a contact list: ${x.nameEvidence}` : x.nameEvidence})`;
    out(`person ${x.id}: ${x.name}${named}, ${x.messageCount} messages`);
    for (const q of x.participants) {
      const why = q.method === 'single' ? (q.evidence ? `alone: ${q.evidence}` : 'alone') : `${q.method}: ${q.evidence}`;
      out(`  ${q.name} in ${q.sourceFile} (source ${q.sourceId}), ${q.identity.kind} ${q.identity.key}, ${q.messageCount} messages — ${why}${q.decidedBy === AUTOMATIC ? '' : ` (by ${q.decidedBy})`}`);
    }
  }
  out(`${suggestions.length} suggestion${suggestions.length === 1 ? '' : 's'} (weak evidence; merge in the People dialog):`);
  for (const s of suggestions) out(`  persons ${s.personIds.join(', ')}: ${s.explanation}`);
}
