// What the window reads as it starts, asked by main.tsx before React first renders: the case's lists
// and, as soon as the list is known, the first page of the conversation the window shows first (the
// first of the list). Rendering the window and reading the case then overlap, and the first thread
// page is asked before anything else the window reads.
import type { ThreadPage } from '../../../shared/api';
import type { CaseInfo, ConversationLink, ConversationSummary } from '../../../shared/model';
import { api } from '../api';
import { firstPageAsked, firstRowsShown, holdReadsUntilFirstRows } from '../engine/firstRows';
import { PAGE_SIZE } from '../thread/ThreadPageCache';

/** The case header, the conversation list and the linked copies, each read or failed on its own. */
export interface CaseLists {
  info: PromiseSettledResult<CaseInfo>;
  list: PromiseSettledResult<ConversationSummary[]>;
  links: PromiseSettledResult<ConversationLink[]>;
}

/** Asks for the three lists, in this order (the engine answers in order), and settles each on its own. */
function askCaseLists(): { conversations: Promise<ConversationSummary[]>; lists: Promise<CaseLists> } {
  const info = api.caseInfo({});
  const conversations = api.listConversations({});
  const lists = Promise.allSettled([info, conversations, api.listLinks({})]).then(([info, list, links]) => ({ info, list, links }));
  return { conversations, lists };
}

export function readCaseLists(): Promise<CaseLists> {
  return askCaseLists().lists;
}

export interface Opening {
  lists: Promise<CaseLists>;
  /** The lists once they have arrived (often before the window first renders), else null. */
  listsArrived(): CaseLists | null;
  /**
   * The first page of `conversationId`, handed to the first thread that shows it, once; null after.
   * The page itself once it has arrived (often before the window first renders): the thread draws
   * its rows in its first render rather than one render and one frame later.
   */
  takeFirstPage(conversationId: number): ThreadPage | Promise<ThreadPage> | null;
}

export function startOpening(): Opening {
  holdReadsUntilFirstRows();
  const { conversations, lists } = askCaseLists();
  let arrived: CaseLists | null = null;
  let firstPage: { conversationId: number; page: Promise<ThreadPage>; arrived: ThreadPage | null } | null = null;
  void lists.then((read) => {
    arrived = read;
  });
  // Asked as soon as the conversation list is known, without waiting for the other two lists.
  void conversations.then((list) => {
    const first = list[0];
    // No thread will show rows: nothing is worth holding reads for.
    if (first === undefined || first.messageCount === 0) return firstRowsShown();
    const asked = { conversationId: first.id, page: api.threadPage({ conversationId: first.id, fromSeq: 0, limit: PAGE_SIZE }), arrived: null as ThreadPage | null };
    firstPage = asked;
    firstPageAsked();
    asked.page.then(
      (page) => {
        asked.arrived = page;
      },
      // A failed page is reported by the thread that takes it; the rest of the window still reads.
      firstRowsShown,
    );
  }, firstRowsShown);
  return {
    lists,
    listsArrived: () => arrived,
    takeFirstPage(conversationId) {
      if (firstPage?.conversationId !== conversationId) return null;
      const { page, arrived } = firstPage;
      firstPage = null;
      return arrived ?? page;
    },
  };
}
