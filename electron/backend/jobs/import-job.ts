// An import as a job: the files read and stored, then, in one transaction with their completion,
// everything that follows from them (persons, copies linked, gaps analysed), so a cancel in any
// phase leaves the case as it was.
import type { ImportRequest } from '../../../shared/api';
import type { ImportSummary } from '../../../shared/model';
import { linkNewConversations } from '../align/links';
import type { CaseFile, Writer } from '../case/open';
import { sourcesOfConversations } from '../case/source-sets';
import { importFiles } from '../ingest/import';
import { resolvePersons } from '../people/resolve';
import { reanalyse } from './reanalyse';
import type { JobContext } from './runner';

export function importJob(cf: CaseFile, req: ImportRequest): (ctx: JobContext) => Promise<ImportSummary> {
  return (ctx) => importFiles(cf, req, ctx, (added) => deriveFrom(cf.writer, added, ctx));
}

async function deriveFrom(db: Writer, added: number[], ctx: JobContext): Promise<void> {
  if (added.length === 0) return;
  // Persons first: aligning copies compares authors by person.
  ctx.progress('resolving people', 0, 0);
  resolvePersons(db);
  // Copies of the new conversations held by other custodians, one source at a time so a cancel is seen between them.
  const relinked: number[] = [];
  for (const sourceId of added) {
    await ctx.checkpoint();
    relinked.push(...linkNewConversations(db, [sourceId], (done, total) => ctx.progress('linking copies of conversations', done, total)));
  }
  // The copies' own sources change too: their cross-custodian findings (R6) read the new link.
  await reanalyse(db, ctx, { sources: [...added, ...sourcesOfConversations(db, relinked)] });
}
