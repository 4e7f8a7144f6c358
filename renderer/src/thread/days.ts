/** The calendar date after `day` (YYYY-MM-DD), as a date with no zone: the thread steps by the source's own days. */
export function dayAfter(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year!, month! - 1, date! + 1)).toISOString().slice(0, 10);
}
