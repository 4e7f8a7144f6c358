import { useRef } from 'react';
import type { ReportError } from '../errors/useErrorBanner';
import { useEngineValue } from '../engine/useEngineValue';
import { formatBytes, localDateTime, sourceRefText, utcOffsetText } from '../format';
import { FindingItem } from '../gaps/FindingItem';
import { utcText } from '../thread/particulars';
import { loadDetails } from './loadDetails';
import { prettyRecord } from './record';
import './details.css';

interface DetailPaneProps {
  conversationId: number;
  sourceId: number;
  seq: number;
  /** How many messages the selection holds (the focused one is shown). */
  selectedCount: number;
  onCopyCitation: () => void;
  onShowInThread: (seq: number) => void;
  onClose: () => void;
  reportError: ReportError;
}

/** The focused message as evidence: where it is in the source, by which hash, its times, record, events, attachments and findings. */
export function DetailPane({ conversationId, sourceId, seq, selectedCount, onCopyCitation, onShowInThread, onClose, reportError }: DetailPaneProps) {
  const details = useEngineValue(() => loadDetails(conversationId, sourceId, seq), `${conversationId}:${seq}`, reportError, 'Could not read the message details');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shown = details !== null && details.message.seq === seq && details.message.conversationId === conversationId ? details : null;
  return (
    <aside className="detail-pane" data-testid="detail-pane" aria-labelledby="detail-pane-title">
      <div className="panel-heading">
        <h2 className="panel-title" id="detail-pane-title" ref={headingRef}>
          Message {seq + 1}
          {selectedCount > 1 && <span className="muted"> · {selectedCount} selected</span>}
        </h2>
        <button type="button" className="link-button" onClick={onClose} data-testid="detail-close" aria-label="Close the message details">
          Close
        </button>
      </div>
      {shown === null ? (
        <p className="empty-note">Reading…</p>
      ) : (
        <div className="detail-body">
          <section aria-label="Citation" className="detail-section">
            <h3>Citation</h3>
            <p className="citation-line" data-testid="citation-text">
              {shown.citation ?? 'The source of this message is not in the case.'}
            </p>
            <button type="button" className="primary-button" data-testid="copy-citation" onClick={onCopyCitation} disabled={shown.citation === null}>
              Copy citation
            </button>
            <dl className="detail-facts">
              <dt>Place</dt>
              <dd className="mono">{sourceRefText(shown.message.sourceRef)}</dd>
              {shown.source !== null && (
                <>
                  <dt>Source</dt>
                  <dd className="mono">{shown.source.path}</dd>
                  <dt>SHA-256</dt>
                  <dd className="mono hash" data-testid="detail-sha256">
                    {shown.source.sha256}
                  </dd>
                  <dt>Custodian</dt>
                  <dd>{shown.source.custodian ?? 'not recorded'}</dd>
                </>
              )}
              <dt>Zone</dt>
              <dd>
                {shown.message.timeZone}
                {shown.source?.timeZoneAssumed ? ' (assumed: the import named none)' : ''}
              </dd>
              <dt>Local</dt>
              <dd>
                {localDateTime(shown.message.sentAtLocal)} {shown.message.timeZone}
                {utcOffsetText(shown.message.sentAtLocal, shown.message.sentAt) !== null && ` (${utcOffsetText(shown.message.sentAtLocal, shown.message.sentAt)})`}
              </dd>
              <dt>As written</dt>
              <dd className="mono">{shown.message.sentAtRaw ?? 'no time in the source'}</dd>
              <dt>UTC</dt>
              <dd className="mono">{utcText(shown.message.sentAt, shown.message.sentAtUs)}</dd>
              {shown.message.nativeId !== null && (
                <>
                  <dt>Id in source</dt>
                  <dd className="mono">{shown.message.nativeId}</dd>
                </>
              )}
              <dt>Kind</dt>
              <dd>
                {shown.message.kind}
                {shown.message.subtype !== null && ` (${shown.message.subtype})`}
                {shown.message.deleted && ' · deleted'}
                {shown.message.edited && ' · edited'}
              </dd>
              {shown.message.parties && shown.message.parties.actor !== null && (
                <>
                  <dt>Acted by</dt>
                  <dd data-testid="detail-notice-actor">{shown.message.parties.actor}</dd>
                </>
              )}
              {shown.message.parties && shown.message.parties.targets.length > 0 && (
                <>
                  <dt>Acted on</dt>
                  <dd data-testid="detail-notice-targets">{shown.message.parties.targets.join(', ')}</dd>
                </>
              )}
            </dl>
          </section>
          {shown.message.attachments.length > 0 && (
            <section className="detail-section" aria-label="Attachments">
              <h3>Attachments</h3>
              <ul className="detail-list">
                {shown.message.attachments.map((a) => (
                  <li key={a.id}>
                    <span>{a.name}</span> · {a.present ? `present${a.size === null ? '' : `, ${formatBytes(a.size)}`}` : 'not in the export'}
                    {a.sha256 !== null && <div className="mono hash">SHA-256 {a.sha256}</div>}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {shown.message.events.length > 0 && (
            <section className="detail-section" aria-label="Events">
              <h3>Events</h3>
              <ul className="detail-list" data-testid="detail-events">
                {shown.message.events.map((e) => (
                  <li key={e.id}>
                    <b>{e.kind}</b> {e.value !== null && `“${e.value}”`} by {e.actor ?? 'someone'} · {localDateTime(e.sentAtLocal)} {shown.message.timeZone} ·{' '}
                    <span className="mono">{sourceRefText(e.sourceRef)}</span>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <section className="detail-section" aria-label="Findings nearby">
            <h3>Findings nearby</h3>
            {shown.nearby.length === 0 ? (
              <p className="muted-strong">No gap finding within three messages of this one.</p>
            ) : (
              <ul className="finding-list">
                {shown.nearby.map((f) => (
                  <FindingItem key={f.id} finding={f} timeZone={shown.message.timeZone} onShow={f.afterSeq ?? f.beforeSeq ?? null ? () => onShowInThread((f.afterSeq ?? f.beforeSeq)!) : null} />
                ))}
              </ul>
            )}
          </section>
          <section className="detail-section" aria-label="Source record">
            <h3>Source record</h3>
            {shown.message.raw !== null ? (
              <pre className="raw-record" data-testid="raw-record" tabIndex={0}>
                {prettyRecord(shown.message.raw)}
              </pre>
            ) : (
              <p className="muted-strong">
                A text line: the message above is the line as written ({sourceRefText(shown.message.sourceRef)}), with its time as written.
              </p>
            )}
          </section>
        </div>
      )}
    </aside>
  );
}
