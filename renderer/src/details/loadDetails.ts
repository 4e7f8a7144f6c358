// Everything the detail pane shows about one message, read through the contract: the message as
// the thread has it, its source (hash, custodian) and the gap findings within a few messages of it.
import type { Finding } from '../../../shared/findings';
import type { MessageView, SourceSummary } from '../../../shared/model';
import { api } from '../api';
import { citationText } from '../../../shared/citation';
import { isNear } from './record';
import type { SeqRange } from '../selection/selection';

export interface MessageDetails {
  message: MessageView;
  source: SourceSummary | null;
  /** Findings about the message or about a span ending or starting a few messages from it. */
  nearby: Finding[];
  /** The line Copy citation puts on the clipboard; null when the source is unknown. */
  citation: string | null;
}


export async function loadDetails(conversationId: number, sourceId: number, seq: number): Promise<MessageDetails | null> {
  const [page, sources, findings] = await Promise.all([
    api.threadPage({ conversationId, fromSeq: seq, limit: 1 }),
    api.listSources({}),
    api.listFindings({ conversationId }),
  ]);
  const message = page.messages[0];
  if (message === undefined) return null;
  const source = sources.find((s) => s.id === sourceId) ?? null;
  const citation =
    source === null
      ? null
      : citationText({ sourceRef: message.sourceRef, sourceSha256: source.sha256, custodian: source.custodian, sentAtLocal: message.sentAtLocal, timeZone: message.timeZone, sentAt: message.sentAt });
  return { message, source, nearby: findings.findings.filter((f) => isNear(f, message)), citation };
}

/** More than this many selected messages are not cited one by one: a brief cites a range, not a dump. */
export const CITATIONS_MAX = 500;

/** One citation line per selected message, in thread order; null when the source is not in the case. */
export async function loadCitations(conversationId: number, sourceId: number, ranges: readonly SeqRange[]): Promise<string[] | null> {
  const source = (await api.listSources({})).find((s) => s.id === sourceId);
  if (source === undefined) return null;
  const lines: string[] = [];
  for (const [first, last] of ranges) {
    for (let from = first; from <= last; from += CITATIONS_MAX) {
      const page = await api.threadPage({ conversationId, fromSeq: from, limit: Math.min(CITATIONS_MAX, last - from + 1) });
      for (const m of page.messages)
        lines.push(citationText({ sourceRef: m.sourceRef, sourceSha256: source.sha256, custodian: source.custodian, sentAtLocal: m.sentAtLocal, timeZone: m.timeZone, sentAt: m.sentAt }));
    }
  }
  return lines;
}
