// Read-only queries about the case as a whole: what sources and conversations it holds.
import { ApiError } from '../../../shared/api';
import type { CaseInfo, ConversationSummary, SourceDetails, SourceSummary } from '../../../shared/model';
import { chainHead } from '../audit/log';
import type { AttachmentLocation } from '../files/evidence-media';
import { caseMeta, type Db } from './open';

interface SourceRow {
  id: number;
  path: string;
  file_name: string;
  chat_entry: string | null;
  sha256: string;
  size: number;
  format: string;
  format_detail: string;
  parser_version: string;
  custodian: string | null;
  time_zone: string;
  time_zone_assumed: number;
  date_order: 'DMY' | 'MDY' | 'YMD' | null;
  date_order_ambiguous: number;
  date_order_locked: number;
  date_order_evidence: string;
  imported_at: number;
  message_count: number;
  conversation_count: number;
  warning_count: number;
  unclassified_count: number;
  time_basis: 'wall_clock' | 'instant';
  content_nature: 'content' | 'metadata_only';
  caveats: string;
  member_file_count: number;
  account_kind: 'official' | 'personal' | null;
  account_holder: string | null;
}

const SOURCE_COLUMNS = `s.id, s.path, s.file_name, s.chat_entry, s.sha256, s.size, s.format, s.format_detail, s.parser_version,
  s.custodian, s.time_zone, s.time_zone_assumed, s.date_order, s.date_order_ambiguous, s.date_order_locked,
  s.date_order_evidence, s.imported_at, s.message_count,
  (SELECT count(*) FROM conversations c WHERE c.source_id = s.id) AS conversation_count,
  (SELECT count(*) FROM source_warnings w WHERE w.source_id = s.id) AS warning_count,
  (SELECT count(*) FROM source_warnings w WHERE w.source_id = s.id AND w.code = 'unclassified') AS unclassified_count,
  s.time_basis, s.content_nature, s.caveats,
  (SELECT count(*) FROM source_files f WHERE f.source_id = s.id) AS member_file_count, s.account_kind, s.account_holder`;

function toSource(r: SourceRow): SourceSummary {
  return {
    id: r.id,
    path: r.path,
    fileName: r.file_name,
    chatEntry: r.chat_entry,
    sha256: r.sha256,
    size: r.size,
    format: r.format,
    formatDetail: r.format_detail,
    parserVersion: r.parser_version,
    custodian: r.custodian,
    timeZone: r.time_zone,
    timeZoneAssumed: r.time_zone_assumed === 1,
    dateOrder: {
      value: r.date_order,
      ambiguous: r.date_order_ambiguous === 1,
      locked: r.date_order_locked === 1,
      evidence: r.date_order_evidence,
    },
    importedAt: r.imported_at,
    messageCount: r.message_count,
    conversationCount: r.conversation_count,
    warningCount: r.warning_count,
    unclassifiedCount: r.unclassified_count,
    timeBasis: r.time_basis,
    contentNature: r.content_nature,
    caveats: JSON.parse(r.caveats) as SourceSummary['caveats'],
    memberFileCount: r.member_file_count,
    account: r.account_kind === null ? null : { kind: r.account_kind, holder: r.account_holder },
  };
}

export function listSources(db: Db): SourceSummary[] {
  return (db.prepare(`SELECT ${SOURCE_COLUMNS} FROM sources s WHERE s.status = 'complete' ORDER BY s.id`).all() as SourceRow[]).map(toSource);
}

export function getSource(db: Db, id: number): SourceSummary | null {
  const row = db.prepare(`SELECT ${SOURCE_COLUMNS} FROM sources s WHERE s.id = ? AND s.status = 'complete'`).get(id) as SourceRow | undefined;
  return row ? toSource(row) : null;
}

export function findSourceByHash(db: Db, sha256: string): SourceSummary | null {
  const row = db.prepare(`SELECT ${SOURCE_COLUMNS} FROM sources s WHERE s.sha256 = ? AND s.status = 'complete'`).get(sha256) as SourceRow | undefined;
  return row ? toSource(row) : null;
}

export function sourceDetails(db: Db, id: number): SourceDetails {
  const summary = getSource(db, id);
  if (!summary) throw new ApiError('not_found', `There is no source ${id} in this case.`);
  const extra = db.prepare('SELECT line_count, preamble, signals FROM sources WHERE id = ?').get(id) as {
    line_count: number | null;
    preamble: string | null;
    signals: string;
  };
  const warnings = db.prepare('SELECT line, code, message FROM source_warnings WHERE source_id = ? ORDER BY id LIMIT 500').all(id) as SourceDetails['warnings'];
  return { ...summary, lineCount: extra.line_count, preamble: extra.preamble, warnings, signals: JSON.parse(extra.signals) as Record<string, unknown> };
}

export function sourceWarnings(db: Db, sourceId: number): { line: number | null; code: string; message: string }[] {
  return db.prepare('SELECT line, code, message FROM source_warnings WHERE source_id = ? ORDER BY id').all(sourceId) as {
    line: number | null;
    code: string;
    message: string;
  }[];
}

/** Refuses a conversation id the case does not hold, or holds only in a source still importing. */
export function requireConversation(db: Db, conversationId: number): void {
  const visible = db.prepare(`SELECT 1 FROM conversations c JOIN sources s ON s.id = c.source_id WHERE c.id = ? AND s.status = 'complete'`).get(conversationId);
  if (!visible) throw new ApiError('not_found', `There is no conversation ${conversationId} in this case.`);
}

export function listConversations(db: Db): ConversationSummary[] {
  const rows = db
    .prepare(
      `SELECT c.id, c.source_id, c.title, c.kind, c.message_count, c.participant_count, c.first_local, c.last_local,
              s.file_name, s.custodian, s.format, c.native_id, c.platform, c.ttl_seconds, c.burn_on_read_seconds,
              (SELECT count(*) FROM message_events e WHERE e.conversation_id = c.id) AS event_count,
              (SELECT count(*) FROM message_events e WHERE e.conversation_id = c.id AND e.target_message_id IS NULL
                 AND (e.target_native_id IS NOT NULL OR e.target_sent_at_us IS NOT NULL)) AS unresolved_event_count,
              (SELECT json_group_array(DISTINCT pm.person_id) FROM conversation_participants cp
                 JOIN person_members pm ON pm.participant_id = cp.participant_id WHERE cp.conversation_id = c.id) AS person_ids,
              (SELECT json_group_array(o.conversation_id) FROM conversation_link_members me
                 JOIN conversation_link_members o ON o.link_id = me.link_id AND o.conversation_id <> me.conversation_id
                 WHERE me.conversation_id = c.id) AS linked_ids
       FROM conversations c JOIN sources s ON s.id = c.source_id
       WHERE s.status = 'complete'
       ORDER BY c.title COLLATE NOCASE, c.id`,
    )
    .all() as {
    id: number;
    source_id: number;
    title: string;
    kind: ConversationSummary['kind'];
    message_count: number;
    participant_count: number;
    first_local: string | null;
    last_local: string | null;
    file_name: string;
    custodian: string | null;
    format: string;
    native_id: string | null;
    platform: string | null;
    ttl_seconds: number | null;
    burn_on_read_seconds: number | null;
    event_count: number;
    unresolved_event_count: number;
    person_ids: string;
    linked_ids: string;
  }[];
  return rows.map((r) => ({
    id: r.id,
    sourceId: r.source_id,
    title: r.title,
    kind: r.kind,
    messageCount: r.message_count,
    participantCount: r.participant_count,
    firstLocal: r.first_local,
    lastLocal: r.last_local,
    sourceFile: r.file_name,
    custodian: r.custodian,
    format: r.format,
    nativeId: r.native_id,
    platform: r.platform,
    ttlSeconds: r.ttl_seconds,
    burnOnReadSeconds: r.burn_on_read_seconds,
    eventCount: r.event_count,
    unresolvedEventCount: r.unresolved_event_count,
    personIds: (JSON.parse(r.person_ids) as number[]).sort((a, b) => a - b),
    linkedConversationIds: (JSON.parse(r.linked_ids) as number[]).sort((a, b) => a - b),
  }));
}

export function caseInfo(db: Db, path: string): CaseInfo {
  const counts = db
    .prepare(
      `SELECT (SELECT count(*) FROM sources WHERE status = 'complete') AS sources,
              (SELECT count(*) FROM conversations c JOIN sources s ON s.id = c.source_id WHERE s.status = 'complete') AS conversations,
              (SELECT coalesce(sum(message_count), 0) FROM sources WHERE status = 'complete') AS messages`,
    )
    .get() as { sources: number; conversations: number; messages: number };
  return {
    path,
    defaultTimeZone: caseMeta(db, 'default_time_zone') ?? 'UTC',
    sourceCount: counts.sources,
    conversationCount: counts.conversations,
    messageCount: counts.messages,
    chainHead: chainHead(db),
  };
}

/** Where a present attachment's bytes are; null when it is absent from the export or unknown. */
export function attachmentLocation(db: Db, attachmentId: number): AttachmentLocation | null {
  const row = db
    .prepare(
      `SELECT a.id, a.name, a.entry, a.size, s.path, sf.path AS file_path
       FROM attachments a JOIN messages m ON m.id = a.message_id JOIN conversations c ON c.id = m.conversation_id
       JOIN sources s ON s.id = c.source_id
       LEFT JOIN source_files sf ON sf.id = a.source_file_id
       WHERE a.id = ? AND a.present = 1 AND s.status = 'complete'`,
    )
    .get(attachmentId) as { id: number; name: string; entry: string | null; size: number | null; path: string; file_path: string | null } | undefined;
  if (!row || row.size === null) return null;
  // An attachment that is a file of its own (a Wickr attachments folder, files beside a report or a
  // bare RSMF manifest) is read from that file, not from an entry of the source's container.
  if (row.file_path !== null) return { attachmentId: row.id, name: row.name, containerPath: row.file_path, entry: null, size: row.size };
  return { attachmentId: row.id, name: row.name, containerPath: row.path, entry: row.entry, size: row.size };
}
