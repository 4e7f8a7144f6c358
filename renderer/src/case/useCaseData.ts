import { useCallback, useEffect, useState } from 'react';
import type { CaseInfo, ConversationLink, ConversationSummary } from '../../../shared/model';
import { api } from '../api';
import type { ReportError } from '../errors/useErrorBanner';

interface CaseData {
  caseInfo: CaseInfo | null;
  conversations: ConversationSummary[] | null;
  links: ConversationLink[] | null;
}

/** Loads both parts independently: a failing header must not hide the conversations, or the reverse. */
async function loadCaseData(reportError: ReportError): Promise<CaseData> {
  const [info, list, links] = await Promise.allSettled([api.caseInfo({}), api.listConversations({}), api.listLinks({})]);
  if (info.status === 'rejected') reportError('Could not read the case information', info.reason);
  if (list.status === 'rejected') reportError('Could not list the conversations', list.reason);
  if (links.status === 'rejected') reportError('Could not list the linked copies', links.reason);
  return {
    caseInfo: info.status === 'fulfilled' ? info.value : null,
    conversations: list.status === 'fulfilled' ? list.value : null,
    links: links.status === 'fulfilled' ? links.value : null,
  };
}

/** The case header, the conversation list and the linked copies, reloaded after every import. */
export function useCaseData(reportError: ReportError) {
  const [data, setData] = useState<CaseData>({ caseInfo: null, conversations: null, links: null });

  const refresh = useCallback(
    () =>
      loadCaseData(reportError).then((loaded) =>
        // A part that failed to reload keeps what was shown before.
        setData((shown) => ({
          caseInfo: loaded.caseInfo ?? shown.caseInfo,
          conversations: loaded.conversations ?? shown.conversations,
          links: loaded.links ?? shown.links,
        })),
      ),
    [reportError],
  );

  useEffect(() => {
    void refresh();
  }, [refresh]);

  return { ...data, refresh };
}
