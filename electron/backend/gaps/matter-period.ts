// The matter period the reviewer sets (R9 reads it): stored on the case and logged. The job that sets
// it re-analyses every source, so coverage findings follow it.
import { appendAudit } from '../audit/log';
import type { Db } from '../case/open';
import { matterPeriod } from './engine';

export function setMatterPeriod(db: Db, period: { start: string; end: string } | null): void {
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
}
