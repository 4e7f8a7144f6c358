// Bates numbers: a prefix, a number, zero padding (`ABC-0000001`). One number per produced message
// (context parents included) and one per withheld document (its slip sheet). A production continues
// after the last number its prefix has used, and a start that would reuse a number is refused: a
// later production never renumbers an earlier one.
import { ApiError } from '../../../shared/api';
import type { Db } from '../case/open';

export const DEFAULT_PADDING = 7;

export function batesLabel(prefix: string, padding: number, n: number): string {
  return `${prefix}${String(n).padStart(padding, '0')}`;
}

/** The first number of a new production with this prefix: the one asked for, else one after the last used. */
export function firstNumber(db: Db, prefix: string, asked: number | undefined, count: number): number {
  const last = db.prepare('SELECT max(last_number) FROM productions WHERE bates_prefix = ?').pluck().get(prefix) as number | null;
  const start = asked ?? (last ?? 0) + 1;
  const clash = db
    .prepare('SELECT id, first_number, last_number FROM productions WHERE bates_prefix = ? AND first_number <= ? AND last_number >= ? ORDER BY id LIMIT 1')
    .get(prefix, start + count - 1, start) as { id: number; first_number: number; last_number: number } | undefined;
  if (clash) {
    throw new ApiError(
      'invalid_argument',
      `Bates numbers ${prefix}${start}… would reuse production ${clash.id}'s range (${prefix}${clash.first_number}–${prefix}${clash.last_number}); start at ${(last ?? 0) + 1} or leave the start out.`,
    );
  }
  return start;
}
