// R4 / WA-7: the 8-digit counter in iOS media file names grows about one per message on the phone;
// a jump larger than the messages between two attachments is a weak hint of messages not exported.
import { cannot, ran, ref, type GapRule, type NewFinding } from '../types';

interface Counter {
  seq: number;
  counter: number;
}

export const mediaCounter: GapRule = {
  id: 'WA-7',
  title: 'Skips in the iOS media counter of a with-media export',
  run(db, f) {
    const counters = (f.signals.iosMediaCounters as Counter[] | undefined) ?? [];
    if (f.format !== 'whatsapp' || counters.length < 2) return cannot('no iOS media counters in this source (only iOS exports with media carry them)');
    const bySeq = db.prepare('SELECT id, sent_at AS sentAt, sent_at_local AS sentAtLocal, line_start AS lineStart, body FROM messages WHERE conversation_id = ? AND seq = ?');
    const findings: NewFinding[] = [];
    for (let i = 1; i < counters.length; i++) {
      const a = counters[i - 1]!;
      const b = counters[i]!;
      const skipped = b.counter - a.counter - (b.seq - a.seq);
      if (skipped <= 0) continue;
      const before = bySeq.get(f.conversationId, a.seq) as { id: number; sentAt: number | null; sentAtLocal: string | null; lineStart: number | null; body: string };
      const after = bySeq.get(f.conversationId, b.seq) as typeof before;
      findings.push({
        rule: 'WA-7',
        type: 'suspected_gap',
        strength: 'low',
        beforeMessageId: before.id,
        afterMessageId: after.id,
        beforeSeq: a.seq,
        afterSeq: b.seq,
        fromAt: before.sentAt,
        toAt: after.sentAt,
        fromLocal: before.sentAtLocal,
        toLocal: after.sentAtLocal,
        count: skipped,
        score: skipped,
        explanation: `The media counter goes from ${String(a.counter).padStart(8, '0')} to ${String(b.counter).padStart(8, '0')} across ${b.seq - a.seq} message${b.seq - a.seq === 1 ? '' : 's'}: ${skipped} more than the messages in between. The counter grows about one per message on the phone, so up to ${skipped} message${skipped === 1 ? '' : 's'} may be missing here. A weak hint: the counter also skips for reasons not understood.`,
        evidence: [ref(f, before.id, before.lineStart, before.body.slice(0, 80)), ref(f, after.id, after.lineStart, after.body.slice(0, 80))],
      });
    }
    return ran(findings);
  },
};
