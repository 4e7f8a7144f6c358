// R6: messages one custodian's copy of a conversation holds and another's lacks (docs/gaps.md#r6),
// read from the alignment of linked copies: one finding per run of absent messages, with its count.
// A run before this copy begins or after it ends is a difference of coverage (an export cap, a later
// join), not an absence inside the shared window. When a copy's wall-clock times were read in an
// assumed zone (none was given at import), its instants may be off by whole hours; the alignment
// allows for that, but the finding says so and is a medium lead rather than a high one.
import { absenceRuns, type AlignedRow } from '../../align/align';
import { cannot, ran, type GapRule, type NewFinding } from '../types';

interface Row {
  pos: number;
  conversationId: number;
  messageId: number;
}

interface CopySource {
  fileName: string;
  chatEntry: string | null;
  timeZone: string;
}

interface MessageRef {
  id: number;
  seq: number;
  sentAt: number | null;
  sentAtLocal: string | null;
  lineStart: number | null;
  record: string | null;
  fileName: string;
  chatEntry: string | null;
  custodian: string | null;
}

export const crossSource: GapRule = {
  id: 'R6',
  title: 'Messages present in one source of a conversation and absent from another',
  run(db, f) {
    const link = db.prepare('SELECT link_id AS linkId FROM conversation_link_members WHERE conversation_id = ?').get(f.conversationId) as { linkId: number } | undefined;
    if (!link) return cannot('no other custodian’s copy of this conversation is in the case (or none was recognised as one)');
    const rows = db.prepare('SELECT pos, conversation_id AS conversationId, message_id AS messageId FROM aligned_rows WHERE link_id = ? ORDER BY pos').all(link.linkId) as Row[];
    // Rows with this copy as side a and the other copies as side b; ids stand in for seqs.
    const aligned: AlignedRow[] = [];
    for (const r of rows) {
      const row = aligned[r.pos] ?? (aligned[r.pos] = { a: null, b: null });
      if (r.conversationId === f.conversationId) row.a = r.messageId;
      else row.b ??= r.messageId;
    }
    const message = db.prepare(
      `SELECT m.id, m.seq, m.sent_at AS sentAt, m.sent_at_local AS sentAtLocal, m.line_start AS lineStart, m.record, s.file_name AS fileName,
              s.chat_entry AS chatEntry, s.custodian
       FROM messages m JOIN conversations c ON c.id = m.conversation_id JOIN sources s ON s.id = c.source_id WHERE m.id = ?`,
    );
    const get = (id: number) => message.get(id) as MessageRef;
    const file = (m: { fileName: string; chatEntry: string | null }) => (m.chatEntry ? `${m.fileName}!${m.chatEntry}` : m.fileName);
    const assumedZones = db
      .prepare(
        `SELECT DISTINCT s.file_name AS fileName, s.chat_entry AS chatEntry, s.time_zone AS timeZone
         FROM conversation_link_members lm JOIN conversations c ON c.id = lm.conversation_id JOIN sources s ON s.id = c.source_id
         WHERE lm.link_id = ? AND s.time_zone_assumed = 1 AND s.time_basis = 'wall_clock' ORDER BY lm.position`,
      )
      .all(link.linkId) as CopySource[];
    const zoneCaveat =
      assumedZones.length === 0
        ? ''
        : ` No zone was given for ${assumedZones.map((z) => `${file(z)} (its times were read as ${z.timeZone})`).join(' or ')}, so its times may be off by whole hours; the copies were aligned allowing for that, but this is a lead of medium strength, not high, until the zone is confirmed.`;
    const findings: NewFinding[] = [];
    for (const run of absenceRuns(aligned).filter((r) => r.missingFrom === 'a')) {
      const present = aligned.slice(run.first, run.last + 1).map((r) => get(r.b!));
      const before = aligned.slice(0, run.first).reverse().find((r) => r.a !== null)?.a ?? null;
      const after = aligned.slice(run.last + 1).find((r) => r.a !== null)?.a ?? null;
      const mineBefore = before === null ? null : get(before);
      const mineAfter = after === null ? null : get(after);
      const first = present[0]!;
      const last = present[present.length - 1]!;
      const holder = `${file(first)}${first.custodian ? ` (custodian ${first.custodian})` : ''}`;
      const span = `${first.sentAtLocal ?? '?'} – ${last.sentAtLocal ?? '?'}`;
      findings.push({
        rule: 'R6',
        type: run.outsideWindow ? 'coverage' : 'cross_source_absence',
        strength: run.outsideWindow ? 'context' : zoneCaveat ? 'medium' : 'high',
        beforeMessageId: mineBefore?.id ?? null,
        beforeSeq: mineBefore?.seq ?? null,
        afterMessageId: mineAfter?.id ?? null,
        afterSeq: mineAfter?.seq ?? null,
        fromAt: first.sentAt,
        toAt: last.sentAt,
        fromLocal: first.sentAtLocal,
        toLocal: last.sentAtLocal,
        count: run.count,
        explanation: run.outsideWindow
          ? `${run.count} message${run.count === 1 ? '' : 's'} of the copy in ${holder} (${span}) fall ${mineBefore === null ? 'before this copy begins' : 'after this copy ends'}: the two exports cover different periods (an export cap, a later join or an earlier export), which is not an absence inside the shared window.`
          : `${run.count} message${run.count === 1 ? '' : 's'} in the copy of ${holder} (${span}) ${run.count === 1 ? 'is' : 'are'} not in this copy: deleted from this phone only ("delete for me"), lost, or not exported.${zoneCaveat}`,
        evidence: present.slice(0, 10).map((m) => ({ messageId: m.id, file: file(m), line: m.lineStart, record: m.record, text: null })),
      });
    }
    return ran(findings);
  },
};
