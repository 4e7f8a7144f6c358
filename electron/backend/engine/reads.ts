// The contract's methods that read the case: sources, threads, linked threads, findings, exports of
// a day, the timeline. They run on the read-only connection, so they never wait for a job.
import { ApiError, type EngineApi } from '../../../shared/api';
import { LinkedThreadReader, listLinks } from '../align/linked-thread';
import { displayTimeZone, displayZoneSetting } from '../case/display-zone';
import type { CaseFile } from '../case/open';
import { caseInfo, listConversations, listSources, requireConversation, sourceDetails } from '../case/queries';
import { completenessFile } from '../exports/completeness';
import { exportText } from '../exports/messages';
import { completenessReport, listFindings, listNotRun } from '../gaps/queries';
import { listPersons } from '../people/persons';
import { personSuggestions } from '../people/suggestions';
import { sourceAuthors } from '../records/accounts';
import { recordsReport } from '../records/report';
import { ThreadReader } from '../threads/page';
import { conversationDays } from '../timeline/days';
import { locateTime } from '../timeline/locate';
import { dateRangeIn } from '../timeline/report';
import { canonicalTimeZone } from '../time/zone';
import { timeline } from '../timeline/volume';

type ReadMethods = Pick<
  EngineApi,
  | 'caseInfo' | 'listSources' | 'listConversations' | 'sourceDetails' | 'sourceAuthors' | 'threadPage' | 'locateMessage' | 'locateDate'
  | 'conversationAuthors' | 'listLinks' | 'linkedThreadPage' | 'listFindings' | 'completenessReport' | 'completenessExport'
  | 'exportConversationDay' | 'recordsReport' | 'listPersons' | 'personSuggestions' | 'displayTimeZone' | 'conversationDays'
  | 'timeline' | 'locateTime'
>;

const MIME_TYPES = { csv: 'text/csv;charset=utf-8', jsonl: 'application/x-ndjson;charset=utf-8' } as const;

export function readMethods(cf: CaseFile): ReadMethods {
  const db = cf.reader;
  /** The zone days and hours are counted in: the one asked for this answer, else the display zone. */
  const countingZone = (asked: string | undefined) => {
    if (asked === undefined) return displayTimeZone(db);
    const zone = canonicalTimeZone(asked);
    if (zone === null) throw new ApiError('invalid_argument', `'${asked}' is not a time zone this system knows; give an IANA name such as Europe/London.`);
    return zone;
  };
  const threads = new ThreadReader(db);
  const linkedThreads = new LinkedThreadReader(db);
  return {
    caseInfo: async () => caseInfo(db, cf.path),
    listSources: async () => listSources(db),
    listConversations: async () => listConversations(db),
    sourceDetails: async ({ sourceId }) => sourceDetails(db, sourceId),
    sourceAuthors: async ({ sourceId }) => sourceAuthors(db, sourceId),
    threadPage: async ({ conversationId, fromSeq, limit }) => threads.threadPage(conversationId, fromSeq, limit),
    locateMessage: async ({ messageId }) => threads.locateMessage(messageId),
    locateDate: async ({ conversationId, date }) => threads.locateDate(conversationId, date),
    conversationAuthors: async ({ conversationId }) => threads.authors(conversationId),
    listLinks: async () => listLinks(db),
    linkedThreadPage: async ({ linkId, fromPos, limit }) => linkedThreads.page(linkId, fromPos, limit),
    listFindings: async (filter) => ({ findings: listFindings(db, filter), notRun: listNotRun(db, filter.conversationId) }),
    completenessReport: async ({ conversationId }) => completenessReport(db, conversationId),
    // An unknown conversation is refused by the report itself.
    completenessExport: async ({ conversationId, format }) => completenessFile(db, cf.path, conversationId, format),
    async exportConversationDay({ conversationId, day, format }) {
      requireConversation(db, conversationId);
      const { text, messages } = exportText(db, format, { conversationId, ...dateRangeIn(displayTimeZone(db), day, day) });
      return { fileName: `conversation-${conversationId}-${day}.${format}`, mimeType: MIME_TYPES[format], text, messages };
    },
    recordsReport: async () => recordsReport(db),
    listPersons: async () => listPersons(db),
    personSuggestions: async () => personSuggestions(db),
    displayTimeZone: async () => displayZoneSetting(db),
    conversationDays: async ({ conversationId, timeZone }) => conversationDays(db, conversationId, countingZone(timeZone)),
    timeline: async (request) => timeline(db, request, countingZone(request.timeZone)),
    locateTime: async (span) => ({ message: locateTime(db, span) }),
  };
}
