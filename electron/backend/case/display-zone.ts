// The zone a reviewer reads the case in (docs/design.md#display-zone): conversation-days and the timeline count days
// and hours in it. Until a reviewer chooses one it is the case's default zone. It changes no stored
// time: threads keep showing each source's wall clock as written.
import { ApiError } from '../../../shared/api';
import { appendAudit } from '../audit/log';
import { caseMeta, type Db } from './open';
import { canonicalTimeZone } from '../time/zone';
import { refillDayCounts } from '../timeline/day-counts';

const DISPLAY_ZONE_SQL = `SELECT coalesce((SELECT value FROM case_meta WHERE key = 'display_time_zone'),
                                          (SELECT value FROM case_meta WHERE key = 'default_time_zone'), 'UTC')`;

export function displayTimeZone(db: Db): string {
  return db.prepare(DISPLAY_ZONE_SQL).pluck().get() as string;
}

/** The display zone with the default zone it falls back to, for the header's control. */
export function displayZoneSetting(db: Db): { timeZone: string; defaultTimeZone: string } {
  return { timeZone: displayTimeZone(db), defaultTimeZone: caseMeta(db, 'default_time_zone') ?? 'UTC' };
}

/** Sets the display zone (an IANA name, stored as Intl spells it) and audits it with what it was before. */
export function setDisplayTimeZone(db: Db, zone: string, actor?: string): { timeZone: string; previous: string } {
  const canonical = canonicalTimeZone(zone);
  if (canonical === null) throw new ApiError('invalid_argument', `'${zone}' is not a time zone this system knows; give an IANA name such as Europe/London.`);
  return db.transaction(() => {
    const previous = displayTimeZone(db);
    if (previous !== canonical) {
      db.prepare(`INSERT INTO case_meta(key, value) VALUES ('display_time_zone', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`).run(canonical);
      appendAudit(db, 'case.display_zone_changed', { before: previous, after: canonical }, actor);
      refillDayCounts(db);
    }
    return { timeZone: canonical, previous };
  })();
}
