// The timeline on a real case: message volume per day and per hour, for the case and for one
// conversation, whole and split, with the findings touching each bucket, each checked against a
// brute-force count in JavaScript; and the first message of a bucket, as a click opens it.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api';
import { join } from 'node:path';
import { bucketIndexOf, FINDING_BANDS, findingBand, TIMELINE_SERIES_MAX, type Timeline, type TimelineRequest } from '../../shared/timeline';
import type { Engine } from '../../electron/backend/api';
import { openEngine } from '../support/engines';
import { tempDir, writeText } from '../support/temp';
import { everyMessage, spanOf, timelineCase, type MessageFact } from './timeline-fixtures';

/** What the engine should answer, counted message by message over the timeline's own bounds. */
async function bruteForce(engine: Engine, t: Timeline, inScope: (m: MessageFact) => boolean, keyOf: (m: MessageFact) => string) {
  const n = t.labels.length;
  const totals = new Array<number>(n).fill(0);
  const bySeries = new Map<string, number[]>();
  for (const m of everyMessage(engine).filter(inScope)) {
    const i = bucketIndexOf(t.bounds, m.sentAt!);
    if (i < 0) continue;
    totals[i]!++;
    const key = keyOf(m);
    if (!bySeries.has(key)) bySeries.set(key, new Array<number>(n).fill(0));
    bySeries.get(key)![i]!++;
  }
  const { findings } = await engine.api.listFindings(t.conversationId === null ? {} : { conversationId: t.conversationId });
  const bands = Object.fromEntries(FINDING_BANDS.map((b) => [b, new Array<number>(n).fill(0)])) as Timeline['findings'];
  for (const f of findings) {
    const band = findingBand(f);
    const span = spanOf(f);
    if (band === null || span === null) continue;
    for (let i = 0; i < n; i++) if (span[0] < t.bounds[i + 1]! && span[1] >= t.bounds[i]!) bands[band][i]!++;
  }
  return { totals, bySeries, bands };
}

describe('the timeline', () => {
  it.each<[string, TimelineRequest['bucket'], TimelineRequest['split']]>([
    ['Europe/London', 'day', 'conversation'],
    ['Europe/London', 'hour', 'author'],
    ['Asia/Tokyo', 'day', 'author'],
    ['America/New_York', 'hour', 'none'],
    ['Europe/London', 'day', 'person'],
  ])('of the case in %s per %s by %s counts every message and finding in the right bucket', async (zone, bucket, split) => {
    const { engine } = await timelineCase();
    await engine.api.setDisplayTimeZone({ timeZone: zone });
    const t = await engine.api.timeline({ bucket, split });
    expect([t.timeZone, t.bucket, t.split, t.conversationId]).toEqual([zone, bucket, split, null]);
    const expected = await bruteForce(
      engine,
      t,
      () => true,
      (m) => (split === 'conversation' ? `conversation:${m.conversationId}` : split === 'person' && m.personId !== null ? `person:${m.personId}` : `author:${m.author ?? ''}`),
    );
    expect(t.totals).toEqual(expected.totals);
    expect(t.totals.reduce((a, b) => a + b, 0)).toBe(everyMessage(engine).length);
    if (split === 'none') expect(t.series).toEqual([]);
    else expect(new Map(t.series.map((s) => [s.key, s.counts]))).toEqual(expected.bySeries);
    expect(t.findings).toEqual(expected.bands);
    for (const band of FINDING_BANDS) expect(t.findings[band].some((n) => n > 0)).toBe(true);
    await engine.close();
  });

  it('of one conversation over a range counts only that conversation, only in the range, and names authors as written', async () => {
    const { engine, tokyo } = await timelineCase();
    await engine.api.setDisplayTimeZone({ timeZone: 'Europe/London' });
    const from = Date.UTC(2024, 2, 30, 5);
    const to = Date.UTC(2024, 3, 1, 17);
    const t = await engine.api.timeline({ conversationId: tokyo, split: 'author', from, to });
    // Auto picks hours for a range this short; the buckets reach from the hour holding `from` to the one holding `to`.
    expect(t.bucket).toBe('hour');
    expect([t.bounds[0], t.bounds[t.bounds.length - 1]]).toEqual([from, to]);
    // Sixty hours; the clock reads 00:00 and then 02:00 where London springs forward.
    expect(t.labels).toHaveLength(60);
    expect(t.labels.filter((l) => l.startsWith('2024-03-31T0')).slice(0, 2)).toEqual(['2024-03-31T00:00+00:00', '2024-03-31T02:00+01:00']);
    const expected = await bruteForce(
      engine,
      t,
      (m) => m.conversationId === tokyo,
      (m) => `author:${m.author ?? ''}`,
    );
    expect(t.totals).toEqual(expected.totals);
    expect(new Map(t.series.map((s) => [s.key, s.counts]))).toEqual(expected.bySeries);
    expect(t.series.map((s) => s.label).sort()).toEqual(['Ana Ruiz', 'Kenji Sato']);
    expect(t.findings).toEqual(expected.bands);
    const times = everyMessage(engine)
      .filter((m) => m.conversationId === tokyo)
      .map((m) => m.sentAt!);
    expect(t.extent).toEqual({ first: Math.min(...times), last: Math.max(...times) });
    await engine.close();
  });

  it('merges an author written the same way in two sources into one series', async () => {
    const { engine } = await timelineCase();
    const t = await engine.api.timeline({ split: 'author', bucket: 'day' });
    const ana = t.series.find((s) => s.key === 'author:Ana Ruiz')!;
    expect(ana.total).toBe(everyMessage(engine).filter((m) => m.author === 'Ana Ruiz').length);
    expect(new Set(everyMessage(engine).filter((m) => m.author === 'Ana Ruiz').map((m) => m.conversationId)).size).toBe(2);
    expect(t.series.map((s) => s.total)).toEqual([...t.series.map((s) => s.total)].sort((a, b) => b - a));
    await engine.close();
  });

  it('sums the series beyond the ten largest into one "other" series', async () => {
    const dir = tempDir();
    const engine = openEngine(join(dir, 'c.threadline'));
    // Fourteen authors; author k writes k + 1 messages on 2024-05-01.
    const lines = Array.from({ length: 14 }, (_, k) => Array.from({ length: k + 1 }, (_, i) => `01/05/2024, 10:${String(i).padStart(2, '0')} - Author ${k}: hello ${i}`)).flat();
    await engine.runImport({ paths: [writeText(dir, 'chat.txt', lines.join('\n') + '\n')], timeZone: 'UTC', dateOrder: 'DMY' }).done;
    const t = await engine.api.timeline({ split: 'author', bucket: 'day' });
    expect(t.series.map((s) => s.key)).toEqual([...Array.from({ length: TIMELINE_SERIES_MAX }, (_, i) => `author:Author ${13 - i}`), 'other']);
    expect(t.series.at(-1)).toEqual({ key: 'other', label: '4 others', total: 1 + 2 + 3 + 4, counts: [10] });
    expect(t.series.reduce((n, s) => n + s.total, 0)).toBe(t.totals[0]);
    await engine.close();
  });

  it('never counts a source that is still importing', async () => {
    const { engine, tokyo } = await timelineCase();
    const whole = await engine.api.timeline({ bucket: 'day' });
    engine.caseFile.writer.prepare(`UPDATE sources SET status = 'importing' WHERE id = (SELECT source_id FROM conversations WHERE id = ?)`).run(tokyo);
    const without = await engine.api.timeline({ bucket: 'day', split: 'conversation' });
    const tokyoMessages = everyMessage(engine).filter((m) => m.conversationId === tokyo).length;
    expect(without.totals.reduce((a, b) => a + b, 0)).toBe(whole.totals.reduce((a, b) => a + b, 0) - tokyoMessages);
    expect(without.series.map((s) => s.key)).toEqual([`conversation:${(await engine.api.listConversations({}))[0]!.id}`]);
    await expect(engine.api.conversationDays({ conversationId: tokyo })).rejects.toThrow(new ApiError('not_found', `There is no conversation ${tokyo} in this case.`));
    await engine.close();
  });

  it('opens a bucket at its first message: of the case, of one conversation, or of one series', async () => {
    const { engine, london, tokyo } = await timelineCase();
    await engine.api.setDisplayTimeZone({ timeZone: 'Europe/London' });
    const t = await engine.api.timeline({ bucket: 'day', split: 'author' });
    const messages = everyMessage(engine);
    const firstOf = (pick: (m: MessageFact) => boolean, i: number) =>
      messages
        .filter((m) => pick(m) && m.sentAt! >= t.bounds[i]! && m.sentAt! < t.bounds[i + 1]!)
        .sort((a, b) => a.sentAt! - b.sentAt! || a.conversationId - b.conversationId || a.seq - b.seq)[0];
    const located = (m: MessageFact | undefined) => (m === undefined ? null : { messageId: m.id, conversationId: m.conversationId, seq: m.seq, sentAt: m.sentAt });
    for (let i = 0; i < t.labels.length; i++) {
      const span = { from: t.bounds[i]!, to: t.bounds[i + 1]! };
      expect((await engine.api.locateTime(span)).message).toEqual(located(firstOf(() => true, i)));
      expect((await engine.api.locateTime({ ...span, series: 'author:Kenji Sato' })).message).toEqual(located(firstOf((m) => m.author === 'Kenji Sato', i)));
      const kenji = everyMessage(engine).find((m) => m.author === 'Kenji Sato')!.personId!;
      expect((await engine.api.locateTime({ ...span, series: `person:${kenji}` })).message).toEqual(located(firstOf((m) => m.personId === kenji, i)));
      expect((await engine.api.locateTime({ ...span, series: 'author:' })).message).toEqual(located(firstOf((m) => m.author === null, i)));
      expect((await engine.api.locateTime({ ...span, series: `conversation:${tokyo}` })).message).toEqual(located(firstOf((m) => m.conversationId === tokyo, i)));
      expect((await engine.api.locateTime({ ...span, conversationId: london, series: 'author:Cy Park' })).message).toEqual(
        located(firstOf((m) => m.conversationId === london && m.author === 'Cy Park', i)),
      );
    }
    await engine.close();
  });

  it('refuses what it cannot answer, in one sentence', async () => {
    const { engine } = await timelineCase();
    await expect(engine.api.timeline({ from: 10, to: 10 })).rejects.toThrow(/timeline: the range must end after it starts/);
    await expect(engine.api.timeline({ bucket: 'hour', from: Date.UTC(2024, 0, 1), to: Date.UTC(2024, 6, 1) })).rejects.toThrow(/Hourly buckets cover at most 92 days at a time; this range has 182/);
    await expect(engine.api.locateTime({ from: 0, to: 1, series: 'person:x' })).rejects.toThrow(/'person:x' is not a series key/);
    await expect(engine.api.timeline({ split: 'persons' } as unknown as TimelineRequest)).rejects.toThrow(/timeline\.split must be one of none, conversation, author, person/);
    await expect(engine.api.timeline({ conversationId: 999 })).rejects.toThrow(/There is no conversation 999 in this case/);
    await engine.close();
  });

  it('is empty, not wrong, for a case without messages', async () => {
    const { engine } = await timelineCase();
    engine.caseFile.writer.exec(`UPDATE sources SET status = 'importing'`);
    const t = await engine.api.timeline({});
    expect([t.bounds, t.labels, t.totals, t.series, t.extent]).toEqual([[], [], [], [], null]);
    await engine.close();
  });
});
