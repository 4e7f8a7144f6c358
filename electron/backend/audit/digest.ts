// The digest of what a source put into the case: one SHA-256 over its rows, read in a fixed order.
// It is recorded in the audit entry that stored them (the import) and in every audited entry that
// legitimately changes them (a new reading of the source's times), so `verify` can compute it again
// and show that no message, attachment, event or participant was rewritten, added or removed since
// (docs/security.md, tamper evidence).
//
// Version 1 covers the columns listed below, each row rendered by SQLite's json_array; a source's
// signals are covered because the sequence rules read their counters. Columns that are work product
// or caches (counts, time spans, sketches, index progress, the account lens) are left out: they are
// derived and change without touching the evidence. Version 2 adds who acted on whom in each notice
// (notice_parties, schema 15). Entries say which version they hold, and an entry is checked by its own
// version, so a case imported before version 2 still verifies.
import { createHash } from 'node:crypto';
import type { Db } from '../case/open';

export const DIGEST_VERSION = 2;

/** The versions this build computes: each entry is verified with the version it recorded. */
export const DIGEST_VERSIONS: readonly number[] = [1, 2];

const SOURCE_CONVERSATIONS = '(SELECT id FROM conversations WHERE source_id = ?)';

/**
 * Each table's rows of one source: the columns covered, the tables read, the column that ties a row to
 * the source (equal to the source id, or in the source's conversations) and the column that orders the
 * rows. Changing any of these is a new version.
 */
export interface Part {
  table: string;
  columns: string;
  from: string;
  owner: string;
  inConversations?: true;
  id: string;
  /** The order of rows when the id alone does not give one (a table keyed by several columns). */
  order?: string;
  /** The first version covering the table. */
  since?: number;
}

export const DIGEST_PARTS: readonly Part[] = [
  {
    table: 'sources',
    columns: 'id, sha256, size, format, format_detail, parser_version, chat_entry, custodian, time_basis, time_zone, time_zone_assumed, date_order, signals',
    from: 'sources',
    owner: 'id',
    id: 'id',
  },
  { table: 'source_files', columns: 'id, path, sha256, size, role', from: 'source_files', owner: 'source_id', id: 'id' },
  { table: 'conversations', columns: 'id, native_id, title, kind, ttl_seconds, burn_on_read_seconds, platform', from: 'conversations', owner: 'source_id', id: 'id' },
  { table: 'participants', columns: 'id, name, native_id', from: 'participants', owner: 'source_id', id: 'id' },
  {
    table: 'messages',
    columns: `id, conversation_id, seq, author_id, kind, subtype, body, sent_at, sent_at_local, stamp_raw, header_raw, with_seconds,
      native_id, reply_to, deleted, edited, line_start, line_end, record, ttl_seconds, burn_on_read_seconds, direction, thread_parent,
      raw, sent_at_us, source_file_id, content_status`,
    from: 'messages',
    owner: 'conversation_id',
    inConversations: true,
    id: 'id',
  },
  {
    table: 'attachments',
    columns: 'a.id, a.message_id, a.name, a.entry, a.present, a.sha256, a.size, a.source_file_id',
    from: 'attachments a JOIN messages m ON m.id = a.message_id',
    owner: 'm.conversation_id',
    inConversations: true,
    id: 'a.id',
  },
  {
    table: 'message_events',
    columns: `id, conversation_id, kind, target_native_id, target_message_id, actor_id, sent_at, sent_at_local, value, native_id,
      line_start, line_end, record, raw, sent_at_us, target_sent_at_us, detail, source_file_id`,
    from: 'message_events',
    owner: 'conversation_id',
    inConversations: true,
    id: 'id',
  },
  {
    table: 'notice_parties',
    columns: 'n.message_id, n.role, n.participant_id',
    from: 'notice_parties n JOIN messages m ON m.id = n.message_id',
    owner: 'm.conversation_id',
    inConversations: true,
    id: 'n.message_id',
    order: 'n.message_id, n.role, n.participant_id',
    since: 2,
  },
];

/**
 * Rows are read this many ids at a time (SQLite renders each row), one hash update per page. A page is
 * in memory three times at once (SQLite's text, its blob, the Buffer), so pages stay small: 20,000 rows
 * of a Wickr source were about 45 MB at the peak of an import.
 */
const PAGE = 2_500;

/**
 * The digest of everything stored from one source, as it is in the case now: per table its name, then
 * each row as a JSON array of its columns (strings quoted and escaped: unambiguous), one per line, in
 * id order.
 */
export function storedDigest(db: Db, sourceId: number, version: number = DIGEST_VERSION): string {
  if (!DIGEST_VERSIONS.includes(version)) throw new Error(`digest version ${version} is not one this build computes`);
  const hash = createHash('sha256');
  for (const part of DIGEST_PARTS) {
    if ((part.since ?? 1) > version) continue;
    hash.update(`${part.table}\n`);
    const test = part.inConversations ? `IN ${SOURCE_CONVERSATIONS}` : '= ?';
    // The span of ids is found through the owner's index; each page is then read by id alone (the
    // unary + keeps SQLite from walking the owner's index for every page).
    const range = db.prepare(`SELECT min(${part.id}) AS lo, max(${part.id}) AS hi FROM ${part.from} WHERE ${part.owner} ${test}`).get(sourceId) as { lo: number | null; hi: number | null };
    if (range.lo === null || range.hi === null) continue;
    // SQLite joins a page's lines in the subquery's order and hands them over as the bytes of their
    // UTF-8 text (a case file's encoding), which is what hashing the lines as strings hashes: no string
    // per row, and no text decoded only to be encoded again.
    const page = db
      .prepare(
        `SELECT CAST(group_concat(line, '') AS BLOB) FROM (
           SELECT json_array(${part.columns}) || char(10) AS line FROM ${part.from}
           WHERE ${part.id} BETWEEN ? AND ? AND +${part.owner} ${test} ORDER BY ${part.order ?? part.id})`,
      )
      .pluck();
    for (let lo = range.lo; lo <= range.hi; lo += PAGE) {
      const lines = page.get(lo, Math.min(lo + PAGE - 1, range.hi), sourceId) as Buffer | null;
      if (lines) hash.update(lines);
    }
  }
  return hash.digest('hex');
}

/** What an audit entry records about a source's stored rows; spread into the entry's detail. */
export function storedContent(db: Db, sourceId: number): { storedDigest: string; digestVersion: number } {
  return { storedDigest: storedDigest(db, sourceId), digestVersion: DIGEST_VERSION };
}
