// A finding's span and evidence, and the audit head, as text: the same in the HTML and the CSV report.
import type { Finding } from '../../../shared/findings';
import { formatHead, type ChainHead } from '../audit/log';

export function findingSpan(f: Finding): string {
  if (f.fromLocal && f.toLocal && f.fromLocal !== f.toLocal) return `${f.fromLocal} – ${f.toLocal}`;
  return f.fromLocal ?? f.toLocal ?? '';
}

export function findingEvidenceText(f: Finding): string {
  return f.evidence.map((e) => `${e.file}${e.line !== null ? `:${e.line}` : ''}${e.record ? ` (${e.record})` : ''}${e.text ? ` “${e.text}”` : ''}`).join('; ');
}

const DECISION_WORDS = { confirmed: 'Confirmed', dismissed: 'Dismissed as not a gap', follow_up: 'Marked for follow-up' } as const;

/** A reviewer's decision on the finding, with who, when and why; '' when there is none. A dismissed finding stays listed, marked so. */
export function findingReviewText(f: Finding): string {
  if (!f.review) return '';
  const { decision, reviewer, at, note } = f.review;
  return `${DECISION_WORDS[decision]} by ${reviewer} on ${new Date(at).toISOString().slice(0, 10)}${note ? `: ${note}` : ''}`;
}

/** What a report says of the audit chain's head when it was made, and how to use it later. */
export function headSentence(head: ChainHead): string {
  return `Audit log head when this report was made: ${formatHead(head)} (${head.entries} entr${head.entries === 1 ? 'y' : 'ies'}). \`threadline verify --case <file> --head ${formatHead(head)}\` proves the case still holds every entry up to it.`;
}
