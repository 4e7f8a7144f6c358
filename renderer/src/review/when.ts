const twoDigits = (n: number) => String(n).padStart(2, '0');

/**
 * When a decision was made, in the reviewer's own clock: `2024-04-10 14:07`. Written out rather than
 * taken from a date library, which would load with the thread's tag chips when the window opens.
 */
export function whenText(at: number): string {
  const date = new Date(at);
  return `${date.getFullYear()}-${twoDigits(date.getMonth() + 1)}-${twoDigits(date.getDate())} ${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}`;
}
