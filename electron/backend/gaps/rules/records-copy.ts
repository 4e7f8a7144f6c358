// RK-1, the records lens (docs/gaps.md#rk-1, 44 U.S.C. 2911): messages the holder of a personal
// account wrote with no copy in an official account's source within 20 days, one finding per
// conversation-day. Whether a message is a business record is the reviewer's call, so the finding
// names every message it is about and claims no more than the missing copy.
import { checkCopies, COPY_DEADLINE_MS, OfficialCopies, personalAccountOf, type HolderMessage } from '../../records/copies';
import { cannot, ran, ref, type ConversationFacts, type GapRule, type NewFinding } from '../types';

const DAYS = COPY_DEADLINE_MS / 86_400_000;

function clock(m: HolderMessage): string {
  return m.sentAtLocal?.slice(11, 16) ?? '?';
}

function dayFinding(facts: ConversationFacts, holder: string, day: string, messages: HolderMessage[], undecidedUntil: string | null): NewFinding {
  const first = messages[0]!;
  const last = messages[messages.length - 1]!;
  const n = messages.length;
  const which = `${n} message${n === 1 ? '' : 's'} ${holder} sent from this personal account on ${day} (${messages.slice(0, 8).map(clock).join(', ')}${n > 8 ? ', …' : ''})`;
  return {
    rule: 'RK-1',
    type: 'records_not_copied',
    strength: undecidedUntil === null ? 'medium' : 'low',
    messageId: first.id,
    beforeSeq: last.seq,
    fromAt: first.sentAt,
    toAt: last.sentAt,
    fromLocal: first.sentAtLocal,
    toLocal: last.sentAtLocal,
    count: n,
    explanation:
      undecidedUntil === null
        ? `${which} ${n === 1 ? 'has' : 'have'} no copy in any official account’s source within ${DAYS} days (44 U.S.C. 2911), by the same words or the same attachment. If ${n === 1 ? 'it is a business record' : 'they are business records'}, the copy was not made or is in a source not in this case.`
        : `${which}: no copy in the official sources yet, but they end ${undecidedUntil}, before the ${DAYS} days ran out; whether a copy was made cannot be told from this case.`,
    evidence: messages.map((m) => ref(facts, m.id, m.lineStart, null, m.record)),
  };
}

export const recordsCopy: GapRule = {
  id: 'RK-1',
  title: 'Messages sent from a personal account with no official copy within 20 days (44 U.S.C. 2911)',
  run(db, facts) {
    const account = personalAccountOf(db, facts.sourceId);
    if (account === null) {
      const kind = db.prepare('SELECT account_kind FROM sources WHERE id = ?').pluck().get(facts.sourceId) as string | null;
      return kind === 'official' ? ran([]) : cannot('the source is not marked as an official or a personal account (Sources → Account)');
    }
    if (account.holder === null) return cannot('the personal account’s holder is not chosen, so their messages cannot be told from others’ (Sources → Account)');
    // Built once per analysis: every conversation of every personal source looks in the same copies.
    let official = facts.perAnalysis.get('RK-1') as OfficialCopies | undefined;
    if (official === undefined) facts.perAnalysis.set('RK-1', (official = new OfficialCopies(db)));
    if (official.sourceCount === 0) return cannot('no source in the case is marked as an official account, so there is nowhere to look for copies');
    const byDay = new Map<string, { missing: HolderMessage[]; undecided: HolderMessage[]; officialEnd: number | null }>();
    for (const { message, verdict } of checkCopies(db, facts.conversationId, account.holder, official)) {
      if (verdict.kind !== 'not_copied' && verdict.kind !== 'undecided') continue;
      const day = message.sentAtLocal?.slice(0, 10) ?? 'an unknown day';
      const entry = byDay.get(day) ?? { missing: [], undecided: [], officialEnd: null };
      if (verdict.kind === 'not_copied') entry.missing.push(message);
      else {
        entry.undecided.push(message);
        entry.officialEnd = verdict.officialEnd;
      }
      byDay.set(day, entry);
    }
    const findings: NewFinding[] = [];
    for (const [day, entry] of byDay) {
      if (entry.missing.length) findings.push(dayFinding(facts, account.holder, day, entry.missing, null));
      if (entry.undecided.length) findings.push(dayFinding(facts, account.holder, day, entry.undecided, new Date(entry.officialEnd!).toISOString().slice(0, 16).replace('T', ' ') + ' UTC'));
    }
    return ran(findings);
  },
};
