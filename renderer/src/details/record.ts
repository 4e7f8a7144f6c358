// What the detail pane shows beside the citation, as pure functions of the message.
import type { Finding } from '../../../shared/findings';
import type { MessageView } from '../../../shared/model';

/** How far from a message a span may end or start and still be listed with it. */
const NEAR_MESSAGES = 3;

/** A finding about the message itself, or about a span that ends or starts within NEAR_MESSAGES of it. */
export function isNear(finding: Pick<Finding, 'messageId' | 'beforeSeq' | 'afterSeq'>, message: Pick<MessageView, 'id' | 'seq'>): boolean {
  if (finding.messageId === message.id) return true;
  return [finding.beforeSeq, finding.afterSeq].some((seq) => seq !== null && Math.abs(seq - message.seq) <= NEAR_MESSAGES);
}

/** The raw record as the pane shows it: JSON indented, anything else as written. */
export function prettyRecord(raw: string): string {
  try {
    return JSON.stringify(JSON.parse(raw), null, 2);
  } catch {
    return raw;
  }
}
