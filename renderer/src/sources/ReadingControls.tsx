import { useCallback, useMemo, useState } from 'react';
import { DATE_ORDERS, type DateOrder, type SourceDetails } from '../../../shared/model';
import { api } from '../api';
import type { ReportError } from '../errors/useErrorBanner';
import { RunningJob } from '../jobs/JobProgressBar';
import { useJob } from '../jobs/useJob';

interface ReadingControlsProps {
  details: SourceDetails;
  onChanged: () => void;
  reportError: ReportError;
}

const ORDER_NAMES: Record<DateOrder, string> = { DMY: 'day / month / year', MDY: 'month / day / year', YMD: 'year / month / day' };

/**
 * The two decisions a reviewer makes about a source's times (docs/design.md#the-time-model): lock the day/month
 * order, and give the zone its clocks were in. Both recompute every time and go to the audit log.
 */
export function ReadingControls({ details, onChanged, reportError }: ReadingControlsProps) {
  const { job, run, cancel } = useJob(onChanged, reportError, 'change');
  const [order, setOrder] = useState<DateOrder>(details.dateOrder.value ?? 'DMY');
  const [zone, setZone] = useState(details.timeZone);
  const zones = useMemo(() => Intl.supportedValuesOf('timeZone'), []);
  const busy = job.step === 'starting' || job.step === 'running';
  const hasDateOrder = details.format === 'whatsapp';

  const lockOrder = useCallback(() => void run(() => api.setSourceReading({ sourceId: details.id, dateOrder: order })), [run, details.id, order]);
  const applyZone = useCallback(() => void run(() => api.setSourceReading({ sourceId: details.id, timeZone: zone.trim() })), [run, details.id, zone]);

  return (
    <section className="reading-controls" aria-label="How this source's times are read">
      {hasDateOrder && (
        <div className={`reading-row${details.dateOrder.ambiguous ? ' is-ambiguous' : ''}`} data-testid="date-order-control">
          <div>
            <strong>Day/month order: {details.dateOrder.value ?? 'undecided'}</strong>{' '}
            {details.dateOrder.locked && <span className="badge">locked</span>}
            {details.dateOrder.ambiguous && <span className="badge badge-warning">ambiguous</span>}
            <div className="muted">{details.dateOrder.evidence}</div>
          </div>
          <form
            className="reading-form"
            onSubmit={(e) => {
              e.preventDefault();
              lockOrder();
            }}
          >
            <label>
              Read dates as{' '}
              <select value={order} onChange={(e) => setOrder(e.target.value as DateOrder)} data-testid="date-order-select" disabled={busy}>
                {DATE_ORDERS.map((o) => (
                  <option key={o} value={o}>
                    {o} ({ORDER_NAMES[o]})
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className="secondary-button" data-testid="date-order-lock" disabled={busy}>
              Lock this order
            </button>
          </form>
        </div>
      )}
      <div className={`reading-row${details.timeZoneAssumed ? ' is-ambiguous' : ''}`} data-testid="time-zone-control">
        <div>
          <strong>Time zone: {details.timeZone}</strong> {details.timeZoneAssumed && <span className="badge badge-warning">assumed</span>}
          <div className="muted">
            {details.timeZoneAssumed
              ? 'No zone was given at import; the case default was assumed. Give the zone of the custodian’s phone.'
              : 'The zone of the clock that wrote these times.'}
          </div>
        </div>
        <form
          className="reading-form"
          onSubmit={(e) => {
            e.preventDefault();
            applyZone();
          }}
        >
          <input
            value={zone}
            onChange={(e) => setZone(e.target.value)}
            list="threadline-time-zones"
            aria-label="IANA time zone"
            data-testid="time-zone-input"
            disabled={busy}
            spellCheck={false}
          />
          <datalist id="threadline-time-zones">
            {zones.map((z) => (
              <option key={z} value={z} />
            ))}
          </datalist>
          <button type="submit" className="secondary-button" data-testid="time-zone-apply" disabled={busy || zone.trim() === ''}>
            Set zone
          </button>
        </form>
      </div>
      <RunningJob job={job} onCancel={() => void cancel()} testId="reading-progress" cancelTestId="reading-cancel" />
      {job.step === 'cancelled' && <p className="muted">Cancelled; nothing was changed.</p>}
      {job.step === 'failed' && (
        <p className="import-outcome is-error" role="alert" data-testid="reading-error">
          {job.message}
        </p>
      )}
      <p className="muted small">Every change recomputes the times of this source and is recorded in the case’s audit log.</p>
    </section>
  );
}
