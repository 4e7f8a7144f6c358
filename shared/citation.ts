// The line a brief can quote for a message: where it is in the evidence, which evidence (by hash),
// whose it is, and when it was sent, as the source's clock read it and as an instant. The screen's
// Copy citation and the chronology's exports cite with these same words.
import type { SourceRef } from './model';

export interface CitationParts {
  sourceRef: SourceRef;
  sourceSha256: string;
  custodian: string | null;
  /** The wall clock as the source wrote it (ISO `YYYY-MM-DDTHH:MM[:SS]`), and the zone it was read in. */
  sentAtLocal: string | null;
  timeZone: string;
  /** UTC epoch ms. */
  sentAt: number | null;
}

/** `chat.txt, line 1234`, `chat.txt, lines 12–14`, `export.json, record msg-17`. */
export function placeText(ref: SourceRef): string {
  if (ref.line !== null) {
    return ref.lineEnd !== null && ref.lineEnd !== ref.line ? `${ref.file}, lines ${ref.line}–${ref.lineEnd}` : `${ref.file}, line ${ref.line}`;
  }
  return ref.record !== null ? `${ref.file}, record ${ref.record}` : ref.file;
}

/** UTC as ISO, as precise as the source's clock: minutes, or seconds when it wrote seconds. */
export function utcInstantText(sentAt: number, withSeconds: boolean): string {
  const iso = new Date(sentAt).toISOString();
  return `${iso.slice(0, withSeconds ? 19 : 16)}Z`;
}

/** `2024-03-05 14:07 Europe/London = 2024-03-05T14:07Z`, or why there is no time. */
export function timeCitation(sentAtLocal: string | null, timeZone: string, sentAt: number | null): string {
  if (sentAtLocal === null) return 'no time in the source';
  const local = `${sentAtLocal.replace('T', ' ')} ${timeZone}`;
  // A local time without seconds is cited at minute precision in UTC too: no precision is invented.
  return sentAt === null ? `${local} (no UTC instant)` : `${local} = ${utcInstantText(sentAt, sentAtLocal.length > 16)}`;
}

/**
 * One line: `chat.txt, line 1234 (source SHA-256 ab12…; custodian Dana; 2024-03-05 14:07 Europe/London = 2024-03-05T14:07Z)`.
 * The hash is given whole: a shortened hash cannot be checked against the evidence.
 */
export function citationText(parts: CitationParts): string {
  const custodian = parts.custodian === null ? 'no custodian recorded' : `custodian ${parts.custodian}`;
  return `${placeText(parts.sourceRef)} (source SHA-256 ${parts.sourceSha256}; ${custodian}; ${timeCitation(parts.sentAtLocal, parts.timeZone, parts.sentAt)})`;
}
