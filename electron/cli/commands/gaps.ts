// `threadline gaps`: the gap engine's findings and the rules that could not run, or the completeness
// report as HTML or CSV (docs/gaps.md). The list can be narrowed to a rule, a type or a strength.
import { COMPLETENESS_FORMATS, type CompletenessFormat } from '../../../shared/enums';
import { FINDING_TYPES, STRENGTHS, type Finding, type RuleNotRun } from '../../../shared/findings';
import type { ConversationSummary } from '../../../shared/model';
import { requireConversation, withCase } from '../case';
import { UsageError } from '../errors';
import { checkOutPath, out, writeOutput, writeText } from '../io';
import { CASE_OPTION, CONVERSATION_OPTION, JSON_OPTION, type Command, type OptionTable } from '../options';
import { findingKey } from '../../backend/review/finding-reviews';

const options = {
  case: CASE_OPTION,
  conversation: CONVERSATION_OPTION,
  json: JSON_OPTION,
  rule: { value: 'rule id', help: 'Only findings of this rule (R1, WA-1, RK-1 ...; docs/gaps.md).' },
  type: { value: 'type', choices: FINDING_TYPES, help: 'Only findings of this type.' },
  strength: { value: 'strength', choices: STRENGTHS, help: 'Only findings of this strength: recorded facts, or leads from high to context.' },
  report: { value: COMPLETENESS_FORMATS.join('|'), help: 'Print the completeness report instead: HTML to read and print, CSV to sort.' },
  out: { value: 'path', help: 'With --report: write it to this new file (its folder must exist).' },
} as const satisfies OptionTable;

export const gapsCommand: Command<typeof options> = {
  name: 'gaps',
  summary: 'list gap findings (deleted or missing messages) and the rules that could not run',
  options,
  example: 'threadline gaps --case matter.threadline --report html --out completeness.html',
  async run({ options: o }) {
    const report = o.report;
    // Said as "html or csv" (not through the option's choices) because scripts match that sentence.
    if (report !== undefined && !isCompletenessFormat(report)) throw new UsageError(`--report must be ${COMPLETENESS_FORMATS.join(' or ')}, not '${report}'.`);
    if (o.out !== undefined && report === undefined) throw new UsageError(`--out goes with --report ${COMPLETENESS_FORMATS.join('|')}.`);
    if (report !== undefined && (o.rule ?? o.type ?? o.strength) !== undefined) throw new UsageError('--rule, --type and --strength narrow the list of findings; the completeness report always holds them all.');
    if (o.out !== undefined) checkOutPath(o.out);
    return withCase(o.case, async (engine) => {
      const conversations = o.conversation === undefined ? await engine.api.listConversations({}) : [await requireConversation(engine, o.case, o.conversation)];
      if (report !== undefined) {
        const { text } = await engine.api.completenessExport({ conversationId: o.conversation, format: report });
        return writeOutput(o.out, (stream) => writeText(stream, text), () => `completeness report for ${conversations.length} conversation${conversations.length === 1 ? '' : 's'}`);
      }
      const { findings, notRun } = await engine.api.listFindings({ conversationId: o.conversation, rule: o.rule, type: o.type, strength: o.strength });
      if (o.json) out(JSON.stringify(findingsJson(findings, notRun)));
      else printFindings(conversations, findings, notRun);
      return 0;
    });
  },
};

function isCompletenessFormat(value: string): value is CompletenessFormat {
  return (COMPLETENESS_FORMATS as readonly string[]).includes(value);
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** The documented `gaps --json` shape, extended only additively. */
function findingsJson(findings: Finding[], notRun: RuleNotRun[]): unknown {
  return {
    findings: findings.map((f) => ({
      // id is what `chronology add --finding` and the API take until the source is analysed again;
      // key names the same finding across analyses (a chronology entry keeps it).
      id: f.id,
      key: findingKey(f),
      rule: f.rule,
      type: f.type,
      strength: f.strength,
      conversationId: f.conversationId,
      from: iso(f.fromAt),
      to: iso(f.toAt),
      fromLocal: f.fromLocal,
      toLocal: f.toLocal,
      messageId: f.messageId,
      beforeMessageId: f.beforeMessageId,
      afterMessageId: f.afterMessageId,
      count: f.count,
      score: f.score,
      explanation: f.explanation,
      evidence: f.evidence,
    })),
    notRun: notRun.map((n) => ({ rule: n.rule, why: n.why, conversationId: n.conversationId, sourceId: n.sourceId })),
  };
}

function printFindings(conversations: ConversationSummary[], findings: Finding[], notRun: RuleNotRun[]): void {
  for (const c of conversations) {
    const mine = findings.filter((f) => f.conversationId === c.id);
    out(`conversation ${c.id}: ${c.title} — ${mine.length} finding${mine.length === 1 ? '' : 's'}`);
    for (const f of mine) {
      const span = f.fromLocal || f.toLocal ? ` ${f.fromLocal ?? ''}${f.toLocal && f.toLocal !== f.fromLocal ? ` – ${f.toLocal}` : ''}` : '';
      out(`  [${f.strength}] ${f.rule} ${f.type}${span}: ${f.explanation}`);
    }
    for (const n of notRun.filter((x) => x.conversationId === c.id)) out(`  [cannot determine] ${n.rule}: ${n.why}`);
  }
}
