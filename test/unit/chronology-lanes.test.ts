// The visual timeline's layout: lanes per person and per conversation, points and spans, colliding
// marks stacked onto rows, overlapping entries marked, and findings placed as bands.
import { describe, expect, it } from 'vitest';
import { axisTicks, CHART, layoutLanes } from '../../renderer/src/chronology/lanes';
import { entry, finding, MINUTE, T0 } from './chronology-entry';

const ana = { id: 1, name: 'Ana Ruiz' };
const ben = { id: 2, name: 'Ben Okafor' };
const names = (id: number) => `Chat ${id}`;
const DAY = 24 * 60 * MINUTE;

describe('chronology lanes', () => {
  it('gives each person a lane in the order they first appear, an entry of two persons in both, and the unnamed a lane of their own', () => {
    const entries = [
      entry(1, T0, T0 + MINUTE, { persons: [ben] }),
      entry(2, T0 + DAY, T0 + DAY + MINUTE, { persons: [ana, ben] }),
      entry(3, T0 + 2 * DAY, T0 + 2 * DAY + MINUTE, { persons: [], kind: 'event', conversationId: null }),
    ];
    const layout = layoutLanes(entries, [], 'person', names);
    expect(layout.lanes.map((l) => [l.name, l.entries.map((p) => p.entry.id)])).toEqual([
      ['Ben Okafor', [1, 2]],
      ['Ana Ruiz', [2]],
      ['No person named', [3]],
    ]);
    // Lanes are stacked without gaps, top to bottom.
    const [first, second] = layout.lanes;
    expect(second!.y).toBe(first!.y + first!.height);
  });

  it('gives each conversation a lane, and outside events one of their own', () => {
    const entries = [entry(1, T0, T0 + MINUTE, { conversationId: 7 }), entry(2, T0 + DAY, T0 + DAY + MINUTE, { kind: 'event', conversationId: null }), entry(3, T0 + 2 * DAY, T0 + 2 * DAY + MINUTE, { conversationId: 7 })];
    const layout = layoutLanes(entries, [], 'conversation', names);
    expect(layout.lanes.map((l) => [l.name, l.entries.map((p) => p.entry.id)])).toEqual([
      ['Chat 7', [1, 3]],
      ['Outside events', [2]],
    ]);
  });

  it('draws a short span as a point and a long one as a span, in time order from left to right', () => {
    const entries = [entry(1, T0, T0 + MINUTE), entry(2, T0 + DAY, T0 + 3 * DAY)];
    const [lane] = layoutLanes(entries, [], 'conversation', names).lanes;
    const [point, span] = lane!.entries;
    expect(point!.width).toBe(0);
    expect(span!.width).toBeGreaterThan(CHART.pointPx);
    expect(point!.x).toBeGreaterThanOrEqual(CHART.labelWidth);
    expect(span!.x + span!.width).toBeLessThanOrEqual(CHART.width - CHART.right);
    expect(span!.x).toBeGreaterThan(point!.x);
  });

  it('stacks marks that would collide onto rows, marks overlapping entries uncertain, and reuses a row once it is free', () => {
    const entries = [
      entry(1, T0, T0 + DAY, { overlaps: [2] }),
      entry(2, T0 + MINUTE, T0 + 2 * MINUTE, { overlaps: [1] }),
      entry(3, T0 + 30 * DAY, T0 + 30 * DAY + MINUTE),
    ];
    const [lane] = layoutLanes(entries, [], 'conversation', names).lanes;
    expect(lane!.entries.map((p) => [p.entry.id, p.row, p.orderUncertain])).toEqual([
      [1, 0, true],
      [2, 1, true],
      [3, 0, false],
    ]);
    expect(lane!.height).toBe(2 * CHART.rowHeight + 2 * CHART.lanePad);
  });

  it('writes a title left of a mark near the right edge, and keeps it from running into a neighbour’s', () => {
    const entries = [entry(1, T0, T0 + MINUTE), entry(2, T0 + 22 * DAY, T0 + 22 * DAY + MINUTE), entry(3, T0 + 30 * DAY - 5 * MINUTE, T0 + 30 * DAY)];
    const [lane] = layoutLanes(entries, [], 'conversation', names).lanes;
    expect(lane!.entries.map((p) => [p.entry.id, p.titleLeft, p.row])).toEqual([
      [1, false, 0],
      [2, false, 0],
      // Its title, written leftwards, would cover entry 2's.
      [3, true, 1],
    ]);
  });

  it('does not mark an entry uncertain for an overlap with an entry filtered out of the picture', () => {
    const [lane] = layoutLanes([entry(1, T0, T0 + DAY, { overlaps: [9] })], [], 'conversation', names).lanes;
    expect(lane!.entries[0]!.orderUncertain).toBe(false);
  });

  it('places findings in the picture’s time as bands: across every lane by person, in their conversation’s lane by conversation', () => {
    const entries = [entry(1, T0, T0 + MINUTE, { conversationId: 1, persons: [ana] }), entry(2, T0 + 10 * DAY, T0 + 10 * DAY + MINUTE, { conversationId: 1, persons: [ana] })];
    const findings = [finding(1, T0 + DAY, T0 + 4 * DAY, 1), finding(2, T0 + 2 * DAY, T0 + 3 * DAY, 5), finding(3, T0 + 400 * DAY, T0 + 401 * DAY, 1)];
    const byPerson = layoutLanes(entries, findings, 'person', names);
    expect(byPerson.bands.map((b) => [b.finding.id, b.laneKey])).toEqual([
      [1, null],
      [2, null],
    ]);
    const byConversation = layoutLanes(entries, findings, 'conversation', names);
    expect(byConversation.bands.map((b) => [b.finding.id, b.laneKey])).toEqual([[1, 'conversation:1']]);
    const band = byConversation.bands[0]!;
    const [first, second] = byConversation.lanes[0]!.entries;
    expect(band.x).toBeGreaterThan(first!.x);
    expect(band.x + band.width).toBeLessThan(second!.x);
  });

  it('leaves entries without a time out of the lanes and lists them', () => {
    const layout = layoutLanes([entry(1, null, null), entry(2, T0, T0 + MINUTE)], [], 'person', names);
    expect(layout.undated.map((e) => e.id)).toEqual([1]);
    expect(layout.lanes.flatMap((l) => l.entries.map((p) => p.entry.id))).toEqual([2]);
  });

  it('puts axis ticks on round instants inside the picture', () => {
    const ticks = axisTicks(T0, T0 + 10 * DAY);
    expect(ticks.length).toBeGreaterThan(1);
    expect(ticks.length).toBeLessThanOrEqual(7);
    for (const t of ticks) {
      expect(t).toBeGreaterThanOrEqual(T0);
      expect(t).toBeLessThanOrEqual(T0 + 10 * DAY);
      expect(t % (ticks[1]! - ticks[0]!)).toBe(0);
    }
  });
});
