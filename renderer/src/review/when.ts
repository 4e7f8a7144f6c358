import { format } from 'date-fns';

/** When a decision was made, in the reviewer's own clock: `2024-04-10 14:07`. */
export function whenText(at: number): string {
  return format(at, 'yyyy-MM-dd HH:mm');
}
