// What the window reads as it starts, asked by main.tsx before React first renders: the case's lists
// and, as soon as the list is known, the first page of the conversation the window shows first (the
// first of the list). Rendering the window and reading the case then overlap, and the first thread
// page is asked before anything else the window reads.
import type { ThreadPage } from '../../../shared/api';
import type { CaseInfo, ConversationLink, ConversationSummary } from '../../../shared/model';
import { api } from '../api';
import { firstRowsShown, holdReadsUntilFirstRows } from '../engine/firstRows';
import { PAGE_SIZE } from '../thread/ThreadPageCache';

/** The case header, the conversation list and the linked copies, each read or failed on its own. */
export interface CaseLists {
  info: PromiseSettledResult<CaseInfo>;
  list: PromiseSettledResult<ConversationSummary[]>;
  links: PromiseSettledResult<ConversationLink[]>;
}

export function readCaseLists(): Promise<CaseLists> {
  return Promise.allSettled([api.caseInfo({}), api.listConversations({}), api.listLinks({})]).then(([info, list, links]) => ({ info, list, links }));
}

export interface Opening {
  lists: Promise<CaseLists>;
  /** The lists once they have arrived (often before the window first renders), else null. */
  listsArrived(): CaseLists | null;
  /** The first page of `conversationId`, handed to the first thread that shows it, once; null after. */
  takeFirstPage(conversationId: number): Promise<ThreadPage> | null;
}

export function startOpening(): Opening {
  holdReadsUntilFirstRows();
  const lists = readCaseLists();
  let arrived: CaseLists | null = null;
  let firstPage: { conversationId: number; page: Promise<ThreadPage> } | null = null;
  void lists.then((read) => {
    arrived = read;
    const { list } = read;
    const first = list.status === 'fulfilled' ? list.value[0] : undefined;
    // No thread will show rows: nothing is worth holding reads for.
    if (first === undefined || first.messageCount === 0) return firstRowsShown();
    firstPage = { conversationId: first.id, page: api.threadPage({ conversationId: first.id, fromSeq: 0, limit: PAGE_SIZE }) };
    // A failed page is reported by the thread that takes it; the rest of the window still reads.
    firstPage.page.catch(firstRowsShown);
  });
  return {
    lists,
    listsArrived: () => arrived,
    takeFirstPage(conversationId) {
      if (firstPage?.conversationId !== conversationId) return null;
      const { page } = firstPage;
      firstPage = null;
      return page;
    },
  };
}
