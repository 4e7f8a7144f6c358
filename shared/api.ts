// The one contract between the renderer and the engine (design.md §3). The desktop preload, the
// browser-mode bridge and the tests all implement or call exactly this interface.
import type {
  CaseInfo,
  ConversationSummary,
  DateOrder,
  ImportSummary,
  MessageView,
  SourceDetails,
  SourceSummary,
} from './model';

export interface ThreadPage {
  conversationId: number;
  /** Messages in the conversation, for paging arithmetic. */
  total: number;
  messages: MessageView[];
}

export interface SearchCursor {
  sentAt: number;
  id: number;
}

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

export interface SearchPage {
  total: number;
  tookMs: number;
  hits: SearchHit[];
  next: SearchCursor | null;
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
  search(a: { q: string; conversationId?: number; limit?: number; after?: SearchCursor }): Promise<SearchPage>;
  pickImportPaths(a: Record<string, never>): Promise<ImportPick>;
  importArchive(a: ImportRequest): Promise<{ jobId: string }>;
  cancelJob(a: { jobId: string }): Promise<{ cancelled: boolean }>;
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
  'search',
  'pickImportPaths',
  'importArchive',
  'cancelJob',
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
