// Decides what each named path is and which importer reads it (docs/formats.md: by content). Files a
// reviewer names are imported or refused with a sentence; files found in a folder are imported or
// skipped with a warning. Retention files of one Wickr archive (every rotated file in a folder, with
// any client-side encrypted copies and their S3 metadata) become one source.
import { basename, dirname } from 'node:path';
import { detectFormat, sniffFile, type Detected } from '../importers/detect';
import { wickrSource } from '../importers/registry';
import { CancelledError } from '../importers/types';
import type { EncryptedObject } from '../importers/wickr';
import { hasRetentionName, sidecarObjectName } from '../importers/wickr/sniff';
import type { JobContext } from '../jobs/runner';
import type { Candidate } from './expand';

export interface SkippedFile {
  path: string;
  reason: string;
}

export interface ImportPlan {
  sources: Detected[];
  skipped: SkippedFile[];
}

interface FolderGroup {
  /** Position of the group's first file among the candidates, to keep sources in walk order. */
  order: number;
  messageFiles: string[];
  opaque: { path: string; reason: string }[];
  sidecars: string[];
}

export async function planImport(candidates: Candidate[], job: Pick<JobContext, 'isCancelled' | 'progress'>): Promise<ImportPlan> {
  const ordered: { order: number; detected: Detected }[] = [];
  const skipped: SkippedFile[] = [];
  const groups = new Map<string, FolderGroup>();
  const group = (path: string, order: number) => {
    const dir = dirname(path);
    let g = groups.get(dir);
    if (!g) groups.set(dir, (g = { order, messageFiles: [], opaque: [], sidecars: [] }));
    return g;
  };
  job.progress('detecting', 0, candidates.length);
  for (const [i, c] of candidates.entries()) {
    if (job.isCancelled()) throw new CancelledError();
    if (c.notAFile) {
      skipped.push({ path: c.path, reason: c.notAFile });
    } else if (c.explicit) {
      ordered.push({ order: i, detected: await detectFormat(c.path) });
    } else {
      const sniff = await sniffFile(c.path);
      if (sniff.kind === 'format' && !sniff.groupsInFolder) ordered.push({ order: i, detected: sniff.source });
      else if (sniff.kind === 'format') group(c.path, i).messageFiles.push(c.path);
      else if (sniff.kind === 'opaque') group(c.path, i).opaque.push({ path: c.path, reason: sniff.reason });
      else if (sniff.kind === 's3-metadata') group(c.path, i).sidecars.push(c.path);
      else skipped.push({ path: c.path, reason: sniff.reason });
    }
    job.progress('detecting', i + 1, candidates.length);
  }
  for (const [dir, g] of groups) {
    const sidecarOf = new Map(g.sidecars.map((s) => [sidecarObjectName(basename(s)), s]));
    const wickrContext = g.messageFiles.length > 0 || g.sidecars.length > 0;
    const encrypted: EncryptedObject[] = [];
    for (const o of g.opaque) {
      const sidecar = sidecarOf.get(basename(o.path)) ?? null;
      if (sidecar || wickrContext || hasRetentionName(basename(o.path))) encrypted.push({ path: o.path, sidecar });
      else skipped.push(o);
    }
    const used = new Set(encrypted.map((e) => e.sidecar));
    for (const s of g.sidecars) {
      if (!used.has(s)) skipped.push({ path: s, reason: `${basename(s)} holds S3 object metadata for '${sidecarObjectName(basename(s))}', which is not in the folder.` });
    }
    if (g.messageFiles.length || encrypted.length) {
      ordered.push({ order: g.order, detected: wickrSource({ folder: dir, messageFiles: g.messageFiles, encrypted }, dir) });
    }
  }
  ordered.sort((a, b) => a.order - b.order);
  return { sources: ordered.map((o) => o.detected), skipped };
}
