// One validator per API method, shared by the desktop IPC handler, the browser-mode bridge and the
// engine's own entry points. Every argument is checked at the boundary: unknown keys are rejected,
// strings and limits are bounded, ids must be positive integers.
import { API_METHODS, ApiError, SEARCH_SORTS, type ApiArg, type ApiMethod, type SearchCursor } from './api';
import { FINDING_TYPES, STRENGTHS } from './findings';
import { DATE_ORDERS } from './model';
import { TIMELINE_BUCKET_CHOICES, TIMELINE_SPLITS } from './timeline';

type Check<T> = (value: unknown, path: string) => T;

function fail(path: string, what: string): never {
  throw new ApiError('invalid_argument', `${path} ${what}`);
}

function str(opts: { max: number; min?: number }): Check<string> {
  return (v, path) => {
    if (typeof v !== 'string') fail(path, 'must be a string');
    if (v.length < (opts.min ?? 0)) fail(path, `must have at least ${opts.min} characters`);
    if (v.length > opts.max) fail(path, `must have at most ${opts.max} characters`);
    return v;
  };
}

function int(opts: { min: number; max: number }): Check<number> {
  return (v, path) => {
    if (typeof v !== 'number' || !Number.isSafeInteger(v)) fail(path, 'must be an integer');
    if (v < opts.min || v > opts.max) fail(path, `must be between ${opts.min} and ${opts.max}`);
    return v;
  };
}

function oneOf<T extends string>(values: readonly T[]): Check<T> {
  return (v, path) => {
    if (typeof v !== 'string' || !(values as readonly string[]).includes(v)) {
      fail(path, `must be one of ${values.join(', ')}`);
    }
    return v as T;
  };
}

function list<T>(item: Check<T>, opts: { min: number; max: number }): Check<T[]> {
  return (v, path) => {
    if (!Array.isArray(v)) fail(path, 'must be a list');
    if (v.length < opts.min || v.length > opts.max) fail(path, `must hold ${opts.min} to ${opts.max} items`);
    return v.map((x, i) => item(x, `${path}[${i}]`));
  };
}

const OPTIONAL = Symbol('optional');
type Optional<T> = Check<T | undefined> & { [OPTIONAL]: true };

function optional<T>(check: Check<T>): Optional<T> {
  const wrapped = ((v: unknown, path: string) => (v === undefined ? undefined : check(v, path))) as Optional<T>;
  wrapped[OPTIONAL] = true;
  return wrapped;
}

function obj<S extends Record<string, Check<unknown>>>(shape: S): Check<{ [K in keyof S]: ReturnType<S[K]> }> {
  return (v, path) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(path, 'must be an object');
    const input = v as Record<string, unknown>;
    for (const key of Object.keys(input)) {
      if (!(key in shape)) fail(`${path}.${key}`, 'is not a known field');
    }
    const out: Record<string, unknown> = {};
    for (const [key, check] of Object.entries(shape)) {
      const isOptional = (check as Partial<Optional<unknown>>)[OPTIONAL] === true;
      if (!(key in input) && !isOptional) fail(`${path}.${key}`, 'is required');
      const value = check(input[key], `${path}.${key}`);
      if (value !== undefined) out[key] = value;
    }
    return out as { [K in keyof S]: ReturnType<S[K]> };
  };
}

const id = int({ min: 1, max: Number.MAX_SAFE_INTEGER });

function isoDate(v: unknown, path: string): string {
  const s = str({ min: 1, max: 10 })(v, path);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) fail(path, 'must be a date written YYYY-MM-DD');
  // A calendar check: 2024-02-30 is refused here, not read as 1 March later.
  const [year, month, day] = [Number(m![1]), Number(m![2]), Number(m![3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) fail(path, `is not a calendar date (${s})`);
  return s;
}
const empty = obj({});
const query = str({ min: 1, max: 2000 });
const seq = int({ min: 0, max: Number.MAX_SAFE_INTEGER });

function finite(v: unknown, path: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) fail(path, 'must be a finite number');
  return v;
}

/** UTC epoch milliseconds, within what a JavaScript Date can hold. */
const instant = int({ min: -8.64e15, max: 8.64e15 });
const timeCursor = obj({ sentAt: instant, id });
const rankCursor = obj({ rank: finite, id });

/** A time cursor carries sentAt, a relevance cursor rank: never both. */
function searchCursor(v: unknown, path: string): SearchCursor {
  if (typeof v === 'object' && v !== null && 'rank' in v) return rankCursor(v, path);
  return timeCursor(v, path);
}

/** Long enough for any real path; short enough that a path can never be a smuggled payload. */
const filePath = str({ min: 1, max: 4096 });

export const IANA_ZONE_MAX = 64;

/** An ISO 3166-1 alpha-2 country, for phone numbers written without a country code. */
function countryCode(v: unknown, path: string): string {
  const s = str({ min: 2, max: 2 })(v, path);
  if (!/^[A-Z]{2}$/.test(s)) fail(path, 'must be a two-letter country code such as GB or US');
  return s;
}

export const validators: { [M in ApiMethod]: Check<ApiArg<M>> } = {
  caseInfo: empty as Check<Record<string, never>>,
  listSources: empty as Check<Record<string, never>>,
  listConversations: empty as Check<Record<string, never>>,
  threadPage: obj({
    conversationId: id,
    fromSeq: int({ min: 0, max: Number.MAX_SAFE_INTEGER }),
    limit: int({ min: 1, max: 500 }),
  }),
  locateMessage: obj({ messageId: id }),
  locateDate: obj({ conversationId: id, date: isoDate }),
  sourceDetails: obj({ sourceId: id }),
  listFindings: obj({
    conversationId: optional(id),
    rule: optional(str({ min: 1, max: 32 })),
    type: optional(oneOf(FINDING_TYPES)),
    strength: optional(oneOf(STRENGTHS)),
  }),
  completenessReport: obj({ conversationId: id }),
  conversationAuthors: obj({ conversationId: id }),
  listLinks: empty as Check<Record<string, never>>,
  linkedThreadPage: obj({ linkId: id, fromPos: int({ min: 0, max: Number.MAX_SAFE_INTEGER }), limit: int({ min: 1, max: 500 }) }),
  linkConversations: obj({ conversationIds: list(id, { min: 2, max: 2 }) }),
  unlinkConversations: obj({ linkId: id }),
  setMatterPeriod: obj({ start: optional(isoDate), end: optional(isoDate) }),
  setSourceReading: obj({
    sourceId: id,
    dateOrder: optional(oneOf(DATE_ORDERS)),
    timeZone: optional(str({ min: 1, max: IANA_ZONE_MAX })),
  }),
  search: obj({
    q: query,
    conversationId: optional(id),
    limit: optional(int({ min: 1, max: 500 })),
    after: optional(searchCursor),
    sort: optional(oneOf(SEARCH_SORTS)),
  }),
  checkQuery: obj({ q: query }),
  searchFacets: obj({ q: query, conversationId: optional(id) }),
  threadHits: obj({ q: query, conversationId: id, fromSeq: seq, toSeq: seq }),
  adjacentThreadHit: obj({ q: query, conversationId: id, seq, direction: oneOf(['next', 'previous'] as const) }),
  searchTermReport: obj({ terms: list(query, { min: 1, max: 500 }) }),
  listSavedSearches: empty as Check<Record<string, never>>,
  saveSearch: obj({ name: str({ min: 1, max: 200 }), query }),
  deleteSavedSearch: obj({ id }),
  pickImportPaths: empty as Check<Record<string, never>>,
  importArchive: obj({
    paths: list(filePath, { min: 1, max: 1000 }),
    custodian: optional(str({ min: 1, max: 200 })),
    timeZone: optional(str({ min: 1, max: IANA_ZONE_MAX })),
    dateOrder: optional(oneOf(DATE_ORDERS)),
  }),
  cancelJob: obj({ jobId: str({ min: 1, max: 64 }) }),
  completenessExport: obj({ conversationId: optional(id), format: oneOf(['html', 'csv'] as const) }),
  exportConversationDay: obj({ conversationId: id, day: isoDate, format: oneOf(['jsonl', 'csv'] as const) }),
  sourceAuthors: obj({ sourceId: id }),
  markSourceAccount: obj({ sourceId: id, kind: oneOf(['official', 'personal', 'none'] as const), holder: optional(str({ min: 1, max: 200 })) }),
  recordsReport: empty as Check<Record<string, never>>,
  listPersons: empty as Check<Record<string, never>>,
  personSuggestions: empty as Check<Record<string, never>>,
  mergePersons: obj({ personIds: list(id, { min: 2, max: 1000 }), displayName: optional(str({ min: 1, max: 200 })) }),
  unmergeParticipant: obj({ participantId: id }),
  importContacts: obj({ path: filePath, country: optional(countryCode) }),
  displayTimeZone: empty as Check<Record<string, never>>,
  setDisplayTimeZone: obj({ timeZone: str({ min: 1, max: IANA_ZONE_MAX }) }),
  conversationDays: obj({ conversationId: id }),
  timeline: obj({
    conversationId: optional(id),
    bucket: optional(oneOf(TIMELINE_BUCKET_CHOICES)),
    split: optional(oneOf(TIMELINE_SPLITS)),
    from: optional(instant),
    to: optional(instant),
  }),
  locateTime: obj({ from: instant, to: instant, conversationId: optional(id), series: optional(str({ min: 1, max: 300 })) }),
};

/** Validates `arg` for `method`, throwing ApiError('invalid_argument') with the offending field. */
export function validateArg<M extends ApiMethod>(method: M, arg: unknown): ApiArg<M> {
  const check = validators[method] as Check<ApiArg<M>>;
  return check(arg === undefined ? {} : arg, method);
}

export function isApiMethod(name: string): name is ApiMethod {
  return (API_METHODS as readonly string[]).includes(name);
}
