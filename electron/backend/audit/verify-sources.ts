// Re-verifies the evidence (docs/security.md, tamper evidence): every source file is hashed again and
// compared with the hash its import audit entry recorded, the rows stored from it are compared with
// the digest recorded when they were stored, the tags in force are recomputed from the coding actions
// the log records (review/verify-tags.ts), and the audit chain is checked. A source made of several
// files (a Wickr archive folder, attachment files beside a report) is checked file by file; a folder
// source's own hash is its member manifest, recomputed from the files as they are now.
import { stat } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import type { Db } from '../case/open';
import { listSources } from '../case/queries';
import { sha256File } from '../files/hash';
import { folderManifestHash } from '../importers/wickr';
import { checkTags, type TagCheck } from '../review/verify-tags';
import { DIGEST_VERSIONS, storedDigest } from './digest';
import { checkChain, type ChainCheck } from './log';

export interface MemberCheck {
  path: string;
  role: string;
  status: 'unchanged' | 'changed' | 'missing';
  expected: string;
  actual: string | null;
}

export interface SourceCheck {
  id: number;
  path: string;
  /** The file (or folder) as it is now against the hash in the source's import audit entry. */
  status: 'unchanged' | 'changed' | 'missing';
  expected: string;
  actual: string | null;
  /** The source's member files that changed or are missing (empty when all are as imported). */
  members: MemberCheck[];
  /** Member files checked, including those inside the source's own container (covered by its hash). */
  memberCount: number;
  /** The audit entry that recorded the import, or null when the log holds none for this source. */
  importEntry: number | null;
  /** The sha256 the case keeps for the source (sources table); it must agree with the import entry's. */
  recordedSha256: string;
  /** The rows stored from the source against the digest of the last audit entry that recorded them. */
  stored: { status: 'unchanged' | 'changed' | 'not_recorded'; entry: number | null };
}

/** A source the audit log says was imported and that is no longer in the case. */
export interface RemovedSource {
  id: number;
  path: string;
  importEntry: number;
}

export interface VerifyResult {
  sources: SourceCheck[];
  removed: RemovedSource[];
  chain: ChainCheck;
  /** The tags in force against those the audit log's coding actions leave. */
  tags: TagCheck;
  /** Same as chain.brokenAt. */
  auditBrokenAt: number | null;
  /** How many things differ from what was recorded; 0 when verify passes. */
  problems: number;
}

interface MemberRow {
  path: string;
  sha256: string;
  role: string;
}

async function kindOf(path: string): Promise<'file' | 'folder' | null> {
  const info = await stat(path).catch(() => null);
  return info?.isFile() ? 'file' : info?.isDirectory() ? 'folder' : null;
}

/** A member on disk, re-hashed; members inside a container (`<container>!<entry>`) are covered by the container's hash. */
async function checkMember(m: MemberRow): Promise<MemberCheck> {
  if (m.path.includes('!') && (await kindOf(m.path)) === null) return { path: m.path, role: m.role, status: 'unchanged', expected: m.sha256, actual: m.sha256 };
  if ((await kindOf(m.path)) !== 'file') return { path: m.path, role: m.role, status: 'missing', expected: m.sha256, actual: null };
  const { sha256 } = await sha256File(m.path);
  return { path: m.path, role: m.role, status: sha256 === m.sha256 ? 'unchanged' : 'changed', expected: m.sha256, actual: sha256 };
}

/** What the audit log recorded about each source: its import, and the last digest of its stored rows. */
interface Recorded {
  imports: Map<number, { entry: number; path: string; sha256: string }>;
  digests: Map<number, { entry: number; digest: string; version: number }>;
}

function recordedInAudit(db: Db): Recorded {
  const recorded: Recorded = { imports: new Map(), digests: new Map() };
  for (const row of db.prepare('SELECT id, action, detail FROM audit ORDER BY id').iterate() as Iterable<{ id: number; action: string; detail: string }>) {
    let detail: { sourceId?: unknown; path?: unknown; sha256?: unknown; storedDigest?: unknown; digestVersion?: unknown };
    try {
      detail = JSON.parse(row.detail) as typeof detail;
    } catch {
      continue; // an entry that is not JSON breaks the chain, which is reported there
    }
    if (typeof detail?.sourceId !== 'number') continue;
    if (row.action === 'import' && typeof detail.sha256 === 'string') {
      recorded.imports.set(detail.sourceId, { entry: row.id, path: String(detail.path), sha256: detail.sha256 });
    }
    if (typeof detail.storedDigest === 'string') {
      recorded.digests.set(detail.sourceId, { entry: row.id, digest: detail.storedDigest, version: Number(detail.digestVersion) });
    }
  }
  return recorded;
}

function storedCheck(db: Db, sourceId: number, recorded: Recorded['digests']): SourceCheck['stored'] {
  const last = recorded.get(sourceId);
  // Imported by a version that did not record digests, or a digest of a version this one cannot compute.
  if (!last || !DIGEST_VERSIONS.includes(last.version)) return { status: 'not_recorded', entry: last?.entry ?? null };
  return { status: storedDigest(db, sourceId, last.version) === last.digest ? 'unchanged' : 'changed', entry: last.entry };
}

/**
 * Checks the evidence, the case and the audit log against each other: every source file hashed again
 * and compared with the hash in its import audit entry (not only with the case's own copy of it), the
 * rows stored from each source against the digest recorded when they were stored, sources the log
 * says were imported and are gone, and the chain itself, from a head printed earlier when one is given.
 */
export async function verifySources(db: Db, opts: { earlierHead?: { hash: string; entries: number | null } } = {}): Promise<VerifyResult> {
  const recorded = recordedInAudit(db);
  const checks: SourceCheck[] = [];
  const membersOf = db.prepare('SELECT path, sha256, role FROM source_files WHERE source_id = ? ORDER BY id');
  for (const s of listSources(db)) {
    const members = membersOf.all(s.id) as MemberRow[];
    const memberChecks = await Promise.all(members.map(checkMember));
    const problems = memberChecks.filter((m) => m.status !== 'unchanged');
    const kind = await kindOf(s.path);
    const imported = recorded.imports.get(s.id);
    const expected = imported?.sha256 ?? s.sha256;
    const base = {
      id: s.id,
      path: s.path,
      expected,
      members: problems,
      memberCount: members.length,
      importEntry: imported?.entry ?? null,
      recordedSha256: s.sha256,
      stored: storedCheck(db, s.id, recorded.digests),
    };
    if (kind === null) {
      checks.push({ ...base, status: 'missing', actual: null });
      continue;
    }
    let actual: string;
    if (kind === 'folder') {
      // The manifest over the archive's own files (messages, encrypted objects, sidecars), as at import.
      const own = memberChecks.filter((m) => m.role !== 'attachment' && m.actual !== null);
      actual = folderManifestHash(own.map((m) => ({ relPath: relative(s.path, m.path), sha256: m.actual! })));
    } else {
      actual = (await sha256File(s.path)).sha256;
    }
    // The CLI prints `actual`: say which members differ, so a changed attachment is not a riddle.
    const note = problems.length ? ` (${problems.length} member file${problems.length === 1 ? '' : 's'} ${problems.map((p) => `${relative(kind === 'folder' ? s.path : dirname(s.path), p.path) || p.path} ${p.status}`).slice(0, 3).join(', ')}${problems.length > 3 ? ', …' : ''})` : '';
    checks.push({ ...base, status: actual === expected && problems.length === 0 ? 'unchanged' : 'changed', actual: actual + note });
  }
  const present = new Set(checks.map((c) => c.id));
  const removed = [...recorded.imports].filter(([id]) => !present.has(id)).map(([id, r]) => ({ id, path: r.path, importEntry: r.entry }));
  const chain = checkChain(db, opts.earlierHead);
  const tags = checkTags(db);
  const sourceProblems = (c: SourceCheck) =>
    [c.status !== 'unchanged', c.importEntry === null, c.importEntry !== null && c.recordedSha256 !== c.expected, c.stored.status === 'changed'].filter(Boolean).length;
  const problems =
    checks.reduce((n, c) => n + sourceProblems(c), 0) +
    removed.length +
    tags.alteredActions.length +
    tags.rows.length +
    (chain.brokenAt === null ? 0 : 1) +
    (chain.earlierHeadAt === null ? 1 : 0);
  return { sources: checks, removed, chain, tags, auditBrokenAt: chain.brokenAt, problems };
}
