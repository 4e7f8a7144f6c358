// WK-2: a Wickr room or group whose first captured record is not its creation (4001): the history
// before the retention bot began capturing it is not in the archive.
import { cannot, ran, ref, type GapRule } from '../types';
import { neighbour } from './message-rows';

export const roomLifecycle: GapRule = {
  id: 'WK-2',
  title: 'Wickr rooms and groups captured after they began',
  run(db, f) {
    if (f.format !== 'wickr') return ran([]);
    const c = db.prepare('SELECT native_id AS nativeId, kind FROM conversations WHERE id = ?').get(f.conversationId) as { nativeId: string | null; kind: string };
    if (c.kind === 'direct') return ran([]);
    const first = (f.signals.firstMsgtypeByConversation as Record<string, number | null> | undefined)?.[c.nativeId ?? ''];
    if (first === undefined) return cannot('the archive does not say which record of this room came first');
    if (first === 4001) return ran([]);
    const opening = neighbour(db, f.conversationId, -1, 'after');
    return ran([
      {
        rule: 'WK-2',
        type: 'truncation',
        strength: 'medium',
        afterMessageId: opening?.id ?? null,
        afterSeq: opening?.seq ?? null,
        toAt: opening?.sentAt ?? null,
        toLocal: opening?.sentAtLocal ?? null,
        explanation: `The first record captured for this ${c.kind === 'room' ? 'room' : 'group'} is not its creation (msgtype ${first ?? 'unknown'}, not 4001): it existed before the retention bot captured it, and its earlier history is not in the archive. Common when retention was switched on later.`,
        evidence: opening ? [ref(f, opening.id, opening.lineStart, null, opening.record)] : [],
      },
    ]);
  },
};
