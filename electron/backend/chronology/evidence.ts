// What a chronology entry cites, read from the case as the thread shows it: each message's place in
// its source file, the source's SHA-256 and custodian, its wall clock and instant, its text, and the
// Bates numbers it went out under. A message the case no longer holds is simply not returned.
import type { ChronologyCitation } from '../../../shared/chronology';
import { citationText } from '../../../shared/citation';
import type { Db } from '../case/open';
import { batesLabel } from '../production/bates';
import { MESSAGE_SELECT, sourceFileLabel, type MessageRow } from '../threads/rows';
import { messageSpan, type Span } from './time';

interface TimeRow {
  id: number;
  with_seconds: number;
  sha256: string;
  custodian: string | null;
  time_zone_assumed: number;
  link_offset: number | null;
}

const TIME_SQL = `
  SELECT m.id, m.with_seconds, s.sha256, s.custodian, s.time_zone_assumed,
         (SELECT max(abs(l.offset_ms)) FROM conversation_link_members lm JOIN conversation_links l ON l.id = lm.link_id WHERE lm.conversation_id = m.conversation_id) AS link_offset
  FROM messages m JOIN conversations c ON c.id = m.conversation_id JOIN sources s ON s.id = c.source_id
  WHERE m.id IN (SELECT value FROM json_each(?))`;

const BATES_SQL = `
  SELECT pm.message_id, p.bates_prefix, p.bates_padding, pm.bates_number
  FROM production_messages pm JOIN productions p ON p.id = pm.production_id
  WHERE pm.message_id IN (SELECT value FROM json_each(?)) ORDER BY p.id`;

export interface CitedMessage {
  citation: ChronologyCitation;
  span: Span | null;
}

/** The messages of the case among `ids`, in the order given. */
export function citedMessages(db: Db, ids: readonly number[]): CitedMessage[] {
  const json = JSON.stringify(ids);
  const rows = new Map((db.prepare(`${MESSAGE_SELECT} WHERE m.id IN (SELECT value FROM json_each(?))`).all(json) as MessageRow[]).map((r) => [r.id, r]));
  const times = new Map((db.prepare(TIME_SQL).all(json) as TimeRow[]).map((r) => [r.id, r]));
  const bates = new Map<number, string[]>();
  for (const b of db.prepare(BATES_SQL).all(json) as { message_id: number; bates_prefix: string; bates_padding: number; bates_number: number }[]) {
    bates.set(b.message_id, [...(bates.get(b.message_id) ?? []), batesLabel(b.bates_prefix, b.bates_padding, b.bates_number)]);
  }
  return ids.flatMap((id) => {
    const row = rows.get(id);
    const time = times.get(id);
    if (!row || !time) return [];
    const sourceRef = { file: sourceFileLabel(row), line: row.line_start, lineEnd: row.line_end, record: row.record };
    const fields: Omit<ChronologyCitation, 'text'> = {
      messageId: id,
      conversationId: row.conversation_id,
      sourceId: row.source_id,
      ...sourceRef,
      sourceSha256: time.sha256,
      custodian: time.custodian,
      sentAtLocal: row.sent_at_local,
      timeZone: row.time_zone,
      sentAt: row.sent_at,
      author: row.author_person ?? row.author,
      body: row.body,
      bates: bates.get(id) ?? [],
    };
    const span =
      row.sent_at === null
        ? null
        : messageSpan({ sentAt: row.sent_at, withSeconds: time.with_seconds === 1, timeZone: row.time_zone, zoneAssumed: time.time_zone_assumed === 1, linkOffsetMs: time.link_offset ?? 0 });
    const text = citationText({ sourceRef, sourceSha256: time.sha256, custodian: time.custodian, sentAtLocal: row.sent_at_local, timeZone: row.time_zone, sentAt: row.sent_at });
    return [{ citation: { ...fields, text }, span }];
  });
}
