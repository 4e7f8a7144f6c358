import type { Ref } from 'react';
import type { ChronologyEntry } from '../../../shared/chronology';
import { axisTicks, CHART, type LaneLayout } from './lanes';

// Colours and type are attributes, not stylesheet classes, so the SVG saved carries its own look.
const INK = '#1d2433';
const MUTED = '#5d6678';
const LINE = '#d9dde5';
const ENTRY = '#1f4e79';
const UNCERTAIN = '#93370d';
const BAND = { fact: '#b42318', expected: '#7b8aa0', lead: '#e0a000' } as const;
const FONT = 'DejaVu Sans, Liberation Sans, Arial, sans-serif';

function bandColor(strength: string): string {
  return strength === 'fact' ? BAND.fact : strength === 'context' ? BAND.expected : BAND.lead;
}

function shortTitle(title: string): string {
  return title.length > 22 ? `${title.slice(0, 21)}…` : title;
}

interface LaneChartProps {
  layout: LaneLayout;
  caption: string;
  /** Writes an instant on the axis, in the display zone. */
  tickLabel: (t: number) => string;
  onOpen?: (entry: ChronologyEntry) => void;
  svgRef?: Ref<SVGSVGElement>;
}

/** The lanes as plain SVG: findings as bands behind, entries as points or spans, an axis below. */
export function LaneChart({ layout, caption, tickLabel, onOpen, svgRef }: LaneChartProps) {
  const plotRight = CHART.width - CHART.right;
  const bottom = layout.height - 28;
  const xOf = (t: number) => CHART.labelWidth + ((t - layout.from) / (layout.to - layout.from)) * (plotRight - CHART.labelWidth);
  const laneTop = new Map(layout.lanes.map((l) => [l.key, l]));
  return (
    <svg
      ref={svgRef}
      xmlns="http://www.w3.org/2000/svg"
      width={CHART.width}
      height={layout.height}
      viewBox={`0 0 ${CHART.width} ${layout.height}`}
      fontFamily={FONT}
      fontSize={11}
      role="img"
      aria-label={caption}
      data-testid="chronology-lanes-svg"
    >
      <title>{caption}</title>
      <rect x={0} y={0} width={CHART.width} height={layout.height} fill="#ffffff" />
      <text x={8} y={18} fontSize={13} fill={INK}>
        {caption}
      </text>
      {layout.bands.map((b, i) => {
        const lane = b.laneKey === null ? null : laneTop.get(b.laneKey);
        return (
          <rect
            key={`band-${b.finding.id}-${i}`}
            x={b.x}
            y={lane?.y ?? CHART.top}
            width={b.width}
            height={lane?.height ?? bottom - CHART.top}
            fill={bandColor(b.finding.strength)}
            fillOpacity={0.16}
            data-testid="chronology-band"
          >
            <title>{`${b.finding.rule} (${b.finding.strength}): ${b.finding.explanation}`}</title>
          </rect>
        );
      })}
      {layout.lanes.map((lane) => (
        <g key={lane.key} data-testid="chronology-lane" data-lane={lane.name}>
          <line x1={0} x2={plotRight} y1={lane.y + lane.height} y2={lane.y + lane.height} stroke={LINE} />
          <text x={8} y={lane.y + CHART.lanePad + 14} fill={INK} fontWeight="bold">
            {lane.name.length > 24 ? `${lane.name.slice(0, 23)}…` : lane.name}
          </text>
          {lane.entries.map((p) => {
            const cy = lane.y + CHART.lanePad + p.row * CHART.rowHeight + CHART.rowHeight / 2;
            const color = p.orderUncertain ? UNCERTAIN : ENTRY;
            const name = `${p.entry.title} — ${p.entry.displayTime}${p.orderUncertain ? ' (order uncertain)' : ''}`;
            return (
              <g
                key={p.entry.id}
                data-testid="chronology-mark"
                data-entry-id={p.entry.id}
                cursor={onOpen ? 'pointer' : undefined}
                onClick={onOpen ? () => onOpen(p.entry) : undefined}
              >
                <title>{name}</title>
                {p.width === 0 ? (
                  <circle cx={p.x} cy={cy} r={5} fill={color} />
                ) : (
                  <rect x={p.x} y={cy - 5} width={p.width} height={10} rx={3} fill={color} fillOpacity={0.35} stroke={color} strokeDasharray={p.orderUncertain ? '3 2' : undefined} />
                )}
                <text x={p.titleLeft ? p.x - 8 : p.x + p.width + 8} y={cy + 4} fill={INK} textAnchor={p.titleLeft ? 'end' : 'start'}>
                  {shortTitle(p.entry.title)}
                </text>
              </g>
            );
          })}
        </g>
      ))}
      <line x1={CHART.labelWidth} x2={plotRight} y1={bottom} y2={bottom} stroke={MUTED} />
      {axisTicks(layout.from, layout.to).map((t) => (
        <g key={t}>
          <line x1={xOf(t)} x2={xOf(t)} y1={bottom} y2={bottom + 5} stroke={MUTED} />
          <text x={xOf(t)} y={bottom + 18} fill={MUTED} textAnchor="middle">
            {tickLabel(t)}
          </text>
        </g>
      ))}
    </svg>
  );
}
