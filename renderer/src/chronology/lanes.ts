// The visual timeline's layout: one lane per person or per conversation, each entry placed by its
// span (a point when the span is narrower than a few pixels), entries whose drawn marks would
// collide stacked onto rows of their lane, and gap findings as bands behind the lanes. Pure, so
// the picture saved is the picture tested.
import type { ChronologyEntry } from '../../../shared/chronology';
import type { Finding } from '../../../shared/findings';
import { personKey } from './table';

export type LaneMode = 'person' | 'conversation';

export const CHART = {
  width: 960,
  labelWidth: 170,
  right: 16,
  top: 34,
  rowHeight: 22,
  lanePad: 6,
  /** Below this width a span is drawn as a point. */
  pointPx: 4,
  /** Room kept after a mark for its title, so titles of neighbours do not run into each other. */
  titlePx: 150,
} as const;

export interface PlacedEntry {
  entry: ChronologyEntry;
  x: number;
  /** Zero for a point. */
  width: number;
  row: number;
  orderUncertain: boolean;
  /** The title goes left of the mark where it would run off the right edge. */
  titleLeft: boolean;
}

export interface Lane {
  key: string;
  name: string;
  y: number;
  height: number;
  entries: PlacedEntry[];
}

export interface PlacedBand {
  finding: Finding;
  x: number;
  width: number;
  /** The lane the band belongs to, or null for a band drawn across every lane. */
  laneKey: string | null;
}

export interface LaneLayout {
  from: number;
  to: number;
  lanes: Lane[];
  bands: PlacedBand[];
  height: number;
  /** Entries without a time, which no lane can place. */
  undated: ChronologyEntry[];
}

const NO_PERSON = 'No person named';
const OUTSIDE = 'Outside events';

/** The lanes an entry stands in: each of its persons, or its conversation. */
function laneKeysOf(e: ChronologyEntry, mode: LaneMode, conversationName: (id: number) => string): { key: string; name: string }[] {
  if (mode === 'person') return e.persons.length === 0 ? [{ key: 'none', name: NO_PERSON }] : e.persons.map((p) => ({ key: personKey(p), name: p.name }));
  return e.conversationId === null ? [{ key: 'outside', name: OUTSIDE }] : [{ key: `conversation:${e.conversationId}`, name: conversationName(e.conversationId) }];
}

/** The earliest and latest instant of the entries, with a margin so marks at the ends stay inside. */
function domainOf(entries: readonly ChronologyEntry[]): { from: number; to: number } | null {
  const dated = entries.filter((e) => e.earliest !== null && e.latest !== null);
  if (dated.length === 0) return null;
  const from = Math.min(...dated.map((e) => e.earliest!));
  const to = Math.max(...dated.map((e) => e.latest!));
  const margin = Math.max((to - from) * 0.03, 60_000);
  return { from: from - margin, to: to + margin };
}

export function layoutLanes(entries: readonly ChronologyEntry[], findings: readonly Finding[], mode: LaneMode, conversationName: (id: number) => string): LaneLayout {
  const domain = domainOf(entries);
  const undated = entries.filter((e) => e.earliest === null || e.latest === null);
  if (domain === null) return { from: 0, to: 0, lanes: [], bands: [], height: CHART.top, undated };
  const plotWidth = CHART.width - CHART.labelWidth - CHART.right;
  const xOf = (t: number) => CHART.labelWidth + ((t - domain.from) / (domain.to - domain.from)) * plotWidth;
  const shownIds = new Set(entries.map((e) => e.id));

  const byLane = new Map<string, { name: string; entries: ChronologyEntry[] }>();
  for (const e of entries) {
    if (e.earliest === null || e.latest === null) continue;
    for (const lane of laneKeysOf(e, mode, conversationName)) {
      const found = byLane.get(lane.key) ?? { name: lane.name, entries: [] };
      found.entries.push(e);
      byLane.set(lane.key, found);
    }
  }
  // Lanes in the order their first entry happened, so the story reads top-left to bottom-right.
  const lanes: Lane[] = [];
  let y = CHART.top;
  for (const [key, lane] of byLane) {
    const rowEnds: number[] = [];
    const placed = lane.entries.map((entry): PlacedEntry => {
      const x = xOf(entry.earliest!);
      const spanWidth = xOf(entry.latest!) - x;
      const width = spanWidth < CHART.pointPx ? 0 : spanWidth;
      const titleLeft = x + width + CHART.titlePx > CHART.width - CHART.right;
      const [start, end] = titleLeft ? [x - CHART.titlePx, x + width] : [x, x + width + CHART.titlePx];
      let row = rowEnds.findIndex((taken) => taken <= start);
      if (row === -1) row = rowEnds.length;
      rowEnds[row] = end;
      return { entry, x, width, row, orderUncertain: entry.overlaps.some((id) => shownIds.has(id)), titleLeft };
    });
    const height = Math.max(1, rowEnds.length) * CHART.rowHeight + 2 * CHART.lanePad;
    lanes.push({ key, name: lane.name, y, height, entries: placed });
    y += height;
  }

  const laneOfConversation = (id: number | null) => (mode === 'conversation' && id !== null ? `conversation:${id}` : null);
  const bands = findings
    .filter((f) => f.fromAt !== null && (f.toAt ?? f.fromAt) >= domain.from && f.fromAt <= domain.to)
    .map((f): PlacedBand => {
      const x = xOf(Math.max(f.fromAt!, domain.from));
      return { finding: f, x, width: Math.max(2, xOf(Math.min(f.toAt ?? f.fromAt!, domain.to)) - x), laneKey: laneOfConversation(f.conversationId) };
    })
    .filter((b) => b.laneKey === null || byLane.has(b.laneKey));
  return { from: domain.from, to: domain.to, lanes, bands, height: y + 28, undated };
}

/** Ticks for the time axis: about `count` round instants between from and to. */
export function axisTicks(from: number, to: number, count = 6): number[] {
  const hour = 3_600_000;
  const day = 24 * hour;
  const steps = [60_000, 300_000, 900_000, hour, 3 * hour, 6 * hour, 12 * hour, day, 2 * day, 7 * day, 14 * day, 30 * day, 91 * day, 182 * day, 365 * day];
  const step = steps.find((s) => (to - from) / s <= count) ?? steps[steps.length - 1]!;
  const ticks: number[] = [];
  for (let t = Math.ceil(from / step) * step; t <= to; t += step) ticks.push(t);
  return ticks;
}
