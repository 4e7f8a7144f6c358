import type { CaseInfo } from '../../../shared/model';
import { countOf, fileNameOf } from '../format';
import { SearchBox } from '../search/SearchBox';
import { DisplayZoneControl } from '../timeline/DisplayZoneControl';
import type { DisplayZone } from '../timeline/useDisplayZone';

interface CaseHeaderProps {
  caseInfo: CaseInfo | null;
  onSearch: (query: string) => void;
  onImport: () => void;
  importBusy: boolean;
  onShowSources: () => void;
  onShowGaps: () => void;
  onShowPeople: () => void;
  onShowTimeline: () => void;
  displayZone: DisplayZone | null;
  onChangeDisplayZone: (timeZone: string) => Promise<string>;
}

export function CaseHeader({
  caseInfo,
  onSearch,
  onImport,
  importBusy,
  onShowSources,
  onShowGaps,
  onShowPeople,
  onShowTimeline,
  displayZone,
  onChangeDisplayZone,
}: CaseHeaderProps) {
  return (
    <header className="case-header">
      <div className="case-identity">
        <span className="app-name">Threadline</span>
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
          </span>
        )}
      </div>
      <SearchBox onSearch={onSearch} />
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
      <button type="button" className="primary-button" data-testid="import-button" onClick={onImport} disabled={importBusy}>
        Import…
      </button>
    </header>
  );
}
