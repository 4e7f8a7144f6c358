// What the timeline chart draws from the engine's counts: stacked series, the series a click lands
// in, and times written as the display zone reads them.
import { describe, expect, it } from 'vitest';
import type { Timeline } from '../../shared/timeline';
import { alignedData, bucketTitle, instantLabel, levelAt, stackLevels, tickLabels } from '../../renderer/src/timeline/chartData';

function timeline(over: Partial<Timeline>): Timeline {
  return {
    timeZone: 'Europe/London',
    conversationId: null,
    bucket: 'day',
    split: 'author',
    bounds: [Date.UTC(2024, 2, 30), Date.UTC(2024, 2, 31), Date.UTC(2024, 2, 31, 23)],
    labels: ['2024-03-30', '2024-03-31'],
    totals: [5, 3],
    series: [
      { key: 'author:Ana', label: 'Ana', total: 6, counts: [4, 2] },
      { key: 'author:Ben', label: 'Ben', total: 2, counts: [1, 1] },
    ],
    findings: { fact: [0, 1], expected: [0, 0], lead: [1, 0] },
    extent: null,
    undated: 0,
    undatedFindings: 0,
    tookMs: 1,
    ...over,
  };
}

describe('the chart data', () => {
  it('stacks series by summing, largest at the bottom, and gives uPlot the tallest level first', () => {
    const t = timeline({});
    const levels = stackLevels(t);
    expect(levels.map((l) => [l.key, l.top])).toEqual([
      ['author:Ana', [4, 2]],
      ['author:Ben', [5, 3]],
    ]);
    expect(alignedData(t, levels)).toEqual([t.bounds, [5, 3, null], [4, 2, null]]);
  });

  it('draws an unsplit timeline as one level of totals', () => {
    const levels = stackLevels(timeline({ split: 'none', series: [] }));
    expect(levels).toEqual([{ key: null, label: 'Messages', total: 8, top: [5, 3] }]);
  });

  it('finds the series a height falls in, and none above the stack or in an empty series', () => {
    const levels = stackLevels(timeline({}));
    expect(levelAt(levels, 0, 0.5)?.key).toBe('author:Ana');
    expect(levelAt(levels, 0, 4)?.key).toBe('author:Ana');
    expect(levelAt(levels, 0, 4.2)?.key).toBe('author:Ben');
    expect(levelAt(levels, 0, 5.5)).toBeNull();
    expect(levelAt(levels, 0, -1)).toBeNull();
    const withEmpty = stackLevels(timeline({ series: [{ key: 'author:Cy', label: 'Cy', total: 0, counts: [0, 0] }, ...timeline({}).series] }));
    expect(levelAt(withEmpty, 0, 0)?.key).toBe('author:Ana');
  });

  it('titles a day with its length when clocks change, and an hour with its offset', () => {
    const t = timeline({});
    expect(bucketTitle(t, 0)).toBe('2024-03-30');
    expect(bucketTitle(t, 1)).toBe('2024-03-31 (23 hours)');
    const hours = timeline({ bucket: 'hour', labels: ['2024-10-27T01:00+01:00', '2024-10-27T01:00+00:00'] });
    expect([bucketTitle(hours, 0), bucketTitle(hours, 1)]).toEqual(['2024-10-27 01:00 +01:00', '2024-10-27 01:00 +00:00']);
  });

  it('writes ticks and instants in ISO order as the display zone reads them', () => {
    const t = Date.UTC(2024, 6, 1, 23, 30); // 2024-07-02 00:30 in London (BST)
    expect(tickLabels([t], 400 * 86_400_000, 'Europe/London')).toEqual(['2024']);
    expect(tickLabels([t], 31 * 86_400_000, 'Europe/London')).toEqual(['2024-07']);
    expect(tickLabels([t], 86_400_000, 'Europe/London')).toEqual(['2024-07-02']);
    expect(tickLabels([t], 3_600_000, 'Europe/London')).toEqual(['07-02 00:30']);
    expect(tickLabels([t], 3_600_000, 'UTC')).toEqual(['07-01 23:30']);
    expect(instantLabel(t, 'America/New_York')).toBe('2024-07-01 19:30');
  });
});
