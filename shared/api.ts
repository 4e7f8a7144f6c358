// The one contract between the renderer and the engine (docs/design.md#contract).
// The desktop preload, the browser-mode bridge, the engine host and the tests all implement or call
// exactly these methods, typed by name: no door casts an argument or a result.
import type {
  CaseInfo,
  ConversationLink,
  ConversationSummary,
  ImportSummary,
  MessageView,
  SourceDetails,
  SourceSummary,
} from './model';
import type { ContactListSummary, Person, PersonSuggestion, RecordsReport } from './model';
import type { CompletenessReport, Finding, RuleNotRun } from './findings';
import type { ConversationDays, LocatedMessage, Timeline } from './timeline';
import type { Checked, Validators } from './validate';
import type {
  AppliedTag,
  AuditOverview,
  AuditPage,
  AuditTrail,
  ConversationProgress,
  DayProgress,
  FindingReview,
  MessageTags,
  NoteInfo,
  ReviewActionInfo,
  ReviewJob,
  ReviewProgress,
  TagGroupInfo,
  TagInfo,
  TagList,
  TagResult,
} from './review';
import type { ProductionJob, ProductionPreview, ProductionSummary, RedactionInfo } from './production';
import type { ChronologyEntry, ChronologyExport, ChronologyImport, ChronologySummary, ChronologyView, ChronologyWarning } from './chronology';

export interface ThreadPage {
  conversationId: number;
  /** Messages in the conversation, for paging arithmetic. */
  total: number;
  messages: MessageView[];
}

/** The order of search hits: by time (oldest first, messages without a time first) or by relevance (bm25). */
export type SearchSort = 'time' | 'relevance';
export const SEARCH_SORTS = ['time', 'relevance'] as const satisfies readonly SearchSort[];

/** Where the next page starts: after this hit, in the page's sort. */
export type SearchCursor = { sentAt: number; id: number } | { rank: number; id: number };

export interface SearchHit {
  messageId: number;
  conversationId: number;
  conversationTitle: string;
  seq: number;
  sentAt: number | null;
  sentAtLocal: string | null;
  author: string | null;
  kind: string;
  /** Text around the match; matched terms are wrapped in SNIPPET_OPEN / SNIPPET_CLOSE. */
  snippet: string;
}

/** What a `~fuzzy` or emoji term was searched as: the indexed words used in its place. */
export interface TermExpansion {
  /** The term as written, e.g. `~recieve` or `🔥`. */
  term: string;
  /** Where it stands in the query (UTF-16 offsets, end exclusive). */
  start: number;
  end: number;
  kind: 'fuzzy' | 'symbol';
  /** The indexed words searched, closest (fuzzy) or most frequent (symbol) first. */
  used: string[];
  /** Matching words left out because of the cap on `used`; said, never hidden. */
  omitted: number;
}

export interface SearchPage {
  total: number;
  tookMs: number;
  hits: SearchHit[];
  next: SearchCursor | null;
  /** The sort applied: relevance needs a word to rank by, so a search of filters alone is sorted by time. */
  sort: SearchSort;
  expansions: TermExpansion[];
}

/** A query checked without running it: fine, or one sentence about the part from `start` to `end`. */
export type QueryCheck = { ok: true } | { ok: false; message: string; start: number; end: number };

/** One value of a facet; `filter` is the query clause that narrows the search to it, when there is one. */
export interface FacetBucket {
  key: string;
  label: string;
  count: number;
  filter: string | null;
}

/** How the hits of a search spread over conversations, authors, custodians and days (in `timeZone`). */
export interface SearchFacets {
  total: number;
  tookMs: number;
  timeZone: string;
  /** The largest buckets first, at most FACET_LIMIT each; `more` counts the buckets left out. */
  conversations: FacetBucket[];
  authors: FacetBucket[];
  custodians: FacetBucket[];
  /** Every day with hits, in date order; messages without a time are the bucket with key ''. */
  days: FacetBucket[];
  /** Hits per tag in force (own or inherited), applied tags only, largest first; untagged hits are the bucket with key ''. */
  tags: FacetBucket[];
  more: { conversations: number; authors: number; custodians: number };
}

export const FACET_LIMIT = 50;

/** A hit in a thread, with the matched passages of its body as UTF-16 [start, end) ranges. */
export interface ThreadHit {
  messageId: number;
  seq: number;
  marks: [number, number][];
}

/** The largest seq range threadHits answers at once. */
export const THREAD_HITS_MAX_RANGE = 500;

export interface TermReportRow {
  term: string;
  /** Why the term could not be run (a syntax error); its counts are then 0. */
  error: string | null;
  /** Matched passages, as the thread highlights them. */
  hits: number;
  messages: number;
  conversations: number;
  /** Distinct (conversation, day) pairs, days in the case's display zone. */
  conversationDays: number;
  /** Messages per custodian, in the order of TermReport.custodians. */
  perCustodian: number[];
}

export interface TermReport {
  timeZone: string;
  tookMs: number;
  /** Custodians of the case's sources; null for sources imported without one. */
  custodians: (string | null)[];
  rows: TermReportRow[];
  /** The same report as CSV (UTF-8 with BOM, CRLF), as the CLI's --csv prints it. */
  csv: string;
}

export interface SavedSearch {
  id: number;
  name: string;
  query: string;
  createdAt: number;
  actor: string;
}

/** Marks around matched terms in snippets: control characters that never occur in chat text. */
export const SNIPPET_OPEN = '\u0002';
export const SNIPPET_CLOSE = '\u0003';

export type ImportRequest = ApiArg<'importArchive'>;

/** What the door offers for choosing files: a native dialog, or a typed path (browser mode). */
export type ImportPick = { kind: 'paths'; paths: string[] } | { kind: 'cancelled' } | { kind: 'typed'; hint: string };
/** A folder to write into, chosen in the desktop's dialog; browser mode has none, and the folder is typed. */
export type FolderPick = { kind: 'folder'; path: string } | { kind: 'cancelled' } | { kind: 'typed'; hint: string };

/**
 * What each method of the contract answers. Its argument's type comes from the method's validator
 * (shared/validate.ts), so the shape of an argument is written once, where it is checked.
 */
export interface ApiValues {
  caseInfo: CaseInfo;
  listSources: SourceSummary[];
  listConversations: ConversationSummary[];
  threadPage: ThreadPage;
  locateMessage: { conversationId: number; seq: number };
  /** The first message (earliest local time, then source order) on or after a local date `YYYY-MM-DD`. */
  locateDate: { seq: number | null };
  sourceDetails: SourceDetails;
  /**
   * Locks a source's day/month order and/or sets its time zone; every derived time of the source is
   * recomputed and the change written to the audit log. A job, because a source can be large.
   */
  setSourceReading: { jobId: string };
  /** What the gap engine found, and which rules could not run and why (docs/gaps.md). */
  listFindings: { findings: Finding[]; notRun: RuleNotRun[] };
  completenessReport: CompletenessReport;
  /**
   * The people who wrote in a conversation, most active first (for choosing whose phone a thread is seen
   * from); `phoneOwner` says why an author is the phone's owner, when the source records it.
   */
  conversationAuthors: { name: string; messages: number; phoneOwner?: string }[];
  /** Copies of one conversation held by different custodians, as linked and aligned. */
  listLinks: ConversationLink[];
  /** The merged thread of a link: rows by position, each message with the copies that hold it. */
  linkedThreadPage: ThreadPage;
  /** A reviewer links two conversations as copies of one (aligned, audited, gaps re-analysed). A job. */
  linkConversations: { jobId: string };
  unlinkConversations: { jobId: string };
  /** Sets (both dates, YYYY-MM-DD) or clears (neither) the matter period; gaps are re-analysed. A job. */
  setMatterPeriod: { jobId: string };
  search: SearchPage;
  /** Parses a query without running it, so the search box can point at a mistake as it is typed. */
  checkQuery: QueryCheck;
  searchFacets: SearchFacets;
  /** The hits among a conversation's messages fromSeq ≤ seq < toSeq, with their matched passages. */
  threadHits: { hits: ThreadHit[] };
  /** The nearest hit after (or before) seq in the conversation, in thread order. */
  adjacentThreadHit: { seq: number | null };
  /** Per search term: hits, messages, conversations, conversation-days and messages per custodian. */
  searchTermReport: TermReport;
  /** Stops every search, facets, hit step and term report still running; each fails with the code 'cancelled'. */
  cancelSearch: { cancelled: number };
  listSavedSearches: SavedSearch[];
  /** Stores a search in the case under a new name (audited); the query must parse. */
  saveSearch: SavedSearch;
  deleteSavedSearch: { deleted: boolean };
  pickImportPaths: ImportPick;
  /** A folder to write a production into, from the desktop's folder dialog. */
  pickOutputFolder: FolderPick;
  importArchive: { jobId: string };
  cancelJob: { cancelled: boolean };
  /** The completeness report of one conversation, or of every one, as a file to save (HTML to read and print, CSV to sort). */
  completenessExport: SavedText;
  /** One conversation-day (a date of the display zone) exported as JSON lines or CSV, the CLI's export columns. */
  exportConversationDay: SavedText & { messages: number };
  /** Who wrote in a source, most active first: the names an account holder is chosen from. */
  sourceAuthors: { name: string; messages: number }[];
  /**
   * Marks a source as an official or a personal account of a holder (or unmarks it with `none`), audited;
   * the records lens (RK-1) is re-run on every personal source. A job.
   */
  markSourceAccount: { jobId: string };
  /** The records lens over the case: per personal account, the holder's messages copied to an official account within 20 days. */
  recordsReport: RecordsReport;
  /** Persons with their participants across sources: names as written, identities, why they are grouped. */
  listPersons: Person[];
  /** Persons that may be one on weak evidence (the same name): never merged without a reviewer. */
  personSuggestions: PersonSuggestion[];
  /** A reviewer merges persons into one (audited with before and after); automatic resolution never undoes it. */
  mergePersons: Person;
  /** A reviewer takes a participant out of its person into one of its own (audited); it is not grouped with them again. */
  unmergeParticipant: { person: Person; from: Person };
  /** Reads a contact list (vCard or CSV; read-only, hashed) whose names name the persons holding its numbers. */
  importContacts: ContactListSummary;
  /** The zone conversation-days and the timeline count in: the case's default zone until a reviewer sets one. */
  displayTimeZone: { timeZone: string; defaultTimeZone: string };
  /** Sets the display zone (audited with before and after); no stored time changes, threads keep the source's clock. */
  setDisplayTimeZone: { timeZone: string; previous: string };
  /** A conversation's days in the display zone, with counts by kind and the gap findings touching each. */
  conversationDays: ConversationDays;
  /** Message volume per day or hour, for the case or one conversation, optionally split, with gap findings per bucket. */
  timeline: Timeline;
  /** The first message (in time, then source order) in [from, to) of the case, a conversation, or a timeline series. */
  locateTime: { message: LocatedMessage | null };
  /** The reviewer this machine last coded this case as (null before the first review action), and every reviewer seen. */
  reviewer: { current: string | null; reviewers: { name: string; firstAt: number; lastAt: number }[] };
  /** Sets this machine's reviewer for the case (audited); decisions without a reviewer of their own carry it. */
  setReviewer: { current: string };
  /** Tags in force (with `removed`, the removed ones too) with their counts per scope and per reviewer, and the groups. */
  listTags: TagList;
  createTag: TagInfo;
  /** Renames or changes a tag (audited with before and after). */
  updateTag: TagInfo;
  /** Takes a tag out of force; its history stays (audited). */
  removeTag: TagInfo;
  createTagGroup: TagGroupInfo;
  /** Applies (or removes) a tag on up to 10,000 messages, a conversation-day or a conversation: one action, one audit entry. */
  applyTag: TagResult;
  /** The same for every hit of a search, a time range, many messages or every day of a conversation, as a job (reviewJob tells its result). */
  bulkTag: { jobId: string };
  /** How a bulk coding job ended, and what it changed. */
  reviewJob: ReviewJob;
  /** Undoes the latest coding action (a bulk one as a whole); action null when there is none. */
  undoReview: { action: { actionId: number; summary: string } | null };
  redoReview: { action: { actionId: number; summary: string } | null };
  listReviewActions: ReviewActionInfo[];
  /** Each message's tags: its own and those inherited from its day and conversation. */
  messageTags: MessageTags[];
  /** The tags applied to a conversation and (with day) to one of its days. */
  targetTags: { conversation: AppliedTag[]; day: AppliedTag[] };
  listNotes: NoteInfo[];
  addNote: NoteInfo;
  /** Changes a note's text; the earlier text stays in its history (audited). */
  editNote: NoteInfo;
  removeNote: NoteInfo;
  /** Confirms a finding, dismisses it as not a gap (a note says why) or marks it for follow-up (audited). */
  reviewFinding: FindingReview;
  /** Each day of a conversation with its review status. */
  conversationProgress: ConversationProgress;
  /** Sets a day's status by hand, or gives it back to coding with `auto` (audited). */
  setDayStatus: DayProgress;
  /** Days unreviewed, in review and reviewed per conversation, per custodian and for the case. */
  reviewProgress: ReviewProgress;
  /** The first unreviewed day after the one given (or from the start), in one conversation or across the case. */
  nextUnreviewedDay: { next: { conversationId: number; day: string } | null };
  /** The audit log oldest first (from `since`), with the chain's head and whether it verifies. */
  auditLog: AuditTrail;
  /** The chain's head, whether it verifies and where it breaks, and the log's reviewers and actions with their counts. */
  auditOverview: AuditOverview;
  /** A page of the log oldest first after an entry (keyset), by reviewer, action or action family, and time; each entry in short. */
  auditPage: AuditPage;
  /** Starts a production of a search's hits into a new or empty folder, as a job (productionJob tells its result). */
  produce: { jobId: string };
  /** How a production job ended: the production recorded, or why nothing was. */
  productionJob: ProductionJob;
  /** The first document of a production as it would be made now, as a page to show, with the counts. */
  previewProduction: ProductionPreview;
  /** Every production of the case, newest first. */
  listProductions: ProductionSummary[];
  /** Redacts a span of a message's text, a whole message or an attachment in every later production (audited; the evidence is untouched). */
  addRedaction: RedactionInfo;
  /** Takes a redaction out of force for later productions; it stays listed (audited). */
  removeRedaction: RedactionInfo;
  /** The redactions in force (with `removed`, the removed ones too), newest first. */
  listRedactions: RedactionInfo[];
  /** The case's chronologies with their live entry counts, oldest first. */
  listChronologies: ChronologySummary[];
  /** A chronology's entries (the master one when none is named), earliest first, each with its span, citations and overlaps. */
  chronology: ChronologyView;
  /** Makes an empty chronology of that name (audited); refused when the case has one so named. */
  createChronology: ChronologySummary;
  /** Adds an entry (a message or range, a finding, a conversation-day or an outside event) to a chronology, made when new (audited). */
  addChronologyEntry: ChronologyEntry;
  /** Changes an entry's title, description, people, labels or chronologies, or removes it (audited with before and after). */
  changeChronologyEntry: ChronologyEntry;
  /** The chronology checked against the case: cited messages since deleted or privileged, cited sources whose hash no longer verifies. */
  checkChronology: { warnings: ChronologyWarning[] };
  /** Writes a chronology as CSV, HTML or PDF, with the self-check's warnings on its cover. */
  exportChronology: ChronologyExport;
  /** Reads entries from a CSV file; every row is added or refused with its problems. */
  importChronology: ChronologyImport;
}

/** The one contract between the renderer and the engine: every method takes its checked argument and answers its value. */
export type ViewerApi = { [M in keyof ApiValues]: (a: ApiArg<M>) => Promise<ApiValues[M]> };

/** A file the engine wrote for the window to save: a suggested name, its type and its text. */
export interface SavedText {
  fileName: string;
  mimeType: string;
  text: string;
}

export type ApiMethod = keyof ApiValues;

export const API_METHODS = [
  'caseInfo',
  'listSources',
  'listConversations',
  'threadPage',
  'locateMessage',
  'locateDate',
  'sourceDetails',
  'setSourceReading',
  'listFindings',
  'completenessReport',
  'setMatterPeriod',
  'conversationAuthors',
  'listLinks',
  'linkedThreadPage',
  'linkConversations',
  'unlinkConversations',
  'search',
  'checkQuery',
  'searchFacets',
  'threadHits',
  'adjacentThreadHit',
  'searchTermReport',
  'cancelSearch',
  'listSavedSearches',
  'saveSearch',
  'deleteSavedSearch',
  'pickImportPaths',
  'pickOutputFolder',
  'importArchive',
  'cancelJob',
  'completenessExport',
  'exportConversationDay',
  'sourceAuthors',
  'markSourceAccount',
  'recordsReport',
  'listPersons',
  'personSuggestions',
  'mergePersons',
  'unmergeParticipant',
  'importContacts',
  'displayTimeZone',
  'setDisplayTimeZone',
  'conversationDays',
  'timeline',
  'locateTime',
  'reviewer',
  'setReviewer',
  'listTags',
  'createTag',
  'updateTag',
  'removeTag',
  'createTagGroup',
  'applyTag',
  'bulkTag',
  'reviewJob',
  'undoReview',
  'redoReview',
  'listReviewActions',
  'messageTags',
  'targetTags',
  'listNotes',
  'addNote',
  'editNote',
  'removeNote',
  'reviewFinding',
  'conversationProgress',
  'setDayStatus',
  'reviewProgress',
  'nextUnreviewedDay',
  'auditLog',
  'auditOverview',
  'auditPage',
  'produce',
  'productionJob',
  'previewProduction',
  'listProductions',
  'addRedaction',
  'removeRedaction',
  'listRedactions',
  'listChronologies',
  'chronology',
  'createChronology',
  'addChronologyEntry',
  'changeChronologyEntry',
  'checkChronology',
  'exportChronology',
  'importChronology',
] as const satisfies readonly ApiMethod[];

// A compile error here means a method of ViewerApi is missing from API_METHODS.
const everyMethodListed: Exclude<ApiMethod, (typeof API_METHODS)[number]> extends never ? true : never = true;
void everyMethodListed;

/** Methods the door answers itself (they need a native dialog or door policy), not the engine. */
export const DOOR_METHODS = ['pickImportPaths', 'pickOutputFolder'] as const satisfies readonly ApiMethod[];
export type EngineApi = Omit<ViewerApi, (typeof DOOR_METHODS)[number]>;

export type ApiArg<M extends ApiMethod> = Checked<Validators[M]>;
export type ApiValue<M extends ApiMethod> = ApiValues[M];

/** How every door carries a result: errors travel as data, never as exceptions across a boundary. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

export interface ApiErrorBody {
  code: ApiErrorCode;
  message: string;
}

export type ApiErrorCode = 'invalid_argument' | 'not_found' | 'bad_input' | 'forbidden' | 'busy' | 'cancelled' | 'internal';

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface JobProgressEvent {
  type: 'job.progress';
  jobId: string;
  phase: string;
  done: number;
  total: number;
  /** Present, and false, when this phase cannot be stopped: a cancel is refused until it ends. */
  cancellable?: false;
  /** Why the phase cannot be stopped, in a sentence the window shows beside the progress bar. */
  why?: string;
}

export interface JobDoneEvent {
  type: 'job.done';
  jobId: string;
  ok: boolean;
  cancelled: boolean;
  error: string | null;
  summary: ImportSummary | null;
}

export type ApiEvent = JobProgressEvent | JobDoneEvent;

/** The renderer's view of the engine: the contract's methods (rejecting with ApiError) plus events. */
export interface WindowApi extends ViewerApi {
  onEvent(listener: (event: ApiEvent) => void): () => void;
  /** Where an attachment can be shown inline: evidence:// on the desktop, /evidence/ in browser mode. */
  mediaUrl(attachmentId: number): string;
}

/**
 * What the desktop preload and the browser-mode bridge install as `window.api`. Every method resolves
 * to an ApiResult instead of throwing, because Electron's context bridge hands the page only an
 * Error's message: error codes survive only as data. The renderer unwraps it once (unwrapTransport).
 */
export type TransportApi = TransportMethods & Pick<WindowApi, 'onEvent' | 'mediaUrl'>;

export type TransportMethods = { [M in ApiMethod]: (arg: ApiArg<M>) => Promise<ApiResult<ApiValue<M>>> };

/** One call typed by its method's name: what every door's carrier (IPC, HTTP, the engine host) implements once. */
export type ApiCall = <M extends ApiMethod>(method: M, arg: ApiArg<M>) => Promise<ApiResult<ApiValue<M>>>;

/** The contract's methods, each carried by `call`. */
export function transportOf(call: ApiCall): TransportMethods {
  const table: Partial<Record<ApiMethod, unknown>> = {};
  for (const method of API_METHODS) table[method] = (arg: ApiArg<typeof method>) => call(method, arg);
  // The one place the table is assembled: TypeScript cannot follow a mapped type through a loop.
  return table as TransportMethods;
}

/** The renderer's API from a transport: each result unwrapped once, an error result thrown as ApiError. */
export function unwrapTransport(transport: TransportApi): WindowApi {
  const call = async <M extends ApiMethod>(method: M, arg: ApiArg<M>): Promise<ApiValue<M>> => {
    const carry: TransportMethods[M] = transport[method];
    const result = await carry(arg);
    if (!result.ok) throw new ApiError(result.error.code, result.error.message);
    return result.value;
  };
  const table: Partial<Record<ApiMethod, unknown>> = {};
  for (const method of API_METHODS) table[method] = (arg: ApiArg<typeof method>) => call(method, arg);
  // Assembled in a loop over the method list, which TypeScript cannot follow through the mapped type.
  return { ...(table as ViewerApi), onEvent: (listener) => transport.onEvent(listener), mediaUrl: (id) => transport.mediaUrl(id) };
}
