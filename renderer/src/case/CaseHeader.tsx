import type { ReactNode } from 'react';
import type { CaseInfo } from '../../../shared/model';
import { countOf, fileNameOf } from '../format';
import { SearchBox } from '../search/SearchBox';
import { DisplayZoneControl } from '../timeline/DisplayZoneControl';
import type { DisplayZone } from '../timeline/useDisplayZone';

interface CaseHeaderProps {
  caseInfo: CaseInfo | null;
  onSearch: (query: string) => void;
  onLeaveSearch: () => void;
  onImport: () => void;
  importBusy: boolean;
  onShowSources: () => void;
  onShowGaps: () => void;
  onShowPeople: () => void;
  onShowTimeline: () => void;
  onShowKeys: () => void;
  onProduce: () => void;
  onShowAudit: () => void;
  /** Who is reviewing and the case's review progress. */
  reviewSummary: ReactNode;
  displayZone: DisplayZone | null;
  onChangeDisplayZone: (timeZone: string) => Promise<string>;
}

export function CaseHeader({
  caseInfo,
  onSearch,
  onLeaveSearch,
  onImport,
  importBusy,
  onShowSources,
  onShowGaps,
  onShowPeople,
  onShowTimeline,
  onShowKeys,
  onProduce,
  onShowAudit,
  reviewSummary,
  displayZone,
  onChangeDisplayZone,
}: CaseHeaderProps) {
  return (
    <header className="case-header">
      <div className="case-identity">
        <h1 className="app-name">Threadline</h1>
        {caseInfo !== null && (
          <span className="case-facts">
            <span className="case-file" title={caseInfo.path}>
              {fileNameOf(caseInfo.path)}
            </span>
            <span>
              <button type="button" className="link-button" data-testid="sources-button" onClick={onShowSources} title="How each source was read">
                {countOf(caseInfo.sourceCount, 'source')}
              </button>{' '}
              · {countOf(caseInfo.messageCount, 'message')}
            </span>
            {reviewSummary}
          </span>
        )}
      </div>
      <SearchBox onSearch={onSearch} onLeave={onLeaveSearch} />
      <DisplayZoneControl zone={displayZone} onChange={onChangeDisplayZone} />
      <button type="button" className="secondary-button" data-testid="timeline-button" onClick={onShowTimeline} title="Message volume over time, with gap findings as bands">
        Timeline…
      </button>
      <button type="button" className="secondary-button" data-testid="gaps-button" onClick={onShowGaps} title="What was deleted, what is probably missing, what cannot be known">
        Gaps…
      </button>
      <button type="button" className="secondary-button" data-testid="people-button" onClick={onShowPeople} title="Who is who across sources: numbers, accounts and names grouped into persons">
        People…
      </button>
      <button type="button" className="secondary-button" data-testid="produce-button" onClick={onProduce} title="Produce the coded messages as numbered documents: PDF, HTML, RSMF, load file">
        Produce…
      </button>
      <button type="button" className="secondary-button" data-testid="audit-button" onClick={onShowAudit} aria-keyshortcuts="Shift+L" title="Every import and decision with its reviewer, and whether the hash chain is intact (Shift+L)">
        Audit log…
      </button>
      <button type="button" className="primary-button" data-testid="import-button" onClick={onImport} disabled={importBusy}>
        Import…
      </button>
      <button type="button" className="secondary-button" data-testid="keys-button" onClick={onShowKeys} aria-keyshortcuts="?" title="Every key of the window (?)">
        Keys ?
      </button>
    </header>
  );
}
