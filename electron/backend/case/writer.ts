// Writes one source's normalized records into the case (docs/design.md#case-file): prepared statements, one
// transaction per batch, the full-text index filled once after the rows, and a clean removal when an
// import is cancelled or fails, so the case is left exactly as it was.
//
// Records about messages (edits, reactions, receipts, stars, deletes) are written as they arrive and
// linked to their targets once every row of the source is written: by native id or by time, always
// within the same conversation. A target that is not in the source stays unlinked (target_message_id
// NULL): a dangling reference the gap engine reports. Linking sets the only derived flags a message
// carries (deleted, edited); evidence rows are otherwise never changed.
import type { DateOrderDecision, ImportWarning } from '../../../shared/model';
import type { ConversationRecord, EventRecord, Instant, MessageRecord, RecordBatch, SourceFileRecord, SourceHead, SourceTail } from '../importers/types';
import { formatLocalIso, localToUtc, utcToLocal, type LocalTime } from '../time/zone';
import type { Statement } from 'better-sqlite3';
import type { Db } from './open';

export interface SourceMeta {
  path: string;
  fileName: string;
  sha256: string;
  size: number;
  custodian: string | null;
  timeZone: string;
  timeZoneAssumed: boolean;
}

const FTS_BATCH = 20_000;

interface ConversationStats {
  count: number;
  first: string | null;
  last: string | null;
  authors: Set<number>;
}

interface Times {
  sentAt: number | null;
  sentAtUs: number | null;
  local: string | null;
}

/** The three stored readings of a record's time: UTC ms, exact µs when the source has them, local text. */
export function storedTimes(instant: Instant | null | undefined, local: LocalTime | null, withSeconds: boolean, zone: string): Times {
  if (instant) {
    const sentAt = Math.floor(instant.us / 1000);
    return { sentAt, sentAtUs: instant.fine ? instant.us : null, local: formatLocalIso(utcToLocal(sentAt, zone), true) };
  }
  if (local) return { sentAt: localToUtc(local, zone), sentAtUs: null, local: formatLocalIso(local, withSeconds) };
  return { sentAt: null, sentAtUs: null, local: null };
}

/** The columns of a message that every row fills, a plain text line's (insertPlainMessage) only these. */
const PLAIN_MESSAGE_COLUMNS = ['conversation_id', 'seq', 'author_id', 'kind', 'subtype', 'body', 'sent_at', 'sent_at_local', 'stamp_raw', 'header_raw', 'with_seconds', 'deleted', 'edited', 'line_start', 'line_end'];
/** The columns of a message that only richer formats fill (native ids, replies, expiry, exact times, member files). */
const DETAIL_MESSAGE_COLUMNS = ['native_id', 'reply_to', 'record', 'ttl_seconds', 'burn_on_read_seconds', 'direction', 'thread_parent', 'raw', 'sent_at_us', 'source_file_id', 'content_status'];

function insertMessageSql(columns: string[]): string {
  return `INSERT INTO messages(${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
}

/** A row whose every detail column is empty. */
function isPlainRow(m: MessageRecord, t: Times): boolean {
  return (
    m.nativeId === null &&
    m.replyTo === null &&
    m.record === null &&
    m.ttlSeconds == null &&
    m.burnOnReadSeconds == null &&
    m.direction == null &&
    m.threadParent == null &&
    m.raw == null &&
    t.sentAtUs === null &&
    !m.memberFile &&
    m.contentStatus == null
  );
}

export class SourceWriter {
  private readonly insertMessage;
  private readonly insertPlainMessage;
  private readonly insertAttachment;
  private readonly insertParticipant;
  private readonly insertConversation;
  private readonly insertEvent;
  private readonly insertFile;
  private readonly insertNoticeParty;
  private readonly conversationIds = new Map<string, number>();
  /** Participants by their own id in the source, and those without one by name (separate maps: no key to build per row). */
  private readonly participantsByNativeId = new Map<string, number>();
  private readonly participantsByName = new Map<string, number>();
  private readonly participantNames = new Set<string>();
  private readonly participantCounts = new Map<number, number>();
  private readonly fileIds = new Map<string, number>();
  private readonly conversationStats = new Map<number, ConversationStats>();
  private messageCount = 0;
  private eventCount = 0;
  private readonly timeZone: string;
  readonly sourceId: number;

  constructor(
    private readonly db: Db,
    meta: SourceMeta,
    head: SourceHead,
  ) {
    this.timeZone = meta.timeZone;
    this.sourceId = Number(
      db
        .prepare(
          `INSERT INTO sources(status, path, file_name, sha256, size, format, format_detail, parser_version, chat_entry,
             custodian, time_zone, time_zone_assumed, date_order, date_order_ambiguous, date_order_locked,
             date_order_evidence, time_basis, imported_at)
           VALUES ('importing', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          meta.path,
          meta.fileName,
          meta.sha256,
          meta.size,
          head.format,
          head.formatDetail,
          head.parserVersion,
          head.chatEntry,
          meta.custodian,
          meta.timeZone,
          meta.timeZoneAssumed ? 1 : 0,
          head.dateOrder.value,
          head.dateOrder.ambiguous ? 1 : 0,
          head.dateOrder.locked ? 1 : 0,
          head.dateOrder.evidence,
          head.timeBasis ?? 'wall_clock',
          Date.now(),
        ).lastInsertRowid,
    );
    this.insertFile = db.prepare('INSERT INTO source_files(source_id, path, sha256, size, role) VALUES (?, ?, ?, ?, ?)');
    for (const f of head.files ?? []) this.declareFile(f);
    this.insertConversation = db.prepare(`INSERT INTO conversations(source_id, title, kind) VALUES (?, ?, 'unknown')`);
    for (const key of head.conversationKeys) this.conversation(key);
    this.insertMessage = db.prepare(insertMessageSql([...PLAIN_MESSAGE_COLUMNS, ...DETAIL_MESSAGE_COLUMNS]));
    // A text line (a WhatsApp export's every row) fills none of the detail columns: binding eleven
    // NULLs a row costs about a tenth of the row write at a million rows.
    this.insertPlainMessage = db.prepare(insertMessageSql(PLAIN_MESSAGE_COLUMNS));
    this.insertAttachment = db.prepare('INSERT INTO attachments(message_id, name, entry, present, sha256, size, source_file_id) VALUES (?, ?, ?, ?, ?, ?, ?)');
    this.insertParticipant = db.prepare('INSERT INTO participants(source_id, name, native_id) VALUES (?, ?, ?)');
    this.insertNoticeParty = db.prepare('INSERT OR IGNORE INTO notice_parties(message_id, role, participant_id) VALUES (?, ?, ?)');
    this.insertEvent = db.prepare(
      `INSERT INTO message_events(conversation_id, kind, target_native_id, target_message_id, actor_id, sent_at, sent_at_local,
         value, native_id, line_start, line_end, record, raw, sent_at_us, target_sent_at_us, detail, source_file_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
  }

  /** The conversation's row id; a conversation is created when its first record arrives. */
  private conversation(key: string): number {
    let id = this.conversationIds.get(key);
    if (id === undefined) {
      id = Number(this.insertConversation.run(this.sourceId, key).lastInsertRowid);
      this.conversationIds.set(key, id);
    }
    return id;
  }

  /**
   * A participant by its own id when the source has one, else by name. Two ids with one display
   * name stay two participants: the second is named `name (id)`.
   */
  private participant(name: string, nativeId: string | null | undefined, countsMessage: boolean): number {
    const ids = nativeId ? this.participantsByNativeId : this.participantsByName;
    const key = nativeId || name;
    let id = ids.get(key);
    if (id === undefined) {
      let shown = name;
      if (this.participantNames.has(shown)) shown = nativeId ? `${name} (${nativeId})` : name;
      for (let n = 2; this.participantNames.has(shown); n++) shown = `${name} (${n})`;
      this.participantNames.add(shown);
      id = Number(this.insertParticipant.run(this.sourceId, shown, nativeId ?? null).lastInsertRowid);
      ids.set(key, id);
    }
    if (countsMessage) this.participantCounts.set(id, (this.participantCounts.get(id) ?? 0) + 1);
    return id;
  }

  private declareFile(f: SourceFileRecord): void {
    if (!this.fileIds.has(f.path)) this.fileIds.set(f.path, Number(this.insertFile.run(this.sourceId, f.path, f.sha256, f.size, f.role).lastInsertRowid));
  }

  private fileId(path: string | null | undefined): number | null {
    if (!path) return null;
    const id = this.fileIds.get(path);
    if (id === undefined) throw new Error(`record names the member file ${path}, which the source did not declare`);
    return id;
  }

  /** Writes one batch in one transaction. */
  writeBatch(batch: RecordBatch | MessageRecord[]): void {
    const { messages, events, files } = Array.isArray(batch) ? { messages: batch, events: [], files: [] } : batch;
    this.unsynced(() => {
      for (const f of files ?? []) this.declareFile(f);
      const written = new Map<string, number>();
      for (const m of messages) {
        const conversationId = this.conversation(m.conversationKey);
        const id = this.writeMessage(conversationId, m);
        if (events.length) written.set(`${m.conversationKey}\u0000${m.seq}`, id);
      }
      for (const e of events) this.writeEvent(e, written);
    });
  }

  /**
   * Commits one batch of an import without waiting for the disk (synchronous = NORMAL; in WAL mode
   * a power cut may lose the last commits, never corrupt the file). A batch need not survive one: a
   * source still being imported is removed when the case is next opened. The pragma is set back
   * before anything else can run, so the import's completion and every reviewer's write still commit
   * with FULL, whose wait for the disk also covers the batches committed before it. At 200,000
   * Wickr records in batches of 256 KB the waits were about 1–1.5 s.
   */
  private unsynced(batch: () => void): void {
    // Inside a transaction the batch is a savepoint, which commits nothing (and SQLite refuses the pragma there).
    if (this.db.inTransaction) return this.db.transaction(batch)();
    this.db.pragma('synchronous = NORMAL');
    try {
      this.db.transaction(batch)();
    } finally {
      this.db.pragma('synchronous = FULL');
    }
  }

  private writeMessage(conversationId: number, m: MessageRecord): number {
    const authorId = m.author === null ? null : this.participant(m.author, m.authorId, true);
    const t = storedTimes(m.instant, m.local, m.withSeconds, this.timeZone);
    const withSeconds = m.withSeconds || m.instant ? 1 : 0;
    // In the order of PLAIN_MESSAGE_COLUMNS, then of DETAIL_MESSAGE_COLUMNS.
    const plain = [conversationId, m.seq, authorId, m.kind, m.subtype, m.body, t.sentAt, t.local, m.stampRaw, m.headerRaw, withSeconds, m.deleted ? 1 : 0, m.edited ? 1 : 0, m.lineStart, m.lineEnd];
    const written = isPlainRow(m, t)
      ? this.insertPlainMessage.run(...plain)
      : this.insertMessage.run(
          ...plain,
          m.nativeId,
          m.replyTo,
          m.record,
          m.ttlSeconds ?? null,
          m.burnOnReadSeconds ?? null,
          m.direction ?? null,
          m.threadParent ?? null,
          m.raw ?? null,
          t.sentAtUs,
          this.fileId(m.memberFile),
          m.contentStatus ?? null,
        );
    const id = Number(written.lastInsertRowid);
    for (const a of m.attachments) {
      this.insertAttachment.run(id, a.name, a.entry, a.present ? 1 : 0, a.sha256, a.size, a.memberFile ? this.fileId(a.memberFile) : null);
    }
    if (m.parties && m.kind === 'system') this.writeNoticeParties(id, m.parties);
    const stats = this.conversationStats.get(conversationId) ?? { count: 0, first: null, last: null, authors: new Set<number>() };
    stats.count++;
    if (t.local) {
      if (stats.first === null || t.local < stats.first) stats.first = t.local;
      if (stats.last === null || t.local > stats.last) stats.last = t.local;
    }
    if (authorId !== null) stats.authors.add(authorId);
    this.conversationStats.set(conversationId, stats);
    this.messageCount++;
    return id;
  }

  /** The people a notice names, as participants of the source (found by name, as authors are), not counted as writing. */
  private writeNoticeParties(messageId: number, parties: NonNullable<MessageRecord['parties']>): void {
    if (parties.actor !== null) this.insertNoticeParty.run(messageId, 'actor', this.participant(parties.actor, null, false));
    for (const target of parties.targets) this.insertNoticeParty.run(messageId, 'target', this.participant(target, null, false));
  }

  private writeEvent(e: EventRecord, written: Map<string, number>): void {
    const conversationId = this.conversation(e.conversationKey);
    const actorId = e.actor === null ? null : this.participant(e.actor, e.actorId, false);
    const t = storedTimes(e.instant, e.local ?? null, true, this.timeZone);
    const target = e.targetSeq === null ? null : (written.get(`${e.conversationKey}\u0000${e.targetSeq}`) ?? null);
    this.insertEvent.run(
      conversationId,
      e.kind,
      e.targetNativeId,
      target,
      actorId,
      t.sentAt,
      t.local,
      e.value,
      e.nativeId,
      e.lineStart,
      e.lineEnd,
      e.record,
      e.raw,
      t.sentAtUs,
      e.targetAtUs,
      e.detail === null ? null : JSON.stringify(e.detail),
      this.fileId(e.memberFile),
    );
    this.eventCount++;
  }

  /** Records what is known after the last record, links events to their targets, then marks the source read. */
  finish(tail: SourceTail, dateOrder: DateOrderDecision): void {
    this.db.transaction(() => {
      const updateConversation = this.db.prepare(
        `UPDATE conversations SET title = ?, kind = ?, native_id = ?, message_count = ?, participant_count = ?, first_local = ?,
           last_local = ?, ttl_seconds = ?, burn_on_read_seconds = ?, platform = ? WHERE id = ?`,
      );
      for (const c of tail.conversations) this.describeConversation(updateConversation, c);
      const counts = this.db.prepare('UPDATE conversations SET message_count = ?, participant_count = ?, first_local = ?, last_local = ? WHERE id = ?');
      const described = new Set(tail.conversations.map((c) => c.key));
      for (const [key, id] of this.conversationIds) {
        if (described.has(key)) continue;
        const stats = this.conversationStats.get(id);
        counts.run(stats?.count ?? 0, stats?.authors.size ?? 0, stats?.first ?? null, stats?.last ?? null, id);
      }
      const updateParticipant = this.db.prepare('UPDATE participants SET message_count = ? WHERE id = ?');
      for (const [id, n] of this.participantCounts) updateParticipant.run(n, id);
      if (this.eventCount) this.linkEvents();
      this.writeWarnings(tail.warnings);
      this.db
        .prepare(
          `UPDATE sources SET preamble = ?, line_count = ?, signals = ?, message_count = ?, date_order = ?,
             date_order_ambiguous = ?, date_order_evidence = ?, caveats = ?, content_nature = ? WHERE id = ?`,
        )
        .run(
          tail.preamble,
          tail.lineCount,
          JSON.stringify(tail.signals),
          this.messageCount,
          dateOrder.value,
          dateOrder.ambiguous ? 1 : 0,
          dateOrder.evidence,
          JSON.stringify(tail.caveats ?? []),
          tail.contentNature ?? 'content',
          this.sourceId,
        );
    })();
  }

  /**
   * Resolves event targets within their conversation, then sets the derived flags on the targets.
   * Rows are written in source order, so the lowest row id is the first message with that id or time;
   * `min(id)` lets SQLite use the (conversation, native id) and (conversation, µs) indexes instead of
   * walking the conversation in seq order for every event.
   */
  private linkEvents(): void {
    const inSource = 'conversation_id IN (SELECT id FROM conversations WHERE source_id = ?)';
    this.db
      .prepare(
        `UPDATE message_events SET target_message_id = (
           SELECT min(m.id) FROM messages m WHERE m.conversation_id = message_events.conversation_id AND m.native_id = message_events.target_native_id)
         WHERE ${inSource} AND target_message_id IS NULL AND target_native_id IS NOT NULL`,
      )
      .run(this.sourceId);
    this.db
      .prepare(
        `UPDATE message_events SET target_message_id = (
           SELECT min(m.id) FROM messages m WHERE m.conversation_id = message_events.conversation_id AND m.sent_at_us = message_events.target_sent_at_us)
         WHERE ${inSource} AND target_message_id IS NULL AND target_sent_at_us IS NOT NULL`,
      )
      .run(this.sourceId);
    for (const [kind, flag] of [
      ['delete', 'deleted'],
      ['edit', 'edited'],
    ] as const) {
      this.db
        .prepare(
          `UPDATE messages SET ${flag} = 1 WHERE id IN (
             SELECT target_message_id FROM message_events WHERE ${inSource} AND kind = ? AND target_message_id IS NOT NULL)`,
        )
        .run(this.sourceId, kind);
    }
  }

  private describeConversation(update: Statement, c: ConversationRecord): void {
    const id = this.conversationIds.get(c.key);
    if (id === undefined) return;
    const stats = this.conversationStats.get(id);
    update.run(
      c.title,
      c.kind,
      c.nativeId,
      stats?.count ?? 0,
      stats?.authors.size ?? 0,
      stats?.first ?? null,
      stats?.last ?? null,
      c.ttlSeconds ?? null,
      c.burnOnReadSeconds ?? null,
      c.platform ?? null,
      id,
    );
  }

  private writeWarnings(warnings: ImportWarning[]): void {
    const insert = this.db.prepare('INSERT INTO source_warnings(source_id, line, code, message) VALUES (?, ?, ?, ?)');
    for (const w of warnings) insert.run(this.sourceId, w.line, w.code, w.message);
  }

  /**
   * Fills the full-text index for this source's messages in batches, after all rows are written.
   * Each batch records how far indexing got, so a removal deletes exactly the entries that exist.
   * Between batches it lets other calls in; `progress` throws to stop it (a cancel).
   */
  async index(progress: (done: number, total: number) => void): Promise<void> {
    const range = this.db
      .prepare(`SELECT min(m.id) AS lo, max(m.id) AS hi FROM messages m JOIN conversations c ON c.id = m.conversation_id WHERE c.source_id = ?`)
      .get(this.sourceId) as { lo: number | null; hi: number | null };
    if (range.lo === null || range.hi === null) return;
    // Each batch reads its span of ids by rowid; the unary + keeps SQLite from walking the whole
    // conversation through its (conversation, seq) index for every batch, which made the fill quadratic.
    const fill = this.db.prepare(
      `INSERT INTO messages_fts(rowid, body)
       SELECT m.id, m.body FROM messages m
       WHERE m.id BETWEEN ? AND ? AND +m.conversation_id IN (SELECT id FROM conversations WHERE source_id = ?)`,
    );
    const mark = this.db.prepare('UPDATE sources SET indexed_through = ? WHERE id = ?');
    const total = range.hi - range.lo + 1;
    for (let lo = range.lo; lo <= range.hi; lo += FTS_BATCH) {
      const hi = Math.min(lo + FTS_BATCH - 1, range.hi);
      this.unsynced(() => {
        fill.run(lo, hi, this.sourceId);
        mark.run(hi, this.sourceId);
      });
      progress(hi - range.lo + 1, total);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  get messagesWritten(): number {
    return this.messageCount;
  }

  get eventsWritten(): number {
    return this.eventCount;
  }

  get conversationsWritten(): number {
    return this.conversationIds.size;
  }
}

/**
 * Removes a source and everything derived from it, index entries included, in one transaction. Freed
 * cells and pages are overwritten with zeros (secure_delete; the full-text index deletes securely
 * since schema 11) rather than left readable in the file.
 */
export function removeSource(db: Db, sourceId: number): void {
  const secure = db.pragma('secure_delete', { simple: true }) as number;
  db.pragma('secure_delete = ON');
  try {
    deleteSource(db, sourceId);
  } finally {
    db.pragma(`secure_delete = ${secure}`);
  }
}

function deleteSource(db: Db, sourceId: number): void {
  db.transaction(() => {
    const row = db.prepare('SELECT indexed_through FROM sources WHERE id = ?').get(sourceId) as { indexed_through: number | null } | undefined;
    if (!row) return;
    if (row.indexed_through !== null) {
      // External-content FTS5 must be told the exact text of each entry it should forget.
      db.prepare(
        `INSERT INTO messages_fts(messages_fts, rowid, body)
         SELECT 'delete', m.id, m.body FROM messages m JOIN conversations c ON c.id = m.conversation_id
         WHERE c.source_id = ? AND m.id <= ?`,
      ).run(sourceId, row.indexed_through);
    }
    db.prepare('DELETE FROM sources WHERE id = ?').run(sourceId);
  })();
}

/**
 * Sources left half-written by a crash are removed when the case is next opened. The file is then
 * rebuilt (VACUUM) and its write-ahead log emptied: secure_delete zeroes freed cells and pages, but
 * rows moved while pages were rebalanced can leave copies in the unused part of a page, and no text
 * of an import that never completed may stay in the file.
 */
export function removeIncompleteSources(db: Db): number[] {
  const ids = (db.prepare("SELECT id FROM sources WHERE status = 'importing'").all() as { id: number }[]).map((r) => r.id);
  if (!ids.length) return ids;
  for (const id of ids) removeSource(db, id);
  db.exec('VACUUM');
  db.pragma('wal_checkpoint(TRUNCATE)');
  return ids;
}
