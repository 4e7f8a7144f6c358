// The one contract between the renderer and the engine (design.md §3). The desktop preload, the
// browser-mode bridge and the tests all implement or call exactly this interface.
import type {
  CaseInfo,
  ConversationLink,
  ConversationSummary,
  DateOrder,
  ImportSummary,
  MessageView,
  SourceDetails,
  SourceSummary,
} from './model';
import type { AccountKind, ContactListSummary, Person, PersonSuggestion, RecordsReport } from './model';
import type { CompletenessReport, Finding, FindingFilter, RuleNotRun } from './findings';
import type { ConversationDays, LocatedMessage, Timeline, TimelineRequest } from './timeline';

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

export interface ImportRequest {
  paths: string[];
  custodian?: string;
  timeZone?: string;
  dateOrder?: DateOrder;
}

/** What the door offers for choosing files: a native dialog, or a typed path (browser mode). */
export type ImportPick = { kind: 'paths'; paths: string[] } | { kind: 'cancelled' } | { kind: 'typed'; hint: string };

export interface ViewerApi {
  caseInfo(a: Record<string, never>): Promise<CaseInfo>;
  listSources(a: Record<string, never>): Promise<SourceSummary[]>;
  listConversations(a: Record<string, never>): Promise<ConversationSummary[]>;
  threadPage(a: { conversationId: number; fromSeq: number; limit: number }): Promise<ThreadPage>;
  locateMessage(a: { messageId: number }): Promise<{ conversationId: number; seq: number }>;
  /** The first message (earliest local time, then source order) on or after a local date `YYYY-MM-DD`. */
  locateDate(a: { conversationId: number; date: string }): Promise<{ seq: number | null }>;
  sourceDetails(a: { sourceId: number }): Promise<SourceDetails>;
  /**
   * Locks a source's day/month order and/or sets its time zone; every derived time of the source is
   * recomputed and the change written to the audit log. A job, because a source can be large.
   */
  setSourceReading(a: { sourceId: number; dateOrder?: DateOrder; timeZone?: string }): Promise<{ jobId: string }>;
  /** What the gap engine found, and which rules could not run and why (spec/gaps.md). */
  listFindings(a: FindingFilter): Promise<{ findings: Finding[]; notRun: RuleNotRun[] }>;
  completenessReport(a: { conversationId: number }): Promise<CompletenessReport>;
  /** The people who wrote in a conversation, most active first (for choosing whose phone a thread is seen from). */
  conversationAuthors(a: { conversationId: number }): Promise<{ name: string; messages: number }[]>;
  /** Copies of one conversation held by different custodians, as linked and aligned. */
  listLinks(a: Record<string, never>): Promise<ConversationLink[]>;
  /** The merged thread of a link: rows by position, each message with the copies that hold it. */
  linkedThreadPage(a: { linkId: number; fromPos: number; limit: number }): Promise<ThreadPage>;
  /** A reviewer links two conversations as copies of one (aligned, audited, gaps re-analysed). A job. */
  linkConversations(a: { conversationIds: number[] }): Promise<{ jobId: string }>;
  unlinkConversations(a: { linkId: number }): Promise<{ jobId: string }>;
  /** Sets (both dates, YYYY-MM-DD) or clears (neither) the matter period; gaps are re-analysed. A job. */
  setMatterPeriod(a: { start?: string; end?: string }): Promise<{ jobId: string }>;
  search(a: { q: string; conversationId?: number; limit?: number; after?: SearchCursor; sort?: SearchSort }): Promise<SearchPage>;
  /** Parses a query without running it, so the search box can point at a mistake as it is typed. */
  checkQuery(a: { q: string }): Promise<QueryCheck>;
  searchFacets(a: { q: string; conversationId?: number }): Promise<SearchFacets>;
  /** The hits among a conversation's messages fromSeq ≤ seq < toSeq, with their matched passages. */
  threadHits(a: { q: string; conversationId: number; fromSeq: number; toSeq: number }): Promise<{ hits: ThreadHit[] }>;
  /** The nearest hit after (or before) seq in the conversation, in thread order. */
  adjacentThreadHit(a: { q: string; conversationId: number; seq: number; direction: 'next' | 'previous' }): Promise<{ seq: number | null }>;
  /** Per search term: hits, messages, conversations, conversation-days and messages per custodian. */
  searchTermReport(a: { terms: string[] }): Promise<TermReport>;
  listSavedSearches(a: Record<string, never>): Promise<SavedSearch[]>;
  /** Stores a search in the case under a new name (audited); the query must parse. */
  saveSearch(a: { name: string; query: string }): Promise<SavedSearch>;
  deleteSavedSearch(a: { id: number }): Promise<{ deleted: boolean }>;
  pickImportPaths(a: Record<string, never>): Promise<ImportPick>;
  importArchive(a: ImportRequest): Promise<{ jobId: string }>;
  cancelJob(a: { jobId: string }): Promise<{ cancelled: boolean }>;
  /** The completeness report of one conversation, or of every one, as a file to save (HTML to read and print, CSV to sort). */
  completenessExport(a: { conversationId?: number; format: 'html' | 'csv' }): Promise<SavedText>;
  /** One conversation-day (a date of the display zone) exported as JSON lines or CSV, the CLI's export columns. */
  exportConversationDay(a: { conversationId: number; day: string; format: 'jsonl' | 'csv' }): Promise<SavedText & { messages: number }>;
  /** Who wrote in a source, most active first: the names an account holder is chosen from. */
  sourceAuthors(a: { sourceId: number }): Promise<{ name: string; messages: number }[]>;
  /**
   * Marks a source as an official or a personal account of a holder (or unmarks it with `none`), audited;
   * the records lens (RK-1) is re-run on every personal source. A job.
   */
  markSourceAccount(a: { sourceId: number; kind: AccountKind | 'none'; holder?: string }): Promise<{ jobId: string }>;
  /** The records lens over the case: per personal account, the holder's messages copied to an official account within 20 days. */
  recordsReport(a: Record<string, never>): Promise<RecordsReport>;
  /** Persons with their participants across sources: names as written, identities, why they are grouped. */
  listPersons(a: Record<string, never>): Promise<Person[]>;
  /** Persons that may be one on weak evidence (the same name): never merged without a reviewer. */
  personSuggestions(a: Record<string, never>): Promise<PersonSuggestion[]>;
  /** A reviewer merges persons into one (audited with before and after); automatic resolution never undoes it. */
  mergePersons(a: { personIds: number[]; displayName?: string }): Promise<Person>;
  /** A reviewer takes a participant out of its person into one of its own (audited); it is not grouped with them again. */
  unmergeParticipant(a: { participantId: number }): Promise<{ person: Person; from: Person }>;
  /** Reads a contact list (vCard or CSV; read-only, hashed) whose names name the persons holding its numbers. */
  importContacts(a: { path: string; country?: string }): Promise<ContactListSummary>;
  /** The zone conversation-days and the timeline count in: the case's default zone until a reviewer sets one. */
  displayTimeZone(a: Record<string, never>): Promise<{ timeZone: string; defaultTimeZone: string }>;
  /** Sets the display zone (audited with before and after); no stored time changes, threads keep the source's clock. */
  setDisplayTimeZone(a: { timeZone: string }): Promise<{ timeZone: string; previous: string }>;
  /** A conversation's days in the display zone, with counts by kind and the gap findings touching each. */
  conversationDays(a: { conversationId: number }): Promise<ConversationDays>;
  /** Message volume per day or hour, for the case or one conversation, optionally split, with gap findings per bucket. */
  timeline(a: TimelineRequest): Promise<Timeline>;
  /** The first message (in time, then source order) in [from, to) of the case, a conversation, or a timeline series. */
  locateTime(a: { from: number; to: number; conversationId?: number; series?: string }): Promise<{ message: LocatedMessage | null }>;
}

/** A file the engine wrote for the window to save: a suggested name, its type and its text. */
export interface SavedText {
  fileName: string;
  mimeType: string;
  text: string;
}

export type ApiMethod = keyof ViewerApi;

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
  'listSavedSearches',
  'saveSearch',
  'deleteSavedSearch',
  'pickImportPaths',
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
] as const satisfies readonly ApiMethod[];

// A compile error here means a method of ViewerApi is missing from API_METHODS.
const everyMethodListed: Exclude<ApiMethod, (typeof API_METHODS)[number]> extends never ? true : never = true;
void everyMethodListed;

/** Methods the door answers itself (they need a native dialog or door policy), not the engine. */
export const DOOR_METHODS = ['pickImportPaths'] as const satisfies readonly ApiMethod[];
export type EngineApi = Omit<ViewerApi, (typeof DOOR_METHODS)[number]>;

export type ApiArg<M extends ApiMethod> = Parameters<ViewerApi[M]>[0];
export type ApiValue<M extends ApiMethod> = Awaited<ReturnType<ViewerApi[M]>>;

/** How every door carries a result: errors travel as data, never as exceptions across a boundary. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

export interface ApiErrorBody {
  code: ApiErrorCode;
  message: string;
}

export type ApiErrorCode = 'invalid_argument' | 'not_found' | 'bad_input' | 'forbidden' | 'busy' | 'internal';

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
export type TransportApi = { [M in ApiMethod]: (arg: ApiArg<M>) => Promise<ApiResult<ApiValue<M>>> } & Pick<WindowApi, 'onEvent' | 'mediaUrl'>;

export function unwrapTransport(transport: TransportApi): WindowApi {
  const methods = Object.fromEntries(
    API_METHODS.map((m) => [
      m,
      async (arg: unknown) => {
        const result = await (transport[m] as (a: unknown) => Promise<ApiResult<unknown>>)(arg);
        if (!result.ok) throw new ApiError(result.error.code, result.error.message);
        return result.value;
      },
    ]),
  ) as unknown as ViewerApi;
  return { ...methods, onEvent: (listener) => transport.onEvent(listener), mediaUrl: (id) => transport.mediaUrl(id) };
}
