// Re-verifies the evidence: every source file is hashed again and compared with the hash taken at
// import (design.md §1.1), and the audit chain is checked. A source made of several files (a Wickr
// archive folder, attachment files beside a report) is checked file by file; a folder source's own
// hash is its member manifest, recomputed from the files as they are now.
import { stat } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import type { Db } from '../case/open';
import { listSources } from '../case/queries';
import { sha256File } from '../files/hash';
import { folderManifestHash } from '../importers/wickr';
import { verifyAudit } from './log';

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
  status: 'unchanged' | 'changed' | 'missing';
  expected: string;
  actual: string | null;
  /** The source's member files that changed or are missing (empty when all are as imported). */
  members: MemberCheck[];
  /** Member files checked, including those inside the source's own container (covered by its hash). */
  memberCount: number;
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

export async function verifySources(db: Db): Promise<{ sources: SourceCheck[]; auditBrokenAt: number | null }> {
  const checks: SourceCheck[] = [];
  const membersOf = db.prepare('SELECT path, sha256, role FROM source_files WHERE source_id = ? ORDER BY id');
  for (const s of listSources(db)) {
    const members = membersOf.all(s.id) as MemberRow[];
    const memberChecks = await Promise.all(members.map(checkMember));
    const problems = memberChecks.filter((m) => m.status !== 'unchanged');
    const kind = await kindOf(s.path);
    const base = { id: s.id, path: s.path, expected: s.sha256, members: problems, memberCount: members.length };
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
    checks.push({ ...base, status: actual === s.sha256 && problems.length === 0 ? 'unchanged' : 'changed', actual: actual + note });
  }
  return { sources: checks, auditBrokenAt: verifyAudit(db) };
}
