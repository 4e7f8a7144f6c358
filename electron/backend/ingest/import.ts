// Imports files into a case: detect each format by content, identify each source (its SHA-256),
// recognise sources already in the case, stream its records into the case file, build the search
// index, and log the import. A job is all or nothing: when any source fails or the reviewer cancels,
// every source this job wrote is removed and the case is exactly as it was (docs/design.md#jobs-progress-and-cancel).
import { basename } from 'node:path';
import type { ImportRequest } from '../../../shared/api';
import type { ImportedSource, ImportSummary, ImportWarning } from '../../../shared/model';
import { storedContent } from '../audit/digest';
import { appendAudit } from '../audit/log';
import type { CaseFile } from '../case/open';
import { caseMeta } from '../case/open';
import { findSourceByHash, sourceWarnings } from '../case/queries';
import { keepSkippedFiles } from '../case/import-record';
import { removeSource, SourceWriter } from '../case/writer';
import { changedSince, sourceStamp } from '../files/hash';
import type { Detected } from '../importers/detect';
import { BadInputError, CancelledError } from '../importers/types';
import type { JobContext } from '../jobs/runner';
import { canonicalTimeZone } from '../time/zone';
import { refillDayCounts } from '../timeline/day-counts';
import { expandPaths } from './expand';
import { planImport, type SkippedFile } from './plan';

/** Skipped files named one by one, beyond the summary line; more than this are only counted. */
const SKIPPED_LISTED = 20;

/**
 * Imports the files; then, in one transaction with marking the new sources complete, `derive` works
 * out what follows from them (persons, links, findings). A cancel or a failure anywhere, `derive`
 * included, rolls that transaction back and removes the sources this job wrote.
 */
export async function importFiles(cf: CaseFile, req: ImportRequest, job: JobContext, derive: (added: number[]) => Promise<void>): Promise<ImportSummary> {
  const zone = resolveZone(cf, req.timeZone);
  const candidates = await expandPaths(req.paths);
  const plan = await planImport(candidates, job);
  if (plan.sources.length === 0) {
    throw new BadInputError(`No chat export found in ${req.paths.join(', ')}${plan.skipped.length ? ` (${plan.skipped.length} other file${plan.skipped.length === 1 ? '' : 's'} skipped)` : ''}.`);
  }

  const written: number[] = [];
  const sources: ImportedSource[] = [];
  // Files the import looked at and did not read: neither a source nor a file a source holds.
  let skipped: SkippedFile[] = [];
  try {
    for (const detected of plan.sources) {
      const opts = { zone, custodian: req.custodian ?? null, dateOrder: req.dateOrder, thisJob: sources };
      const imported = await importOne(cf, detected, opts, job);
      if (!imported.alreadyImported) written.push(imported.id);
      sources.push(imported);
    }
    if (job.isCancelled()) throw new CancelledError();
    const claimed = memberPaths(cf, sources.map((s) => s.id));
    skipped = plan.skipped.filter((s) => !claimed.has(s.path));
    await job.atomically(async () => {
      // Kept with the import (the first source it added, and the audit log), not only said once.
      if (skipped.length) keepSkippedFiles(cf.writer, written[0] ?? null, skippedWarnings(skipped), skipped);
      for (const id of written) cf.writer.prepare("UPDATE sources SET status = 'complete' WHERE id = ?").run(id);
      for (const id of written) refillDayCounts(cf.writer, id);
      for (const s of sources.filter((x) => !x.alreadyImported)) {
        appendAudit(cf.writer, 'import', {
          sourceId: s.id,
          path: s.path,
          sha256: s.sha256,
          format: s.format,
          messages: s.messages,
          events: s.events,
          conversations: s.conversations,
          timeZone: zone.name,
          timeZoneAssumed: zone.assumed,
          custodian: req.custodian ?? null,
          dateOrder: s.dateOrder,
          ...storedContent(cf.writer, s.id),
        });
      }
      await derive(written);
    });
  } catch (e) {
    if (written.length) {
      job.uninterruptible('undoing the import', 'The sources this import stored are being removed, so that the case is as it was; this finishes on its own.');
      cf.writer.transaction(() => written.forEach((id) => removeSource(cf.writer, id)))();
    }
    throw e;
  }
  if (skipped.length) sources[0]?.warnings.push(...skippedWarnings(skipped));
  return { sources };
}

/** The files sources hold beyond their own path (attachments, rotated files), so they are not called skipped. */
function memberPaths(cf: CaseFile, sourceIds: number[]): Set<string> {
  if (!sourceIds.length) return new Set();
  const rows = cf.writer.prepare(`SELECT path FROM source_files WHERE source_id IN (${sourceIds.map(() => '?').join(',')})`).all(...sourceIds) as { path: string }[];
  return new Set(rows.map((r) => r.path));
}

export function skippedWarnings(skipped: SkippedFile[]): ImportWarning[] {
  const names = skipped.map((s) => basename(s.path));
  const summary: ImportWarning = {
    line: null,
    code: 'skipped_files',
    message: `${skipped.length} file${skipped.length === 1 ? ' is' : 's are'} not a chat export this version reads and ${skipped.length === 1 ? 'was' : 'were'} skipped: ${names.slice(0, 10).join(', ')}${names.length > 10 ? ', …' : ''}.`,
  };
  const each = skipped.slice(0, SKIPPED_LISTED).map((s) => ({ line: null, code: 'skipped_file', message: `Skipped: ${withoutFormatList(s.reason)}` }));
  return [summary, ...each];
}

/** A refusal sentence without its trailing list of the formats looked for (said once is enough). */
function withoutFormatList(reason: string): string {
  const i = reason.indexOf(' (looked for: ');
  return i < 0 ? reason : `${reason.slice(0, i)}.`;
}

interface ZoneChoice {
  name: string;
  assumed: boolean;
}

function resolveZone(cf: CaseFile, requested: string | undefined): ZoneChoice {
  if (requested !== undefined) {
    const name = canonicalTimeZone(requested);
    if (!name) throw new BadInputError(`'${requested}' is not a time zone this machine knows; give an IANA name such as Europe/Berlin or America/New_York.`);
    return { name, assumed: false };
  }
  return { name: caseMeta(cf.writer, 'default_time_zone') ?? 'UTC', assumed: true };
}

function eventCount(cf: CaseFile, sourceId: number): number {
  return (
    cf.writer
      .prepare('SELECT count(*) AS n FROM message_events e JOIN conversations c ON c.id = e.conversation_id WHERE c.source_id = ?')
      .get(sourceId) as { n: number }
  ).n;
}

async function importOne(
  cf: CaseFile,
  detected: Detected,
  opts: { zone: ZoneChoice; custodian: string | null; dateOrder: ImportRequest['dateOrder']; thisJob: ImportedSource[] },
  job: JobContext,
): Promise<ImportedSource> {
  const path = detected.path;
  const label = detected.label ?? basename(path);
  job.progress(`hashing ${label}`, 0, 0);
  const hashing = { isCancelled: job.isCancelled, progress: job.progress };
  const stamp = await sourceStamp(detected.memberFiles ?? [path]);
  const { sha256, size } = await detected.identify(hashing);
  const sameInThisJob = opts.thisJob.find((s) => s.sha256 === sha256 && !s.alreadyImported);
  if (sameInThisJob) return { ...sameInThisJob, path, warnings: [], alreadyImported: true };
  const existing = findSourceByHash(cf.writer, sha256);
  if (existing) {
    return {
      id: existing.id,
      path,
      sha256,
      format: existing.format,
      formatDetail: existing.formatDetail,
      messages: existing.messageCount,
      events: eventCount(cf, existing.id),
      conversations: existing.conversationCount,
      warnings: [],
      dateOrder: { value: existing.dateOrder.value, ambiguous: existing.dateOrder.ambiguous, evidence: existing.dateOrder.evidence },
      alreadyImported: true,
    };
  }
  const stream = await detected.open({
    dateOrder: opts.dateOrder,
    isCancelled: job.isCancelled,
    progress: (phase, done, total) => job.progress(`${phase} ${label}`, done, total),
  });
  let writer: SourceWriter | null = null;
  try {
    writer = new SourceWriter(
      cf.writer,
      {
        path,
        fileName: label,
        sha256,
        size,
        custodian: opts.custodian ?? stream.head.custodian ?? null,
        timeZone: opts.zone.name,
        timeZoneAssumed: opts.zone.assumed,
      },
      stream.head,
    );
    for await (const batch of stream.batches()) writer.writeBatch(batch);
    // The bytes parsed must be the bytes hashed: a source written to while it was read is refused.
    job.progress(`checking ${label} did not change while it was read`, 0, 0);
    if (await changedSince({ sha256, stamp }, () => detected.identify(hashing))) {
      throw new BadInputError(`${path} changed while it was being imported; nothing was stored from it.`);
    }
    const tail = stream.tail();
    if (opts.zone.assumed) {
      const instants = stream.head.timeBasis === 'instant';
      tail.warnings.unshift({
        line: null,
        code: 'time_zone_assumed',
        message: instants
          ? `${label}: no time zone was given; its times are instants (UTC), and local times are shown in ${opts.zone.name} (the case default). Give the custodian's zone when importing, or set it in Sources, to show them there.`
          : `${label}: no time zone was given; its wall-clock times are read as ${opts.zone.name} (the case default). Give the custodian's zone when importing, or set it in Sources, to correct this.`,
      });
    }
    writer.finish(tail, stream.head.dateOrder);
    await writer.index((done, total) => job.progress(`indexing ${label}`, done, total));
    if (job.isCancelled()) throw new CancelledError();
  } catch (e) {
    if (writer) removeSource(cf.writer, writer.sourceId);
    throw e;
  } finally {
    await stream.close?.();
  }
  const d = stream.head.dateOrder;
  return {
    id: writer.sourceId,
    path,
    sha256,
    format: stream.head.format,
    formatDetail: stream.head.formatDetail,
    messages: writer.messagesWritten,
    events: writer.eventsWritten,
    conversations: writer.conversationsWritten,
    warnings: sourceWarnings(cf.writer, writer.sourceId),
    dateOrder: { value: d.value, ambiguous: d.ambiguous, evidence: d.evidence },
    alreadyImported: false,
  };
}
