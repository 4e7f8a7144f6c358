// `threadline info`: the case at a glance: its sources (hash, zone, date order), conversations, linked
// copies and the persons written in more than one way.
import type { CaseInfo, ConversationLink, ConversationSummary, Person, SourceSummary } from '../../../shared/model';
import { withCase } from '../case';
import { out } from '../io';
import { CASE_OPTION, JSON_OPTION, type Command, type OptionTable } from '../options';

const options = {
  case: CASE_OPTION,
  json: JSON_OPTION,
} as const satisfies OptionTable;

interface CaseOverview {
  info: CaseInfo;
  displayTimeZone: string;
  sources: SourceSummary[];
  conversations: ConversationSummary[];
  persons: Person[];
  links: ConversationLink[];
}

export const infoCommand: Command<typeof options> = {
  name: 'info',
  summary: 'describe the case: sources, conversations, linked copies, persons',
  options,
  example: 'threadline info --case matter.threadline --json',
  async run({ options: o }) {
    return withCase(o.case, async (engine) => {
      const overview: CaseOverview = {
        info: await engine.api.caseInfo({}),
        displayTimeZone: (await engine.api.displayTimeZone({})).timeZone,
        sources: await engine.api.listSources({}),
        conversations: await engine.api.listConversations({}),
        persons: await engine.api.listPersons({}),
        links: await engine.api.listLinks({}),
      };
      if (o.json) out(JSON.stringify(overviewJson(overview)));
      else printOverview(overview, o.case);
      return 0;
    });
  },
};

/** The `info --json` shape: a stable interface, extended only additively. */
function overviewJson({ info, displayTimeZone, sources, conversations, persons, links }: CaseOverview): unknown {
  return {
    case: { ...info, displayTimeZone },
    sources,
    conversations,
    persons: persons.map((person) => ({
      id: person.id,
      name: person.name,
      participants: person.participants.map((q) => ({ id: q.id, name: q.name, sourceId: q.sourceId, identity: q.identity, method: q.method })),
    })),
    links,
  };
}

function printOverview({ info, displayTimeZone, sources, conversations, persons, links }: CaseOverview, casePath: string): void {
  out(`${info.path}: ${info.sourceCount} sources, ${info.conversationCount} conversations, ${info.messageCount} messages (default zone ${info.defaultTimeZone}, display zone ${displayTimeZone})`);
  for (const s of sources) {
    out(`source ${s.id}: ${s.path}`);
    out(`  ${s.formatDetail}`);
    out(`  sha256 ${s.sha256}, ${s.messageCount} messages, custodian ${s.custodian ?? '(none)'}, zone ${s.timeZone}${s.timeZoneAssumed ? ' (assumed)' : ''}`);
    out(`  date order ${s.dateOrder.value ?? 'unknown'}${s.dateOrder.ambiguous ? ' (AMBIGUOUS)' : ''}${s.dateOrder.locked ? ' (locked)' : ''}: ${s.dateOrder.evidence}`);
    if (s.warningCount) out(`  ${s.warningCount} warnings`);
    if (s.account) out(`  ${s.account.kind} account of ${s.account.holder ?? '(holder not chosen)'}`);
  }
  for (const c of conversations) {
    out(`conversation ${c.id}: ${c.title} (${c.kind}, ${c.messageCount} messages, ${c.firstLocal ?? '?'} – ${c.lastLocal ?? '?'}, source file ${c.sourceFile})`);
  }
  for (const l of links) {
    const members = l.members.map((m) => `conversation ${m.conversationId} (${m.custodian ?? m.sourceFile}, ${m.onlyHere} only there)`).join(' and ');
    out(`link ${l.id}: ${members} — one conversation by ${l.method === 'reviewer' ? 'the reviewer' : l.evidence}; ${l.rows} messages merged`);
  }
  const grouped = persons.filter((x) => x.participants.length > 1);
  out(`${persons.length} persons, ${grouped.length} of them written in more than one way ('threadline people --case ${casePath}' lists them all)`);
  for (const x of grouped) out(`person ${x.id}: ${x.name} — ${x.participants.map((q) => `${q.name} (source ${q.sourceId}, ${q.method})`).join('; ')}`);
}
