import type { Finding } from '../../../shared/findings';

/** Where a finding sits in its thread: the message it is about, or the first message after its span. */
export function threadSeqOf(f: Finding): number | null {
  return f.beforeSeq ?? f.afterSeq;
}
