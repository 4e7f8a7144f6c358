import type { CaseInfo } from '../../../shared/model';
import { countOf, fileNameOf } from '../format';
import { SearchBox } from '../search/SearchBox';

interface CaseHeaderProps {
  caseInfo: CaseInfo | null;
  onSearch: (query: string) => void;
  onImport: () => void;
  importBusy: boolean;
}

export function CaseHeader({ caseInfo, onSearch, onImport, importBusy }: CaseHeaderProps) {
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
              {countOf(caseInfo.sourceCount, 'source')} · {countOf(caseInfo.conversationCount, 'conversation')} ·{' '}
              {countOf(caseInfo.messageCount, 'message')}
            </span>
            <span title="Zone assumed for sources imported without one">Default zone {caseInfo.defaultTimeZone}</span>
          </span>
        )}
      </div>
      <SearchBox onSearch={onSearch} />
      <button type="button" className="primary-button" data-testid="import-button" onClick={onImport} disabled={importBusy}>
        Import…
      </button>
    </header>
  );
}
