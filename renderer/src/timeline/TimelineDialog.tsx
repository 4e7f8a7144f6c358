import { useEffect, useMemo, useRef, useState } from 'react';
import {
  AUTO_HOURS_MAX_DAYS,
  FINDING_BANDS,
  type FindingBand,
  type Timeline,
  type TimelineBucketChoice,
  type TimelineSplit,
} from '../../../shared/timeline';
import type { ConversationSummary } from '../../../shared/model';
import { api } from '../api';
import { PanelDialog } from '../dialog/PanelDialog';
import { readableError } from '../errors/readableError';
import type { ReportError } from '../errors/useErrorBanner';
import { countOf, formatCount, formatMs } from '../format';
import { bucketTitle, DAY_MS, instantLabel, stackLevels, type StackLevel } from './chartData';
import { chartPng } from './chartImage';
import { saveBlob } from '../files/saveText';
import { BAND_COLORS, TimelineChart, type ChartPoint } from './TimelineChart';
import './timeline.css';
import type { TimelineView } from './view';

// Series colours, largest series first; none is a band colour (red, hatched blue-grey, amber).
const PALETTE = ['#1f4e79', '#4c9f70', '#7b5ea7', '#2a9d8f', '#8c6d46', '#3d7cc9', '#a0527a', '#5f7d2e', '#336b87', '#b07aa1'];
const OTHER_COLOR = '#9aa3b2';
const BAND_NAMES: Record<FindingBand, [string, string]> = { fact: ['fact', 'facts'], expected: ['expected-loss span', 'expected-loss spans'], lead: ['lead', 'leads'] };

interface Loaded {
  /** The request the data answers, so that a late answer to an older request is never shown. */
  key: string;
  data: Timeline;
}

interface TimelineDialogProps {
  conversations: ConversationSummary[];
  /** The display zone; a change counts everything again. */
  timeZone: string;
  view: TimelineView;
  onViewChange: (view: TimelineView) => void;
  onOpenMessage: (conversationId: number, seq: number) => void;
  onClose: () => void;
  reportError: ReportError;
}

/**
 * The timeline of the case or of one conversation: message volume per day or hour in the display zone,
 * by conversation or by author, with gap findings drawn as bands. Dragging across the chart zooms; a
 * zoom to two weeks or less is counted again by the hour. A click opens the thread at the first
 * message of the bucket (of the series clicked).
 */
export function TimelineDialog({ conversations, timeZone, view, onViewChange, onOpenMessage, onClose, reportError }: TimelineDialogProps) {
  const [overview, setOverview] = useState<Loaded | null>(null);
  const [detail, setDetail] = useState<Loaded | null>(null);
  const [problem, setProblem] = useState<{ key: string; text: string } | null>(null);
  const [point, setPoint] = useState<ChartPoint | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const { conversationId, split, bucket, zoom } = view;
  const overviewKey = JSON.stringify([conversationId, split, bucket, timeZone]);
  const shownOverview = overview?.key === overviewKey ? overview.data : null;
  // Zooming into a day overview far enough asks for hours; any other zoom only narrows the chart.
  const wantsDetail = zoom !== null && bucket === 'auto' && shownOverview?.bucket === 'day' && zoom.to - zoom.from <= AUTO_HOURS_MAX_DAYS * DAY_MS;
  const detailKey = wantsDetail ? JSON.stringify([overviewKey, zoom]) : null;
  const shownDetail = detailKey !== null && detail?.key === detailKey ? detail.data : null;
  const shown = shownDetail ?? shownOverview;
  const loading = shownOverview === null || (detailKey !== null && shownDetail === null);

  useEffect(() => {
    let live = true;
    api.timeline({ ...(conversationId === null ? {} : { conversationId }), split, bucket }).then(
      (data) => live && setOverview({ key: overviewKey, data }),
      (error: unknown) => live && setProblem({ key: overviewKey, text: readableError(error) }),
    );
    return () => {
      live = false;
    };
  }, [conversationId, split, bucket, overviewKey]);

  useEffect(() => {
    if (detailKey === null || zoom === null) return;
    let live = true;
    api.timeline({ ...(conversationId === null ? {} : { conversationId }), split, bucket: 'auto', from: zoom.from, to: zoom.to }).then(
      (data) => live && setDetail({ key: detailKey, data }),
      (error: unknown) => live && setProblem({ key: detailKey, text: readableError(error) }),
    );
    return () => {
      live = false;
    };
  }, [conversationId, split, zoom, detailKey]);


  const levels = useMemo(() => (shown === null ? [] : stackLevels(shown)), [shown]);
  // Colours follow the series, not their rank: a series keeps its colour when a zoom reorders the stack.
  const colorOf = useMemo(
    () => new Map((shownOverview === null ? [] : stackLevels(shownOverview)).map((level, i) => [level.key, level.key === 'other' ? OTHER_COLOR : PALETTE[i % PALETTE.length]!])),
    [shownOverview],
  );
  const colors = useMemo(
    () => levels.map((level, i) => colorOf.get(level.key) ?? (level.key === 'other' ? OTHER_COLOR : PALETTE[(colorOf.size + i) % PALETTE.length]!)),
    [levels, colorOf],
  );

  const change = (next: Partial<TimelineView>) => {
    setNotice(null);
    setPoint(null);
    onViewChange({ ...view, ...next });
  };

  const pick = async ({ bucket: i, level }: ChartPoint) => {
    if (shown === null) return;
    const series = level?.key ?? null;
    try {
      const { message } = await api.locateTime({
        from: shown.bounds[i]!,
        to: shown.bounds[i + 1]!,
        ...(conversationId === null ? {} : { conversationId }),
        ...(series === null ? {} : { series }),
      });
      if (message === null) setNotice(`No message${level === null || series === 'other' ? '' : ` of ${level.label}`} in ${bucketTitle(shown, i)}.`);
      else onOpenMessage(message.conversationId, message.seq);
    } catch (error) {
      reportError('Could not open the thread there', error);
    }
  };

  const problemText = problem !== null && (problem.key === overviewKey || problem.key === detailKey) ? problem.text : null;
  const scopeTitle = conversationId === null ? 'the whole case' : (conversations.find((c) => c.id === conversationId)?.title ?? `conversation ${conversationId}`);

  const bodyRef = useRef<HTMLDivElement>(null);
  const savePng = async () => {
    const layers = [...(bodyRef.current?.querySelectorAll('canvas') ?? [])];
    if (shown === null) return;
    const caption = `${summaryOf(shown, scopeTitle)}${zoom === null ? '' : ` · ${instantLabel(zoom.from, shown.timeZone)} – ${instantLabel(zoom.to, shown.timeZone)}`}`;
    try {
      const png = await chartPng(
        layers,
        caption,
        levels.map((level, i) => ({ color: colors[i]!, label: `${level.label} (${formatCount(level.total)})` })),
      );
      saveBlob(png, `timeline-${conversationId === null ? 'case' : `conversation-${conversationId}`}.png`);
    } catch (error) {
      reportError('Could not save the timeline as an image', error);
    }
  };

  return (
    <PanelDialog
      id="timeline-dialog"
      className="timeline-dialog"
      title="Timeline"
      heading={
        <div className="timeline-controls">
          <select
            value={conversationId ?? ''}
            aria-label="Scope"
            data-testid="timeline-scope"
            onChange={(e) => {
              const id = e.target.value === '' ? null : Number(e.target.value);
              change({ conversationId: id, zoom: null, split: id !== null && split === 'conversation' ? 'author' : split });
            }}
          >
            <option value="">Whole case</option>
            {conversations.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title} ({c.custodian ?? c.sourceFile})
              </option>
            ))}
          </select>
          <select value={split} aria-label="Split" data-testid="timeline-split" onChange={(e) => change({ split: e.target.value as TimelineSplit })}>
            <option value="none">All messages</option>
            {conversationId === null && <option value="conversation">By conversation</option>}
            <option value="author">By author (as written)</option>
            <option value="person">By person</option>
          </select>
          <select value={bucket} aria-label="Bucket" data-testid="timeline-bucket" onChange={(e) => change({ bucket: e.target.value as TimelineBucketChoice })}>
            <option value="auto">Days or hours</option>
            <option value="day">Per day</option>
            <option value="hour">Per hour</option>
          </select>
          <button type="button" className="secondary-button" data-testid="timeline-reset" disabled={zoom === null} onClick={() => change({ zoom: null })}>
            Reset zoom
          </button>
          <button type="button" className="secondary-button" data-testid="timeline-save-png" disabled={shown === null || shown.labels.length === 0} onClick={() => void savePng()}>
            Save as PNG
          </button>
        </div>
      }
      onClose={onClose}
    >
      <div className="timeline-body" ref={bodyRef}>
        <p className="timeline-summary" data-testid="timeline-summary">
          {shown === null ? (
            'Counting…'
          ) : (
            <>
              {summaryOf(shown, scopeTitle)}
              {zoom !== null && (
                <span data-testid="timeline-zoom">
                  {' '}
                  · zoomed to {instantLabel(zoom.from, shown.timeZone)} – {instantLabel(zoom.to, shown.timeZone)}
                </span>
              )}
              {loading && <span className="muted"> · counting…</span>}
            </>
          )}
        </p>
        {problemText !== null && (
          <p className="import-outcome is-error" role="alert" data-testid="timeline-problem">
            {problemText}
          </p>
        )}
        {shown !== null && shown.labels.length > 0 && (
          <TimelineChart
            timeline={shown}
            levels={levels}
            colors={colors}
            view={shownDetail !== null ? null : zoom}
            onZoom={(range) => change({ zoom: range })}
            onPoint={setPoint}
            onPick={(p) => void pick(p)}
          />
        )}
        {shown !== null && shown.labels.length === 0 && <p className="empty-note">No message here has a time to place on a timeline.</p>}
        <div className="timeline-readout" data-testid="timeline-readout" aria-live="polite">
          {notice !== null ? (
            <span className="go-to-date-notice">{notice}</span>
          ) : shown !== null && point !== null ? (
            <Readout timeline={shown} levels={levels} point={point} />
          ) : (
            <span className="muted">Point at a bar to see its counts. Drag across the chart to zoom in; click a bar to open the thread at its first message.</span>
          )}
        </div>
        {shown !== null && <Legend levels={levels} colors={colors} />}
      </div>
    </PanelDialog>
  );
}

function summaryOf(t: Timeline, scope: string): string {
  const total = t.totals.reduce((a, b) => a + b, 0);
  const parts = [`${countOf(total, 'message')} of ${scope} in ${countOf(t.labels.length, t.bucket)}, ${t.timeZone}`];
  if (t.undated > 0) parts.push(`${countOf(t.undated, 'message')} without a time (not drawn)`);
  const bands = FINDING_BANDS.map((band) => [band, t.findings[band].some((n) => n > 0)] as const).filter(([, any]) => any);
  if (bands.length > 0) parts.push(`findings: ${bands.map(([band]) => BAND_NAMES[band][1]).join(', ')}`);
  parts.push(`counted in ${formatMs(t.tookMs)}`);
  return parts.join(' · ');
}

function Readout({ timeline: t, levels, point }: { timeline: Timeline; levels: StackLevel[]; point: ChartPoint }) {
  const i = point.bucket;
  const perLevel = levels.map((level, k) => ({ level, n: level.top[i]! - (k === 0 ? 0 : levels[k - 1]!.top[i]!) })).filter((x) => x.n > 0 && x.level.key !== null);
  const findings = FINDING_BANDS.filter((band) => t.findings[band][i]! > 0).map((band) => {
    const n = t.findings[band][i]!;
    return `${formatCount(n)} ${BAND_NAMES[band][n === 1 ? 0 : 1]}`;
  });
  const target = point.level === null || point.level.key === null || point.level.key === 'other' ? 'its first message' : `the first message of ${point.level.label}`;
  return (
    <>
      <strong>{bucketTitle(t, i)}</strong> · {countOf(t.totals[i]!, 'message')}
      {perLevel.length > 0 && <> ({perLevel.map(({ level, n }) => `${level.label} ${formatCount(n)}`).join(', ')})</>}
      {findings.length > 0 && <> · {findings.join(', ')}</>}
      {t.totals[i]! > 0 && <span className="muted"> · click to open {target}</span>}
    </>
  );
}

function Legend({ levels, colors }: { levels: StackLevel[]; colors: string[] }) {
  return (
    <div className="timeline-legend" data-testid="timeline-legend">
      <ul className="timeline-series">
        {levels.map((level, i) => (
          <li key={level.key ?? 'all'}>
            <span className="swatch" style={{ background: colors[i] }} />
            {level.label} <span className="muted">{formatCount(level.total)}</span>
          </li>
        ))}
      </ul>
      <ul className="timeline-bands">
        <li>
          <span className="swatch band-fact" style={{ background: BAND_COLORS.fact }} />
          Facts recorded by the source (deletions, view-once media)
        </li>
        <li>
          <span className="swatch band-expected" />
          Expected loss by design (hatched)
        </li>
        <li>
          <span className="swatch band-lead" style={{ background: BAND_COLORS.lead }} />
          Inferred leads (shaded behind the bars)
        </li>
      </ul>
    </div>
  );
}
