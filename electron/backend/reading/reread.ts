// A reviewer's decision about how a source's times are read: lock its day/month order, or give its
// time zone. Every derived time of the source is recomputed, and the change is logged with what it
// was before (docs/design.md#time-model). New values are prepared in a temporary table, batch by batch
// (progress, cancel), then applied; the job runs it in one transaction with the re-analysis that
// follows (jobs/methods.ts), so a cancel leaves the case as it was.
import { ApiError, type ApiArg } from '../../../shared/api';
import type { DateOrder } from '../../../shared/model';
import { storedContent } from '../audit/digest';
import { appendAudit } from '../audit/log';
import type { CaseFile, Db } from '../case/open';
import { getSource } from '../case/queries';
import { BadInputError, CancelledError } from '../importers/types';
import { parseStamp } from '../importers/whatsapp/header';
import { localTimeOf } from '../importers/whatsapp/parse';
import type { JobContext } from '../jobs/runner';
import { canonicalTimeZone, formatLocalIso, localToUtc, parseLocalIso, utcToLocal } from '../time/zone';
import { refillDayCounts } from '../timeline/day-counts';

const BATCH = 5000;

/** The reviewer's change, as setSourceReading takes it (shared/validate.ts). */
export type ReadingChange = ApiArg<'setSourceReading'>;

interface Row {
  id: number;
  sent_at: number | null;
  sent_at_local: string | null;
  stamp_raw: string | null;
  with_seconds: number;
}

export async function rereadSource(cf: CaseFile, change: ReadingChange, job: JobContext): Promise<null> {
  const db = cf.writer;
  const source = getSource(db, change.sourceId);
  if (!source) throw new ApiError('not_found', `There is no source ${change.sourceId} in this case.`);
  const basis = (db.prepare('SELECT time_basis FROM sources WHERE id = ?').get(source.id) as { time_basis: 'wall_clock' | 'instant' }).time_basis;
  const zone = change.timeZone === undefined ? source.timeZone : canonicalTimeZone(change.timeZone);
  if (!zone) throw new BadInputError(`'${change.timeZone}' is not a time zone this machine knows; give an IANA name such as Europe/Berlin.`);
  const order = change.dateOrder ?? source.dateOrder.value ?? 'DMY';
  const reparse = change.dateOrder !== undefined && change.dateOrder !== source.dateOrder.value && source.format === 'whatsapp';
  if (change.dateOrder !== undefined && source.format !== 'whatsapp') {
    throw new BadInputError(`Source ${source.id} (${source.fileName}) records its times as instants; it has no day/month order to lock.`);
  }

  db.exec('CREATE TEMP TABLE IF NOT EXISTS reread (id INTEGER PRIMARY KEY, local TEXT, utc INTEGER) STRICT');
  db.exec('DELETE FROM temp.reread');
  const total = (db.prepare('SELECT count(*) AS n FROM messages m JOIN conversations c ON c.id = m.conversation_id WHERE c.source_id = ?').get(source.id) as { n: number }).n;
  const page = db.prepare(
    `SELECT m.id, m.sent_at, m.sent_at_local, m.stamp_raw, m.with_seconds FROM messages m JOIN conversations c ON c.id = m.conversation_id
     WHERE c.source_id = ? AND m.id > ? ORDER BY m.id LIMIT ${BATCH}`,
  );
  const put = db.prepare('INSERT INTO temp.reread(id, local, utc) VALUES (?, ?, ?)');
  const invalid: { id: number; stamp: string }[] = [];
  let after = 0;
  let done = 0;
  for (;;) {
    if (job.isCancelled()) throw new CancelledError();
    const rows = page.all(source.id, after) as Row[];
    if (rows.length === 0) break;
    db.transaction(() => {
      for (const r of rows) {
        const next = recomputed(r, basis, reparse, order, zone);
        if (next.invalid) invalid.push({ id: r.id, stamp: r.stamp_raw ?? '' });
        put.run(r.id, next.local, next.utc);
      }
    })();
    after = rows[rows.length - 1]!.id;
    done += rows.length;
    job.progress(`re-reading times of ${source.fileName}`, done, total);
    await new Promise((r) => setImmediate(r)); // let reads in between
  }
  if (job.isCancelled()) throw new CancelledError();

  db.transaction(() => {
    db.prepare(
      `UPDATE messages SET sent_at_local = r.local, sent_at = r.utc FROM temp.reread r WHERE messages.id = r.id`,
    ).run();
    refreshConversationSpans(db, source.id);
    refillDayCounts(db, source.id);
    const lockedEvidence = change.dateOrder !== undefined
      ? `locked by the reviewer as ${change.dateOrder}${source.dateOrder.locked ? '' : ` (the file said: ${source.dateOrder.evidence})`}`
      : source.dateOrder.evidence;
    db.prepare(
      `UPDATE sources SET time_zone = ?, time_zone_assumed = ?, date_order = ?, date_order_locked = ?, date_order_ambiguous = ?,
         date_order_evidence = ? WHERE id = ?`,
    ).run(
      zone,
      change.timeZone === undefined && source.timeZoneAssumed ? 1 : 0,
      source.format === 'whatsapp' ? order : source.dateOrder.value,
      change.dateOrder !== undefined || source.dateOrder.locked ? 1 : 0,
      change.dateOrder !== undefined ? 0 : source.dateOrder.ambiguous ? 1 : 0,
      lockedEvidence,
      source.id,
    );
    const clear = db.prepare('DELETE FROM source_warnings WHERE source_id = ? AND code = ?');
    if (change.dateOrder !== undefined) {
      clear.run(source.id, 'date_order_ambiguous');
      clear.run(source.id, 'invalid_date');
      const warn = db.prepare('INSERT INTO source_warnings(source_id, line, code, message) SELECT ?, line_start, ?, ? FROM messages WHERE id = ?');
      for (const x of invalid.slice(0, 200)) {
        warn.run(source.id, 'invalid_date', `${source.fileName}: '${x.stamp}' is not a valid date when read as ${order}; the message is kept without a time.`, x.id);
      }
    }
    if (change.timeZone !== undefined) clear.run(source.id, 'time_zone_assumed');
    appendAudit(db, 'source.reading_changed', {
      sourceId: source.id,
      sha256: source.sha256,
      before: { dateOrder: source.dateOrder.value, dateOrderLocked: source.dateOrder.locked, timeZone: source.timeZone, timeZoneAssumed: source.timeZoneAssumed },
      after: { dateOrder: source.format === 'whatsapp' ? order : source.dateOrder.value, dateOrderLocked: change.dateOrder !== undefined || source.dateOrder.locked, timeZone: zone },
      messagesRecomputed: done,
      messagesWithoutValidDate: invalid.length,
      ...storedContent(db, source.id),
    });
  })();
  db.exec('DELETE FROM temp.reread');
  return null;
}

function recomputed(r: Row, basis: 'wall_clock' | 'instant', reparse: boolean, order: DateOrder, zone: string): { local: string | null; utc: number | null; invalid: boolean } {
  if (basis === 'instant') {
    if (r.sent_at === null) return { local: r.sent_at_local, utc: null, invalid: false };
    return { local: formatLocalIso(utcToLocal(r.sent_at, zone), r.with_seconds === 1), utc: r.sent_at, invalid: false };
  }
  if (reparse) {
    const stamp = r.stamp_raw === null ? null : parseStamp(r.stamp_raw);
    const local = stamp ? localTimeOf(stamp, order) : null;
    if (!local) return { local: null, utc: null, invalid: r.stamp_raw !== null };
    return { local: formatLocalIso(local.time, r.with_seconds === 1), utc: localToUtc(local.time, zone), invalid: false };
  }
  const local = r.sent_at_local === null ? null : parseLocalIso(r.sent_at_local);
  return { local: r.sent_at_local, utc: local ? localToUtc(local, zone) : null, invalid: false };
}

function refreshConversationSpans(db: Db, sourceId: number): void {
  db.prepare(
    `UPDATE conversations SET
       first_local = (SELECT min(sent_at_local) FROM messages m WHERE m.conversation_id = conversations.id),
       last_local = (SELECT max(sent_at_local) FROM messages m WHERE m.conversation_id = conversations.id)
     WHERE source_id = ?`,
  ).run(sourceId);
}
