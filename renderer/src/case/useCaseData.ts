import { useCallback, useEffect, useState } from 'react';
import type { CaseInfo, ConversationLink, ConversationSummary } from '../../../shared/model';
import type { ReportError } from '../errors/useErrorBanner';
import { readCaseLists, type CaseLists, type Opening } from './opening';

interface CaseData {
  caseInfo: CaseInfo | null;
  conversations: ConversationSummary[] | null;
  links: ConversationLink[] | null;
}

/** Each part is reported on its own: a failing header must not hide the conversations, or the reverse. */
function reported({ info, list, links }: CaseLists, reportError: ReportError): CaseData {
  if (info.status === 'rejected') reportError('Could not read the case information', info.reason);
  if (list.status === 'rejected') reportError('Could not list the conversations', list.reason);
  if (links.status === 'rejected') reportError('Could not list the linked copies', links.reason);
  return {
    caseInfo: info.status === 'fulfilled' ? info.value : null,
    conversations: list.status === 'fulfilled' ? list.value : null,
    links: links.status === 'fulfilled' ? links.value : null,
  };
}

const NOTHING_YET: CaseData = { caseInfo: null, conversations: null, links: null };

/** Lists read in full, as data; null when a part failed (reported once the window is up). */
function readInFull(lists: CaseLists | null): CaseData | null {
  if (lists === null || lists.info.status === 'rejected' || lists.list.status === 'rejected' || lists.links.status === 'rejected') return null;
  return { caseInfo: lists.info.value, conversations: lists.list.value, links: lists.links.value };
}

/**
 * The case header, the conversation list and the linked copies, reloaded after every import. The
 * first read is the window's opening (case/opening.ts) when there is one: already arrived, the
 * window's first render shows it.
 */
export function useCaseData(reportError: ReportError, opening?: Opening) {
  // Lists that arrived before the first render are shown by it, and not set a second time.
  const [shownFirst] = useState(() => readInFull(opening?.listsArrived() ?? null));
  const [data, setData] = useState<CaseData>(shownFirst ?? NOTHING_YET);

  const load = useCallback(
    (read: Promise<CaseLists>) =>
      read.then((lists) => {
        const loaded = reported(lists, reportError);
        // A part that failed to reload keeps what was shown before.
        setData((shown) => ({
          caseInfo: loaded.caseInfo ?? shown.caseInfo,
          conversations: loaded.conversations ?? shown.conversations,
          links: loaded.links ?? shown.links,
        }));
      }),
    [reportError],
  );
  const refresh = useCallback(() => load(readCaseLists()), [load]);

  const firstRead = opening?.lists;
  useEffect(() => {
    if (shownFirst === null) void load(firstRead ?? readCaseLists());
  }, [load, firstRead, shownFirst]);

  return { ...data, refresh };
}
