// Conversation-days and the timeline as `threadline days` / `threadline timeline` print them: JSON with
// instants in UTC ISO-8601 (as every other command prints them), or aligned text for a terminal.
import { ApiError } from '../../../shared/api';
import type { ConversationDays, Timeline } from '../../../shared/timeline';
import { nextDay, startOfDay } from '../search/zone-days';
import { HOUR_MS } from './buckets';

const iso = (ms: number) => new Date(ms).toISOString();
const hours = (from: number, to: number) => Math.round(((to - from) / HOUR_MS) * 100) / 100;

/** [from, to) in UTC for local dates `YYYY-MM-DD` in `zone`, both inclusive; either may be left open. */
export function dateRangeIn(zone: string, fromDate: string | undefined, toDate: string | undefined): { from?: number; to?: number } {
  const parse = (s: string, name: string) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    if (!m) throw new ApiError('invalid_argument', `--${name} must be a date written YYYY-MM-DD, not '${s}'.`);
    return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  };
  return {
    ...(fromDate === undefined ? {} : { from: startOfDay(parse(fromDate, 'from'), zone) }),
    ...(toDate === undefined ? {} : { to: startOfDay(nextDay(parse(toDate, 'to')), zone) }),
  };
}

export function daysJson(d: ConversationDays): unknown {
  return {
    conversationId: d.conversationId,
    timeZone: d.timeZone,
    undated: d.undated,
    days: d.days.map((day) => ({ ...day, start: iso(day.start), end: iso(day.end), hours: hours(day.start, day.end) })),
  };
}

export function daysText(d: ConversationDays, title: string): string[] {
  const lines = [`conversation ${d.conversationId}: ${title} — ${d.days.length} day${d.days.length === 1 ? '' : 's'} in ${d.timeZone}${d.undated ? `; ${d.undated} messages without a time` : ''}`];
  for (const day of d.days) {
    const length = hours(day.start, day.end) === 24 ? '' : ` (${hours(day.start, day.end)} hours)`;
    const kinds = Object.entries(day.kinds)
      .map(([kind, n]) => `${kind} ${n}`)
      .join(', ');
    const findings = Object.entries(day.findings)
      .filter(([, n]) => n > 0)
      .map(([band, n]) => `${n} ${band}`)
      .join(', ');
    lines.push(`  ${day.day}${length}: ${day.messages} messages (${kinds})${day.deleted ? `, ${day.deleted} deleted` : ''}${findings ? `; findings: ${findings}` : ''}`);
  }
  return lines;
}

export function timelineJson(t: Timeline): unknown {
  return {
    timeZone: t.timeZone,
    conversationId: t.conversationId,
    bucket: t.bucket,
    split: t.split,
    undated: t.undated,
    undatedFindings: t.undatedFindings,
    series: t.series.map(({ key, label, total }) => ({ key, label, total })),
    buckets: t.labels.map((label, i) => ({
      label,
      start: iso(t.bounds[i]!),
      end: iso(t.bounds[i + 1]!),
      total: t.totals[i],
      bySeries: Object.fromEntries(t.series.filter((s) => s.counts[i]! > 0).map((s) => [s.key, s.counts[i]])),
      findings: { fact: t.findings.fact[i], expected: t.findings.expected[i], lead: t.findings.lead[i] },
    })),
  };
}

/** One line per bucket: total, each series, and the findings touching it; a header names the columns. */
export function timelineText(t: Timeline, scope: string): string[] {
  const total = t.totals.reduce((a, b) => a + b, 0);
  const lines = [
    `${scope}: messages per ${t.bucket} in ${t.timeZone}${t.split === 'none' ? '' : `, by ${t.split}`} — ${total} in ${t.labels.length} ${t.bucket}s` +
      `${t.undated ? `; ${t.undated} without a time` : ''}${t.undatedFindings ? `; ${t.undatedFindings} findings without a time` : ''}`,
  ];
  const names = ['total', ...t.series.map((s) => s.label), 'facts', 'expected', 'leads'];
  const rows = t.labels.map((_, i) => [t.totals[i]!, ...t.series.map((s) => s.counts[i]!), t.findings.fact[i]!, t.findings.expected[i]!, t.findings.lead[i]!]);
  const widths = names.map((name, c) => Math.max(name.length, ...rows.map((r) => String(r[c]).length)));
  const labelWidth = Math.max(0, ...t.labels.map((l) => l.length));
  lines.push(`${''.padEnd(labelWidth)}  ${names.map((name, c) => name.padStart(widths[c]!)).join('  ')}`);
  rows.forEach((row, i) => lines.push(`${t.labels[i]!.padEnd(labelWidth)}  ${row.map((n, c) => String(n).padStart(widths[c]!)).join('  ')}`));
  return lines;
}
