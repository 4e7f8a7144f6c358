// Imports files into a case: detect each format by content, hash it, recognise files already in the
// case, stream its records into the case file, build the search index, and log the import. A job is
// all or nothing: when any file fails or the reviewer cancels, every source this job wrote is
// removed and the case is exactly as it was (design.md §3, §8).
import { basename } from 'node:path';
import type { ImportRequest } from '../../../shared/api';
import type { ImportedSource, ImportSummary, ImportWarning } from '../../../shared/model';
import { appendAudit } from '../audit/log';
import type { CaseFile } from '../case/open';
import { caseMeta } from '../case/open';
import { findSourceByHash, sourceWarnings } from '../case/queries';
import { removeSource, SourceWriter } from '../case/writer';
import { sha256File } from '../files/hash';
import { detectFormat, type Detected } from '../importers/detect';
import { BadInputError, CancelledError } from '../importers/types';
import type { JobContext } from '../jobs/runner';
import { canonicalTimeZone } from '../time/zone';
import { expandPaths } from './expand';

export async function importFiles(cf: CaseFile, req: ImportRequest, job: JobContext): Promise<ImportSummary> {
  const zone = resolveZone(cf, req.timeZone);
  const candidates = await expandPaths(req.paths);
  const skipped: string[] = [];
  const planned: { path: string; detected: Detected }[] = [];
  job.progress('detecting', 0, candidates.length);
  for (const [i, c] of candidates.entries()) {
    if (job.isCancelled()) throw new CancelledError();
    try {
      planned.push({ path: c.path, detected: await detectFormat(c.path) });
    } catch (e) {
      if (c.explicit || !(e instanceof BadInputError)) throw e;
      skipped.push(basename(c.path));
    }
    job.progress('detecting', i + 1, candidates.length);
  }
  if (planned.length === 0) {
    throw new BadInputError(`No chat export found in ${req.paths.join(', ')}${skipped.length ? ` (${skipped.length} other files skipped)` : ''}.`);
  }

  const written: number[] = [];
  const sources: ImportedSource[] = [];
  try {
    for (const { path, detected } of planned) {
      const opts = { zone, custodian: req.custodian ?? null, dateOrder: req.dateOrder, thisJob: sources };
      const imported = await importOne(cf, path, detected, opts, job);
      if (!imported.alreadyImported) written.push(imported.id);
      sources.push(imported);
    }
    if (job.isCancelled()) throw new CancelledError();
    cf.writer.transaction(() => {
      for (const id of written) cf.writer.prepare("UPDATE sources SET status = 'complete' WHERE id = ?").run(id);
      for (const s of sources.filter((x) => !x.alreadyImported)) {
        appendAudit(cf.writer, 'import', {
          sourceId: s.id,
          path: s.path,
          sha256: s.sha256,
          format: s.format,
          messages: s.messages,
          conversations: s.conversations,
          timeZone: zone.name,
          timeZoneAssumed: zone.assumed,
          custodian: req.custodian ?? null,
          dateOrder: s.dateOrder,
        });
      }
    })();
  } catch (e) {
    for (const id of written) removeSource(cf.writer, id);
    throw e;
  }
  if (skipped.length) {
    const note: ImportWarning = {
      line: null,
      code: 'skipped_files',
      message: `${skipped.length} file${skipped.length === 1 ? ' is' : 's are'} not a chat export this version reads and ${skipped.length === 1 ? 'was' : 'were'} skipped: ${skipped.slice(0, 10).join(', ')}${skipped.length > 10 ? ', …' : ''}.`,
    };
    sources[0]?.warnings.push(note);
  }
  return { sources };
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

async function importOne(
  cf: CaseFile,
  path: string,
  detected: Detected,
  opts: { zone: ZoneChoice; custodian: string | null; dateOrder: ImportRequest['dateOrder']; thisJob: ImportedSource[] },
  job: JobContext,
): Promise<ImportedSource> {
  const label = basename(path);
  job.progress(`hashing ${label}`, 0, 0);
  const { sha256, size } = await sha256File(path);
  const sameInThisJob = opts.thisJob.find((s) => s.sha256 === sha256 && !s.alreadyImported);
  if (sameInThisJob) return { ...sameInThisJob, path, warnings: [], alreadyImported: true };
  const existing = findSourceByHash(cf.writer, sha256);
  if (existing) {
    return {
      id: existing.id,
      path,
      sha256,
      format: existing.format,
      messages: existing.messageCount,
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
  const writer = new SourceWriter(
    cf.writer,
    { path, fileName: label, sha256, size, custodian: opts.custodian, timeZone: opts.zone.name, timeZoneAssumed: opts.zone.assumed },
    stream.head,
  );
  try {
    for await (const batch of stream.messages()) writer.writeBatch(batch);
    const tail = stream.tail();
    if (opts.zone.assumed) {
      tail.warnings.unshift({
        line: null,
        code: 'time_zone_assumed',
        message: `${label}: no time zone was given; its wall-clock times are read as ${opts.zone.name} (the case default). Give the custodian's zone with --tz to correct this.`,
      });
    }
    writer.finish(tail, stream.head.dateOrder);
    writer.index((done, total) => job.progress(`indexing ${label}`, done, total), job.isCancelled);
    if (job.isCancelled()) throw new CancelledError();
  } catch (e) {
    removeSource(cf.writer, writer.sourceId);
    throw e;
  }
  const d = stream.head.dateOrder;
  return {
    id: writer.sourceId,
    path,
    sha256,
    format: stream.head.format,
    messages: writer.messagesWritten,
    conversations: stream.head.conversationKeys.length,
    warnings: sourceWarnings(cf.writer, writer.sourceId),
    dateOrder: { value: d.value, ambiguous: d.ambiguous, evidence: d.evidence },
    alreadyImported: false,
  };
}
