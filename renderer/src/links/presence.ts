import type { ConversationLink } from '../../../shared/model';

export interface CopyLabel {
  letter: string;
  name: string;
}

/** Each copy of a link as the thread names it: a letter, and whose export it is. */
export function copyLabels(link: ConversationLink): Map<number, CopyLabel> {
  return new Map(link.members.map((m, i) => [m.conversationId, { letter: String.fromCharCode(65 + i), name: m.custodian ?? m.sourceFile }]));
}
