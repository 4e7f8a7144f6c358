// Re-verifies the evidence: every source file is hashed again and compared with the hash taken at
// import (design.md §1.1), and the audit chain is checked.
import { stat } from 'node:fs/promises';
import type { Db } from '../case/open';
import { listSources } from '../case/queries';
import { sha256File } from '../files/hash';
import { verifyAudit } from './log';

export interface SourceCheck {
  id: number;
  path: string;
  status: 'unchanged' | 'changed' | 'missing';
  expected: string;
  actual: string | null;
}

export async function verifySources(db: Db): Promise<{ sources: SourceCheck[]; auditBrokenAt: number | null }> {
  const checks: SourceCheck[] = [];
  for (const s of listSources(db)) {
    const exists = await stat(s.path).then((i) => i.isFile()).catch(() => false);
    if (!exists) {
      checks.push({ id: s.id, path: s.path, status: 'missing', expected: s.sha256, actual: null });
      continue;
    }
    const { sha256 } = await sha256File(s.path);
    checks.push({ id: s.id, path: s.path, status: sha256 === s.sha256 ? 'unchanged' : 'changed', expected: s.sha256, actual: sha256 });
  }
  return { sources: checks, auditBrokenAt: verifyAudit(db) };
}
