// `threadline chronology`: the investigator's chronology. Without a subcommand it lists a
// chronology's entries earliest first; `add` adds a message or range, a finding, a conversation-day
// or an outside event; `export` writes CSV, HTML or PDF after the self-check; `import` reads a CSV.
import { resolve } from 'node:path';
import { CHRONOLOGY_FORMATS, type ChronologyEntry, type ChronologyView, type EntryEvidence } from '../../../shared/chronology';
import { withCase } from '../case';
import { UsageError } from '../errors';
import { checkOutPath, out } from '../io';
import { CASE_OPTION, JSON_OPTION, REVIEWER_OPTION, type Command, type OptionTable, type Parsed } from '../options';
import { cliReviewer } from '../reviewer';

const options = {
  case: CASE_OPTION,
  chronology: { value: 'name', help: 'Which chronology (the master one, "Master", when not given); add and import make it when new.' },
  title: { value: 'text', help: 'add: the entry’s short title.' },
  message: { value: 'id', kind: 'count', multiple: true, help: 'add: the message cited; several make a range (ids: search --json).' },
  finding: { value: 'id', kind: 'count', help: "add: the gap finding cited (ids: 'threadline gaps --json')." },
  conversation: { value: 'id', kind: 'count', help: 'add: with --day, a conversation-day.' },
  day: { value: 'date', kind: 'date', help: "add: with --conversation, the day (YYYY-MM-DD of the case's display zone)." },
  at: { value: 'date or ISO time', help: 'add: an outside event, dated YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM (in --zone), or an ISO time with Z or an offset.' },
  approximate: { help: 'add: with --at, the date is approximate (one unit either side).' },
  zone: { value: 'IANA zone', kind: 'zone', help: "add: with --at, the zone of its wall clock (the case's display zone otherwise)." },
  note: { value: 'text', help: 'add: the entry’s description.' },
  label: { value: 'name', multiple: true, help: 'add: a label.' },
  person: { value: 'name', multiple: true, help: 'add: a person the entry concerns, by name: a person of People (the authors of its messages when none is given); an outside event may name anyone.' },
  format: { value: 'format', choices: CHRONOLOGY_FORMATS, help: 'export: the file’s format.' },
  out: { value: 'path', help: 'export: the file to write.' },
  from: { value: 'file', help: 'import: the CSV to read (the export’s columns, or at least title and date).' },
  reviewer: REVIEWER_OPTION,
  json: JSON_OPTION,
} as const satisfies OptionTable;

type Args = Parsed<typeof options>;
type Sub = 'list' | 'add' | 'export' | 'import';

/** The options each subcommand takes besides --case, --chronology and --json. */
const OWN: Record<Sub, readonly (keyof typeof options)[]> = {
  list: [],
  add: ['title', 'message', 'finding', 'conversation', 'day', 'at', 'approximate', 'zone', 'note', 'label', 'person', 'reviewer'],
  export: ['format', 'out'],
  import: ['from', 'reviewer'],
};
const SHARED = new Set(['case', 'chronology', 'json']);

export const chronologyCommand: Command<typeof options> = {
  name: 'chronology',
  summary: 'list, add to, export (csv, html, pdf) or import (csv) the investigator’s chronology',
  operands: '[add|export|import]',
  options,
  notes: [
    'Without a subcommand: the entries earliest first, each with its span in the display zone, the source clock, its uncertainty, the entries it overlaps and its citations.',
    'add needs --title and one of: --message <id>... | --finding <id> | --conversation <id> --day <date> | --at <date> [--approximate] [--zone <zone>]. export needs --format and --out; it checks the chronology against the case first and prints the warnings on the cover. import needs --from; every row is added or reported with its problems.',
  ],
  example: "threadline chronology add --case matter.threadline --title 'Phone seized' --at 2024-03-02 --label custody --reviewer 'Pat Lee'",
  async run(args) {
    const sub = subcommand(args);
    return withCase(args.options.case, async (engine) => {
      const o = args.options;
      const api = engine.api;
      const chronology = o.chronology === undefined ? {} : { chronology: o.chronology };
      switch (sub) {
        case 'list': {
          const view = await api.chronology(chronology);
          out(o.json ? JSON.stringify(view) : listing(view));
          return 0;
        }
        case 'add': {
          const reviewer = cliReviewer('chronology add', o.reviewer);
          if (o.title === undefined) throw new UsageError('threadline chronology add needs --title <text>.');
          const entry = await api.addChronologyEntry({ ...chronology, title: o.title, description: o.note, people: o.person, labels: o.label, evidence: evidenceOf(o), reviewer });
          out(o.json ? JSON.stringify(entry) : `Entry ${entry.id} added to ${entry.chronologies.join(', ')} by ${entry.createdBy}: ${entry.displayTime} — ${entry.title}`);
          return 0;
        }
        case 'export': {
          if (o.format === undefined || o.out === undefined) throw new UsageError('threadline chronology export needs --format csv|html|pdf and --out <path>.');
          checkOutPath(o.out);
          const done = await api.exportChronology({ ...chronology, format: o.format, outPath: resolve(o.out) });
          if (o.json) out(JSON.stringify(done));
          else {
            out(`Wrote ${done.entries} entr${done.entries === 1 ? 'y' : 'ies'} to ${done.path} (audit chain head ${done.auditHead}).`);
            for (const w of done.warnings) out(`warning: ${w.text}`);
          }
          return 0;
        }
        case 'import': {
          const reviewer = cliReviewer('chronology import', o.reviewer);
          if (o.from === undefined) throw new UsageError('threadline chronology import needs --from <file>.');
          const result = await api.importChronology({ ...chronology, csvPath: resolve(o.from), reviewer });
          if (o.json) out(JSON.stringify(result));
          else {
            out(`${result.added.length} of ${result.rows} rows added to ${result.chronology || 'no chronology'}; ${result.refused.length} refused.`);
            for (const r of result.refused) for (const p of r.problems) out(p);
          }
          // A refused row is a failure a script must see.
          return result.refused.length === 0 ? 0 : 1;
        }
      }
    });
  },
};

function subcommand({ operands, options: o }: Args): Sub {
  if (operands.length > 1) throw new UsageError(`threadline chronology takes one subcommand (add, export or import), not '${operands.join(' ')}'.`);
  const word = operands[0] ?? 'list';
  if (!(word in OWN)) throw new UsageError(`Unknown subcommand '${word}' for 'threadline chronology'; give add, export or import, or none to list.`);
  const sub = word as Sub;
  const given = (Object.keys(options) as (keyof typeof options)[]).filter((k) => !SHARED.has(k) && isGiven(o[k]));
  const stray = given.find((k) => !OWN[sub].includes(k));
  if (stray) throw new UsageError(`--${stray} does not go with 'threadline chronology${sub === 'list' ? '' : ` ${sub}`}'; see 'threadline chronology --help'.`);
  return sub;
}

function isGiven(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : value !== undefined && value !== false;
}

function evidenceOf(o: Args['options']): EntryEvidence {
  const chosen = [o.message.length > 0, o.finding !== undefined, o.conversation !== undefined || o.day !== undefined, o.at !== undefined].filter(Boolean).length;
  if (chosen !== 1) throw new UsageError('threadline chronology add needs exactly one of --message <id>..., --finding <id>, --conversation <id> with --day <date>, or --at <date>.');
  if ((o.approximate || o.zone !== undefined) && o.at === undefined) throw new UsageError('--approximate and --zone go with --at <date>.');
  if (o.message.length > 0) return { kind: 'messages', messageIds: o.message };
  if (o.finding !== undefined) return { kind: 'finding', findingId: o.finding };
  if (o.at !== undefined) return { kind: 'event', at: o.at, approximate: o.approximate, ...(o.zone === undefined ? {} : { timeZone: o.zone }) };
  if (o.conversation === undefined || o.day === undefined) throw new UsageError('--conversation <id> and --day <date> go together.');
  return { kind: 'day', conversationId: o.conversation, day: o.day };
}

function entryLines(e: ChronologyEntry): string[] {
  const head = `#${e.id}  ${e.displayTime}  [${e.kind}] ${e.title}`;
  const notes = [
    e.sourceTime && `source clock ${e.sourceTime}`,
    e.uncertainty.length > 1 || (e.uncertainty[0] && e.uncertainty[0].reason !== 'seconds') ? `uncertain: ${e.uncertainty.map((u) => u.text).join('; ')}` : '',
    e.overlaps.length > 0 ? `overlaps #${e.overlaps.join(', #')}: no order claimed` : '',
    e.labels.length > 0 ? `labels ${e.labels.join(', ')}` : '',
    e.people.length > 0 ? `people ${e.people.join(', ')}` : '',
    e.finding ? `finding ${e.finding.rule}: ${e.finding.explanation}` : '',
  ].filter((n): n is string => Boolean(n));
  return [head, ...notes.map((n) => `    ${n}`), ...e.citations.map((c) => `    cites ${c.text}${c.bates.length ? `; produced as ${c.bates.join(', ')}` : ''}`)];
}

function listing(view: ChronologyView): string {
  const head = `${view.chronology.name}: ${view.entries.length} entr${view.entries.length === 1 ? 'y' : 'ies'}, times in ${view.displayTimeZone}`;
  return [head, ...view.entries.flatMap(entryLines)].join('\n');
}
