// One validator per API method, and the source of every method's argument type (shared/api.ts derives
// ApiArg from here, so a shape is written once). Each door validates once: the desktop IPC handler,
// the browser-mode bridge, and the in-process engine the CLI and the tests call. Unknown keys are
// rejected, strings and limits are bounded, ids must be positive integers, and rules between fields
// (both ends of a period, a span that ends after it starts) are checked here too, not in the engine.
import { API_METHODS, ApiError, SEARCH_SORTS, THREAD_HITS_MAX_RANGE, type ApiArg, type ApiMethod, type SearchCursor } from './api';
import { FINDING_TYPES, STRENGTHS } from './findings';
import { DATE_ORDERS } from './model';
import { ACCOUNT_MARKS, COMPLETENESS_FORMATS, MESSAGE_EXPORT_FORMATS } from './enums';
import { TIMELINE_BUCKET_CHOICES, TIMELINE_SPLITS } from './timeline';
import { PRODUCTION_FORMATS, PRODUCTION_UNITS, REDACTION_KINDS } from './production';
import { DAY_STATUSES, FINDING_DECISIONS, type BulkSelection, type NoteTarget, type TagTarget } from './review';
import { CHRONOLOGY_FORMATS, type EntryEvidence } from './chronology';

export type Check<T> = (value: unknown, path: string) => T;

/** The type a check returns: what a method receives once its argument has passed. */
export type Checked<C> = C extends Check<infer T> ? T : never;

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

type Shape = Record<string, Check<unknown>>;
type RequiredKeys<S extends Shape> = { [K in keyof S]: S[K] extends Optional<unknown> ? never : K }[keyof S];
type OptionalKeys<S extends Shape> = Exclude<keyof S, RequiredKeys<S>>;
/** An object's type from its shape: fields checked with optional() may be left out. */
type ObjectOf<S extends Shape> = { [K in RequiredKeys<S>]: Checked<S[K]> } & { [K in OptionalKeys<S>]?: Exclude<Checked<S[K]>, undefined> } extends infer O
  ? { [K in keyof O]: O[K] }
  : never;

function obj<S extends Shape>(shape: S): Check<ObjectOf<S>> {
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
    return out as ObjectOf<S>;
  };
}

/** A rule between the fields of an already checked value: it returns the sentence that refuses it, or null. */
function refine<T>(check: Check<T>, rule: (value: T) => string | null): Check<T> {
  return (v, path) => {
    const value = check(v, path);
    const refusal = rule(value);
    if (refusal !== null) throw new ApiError('invalid_argument', `${path}: ${refusal}`);
    return value;
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
/** A wall-clock minute `YYYY-MM-DDTHH:MM` (a time in the display zone, as a reviewer types it). */
function isoMinute(v: unknown, path: string): string {
  const s = str({ min: 16, max: 16 })(v, path);
  const m = /^(.{10})T(\d{2}):(\d{2})$/.exec(s);
  if (!m || Number(m[2]) > 23 || Number(m[3]) > 59) fail(path, 'must be a time written YYYY-MM-DDTHH:MM');
  isoDate(m![1], path);
  return s;
}

/** A method without arguments: nothing but an empty object passes. */
const empty: Check<Record<string, never>> = obj({}) as Check<Record<string, never>>;
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

const flag: Check<boolean> = (v, path) => {
  if (typeof v !== 'boolean') fail(path, 'must be true or false');
  return v;
};

/** A reviewer's name, as the audit log records it. */
const reviewerName = str({ min: 1, max: 200 });
const reason = str({ min: 1, max: 2000 });
const noteText = str({ min: 1, max: 20_000 });
const tagName = str({ min: 1, max: 100 });

/** A tag named by its id or its name. */
function tagRef(v: unknown, path: string): number | string {
  return typeof v === 'number' ? id(v, path) : tagName(v, path);
}

const colour: Check<string> = (v, path) => {
  const s = str({ min: 7, max: 7 })(v, path);
  if (!/^#[0-9a-fA-F]{6}$/.test(s)) fail(path, 'must be a colour written #rrggbb');
  return s.toLowerCase();
};

/** One key (a letter or digit); '' clears it. */
const shortcutKey: Check<string> = (v, path) => {
  const s = str({ min: 0, max: 1 })(v, path);
  if (s !== '' && !/^[a-z0-9]$/i.test(s)) fail(path, 'must be one letter or digit, or empty to clear it');
  return s.toLowerCase();
};

const MESSAGE_IDS_AT_ONCE = 10_000;
const messageIds = list(id, { min: 1, max: MESSAGE_IDS_AT_ONCE });

/** Picks the shape by the value of `key` (a scope or a kind), naming the choices when it is none of them. */
function tagged<T>(key: string, shapes: Record<string, Check<T>>): Check<T> {
  return (v, path) => {
    const which = typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[key] : undefined;
    const check = typeof which === 'string' && Object.hasOwn(shapes, which) ? shapes[which] : undefined;
    if (!check) fail(`${path}.${key}`, `must be one of ${Object.keys(shapes).join(', ')}`);
    return check!(v, path);
  };
}

const tagTarget: Check<TagTarget> = tagged<TagTarget>('scope', {
  message: obj({ scope: oneOf(['message'] as const), messageIds }),
  day: obj({ scope: oneOf(['day'] as const), conversationId: id, day: isoDate }),
  conversation: obj({ scope: oneOf(['conversation'] as const), conversationId: id }),
});

const bulkSelection: Check<BulkSelection> = tagged<BulkSelection>('kind', {
  messages: obj({ kind: oneOf(['messages'] as const), messageIds: list(id, { min: 1, max: 5_000_000 }) }),
  query: obj({ kind: oneOf(['query'] as const), query, conversationId: optional(id) }),
  range: refine(obj({ kind: oneOf(['range'] as const), from: instant, to: instant, conversationId: optional(id) }), (a) =>
    a.from < a.to ? null : `the range must end after it starts (from ${a.from}, to ${a.to}).`,
  ),
  localRange: refine(obj({ kind: oneOf(['localRange'] as const), from: isoMinute, to: isoMinute, conversationId: optional(id) }), (a) =>
    a.from < a.to ? null : `the range must end after it starts (from ${a.from}, to ${a.to}).`,
  ),
  conversationDays: obj({ kind: oneOf(['conversationDays'] as const), conversationId: id }),
});

const noteTarget: Check<NoteTarget> = tagged<NoteTarget>('scope', {
  message: obj({ scope: oneOf(['message'] as const), messageId: id }),
  day: obj({ scope: oneOf(['day'] as const), conversationId: id, day: isoDate }),
  conversation: obj({ scope: oneOf(['conversation'] as const), conversationId: id }),
  finding: obj({ scope: oneOf(['finding'] as const), findingId: id }),
});

const tagFields = {
  color: optional(colour),
  description: optional(str({ max: 1000 })),
  shortcut: optional(shortcutKey),
  group: optional(str({ max: 100 })),
  reviewer: optional(reviewerName),
};

/** The most entries one page of the audit log holds. */
export const AUDIT_PAGE_MAX = 500;

/** An action of the audit log (`tag.apply`) or its family (`tag`). */
const auditAction: Check<string> = (v, path) => {
  const s = str({ min: 1, max: 100 })(v, path);
  if (!/^[a-z_]+(\.[a-z_]+)*$/.test(s)) fail(path, 'must be an action such as tag.apply, or its family such as tag');
  return s;
};

/** The review methods (tags, notes, decisions, progress, the audit log): docs/design.md#tables. */
const reviewValidators = {
  reviewer: empty,
  setReviewer: obj({ name: reviewerName }),
  listTags: obj({ removed: optional(flag) }),
  createTag: obj({ name: tagName, ...tagFields }),
  updateTag: obj({ tagId: id, name: optional(tagName), ...tagFields, reason: optional(reason) }),
  removeTag: obj({ tagId: id, reviewer: optional(reviewerName), reason: optional(reason) }),
  createTagGroup: obj({ name: tagName, exclusive: flag, coding: optional(flag), reviewer: optional(reviewerName) }),
  applyTag: obj({ tag: tagRef, target: tagTarget, remove: optional(flag), reviewer: optional(reviewerName), reason: optional(reason) }),
  bulkTag: obj({ tag: tagRef, selection: bulkSelection, remove: optional(flag), reviewer: optional(reviewerName), reason: optional(reason) }),
  reviewJob: obj({ jobId: str({ min: 1, max: 64 }) }),
  undoReview: obj({ reviewer: optional(reviewerName) }),
  redoReview: obj({ reviewer: optional(reviewerName) }),
  listReviewActions: obj({ limit: optional(int({ min: 1, max: 1000 })) }),
  messageTags: obj({ messageIds: list(id, { min: 1, max: 500 }) }),
  targetTags: obj({ conversationId: id, day: optional(isoDate) }),
  listNotes: obj({ target: noteTarget, removed: optional(flag) }),
  addNote: obj({ target: noteTarget, text: noteText, reviewer: optional(reviewerName) }),
  editNote: obj({ noteId: id, text: noteText, reviewer: optional(reviewerName) }),
  removeNote: obj({ noteId: id, reviewer: optional(reviewerName) }),
  reviewFinding: obj({ findingId: id, decision: oneOf(FINDING_DECISIONS), note: optional(noteText), reviewer: optional(reviewerName) }),
  conversationProgress: obj({ conversationId: id }),
  setDayStatus: obj({ conversationId: id, day: isoDate, status: oneOf([...DAY_STATUSES, 'auto'] as const), reviewer: optional(reviewerName) }),
  reviewProgress: empty,
  nextUnreviewedDay: obj({ conversationId: optional(id), afterConversationId: optional(id), afterDay: optional(isoDate) }),
  auditLog: obj({ since: optional(instant), limit: optional(int({ min: 1, max: 1_000_000 })), actor: optional(reviewerName), action: optional(auditAction) }),
  auditOverview: empty,
  auditPage: obj({
    after: optional(int({ min: 0, max: Number.MAX_SAFE_INTEGER })),
    limit: optional(int({ min: 1, max: AUDIT_PAGE_MAX })),
    actor: optional(reviewerName),
    action: optional(auditAction),
    since: optional(instant),
  }),
};

const productionRequest = {
  query,
  batesPrefix: str({ min: 1, max: 40 }),
  start: optional(int({ min: 0, max: 999_999_999_999 })),
  padding: optional(int({ min: 1, max: 12 })),
  unit: optional(oneOf(PRODUCTION_UNITS)),
  withholdTag: optional(str({ min: 1, max: 100 })),
  confidentiality: optional(str({ min: 1, max: 200 })),
  reviewer: optional(reviewerName),
};

/** Productions and redactions (docs/design.md#tables). */
const productionValidators = {
  produce: obj({ ...productionRequest, formats: list(oneOf(PRODUCTION_FORMATS), { min: 1, max: PRODUCTION_FORMATS.length }), outDir: filePath }),
  productionJob: obj({ jobId: str({ min: 1, max: 64 }) }),
  previewProduction: obj(productionRequest),
  listProductions: empty,
  addRedaction: obj({
    messageId: id,
    kind: oneOf(REDACTION_KINDS),
    start: optional(int({ min: 0, max: 100_000_000 })),
    end: optional(int({ min: 1, max: 100_000_000 })),
    attachmentId: optional(id),
    reason: str({ min: 1, max: 200 }),
    reviewer: optional(reviewerName),
  }),
  removeRedaction: obj({ redactionId: id, reviewer: optional(reviewerName), reason: optional(reason) }),
  listRedactions: obj({ conversationId: optional(id), removed: optional(flag) }),
};

const chronologyName = str({ min: 1, max: 200 });
const entryLists = { people: optional(list(str({ min: 1, max: 200 }), { min: 0, max: 100 })), personIds: optional(list(id, { min: 0, max: 100 })), labels: optional(list(str({ min: 1, max: 100 }), { min: 0, max: 100 })) };

const entryEvidence: Check<EntryEvidence> = tagged<EntryEvidence>('kind', {
  messages: obj({ kind: oneOf(['messages'] as const), messageIds: list(id, { min: 1, max: 1000 }) }),
  finding: obj({ kind: oneOf(['finding'] as const), findingId: id }),
  day: obj({ kind: oneOf(['day'] as const), conversationId: id, day: isoDate }),
  event: obj({ kind: oneOf(['event'] as const), at: str({ min: 7, max: 40 }), approximate: optional(flag), timeZone: optional(str({ min: 1, max: IANA_ZONE_MAX })) }),
});

/** The investigator's chronologies (docs/design.md#tables). */
const chronologyValidators = {
  listChronologies: empty,
  chronology: obj({ chronology: optional(chronologyName) }),
  createChronology: obj({ name: chronologyName, reviewer: optional(reviewerName) }),
  addChronologyEntry: obj({ chronology: optional(chronologyName), title: str({ min: 1, max: 300 }), description: optional(str({ max: 20_000 })), ...entryLists, evidence: entryEvidence, reviewer: optional(reviewerName) }),
  changeChronologyEntry: obj({
    entryId: id,
    title: optional(str({ min: 1, max: 300 })),
    description: optional(str({ max: 20_000 })),
    ...entryLists,
    addTo: optional(list(chronologyName, { min: 0, max: 50 })),
    removeFrom: optional(list(chronologyName, { min: 0, max: 50 })),
    removed: optional(flag),
    reviewer: optional(reviewerName),
  }),
  checkChronology: obj({ chronology: optional(chronologyName) }),
  exportChronology: obj({ chronology: optional(chronologyName), format: oneOf(CHRONOLOGY_FORMATS), outPath: filePath }),
  importChronology: obj({ chronology: optional(chronologyName), csvPath: filePath, reviewer: optional(reviewerName) }),
};

export const validators = {
  caseInfo: empty,
  listSources: empty,
  listConversations: empty,
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
  listLinks: empty,
  linkedThreadPage: obj({ linkId: id, fromPos: int({ min: 0, max: Number.MAX_SAFE_INTEGER }), limit: int({ min: 1, max: 500 }) }),
  linkConversations: refine(obj({ conversationIds: list(id, { min: 2, max: 2 }) }), (a) =>
    a.conversationIds[0] === a.conversationIds[1] ? 'a conversation is not a copy of itself; name two different conversations.' : null,
  ),
  unlinkConversations: obj({ linkId: id }),
  setMatterPeriod: refine(obj({ start: optional(isoDate), end: optional(isoDate) }), (a) => {
    if ((a.start === undefined) !== (a.end === undefined)) return 'needs both start and end, or neither to clear it.';
    if (a.start !== undefined && a.end !== undefined && a.start > a.end) return `the matter period cannot end (${a.end}) before it starts (${a.start}).`;
    return null;
  }),
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
  threadHits: refine(obj({ q: query, conversationId: id, fromSeq: seq, toSeq: seq }), (a) =>
    a.fromSeq <= a.toSeq && a.toSeq <= a.fromSeq + THREAD_HITS_MAX_RANGE
      ? null
      : `threadHits answers at most ${THREAD_HITS_MAX_RANGE} messages at once (fromSeq ≤ toSeq ≤ fromSeq + ${THREAD_HITS_MAX_RANGE}).`,
  ),
  adjacentThreadHit: obj({ q: query, conversationId: id, seq, direction: oneOf(['next', 'previous'] as const) }),
  searchTermReport: obj({ terms: list(query, { min: 1, max: 500 }) }),
  cancelSearch: empty as Check<Record<string, never>>,
  listSavedSearches: empty,
  saveSearch: obj({ name: str({ min: 1, max: 200 }), query }),
  deleteSavedSearch: obj({ id }),
  pickImportPaths: empty,
  pickOutputFolder: empty,
  importArchive: obj({
    paths: list(filePath, { min: 1, max: 1000 }),
    custodian: optional(str({ min: 1, max: 200 })),
    timeZone: optional(str({ min: 1, max: IANA_ZONE_MAX })),
    dateOrder: optional(oneOf(DATE_ORDERS)),
  }),
  cancelJob: obj({ jobId: str({ min: 1, max: 64 }) }),
  completenessExport: obj({ conversationId: optional(id), format: oneOf(COMPLETENESS_FORMATS) }),
  exportConversationDay: obj({ conversationId: id, day: isoDate, format: oneOf(MESSAGE_EXPORT_FORMATS) }),
  sourceAuthors: obj({ sourceId: id }),
  markSourceAccount: refine(obj({ sourceId: id, kind: oneOf(ACCOUNT_MARKS), holder: optional(str({ min: 1, max: 200 })) }), (a) =>
    a.kind === 'none' && a.holder !== undefined ? 'an unmarked source has no holder; leave holder out with kind none.' : null,
  ),
  recordsReport: empty,
  listPersons: empty,
  personSuggestions: empty,
  mergePersons: obj({ personIds: list(id, { min: 2, max: 1000 }), displayName: optional(str({ min: 1, max: 200 })), reviewer: optional(reviewerName), reason: optional(reason) }),
  unmergeParticipant: obj({ participantId: id, reviewer: optional(reviewerName), reason: optional(reason) }),
  importContacts: obj({ path: filePath, country: optional(countryCode) }),
  displayTimeZone: empty,
  setDisplayTimeZone: obj({ timeZone: str({ min: 1, max: IANA_ZONE_MAX }) }),
  conversationDays: obj({ conversationId: id, timeZone: optional(str({ min: 1, max: IANA_ZONE_MAX })) }),
  timeline: refine(
    obj({
      // One conversation; without it, the whole case.
      conversationId: optional(id),
      bucket: optional(oneOf(TIMELINE_BUCKET_CHOICES)),
      split: optional(oneOf(TIMELINE_SPLITS)),
      // The range in UTC epoch ms, [from, to); without them, the first to the last message of the scope.
      from: optional(instant),
      to: optional(instant),
      // An IANA zone to count days and hours in for this answer only; the display zone otherwise.
      timeZone: optional(str({ min: 1, max: IANA_ZONE_MAX })),
    }),
    (a) => (a.from !== undefined && a.to !== undefined && a.from >= a.to ? `the range must end after it starts (from ${a.from}, to ${a.to}).` : null),
  ),
  locateTime: refine(obj({ from: instant, to: instant, conversationId: optional(id), series: optional(str({ min: 1, max: 300 })) }), (a) =>
    a.from < a.to ? null : `the span must end after it starts (from ${a.from}, to ${a.to}).`,
  ),
  ...reviewValidators,
  ...productionValidators,
  ...chronologyValidators,
} satisfies { [M in ApiMethod]: Check<unknown> };

export type Validators = typeof validators;

/** Validates `arg` for `method`, throwing ApiError('invalid_argument') with the offending field. */
export function validateArg<M extends ApiMethod>(method: M, arg: unknown): ApiArg<M> {
  // validators[method] is the check of M, which TypeScript cannot follow through a generic index.
  const check = validators[method] as Check<ApiArg<M>>;
  return check(arg === undefined ? {} : arg, method);
}

export function isApiMethod(name: string): name is ApiMethod {
  return (API_METHODS as readonly string[]).includes(name);
}
