// The matter period the reviewer sets (R9 reads it): stored on the case, logged, and every source
// re-analysed so coverage findings follow it.
import { appendAudit } from '../audit/log';
import type { CaseFile } from '../case/open';
import type { JobContext } from '../jobs/runner';
import { analyseSources, matterPeriod } from './engine';

export function setMatterPeriod(cf: CaseFile, period: { start: string; end: string } | null, job: JobContext): void {
  const db = cf.writer;
  const before = matterPeriod(db);
  db.transaction(() => {
    if (period) {
      const put = db.prepare('INSERT INTO case_meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
      put.run('matter_start', period.start);
      put.run('matter_end', period.end);
    } else {
      db.prepare("DELETE FROM case_meta WHERE key IN ('matter_start', 'matter_end')").run();
    }
    appendAudit(db, 'case.matter_period_changed', { before, after: period });
  })();
  const sources = (db.prepare("SELECT id FROM sources WHERE status = 'complete' ORDER BY id").all() as { id: number }[]).map((s) => s.id);
  analyseSources(db, sources, (done, total) => job.progress('analysing gaps', done, total));
}
