// The first search language: words and "quoted phrases", all required. Every piece is passed to FTS5
// as a quoted string, so no user text is ever read as FTS5 syntax.
import { ApiError } from '../../../shared/api';

export function toFtsQuery(q: string): string {
  const pieces: string[] = [];
  const re = /"([^"]*)"?|(\S+)/g;
  for (const m of q.matchAll(re)) {
    const text = (m[1] ?? m[2] ?? '').trim();
    if (/[\p{L}\p{N}\p{So}\p{Co}]/u.test(text)) pieces.push(`"${text.replace(/"/g, '""')}"`);
  }
  if (pieces.length === 0) throw new ApiError('invalid_argument', 'The search has no words to look for.');
  return pieces.join(' ');
}
