import { useEffect, useRef, type KeyboardEvent } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { bucketIndexOf, FINDING_BANDS, type FindingBand, type Timeline } from '../../../shared/timeline';
import { alignedData, levelAt, tickLabels, type StackLevel } from './chartData';

/** Where the pointer (or the keyboard) is: a bucket, and the series of the stack under it. */
export interface ChartPoint {
  bucket: number;
  level: StackLevel | null;
}

interface TimelineChartProps {
  timeline: Timeline;
  levels: StackLevel[];
  /** One colour per level, bottom first. */
  colors: string[];
  /** The range shown, in UTC ms; null shows every bucket. */
  view: { from: number; to: number } | null;
  onZoom: (range: { from: number; to: number }) => void;
  onPoint: (point: ChartPoint | null) => void;
  onPick: (point: ChartPoint) => void;
}

export const BAND_COLORS: Record<FindingBand, string> = { fact: '#b42318', expected: '#5b7a99', lead: '#c77c00' };
const BAND_LABELS: Record<FindingBand, string> = { fact: 'Facts', expected: 'Expected', lead: 'Leads' };
const HEIGHT = 340;
/** The finding lanes above the plot, in CSS pixels. */
const LANE = 9;
const LANE_GAP = 3;
const LANES_TOP = 6;
const LANES_HEIGHT = LANES_TOP + FINDING_BANDS.length * (LANE + LANE_GAP);
/** Fewer pixels per bucket than this and the volume is drawn as a stepped area rather than bars. */
const MIN_BAR_PX = 3;

/** A diagonal hatch: expected loss reads as "absent by design" even where it overlaps a lead. */
function hatch(ctx: CanvasRenderingContext2D, color: string): CanvasPattern | string {
  const tile = document.createElement('canvas');
  tile.width = tile.height = 8;
  const t = tile.getContext('2d');
  if (t === null) return color;
  t.strokeStyle = color;
  t.lineWidth = 1.5;
  t.beginPath();
  t.moveTo(0, 8);
  t.lineTo(8, 0);
  t.stroke();
  return ctx.createPattern(tile, 'repeat') ?? color;
}

/** Runs of consecutive buckets with findings: one rectangle per run rather than per bucket. */
function runs(counts: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < counts.length; i++) {
    if (counts[i]! === 0) continue;
    const start = i;
    while (i + 1 < counts.length && counts[i + 1]! > 0) i++;
    out.push([start, i + 1]);
  }
  return out;
}

/**
 * Message volume as stacked bars (uPlot), gap findings as bands: full-height washes behind the bars for
 * expected loss (hatched) and leads, and three lanes above the plot in which facts, expected loss and
 * leads each have their own row, so that the three never blur into one another.
 */
export function TimelineChart({ timeline, levels, colors, view, onZoom, onPoint, onPick }: TimelineChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const point = useRef<ChartPoint | null>(null);
  // The latest handlers, read by the chart's own listeners without rebuilding the chart.
  const handlers = useRef({ onZoom, onPoint, onPick });
  useEffect(() => {
    handlers.current = { onZoom, onPoint, onPick };
  });

  useEffect(() => {
    const host = box.current;
    if (host === null) return;
    const { bounds, findings } = timeline;
    const n = bounds.length - 1;
    const width = Math.max(320, host.clientWidth);
    const dense = n > 0 && width / n < MIN_BAR_PX;
    const paths = dense ? uPlot.paths.stepped!({ align: 1 }) : uPlot.paths.bars!({ align: 1, size: [1, Infinity], gap: 1 });
    const setPoint = (next: ChartPoint | null) => {
      const same = next === point.current || (next !== null && point.current !== null && next.bucket === point.current.bucket && next.level === point.current.level);
      point.current = next;
      if (!same) handlers.current.onPoint(next);
    };
    const pointAt = (u: uPlot): ChartPoint | null => {
      const { left, top } = u.cursor;
      if (left === undefined || top === undefined || left < 0) return null;
      const bucket = bucketIndexOf(bounds, u.posToVal(left, 'x'));
      return bucket < 0 ? null : { bucket, level: levelAt(levels, bucket, u.posToVal(top, 'y')) };
    };
    const x = (u: uPlot, t: number) => u.valToPos(t, 'x', true);

    const drawWashes = (u: uPlot) => {
      const { ctx, bbox } = u;
      ctx.save();
      ctx.beginPath();
      ctx.rect(bbox.left, bbox.top, bbox.width, bbox.height);
      ctx.clip();
      const fills: [FindingBand, string | CanvasPattern][] = [
        ['lead', 'rgba(199, 124, 0, 0.12)'],
        ['expected', hatch(ctx, 'rgba(91, 122, 153, 0.45)')],
      ];
      for (const [band, fill] of fills) {
        ctx.fillStyle = fill;
        for (const [a, b] of runs(findings[band])) ctx.fillRect(x(u, bounds[a]!), bbox.top, Math.max(1, x(u, bounds[b]!) - x(u, bounds[a]!)), bbox.height);
      }
      ctx.restore();
    };

    const drawLanes = (u: uPlot) => {
      const { ctx, bbox } = u;
      const px = uPlot.pxRatio;
      FINDING_BANDS.forEach((band, row) => {
        const top = (LANES_TOP + row * (LANE + LANE_GAP)) * px;
        const height = LANE * px;
        ctx.save();
        ctx.font = `${11 * px}px system-ui, sans-serif`;
        ctx.textAlign = 'right';
        ctx.textBaseline = 'middle';
        ctx.fillStyle = '#5d6678';
        ctx.fillText(BAND_LABELS[band], bbox.left - 6 * px, top + height / 2);
        ctx.fillStyle = '#f1f3f6';
        ctx.fillRect(bbox.left, top, bbox.width, height);
        ctx.beginPath();
        ctx.rect(bbox.left, top, bbox.width, height);
        ctx.clip();
        ctx.fillStyle = band === 'expected' ? hatch(ctx, BAND_COLORS.expected) : BAND_COLORS[band];
        // A bucket is at least two pixels wide here: one fact in a five-year overview stays visible.
        for (const [a, b] of runs(findings[band])) ctx.fillRect(x(u, bounds[a]!), top, Math.max(2 * px, x(u, bounds[b]!) - x(u, bounds[a]!)), height);
        ctx.restore();
      });
    };

    const zone = timeline.timeZone;
    const opts: uPlot.Options = {
      width,
      height: HEIGHT,
      ms: 1,
      tzDate: (ts) => uPlot.tzDate(new Date(ts), zone),
      padding: [LANES_HEIGHT + 6, 16, 0, 0],
      legend: { show: false },
      cursor: {
        drag: { x: true, y: false, setScale: false },
        points: { show: false },
        y: false,
        // A double click is two clicks, each of which opens the thread; zooming out is the Reset button.
        bind: { dblclick: () => null },
      },
      scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, Math.max(1, max * 1.08)] } },
      axes: [
        {
          stroke: '#5d6678',
          grid: { stroke: '#eceef2' },
          ticks: { stroke: '#d9dde5' },
          space: 90,
          values: (_u, ticks, _axis, _space, spacing) => tickLabels(ticks, spacing, zone),
        },
        { stroke: '#5d6678', grid: { stroke: '#eceef2' }, ticks: { stroke: '#d9dde5' }, size: 56, label: 'Messages', labelSize: 18 },
      ],
      series: [
        {},
        ...[...levels].reverse().map((level, i) => {
          const color = colors[levels.length - 1 - i]!;
          return { label: level.label, stroke: color, fill: color, width: dense ? 1 : 0, paths, points: { show: false } };
        }),
      ],
      hooks: {
        drawClear: [drawWashes],
        draw: [drawLanes],
        setCursor: [(u) => setPoint(pointAt(u))],
        setSelect: [
          (u) => {
            if (u.select.width < 2) return;
            const from = Math.floor(u.posToVal(u.select.left, 'x'));
            const to = Math.ceil(u.posToVal(u.select.left + u.select.width, 'x'));
            u.setSelect({ left: 0, top: 0, width: 0, height: 0 }, false);
            handlers.current.onZoom({ from, to });
          },
        ],
      },
    };
    const u = new uPlot(opts, alignedData(timeline, levels) as uPlot.AlignedData, host);
    plot.current = u;
    // uPlot stops the click that ends a drag; any other click on the plot is a pick.
    const pick = () => point.current !== null && handlers.current.onPick(point.current);
    u.over.addEventListener('click', pick);
    u.over.addEventListener('mouseleave', () => setPoint(null));
    const resize = new ResizeObserver(() => u.setSize({ width: Math.max(320, host.clientWidth), height: HEIGHT }));
    resize.observe(host);
    return () => {
      resize.disconnect();
      u.destroy();
      plot.current = null;
    };
  }, [timeline, levels, colors]);

  useEffect(() => {
    const u = plot.current;
    const { bounds } = timeline;
    if (u === null || bounds.length < 2) return;
    u.setScale('x', view === null ? { min: bounds[0]!, max: bounds[bounds.length - 1]! } : { min: view.from, max: view.to });
  }, [timeline, view]);

  /** The keyboard's way through the chart: arrows move from bucket to bucket in view, Enter opens the thread there. */
  const onKeyDown = (e: KeyboardEvent) => {
    const u = plot.current;
    const { bounds } = timeline;
    if (u === null || bounds.length < 2) return;
    if (e.key === 'Enter' && point.current !== null) {
      e.preventDefault();
      onPick(point.current);
      return;
    }
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    e.preventDefault();
    const lastBucket = bounds.length - 2;
    const first = Math.max(0, bucketIndexOf(bounds, u.scales.x?.min ?? bounds[0]!));
    const inView = bucketIndexOf(bounds, (u.scales.x?.max ?? bounds[lastBucket + 1]!) - 1);
    const last = inView < 0 ? lastBucket : inView;
    const from = point.current?.bucket ?? (step > 0 ? first - 1 : last + 1);
    const bucket = Math.min(Math.max(from + step, first), last);
    // The cursor goes above the stack: the keyboard picks the whole bucket, not one series.
    u.setCursor({ left: u.valToPos((bounds[bucket]! + bounds[bucket + 1]!) / 2, 'x'), top: 1 });
  };

  return (
    <div
      ref={box}
      className="timeline-chart"
      data-testid="timeline-chart"
      tabIndex={0}
      role="application"
      aria-label="Message volume over time. Drag to zoom; click a bar, or use the arrow keys and Enter, to open the thread there."
      onKeyDown={onKeyDown}
    />
  );
}
