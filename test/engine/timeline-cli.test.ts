// `threadline days` and `threadline timeline` as a user runs them: the same counts as the API, in the
// case's display zone or in --tz for one listing, and one sentence for what they cannot do.
import { describe, expect, it } from 'vitest';
import { threadline } from '../support/cli';
import { timelineCase } from './timeline-fixtures';

describe('threadline days and timeline', () => {
  it('print the conversation-days the API gives, as JSON and as text, in the display zone or --tz', async () => {
    const { engine, casePath, london } = await timelineCase();
    await engine.api.setDisplayTimeZone({ timeZone: 'Europe/London' });
    const api = await engine.api.conversationDays({ conversationId: london });
    const tokyoDays = await (async () => {
      await engine.api.setDisplayTimeZone({ timeZone: 'Asia/Tokyo' });
      const days = await engine.api.conversationDays({ conversationId: london });
      await engine.api.setDisplayTimeZone({ timeZone: 'Europe/London' });
      return days;
    })();
    await engine.close();

    const json = threadline('days', '--case', casePath, '--conversation', String(london), '--json');
    expect(json.stderr).toBe('');
    const printed = JSON.parse(json.stdout);
    expect(printed.timeZone).toBe('Europe/London');
    expect(printed.days.map((d: { day: string; messages: number; findings: unknown }) => [d.day, d.messages, d.findings])).toEqual(api.days.map((d) => [d.day, d.messages, d.findings]));
    expect(printed.days.find((d: { day: string }) => d.day === '2024-03-31')).toMatchObject({ start: '2024-03-31T00:00:00.000Z', end: '2024-03-31T23:00:00.000Z', hours: 23 });

    const elsewhere = JSON.parse(threadline('days', '--case', casePath, '--conversation', String(london), '--tz', 'Asia/Tokyo', '--json').stdout);
    expect(elsewhere.days.map((d: { day: string; messages: number }) => [d.day, d.messages])).toEqual(tokyoDays.days.map((d) => [d.day, d.messages]));

    const text = threadline('days', '--case', casePath, '--conversation', String(london));
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/^conversation \d+: Harbour Group — 22 days in Europe\/London\n/);
    expect(text.stdout).toMatch(/\n {2}2024-03-31 \(23 hours\): \d+ messages \(/);
    // --tz never changes the case.
    expect(threadline('info', '--case', casePath).stdout).toMatch(/display zone Europe\/London\)/);
  });

  it('print the timeline per day or hour, split, over a range of dates in the zone', async () => {
    const { engine, casePath } = await timelineCase();
    await engine.api.setDisplayTimeZone({ timeZone: 'Europe/London' });
    const from = Date.UTC(2024, 2, 30);
    const to = Date.UTC(2024, 3, 1, 23);
    const api = await engine.api.timeline({ bucket: 'hour', split: 'author', from, to });
    await engine.close();

    const printed = JSON.parse(threadline('timeline', '--case', casePath, '--bucket', 'hour', '--by', 'author', '--from', '2024-03-30', '--to', '2024-04-01', '--json').stdout);
    expect(printed).toMatchObject({ timeZone: 'Europe/London', bucket: 'hour', split: 'author' });
    expect(printed.buckets.map((b: { label: string; total: number }) => [b.label, b.total])).toEqual(api.labels.map((l, i) => [l, api.totals[i]]));
    expect(printed.buckets[0].start).toBe('2024-03-30T00:00:00.000Z');
    expect(printed.series.map((s: { key: string }) => s.key)).toEqual(api.series.map((s) => s.key));

    const text = threadline('timeline', '--case', casePath, '--bucket', 'day', '--by', 'conversation');
    expect(text.status).toBe(0);
    const [title, header, ...rows] = text.stdout.trimEnd().split('\n');
    expect(title).toMatch(/^the case: messages per day in Europe\/London, by conversation — \d+ in 22 days$/);
    expect(header!.trim().split(/\s{2,}/)).toEqual(['total', 'Harbour Group', 'Kenji Sato', 'facts', 'expected', 'leads']);
    expect(rows).toHaveLength(22);
  });

  it('say in one sentence what they cannot do', async () => {
    const { engine, casePath } = await timelineCase();
    await engine.close();
    const cases: [string[], RegExp][] = [
      [['timeline', '--case', casePath, '--bucket', 'hour', '--from', '2024-01-01', '--to', '2024-06-30'], /^Hourly buckets cover at most 92 days at a time; this range has 182\. Narrow it, or count by day\.\n$/],
      [['timeline', '--case', casePath, '--by', 'people'], /^--by must be one of none, conversation, author, person, not 'people'\.\n$/],
      [['timeline', '--case', casePath, '--from', '30/03/2024'], /^--from must be a date written YYYY-MM-DD, not '30\/03\/2024'\.\n$/],
      [['days', '--case', casePath], /^threadline days needs --conversation <value>\.\n$/],
      [['days', '--case', casePath, '--conversation', '99'], /^There is no conversation 99 in .*; 'threadline info --case .*' lists them\.\n$/],
      [['days', '--case', casePath, '--conversation', '1', '--tz', 'Moon/Base'], /^--tz must be an IANA time zone such as Europe\/London, not 'Moon\/Base'\.\n$/],
    ];
    for (const [args, message] of cases) {
      const r = threadline(...args);
      expect([r.status, r.stdout]).toEqual([1, '']);
      expect(r.stderr).toMatch(message);
    }
  });
});
