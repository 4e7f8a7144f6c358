import type { CaseInfo } from '../../../shared/model';
import { countOf, fileNameOf } from '../format';
import { SearchBox } from '../search/SearchBox';

interface CaseHeaderProps {
  caseInfo: CaseInfo | null;
  onSearch: (query: string) => void;
  onImport: () => void;
  importBusy: boolean;
  onShowSources: () => void;
  onShowGaps: () => void;
}

export function CaseHeader({ caseInfo, onSearch, onImport, importBusy, onShowSources, onShowGaps }: CaseHeaderProps) {
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
              · {countOf(caseInfo.conversationCount, 'conversation')} · {countOf(caseInfo.messageCount, 'message')}
            </span>
            <span title="Zone assumed for sources imported without one">Default zone {caseInfo.defaultTimeZone}</span>
          </span>
        )}
      </div>
      <SearchBox onSearch={onSearch} />
      <button type="button" className="secondary-button" data-testid="gaps-button" onClick={onShowGaps} title="What was deleted, what is probably missing, what cannot be known">
        Gaps…
      </button>
      <button type="button" className="primary-button" data-testid="import-button" onClick={onImport} disabled={importBusy}>
        Import…
      </button>
    </header>
  );
}
