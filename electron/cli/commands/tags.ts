// `threadline tags`: the tags of the case, each with where it is applied (messages, conversation-days,
// conversations) and by which reviewer.
import type { TagList, TagSummary } from '../../../shared/review';
import { withCase } from '../case';
import { out } from '../io';
import { CASE_OPTION, type Command, type OptionTable } from '../options';

const options = {
  case: CASE_OPTION,
  removed: { help: 'List removed tags too (their history is kept).' },
  json: { help: 'Print one JSON object: {"tags":[{id,name,color,description,shortcut,group,removed,counts,byReviewer}],"groups":[...]}.' },
} as const satisfies OptionTable;

export const tagsCommand: Command<typeof options> = {
  name: 'tags',
  summary: 'list the tags with counts per scope and per reviewer',
  options,
  example: 'threadline tags --case matter.threadline --json',
  async run({ options: o }) {
    return withCase(o.case, async (engine) => {
      const list = await engine.api.listTags({ removed: o.removed });
      if (o.json) out(JSON.stringify(list));
      else printTags(list);
      return 0;
    });
  },
};

function counts(c: { message: number; day: number; conversation: number }): string {
  return `${c.message} message${c.message === 1 ? '' : 's'}, ${c.day} day${c.day === 1 ? '' : 's'}, ${c.conversation} conversation${c.conversation === 1 ? '' : 's'}`;
}

function describe(t: TagSummary): string {
  const group = t.group ? ` [${t.group.name}${t.group.exclusive ? ', one of' : ''}]` : '';
  const key = t.shortcut ? ` key ${t.shortcut}` : '';
  return `${t.name}${group}${key}${t.removed ? ' (removed)' : ''}: ${counts(t.counts)}`;
}

function printTags(list: TagList): void {
  for (const t of list.tags) {
    out(describe(t));
    for (const r of t.byReviewer) out(`  ${r.reviewer}: ${counts(r)}`);
  }
}
