// The engine behind every door: createEngine() opens a case and answers the EngineApi methods. It is
// plain Node (never imports electron), so the desktop host, browser mode, the CLI and the tests all
// run exactly this code.
import { ApiError, type ApiEvent, type EngineApi, type ImportRequest } from '../../shared/api';
import type { ImportSummary } from '../../shared/model';
import { validateArg } from '../../shared/validate';
import { appendAudit, currentActor } from './audit/log';
import { openCase, type CaseFile } from './case/open';
import { attachmentLocation, caseInfo, listConversations, listSources, requireConversation, sourceDetails } from './case/queries';
import { removeIncompleteSources } from './case/writer';
import type { AttachmentLocation } from './files/evidence-media';
import { BadInputError } from './importers/types';
import { importFiles } from './ingest/import';
import { JobRunner, type JobContext } from './jobs/runner';
import { analyseSources } from './gaps/engine';
import { LinkedThreadReader, listLinks } from './align/linked-thread';
import { linkNewConversations, linkPair, unlink } from './align/links';
import { setMatterPeriod } from './gaps/matter-period';
import { completenessReport, listFindings, listNotRun } from './gaps/queries';
import { importContactList } from './people/contacts/import';
import { mergePersons, unmergeParticipant } from './people/decisions';
import { listPersons } from './people/persons';
import { resolvePersons } from './people/resolve';
import { personSuggestions } from './people/suggestions';
import { completenessFile } from './exports/completeness';
import { exportText } from './exports/messages';
import { rereadSource } from './reading/reread';
import { dateRangeIn } from './timeline/report';
import { markSourceAccount, personalSourceIds, sourceAuthors } from './records/accounts';
import { recordsReport } from './records/report';
import { SavedSearches } from './search/saved-searches';
import { Searcher } from './search/searcher';
import { ThreadReader } from './threads/page';
import { conversationDays } from './timeline/days';
import { displayTimeZone, displayZoneSetting, setDisplayTimeZone } from './case/display-zone';
import { locateTime } from './timeline/locate';
import { timeline } from './timeline/volume';

/** Engine calls only doors make, never the renderer: they answer with file locations. */
export interface DoorEngineApi {
  attachmentLocation(a: { attachmentId: number }): Promise<AttachmentLocation | null>;
}

export interface Engine {
  api: EngineApi;
  doorApi: DoorEngineApi;
  caseFile: CaseFile;
  /** Starts an import and resolves with its summary (the CLI's way in; the API's importArchive returns a job id). */
  runImport(req: Parameters<EngineApi['importArchive']>[0], onEvent?: (e: ApiEvent) => void): { jobId: string; done: Promise<ImportSummary> };
  idle(): Promise<void>;
  close(): Promise<void>;
}

export function createEngine(casePath: string, opts: { create: boolean; onEvent?: (e: ApiEvent) => void; defaultTimeZone?: string }): Engine {
  const caseFile = openCase(casePath, { create: opts.create, defaultTimeZone: opts.defaultTimeZone });
  const orphans = removeIncompleteSources(caseFile.writer);
  if (orphans.length) appendAudit(caseFile.writer, 'import.recovered', { removedIncompleteSources: orphans });
  // Participants of a case written before persons existed, or left by an import that stopped after its sources were complete.
  resolvePersons(caseFile.writer);
  const listeners = new Set<(e: ApiEvent) => void>();
  if (opts.onEvent) listeners.add(opts.onEvent);
  const emit = (e: ApiEvent) => listeners.forEach((l) => l(e));
  const jobs = new JobRunner(emit);
  const threads = new ThreadReader(caseFile.reader);
  const searcher = new Searcher(caseFile.reader);
  const savedSearches = new SavedSearches(caseFile.writer, (query) => {
    const check = searcher.checkQuery(query);
    if (!check.ok) throw new ApiError('invalid_argument', check.message);
  });
  const pending = new Map<string, { resolve(s: ImportSummary): void; reject(e: Error): void }>();
  listeners.add((e) => {
    if (e.type !== 'job.done') return;
    const p = pending.get(e.jobId);
    if (!p) return;
    pending.delete(e.jobId);
    if (e.ok && e.summary) p.resolve(e.summary);
    else p.reject(e.cancelled ? new CancelledImport(e.error ?? 'cancelled') : new BadInputError(e.error ?? 'the import failed'));
  });

  /** An import, then the gap analysis of what it added, in one job. */
  const importJob = (req: ImportRequest) => async (ctx: JobContext) => {
    const summary = await importFiles(caseFile, req, ctx);
    const added = summary.sources.filter((s) => !s.alreadyImported).map((s) => s.id);
    if (added.length) {
      // Persons first: aligning copies compares authors by person.
      ctx.progress('resolving people', 0, 0);
      resolvePersons(caseFile.writer);
      // Copies of the new conversations held by other custodians, aligned; their sources' findings change too (R6).
      const relinked = linkNewConversations(caseFile.writer, added, (done, total) => ctx.progress('linking copies of conversations', done, total));
      analyseSources(caseFile.writer, [...new Set([...added, ...sourcesOf(relinked)])], (done, total) => ctx.progress('analysing gaps', done, total));
    }
    return summary;
  };

  const sourcesOf = (conversationIds: number[]) =>
    conversationIds.map((id) => (caseFile.writer.prepare('SELECT source_id FROM conversations WHERE id = ?').pluck().get(id) as number));
  const linkedThreads = new LinkedThreadReader(caseFile.reader);
  /** A link changed: align, or forget the alignment, then re-run the gap engine on both copies. */
  const relinkJob = (change: () => number[]) => async (ctx: JobContext) => {
    const conversations = change();
    analyseSources(caseFile.writer, [...new Set(sourcesOf(conversations))], (done, total) => ctx.progress('analysing gaps', done, total));
    return null;
  };

  const officialSource = (sourceId: number) => caseFile.writer.prepare(`SELECT 1 FROM sources WHERE id = ? AND account_kind = 'official'`).get(sourceId) !== undefined;

  const api: EngineApi = {
    async caseInfo() {
      return caseInfo(caseFile.reader, caseFile.path);
    },
    async listSources() {
      return listSources(caseFile.reader);
    },
    async listConversations() {
      return listConversations(caseFile.reader);
    },
    async threadPage(a) {
      const { conversationId, fromSeq, limit } = validateArg('threadPage', a);
      return threads.threadPage(conversationId, fromSeq, limit);
    },
    async locateMessage(a) {
      return threads.locateMessage(validateArg('locateMessage', a).messageId);
    },
    async locateDate(a) {
      const { conversationId, date } = validateArg('locateDate', a);
      return threads.locateDate(conversationId, date);
    },
    async sourceDetails(a) {
      return sourceDetails(caseFile.reader, validateArg('sourceDetails', a).sourceId);
    },
    async setSourceReading(a) {
      const change = validateArg('setSourceReading', a);
      return {
        jobId: jobs.start(async (ctx) => {
          await rereadSource(caseFile, change, ctx);
          // An official account's times move its copies: the records lens reads them.
          if (officialSource(change.sourceId)) analyseSources(caseFile.writer, personalSourceIds(caseFile.writer), (done, total) => ctx.progress('analysing gaps', done, total));
          return null;
        }),
      };
    },
    async search(a) {
      const { q, ...rest } = validateArg('search', a);
      return searcher.search(q, rest);
    },
    async checkQuery(a) {
      return searcher.checkQuery(validateArg('checkQuery', a).q);
    },
    async searchFacets(a) {
      const { q, conversationId } = validateArg('searchFacets', a);
      return searcher.facets(q, conversationId);
    },
    async threadHits(a) {
      const { q, conversationId, fromSeq, toSeq } = validateArg('threadHits', a);
      return searcher.threadHits(q, conversationId, fromSeq, toSeq);
    },
    async adjacentThreadHit(a) {
      const { q, conversationId, seq, direction } = validateArg('adjacentThreadHit', a);
      return searcher.adjacentThreadHit(q, conversationId, seq, direction);
    },
    async searchTermReport(a) {
      return searcher.termReport(validateArg('searchTermReport', a).terms);
    },
    async listSavedSearches() {
      return savedSearches.list();
    },
    async saveSearch(a) {
      const { name, query } = validateArg('saveSearch', a);
      return savedSearches.save(name, query);
    },
    async deleteSavedSearch(a) {
      return savedSearches.delete(validateArg('deleteSavedSearch', a).id);
    },
    async importArchive(a) {
      return { jobId: jobs.start(importJob(validateArg('importArchive', a))) };
    },
    async listFindings(a) {
      const filter = validateArg('listFindings', a);
      return { findings: listFindings(caseFile.reader, filter), notRun: listNotRun(caseFile.reader, filter.conversationId) };
    },
    async completenessReport(a) {
      return completenessReport(caseFile.reader, validateArg('completenessReport', a).conversationId);
    },
    async completenessExport(a) {
      const { conversationId, format } = validateArg('completenessExport', a);
      // An unknown conversation is refused by the report itself.
      return completenessFile(caseFile.reader, caseFile.path, conversationId, format);
    },
    async exportConversationDay(a) {
      const { conversationId, day, format } = validateArg('exportConversationDay', a);
      requireConversation(caseFile.reader, conversationId);
      const { text, messages } = exportText(caseFile.reader, format, { conversationId, ...dateRangeIn(displayTimeZone(caseFile.reader), day, day) });
      const mimeType = format === 'csv' ? 'text/csv;charset=utf-8' : 'application/x-ndjson;charset=utf-8';
      return { fileName: `conversation-${conversationId}-${day}.${format}`, mimeType, text, messages };
    },
    async conversationAuthors(a) {
      return threads.authors(validateArg('conversationAuthors', a).conversationId);
    },
    async listLinks() {
      return listLinks(caseFile.reader);
    },
    async linkedThreadPage(a) {
      const { linkId, fromPos, limit } = validateArg('linkedThreadPage', a);
      return linkedThreads.page(linkId, fromPos, limit);
    },
    async linkConversations(a) {
      const { conversationIds } = validateArg('linkConversations', a);
      const [first, second] = conversationIds as [number, number];
      const owner = caseFile.reader.prepare('SELECT source_id FROM conversations WHERE id = ?').pluck();
      const sources = conversationIds.map((id) => owner.get(id) as number | undefined);
      if (sources.some((s) => s === undefined)) throw new ApiError('not_found', `There is no conversation ${conversationIds.find((_, i) => sources[i] === undefined)} in this case.`);
      if (sources[0] === sources[1]) throw new ApiError('invalid_argument', 'Two conversations of the same source are not copies of each other; link copies held by different custodians.');
      const taken = caseFile.reader.prepare('SELECT count(*) FROM conversation_link_members WHERE conversation_id IN (?, ?)').pluck().get(first, second) as number;
      if (taken) throw new ApiError('invalid_argument', 'One of these conversations is already linked; unlink it first.');
      return { jobId: jobs.start(relinkJob(() => linkPair(caseFile.writer, first, second, 'reviewer', 'linked by the reviewer', currentActor())?.conversationIds ?? [])) };
    },
    async unlinkConversations(a) {
      const { linkId } = validateArg('unlinkConversations', a);
      if (!caseFile.reader.prepare('SELECT 1 FROM conversation_links WHERE id = ?').get(linkId)) throw new ApiError('not_found', `There is no link ${linkId} in this case.`);
      return { jobId: jobs.start(relinkJob(() => unlink(caseFile.writer, linkId, currentActor()))) };
    },
    async setMatterPeriod(a) {
      const period = validateArg('setMatterPeriod', a);
      if ((period.start === undefined) !== (period.end === undefined)) throw new ApiError('invalid_argument', 'setMatterPeriod needs both start and end, or neither to clear it.');
      if (period.start !== undefined && period.end !== undefined && period.start > period.end) throw new ApiError('invalid_argument', `The matter period cannot end (${period.end}) before it starts (${period.start}).`);
      return { jobId: jobs.start(async (ctx) => (setMatterPeriod(caseFile, period.start && period.end ? { start: period.start, end: period.end } : null, ctx), null)) };
    },
    async cancelJob(a) {
      return { cancelled: jobs.cancel(validateArg('cancelJob', a).jobId) };
    },
    async sourceAuthors(a) {
      return sourceAuthors(caseFile.reader, validateArg('sourceAuthors', a).sourceId);
    },
    async markSourceAccount(a) {
      const { sourceId, kind, holder } = validateArg('markSourceAccount', a);
      if (kind === 'none' && holder !== undefined) throw new ApiError('invalid_argument', 'markSourceAccount: an unmarked source has no holder; leave holder out with kind none.');
      // Checked before the job starts, so a wrong holder is an answer and not a failed job.
      markSourceAccount(caseFile.writer, sourceId, kind === 'none' ? null : { kind, holder: holder ?? null }, currentActor());
      return {
        jobId: jobs.start(async (ctx) => {
          analyseSources(caseFile.writer, [...new Set([sourceId, ...personalSourceIds(caseFile.writer)])], (done, total) => ctx.progress('analysing gaps', done, total));
          return null;
        }),
      };
    },
    async recordsReport() {
      return recordsReport(caseFile.reader);
    },
    async listPersons() {
      return listPersons(caseFile.reader);
    },
    async personSuggestions() {
      return personSuggestions(caseFile.reader);
    },
    async mergePersons(a) {
      const { personIds, displayName } = validateArg('mergePersons', a);
      return mergePersons(caseFile.writer, personIds, displayName, currentActor());
    },
    async unmergeParticipant(a) {
      return unmergeParticipant(caseFile.writer, validateArg('unmergeParticipant', a).participantId, currentActor());
    },
    async importContacts(a) {
      const { path, country } = validateArg('importContacts', a);
      return importContactList(caseFile.writer, path, { country });
    },
    async displayTimeZone() {
      return displayZoneSetting(caseFile.reader);
    },
    async setDisplayTimeZone(a) {
      return setDisplayTimeZone(caseFile.writer, validateArg('setDisplayTimeZone', a).timeZone);
    },
    async conversationDays(a) {
      return conversationDays(caseFile.reader, validateArg('conversationDays', a).conversationId, displayTimeZone(caseFile.reader));
    },
    async timeline(a) {
      return timeline(caseFile.reader, validateArg('timeline', a), displayTimeZone(caseFile.reader));
    },
    async locateTime(a) {
      return { message: locateTime(caseFile.reader, validateArg('locateTime', a)) };
    },
  };

  const doorApi: DoorEngineApi = {
    async attachmentLocation({ attachmentId }) {
      if (!Number.isSafeInteger(attachmentId) || attachmentId < 1) throw new ApiError('invalid_argument', 'attachmentId must be a positive integer');
      return attachmentLocation(caseFile.reader, attachmentId);
    },
  };

  return {
    api,
    doorApi,
    caseFile,
    runImport(req, onEvent) {
      if (onEvent) listeners.add(onEvent);
      const validated = validateArg('importArchive', req);
      let jobId = '';
      const done = new Promise<ImportSummary>((resolve, reject) => {
        jobId = jobs.start(importJob(validated));
        pending.set(jobId, { resolve, reject });
      }).finally(() => onEvent && listeners.delete(onEvent));
      return { jobId, done };
    },
    idle: () => jobs.idle(),
    async close() {
      for (const id of pending.keys()) jobs.cancel(id);
      await jobs.idle();
      caseFile.close();
    },
  };
}

export class CancelledImport extends Error {}

/** The engine function a door's call names, renderer-facing or door-only. */
export function engineMethod(engine: Engine, name: keyof EngineApi | keyof DoorEngineApi): (arg: unknown) => Promise<unknown> {
  const fn = name in engine.doorApi ? engine.doorApi[name as keyof DoorEngineApi] : engine.api[name as keyof EngineApi];
  return fn as (arg: unknown) => Promise<unknown>;
}

/** Maps any thrown error to the contract's error shape: bad input and validation are the caller's, the rest is ours. */
export function toApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  if (e instanceof BadInputError) return new ApiError('bad_input', e.message);
  return new ApiError('internal', (e as Error)?.message ?? String(e));
}
