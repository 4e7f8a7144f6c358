import { useMemo, useRef, useState } from 'react';
import type { ChronologyEntry } from '../../../shared/chronology';
import { api } from '../api';
import { useEngineValue } from '../engine/useEngineValue';
import type { ReportError } from '../errors/useErrorBanner';
import { saveBlob } from '../files/saveText';
import { readableError } from '../errors/readableError';
import { LaneChart } from './LaneChart';
import { layoutLanes, type LaneMode } from './lanes';
import { pictureName, pngFileOf, svgFileOf } from './svgImage';

interface LaneViewProps {
  entries: ChronologyEntry[];
  chronology: string;
  timeZone: string;
  conversationName: (id: number) => string;
  onOpen: (entry: ChronologyEntry) => void;
  reportError: ReportError;
}

/** Writes an instant for the axis in the display zone, as precisely as the span shown needs. */
function tickWriter(from: number, to: number, timeZone: string): (t: number) => string {
  const days = (to - from) / 86_400_000;
  const options: Intl.DateTimeFormatOptions = days > 400 ? { year: 'numeric', month: 'short' } : days > 3 ? { month: 'short', day: 'numeric' } : { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
  const format = new Intl.DateTimeFormat('en-GB', { ...options, timeZone });
  return (t) => format.format(t);
}

/** The chronology as lanes (per person or per conversation), with the case's gap findings as bands; saved as SVG or PNG. */
export function LaneView({ entries, chronology, timeZone, conversationName, onOpen, reportError }: LaneViewProps) {
  const [mode, setMode] = useState<LaneMode>('person');
  const [problem, setProblem] = useState('');
  const svgRef = useRef<SVGSVGElement>(null);
  const findings = useEngineValue(async () => (await api.listFindings({})).findings, 'findings', reportError, 'Could not read the gap findings');
  const layout = useMemo(() => layoutLanes(entries, findings ?? [], mode, conversationName), [entries, findings, mode, conversationName]);
  const caption = `${chronology}: ${entries.length} entries by ${mode}, times in ${timeZone}; shaded bands are gap findings`;

  const save = async (kind: 'svg' | 'png') => {
    const svg = svgRef.current;
    if (svg === null) return;
    try {
      saveBlob(kind === 'svg' ? svgFileOf(svg) : await pngFileOf(svg), pictureName(chronology, kind));
    } catch (error) {
      setProblem(`Could not save the picture: ${readableError(error)}`);
    }
  };

  return (
    <div className="chronology-lanes" data-testid="chronology-lanes">
      <div className="chronology-lane-tools">
        <div role="group" aria-label="One lane per">
          <button type="button" className="secondary-button" aria-pressed={mode === 'person'} data-testid="lanes-by-person" onClick={() => setMode('person')}>
            By person
          </button>
          <button type="button" className="secondary-button" aria-pressed={mode === 'conversation'} data-testid="lanes-by-conversation" onClick={() => setMode('conversation')}>
            By conversation
          </button>
        </div>
        <button type="button" className="secondary-button" data-testid="lanes-save-svg" disabled={layout.lanes.length === 0} onClick={() => void save('svg')}>
          Save SVG
        </button>
        <button type="button" className="secondary-button" data-testid="lanes-save-png" disabled={layout.lanes.length === 0} onClick={() => void save('png')}>
          Save PNG
        </button>
        <span className="muted small">Click an entry to open its thread at the message. Dashed and brown: its order is uncertain.</span>
      </div>
      {problem !== '' && <p className="chronology-notice">{problem}</p>}
      {layout.lanes.length === 0 ? (
        <p className="empty-note">No entry has a time to place.</p>
      ) : (
        <div className="chronology-lanes-scroll">
          <LaneChart layout={layout} caption={caption} tickLabel={tickWriter(layout.from, layout.to, timeZone)} onOpen={onOpen} svgRef={svgRef} />
        </div>
      )}
      {layout.undated.length > 0 && <p className="muted small">Not placed (no time): {layout.undated.map((e) => e.title).join('; ')}</p>}
    </div>
  );
}
