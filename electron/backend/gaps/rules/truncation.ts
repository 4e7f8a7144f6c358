// R8 / WA-5 / WA-6: an export that probably starts after the conversation began: a message count at
// WhatsApp's export caps, or no opening notice where every chat since 2016 has one.
import { cannot, ran, ref, type GapRule, type NewFinding } from '../types';
import { neighbour, quote } from './message-rows';

const CAPS = [
  { cap: 10_000, what: 'an export with media' },
  { cap: 40_000, what: 'an export without media' },
];
/** WhatsApp switched on end-to-end encryption (and its notice) for every chat on 5 April 2016. */
const NOTICE_ERA = '2016-04-05';

export const truncation: GapRule = {
  id: 'R8',
  title: 'Exports that probably start after the conversation did (export caps, no opening notice)',
  run(db, f) {
    if (f.format !== 'whatsapp') return cannot('no export cap or opening notice is known for this format');
    const first = neighbour(db, f.conversationId, -1, 'after');
    if (!first) return ran([]);
    const findings: NewFinding[] = [];
    for (const { cap, what } of CAPS) {
      const off = Math.abs(f.messageCount - cap);
      if (off > cap * 0.005) continue;
      findings.push({
        rule: 'WA-5',
        type: 'truncation',
        strength: off <= 2 ? 'high' : 'medium',
        afterMessageId: first.id,
        afterSeq: first.seq,
        toAt: first.sentAt,
        toLocal: first.sentAtLocal,
        count: f.messageCount,
        explanation: `The export holds ${f.messageCount.toLocaleString('en')} messages, ${off <= 2 ? 'exactly' : 'close to'} the ${cap.toLocaleString('en')} WhatsApp keeps in ${what}; the oldest messages are the ones dropped, and nothing in the file says so.`,
        evidence: [ref(f, first.id, first.lineStart, quote(first.body))],
      });
    }
    const opens = f.signals.startsWithOpeningNotice === true;
    if (!opens && (first.sentAtLocal ?? '') >= NOTICE_ERA) {
      findings.push({
        rule: 'WA-6',
        type: 'truncation',
        strength: 'medium',
        afterMessageId: first.id,
        afterSeq: first.seq,
        toAt: first.sentAt,
        toLocal: first.sentAtLocal,
        explanation: `The export does not start with WhatsApp’s opening notice (the encryption notice, or the group’s creation): earlier history may have been cut off by the export, or the chat was cleared on the phone.`,
        evidence: [ref(f, first.id, first.lineStart, quote(first.body))],
      });
    }
    return ran(findings);
  },
};
