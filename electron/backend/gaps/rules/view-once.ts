// WA-2: view-once media. WhatsApp never exports it; the placeholder proves it existed.
import { ran, ref, type GapRule } from '../types';
import { quote } from './message-rows';

export const viewOnce: GapRule = {
  id: 'WA-2',
  title: 'View-once media: existed, not recoverable from an export',
  run(_db, f) {
    if (f.format !== 'whatsapp') return ran([]);
    return ran(
      f.special.filter((m) => m.subtype === 'media.view_once').map((m) => ({
        rule: 'WA-2',
        type: 'expected_loss' as const,
        strength: 'fact' as const,
        messageId: m.id,
        beforeSeq: m.seq,
        afterSeq: m.seq,
        explanation: `${m.author ?? 'Someone'} sent view-once media here. WhatsApp does not put view-once photos or videos in an export, so it existed and cannot be recovered from this file.`,
        evidence: [ref(f, m.id, m.lineStart, quote(m.body) || '(empty body)')],
      })),
    );
  },
};
