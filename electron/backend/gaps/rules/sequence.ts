// R3: holes in row ids or sort counters. Only databases carry them; say so for everything else.
// A phone's iOS database numbers each chat's messages (ZSORT, ZMESSAGECOUNTER): holes are per chat
// (DB-4). Android row ids are shared by all chats, so their holes are the database's (DB-1, device-database.ts).
import { cannot, ran, ref, type GapRule, type NewFinding } from '../types';
import { databaseSignals } from './device-database';

export const sequence: GapRule = {
  id: 'R3',
  title: 'Holes in database row ids and sort counters',
  run(db, f) {
    if (f.format === 'whatsapp-db') {
      const d = databaseSignals(f.signals);
      if (d?.platform === 'android') return cannot('msgstore.db row ids are issued across all chats, so their holes are reported for the database as a whole (DB-1), not per chat');
      const key = db.prepare('SELECT native_id FROM conversations WHERE id = ?').pluck().get(f.conversationId) as string | null;
      if (key === null) return cannot('this conversation is not a chat session of the database (rows a forensic tool recovered), so it has no sort order');
      const findings: NewFinding[] = (d?.sortHoles?.[key] ?? []).map((h) => {
        const n = h.to - h.from + 1;
        return {
          rule: 'DB-4',
          type: 'missing_sequence',
          strength: 'medium',
          beforeSeq: h.beforeSeq,
          afterSeq: h.afterSeq,
          count: n,
          explanation: `${n === 1 ? `ZSORT ${h.from} is` : `ZSORT ${h.from}–${h.to} are`} missing from this chat's sort order: ${n === 1 ? 'a message was' : `${n} messages were`} most likely removed from the store (delete for me, cleared chat, expired disappearing message). An inference from how WhatsApp numbers messages; confirm on a reference device before asserting it.`,
          evidence: [ref(f, null, null, null, `ZSORT ${h.from - 1} → ${h.to + 1}`)],
        };
      });
      const short = d?.counterShortfalls?.[key];
      if (short) {
        const n = short.counter - 1 - short.highestSort;
        findings.push({
          rule: 'DB-4',
          type: 'missing_sequence',
          strength: 'medium',
          beforeSeq: f.messageCount > 0 ? f.messageCount - 1 : undefined,
          count: n,
          explanation: `The chat's ZMESSAGECOUNTER is ${short.counter}, so WhatsApp numbered ${short.counter - 1} messages, but the last sort value present is ${short.highestSort} (${short.rows} rows): ${n} message${n === 1 ? '' : 's'} after the last one kept ${n === 1 ? 'is' : 'are'} most likely missing.`,
          evidence: [ref(f, null, null, null, `ZWACHATSESSION.ZMESSAGECOUNTER ${short.counter}`)],
        });
      }
      return ran(findings);
    }
    if (f.format === 'whatsapp') return cannot('a chat text export has no row ids or sort counters; only the phone’s database (msgstore.db, ChatStorage.sqlite) does');
    if (f.format === 'wickr') return cannot('Wickr retention archives have no per-conversation sequence numbers');
    if (f.format === 'forensic') return cannot('the report’s own counters (Instant Message #) reflect its filtering, not deletions (CB-3); the app’s database ids are not in this table');
    if (f.format === 'ufdr') return cannot('a Cellebrite report’s source_index numbers every model of the report, not the app database’s rows; breaks in a chat’s run of it are leads (UF-3), not holes in row ids');
    return cannot('this source carries no database row ids or sort counters');
  },
};
