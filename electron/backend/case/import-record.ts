// What an import leaves beside its sources: the files it looked at and skipped. They are written
// with the import, so Sources and the audit log can still say, later, what was not read and why.
import type { ImportWarning } from '../../../shared/model';
import { appendAudit } from '../audit/log';
import type { Db } from './open';

/**
 * Stores the skipped-file warnings with the first source the import added (null when it added none:
 * every export in it was already in the case) and logs every skipped file with its reason.
 */
export function keepSkippedFiles(db: Db, sourceId: number | null, warnings: ImportWarning[], skipped: { path: string; reason: string }[]): void {
  if (sourceId !== null) {
    const insert = db.prepare('INSERT INTO source_warnings(source_id, line, code, message) VALUES (?, ?, ?, ?)');
    for (const w of warnings) insert.run(sourceId, w.line, w.code, w.message);
  }
  appendAudit(db, 'import.skipped', { sourceId, files: skipped.map((s) => ({ path: s.path, reason: s.reason })) });
}
