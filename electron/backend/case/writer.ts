// Writes one source's normalized records into the case (design.md §4): prepared statements, one
// transaction per batch, the full-text index filled once after the rows, and a clean removal when an
// import is cancelled or fails, so the case is left exactly as it was.
import type { DateOrderDecision, ImportWarning } from '../../../shared/model';
import type { ConversationRecord, MessageRecord, SourceHead, SourceTail } from '../importers/types';
import { formatLocalIso, localToUtc } from '../time/zone';
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

export class SourceWriter {
  private readonly insertMessage;
  private readonly insertAttachment;
  private readonly insertParticipant;
  private readonly conversationIds = new Map<string, number>();
  private readonly participantIds = new Map<string, number>();
  private readonly participantCounts = new Map<number, number>();
  private readonly conversationStats = new Map<number, { count: number; first: string | null; last: string | null; authors: Set<number> }>();
  private messageCount = 0;
  readonly sourceId: number;

  constructor(
    private readonly db: Db,
    meta: SourceMeta,
    head: SourceHead,
  ) {
    this.sourceId = Number(
      db
        .prepare(
          `INSERT INTO sources(status, path, file_name, sha256, size, format, format_detail, parser_version, chat_entry,
             custodian, time_zone, time_zone_assumed, date_order, date_order_ambiguous, date_order_locked,
             date_order_evidence, imported_at)
           VALUES ('importing', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
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
          Date.now(),
        ).lastInsertRowid,
    );
    const insertConversation = db.prepare(`INSERT INTO conversations(source_id, title, kind) VALUES (?, ?, 'unknown')`);
    for (const key of head.conversationKeys) {
      this.conversationIds.set(key, Number(insertConversation.run(this.sourceId, key).lastInsertRowid));
    }
    this.insertMessage = db.prepare(
      `INSERT INTO messages(conversation_id, seq, author_id, kind, subtype, body, sent_at, sent_at_local, stamp_raw,
         header_raw, with_seconds, native_id, reply_to, deleted, edited, line_start, line_end, record)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.insertAttachment = db.prepare('INSERT INTO attachments(message_id, name, entry, present, sha256, size) VALUES (?, ?, ?, ?, ?, ?)');
    this.insertParticipant = db.prepare('INSERT INTO participants(source_id, name) VALUES (?, ?)');
    this.timeZone = meta.timeZone;
  }

  private readonly timeZone: string;

  private participant(name: string): number {
    let id = this.participantIds.get(name);
    if (id === undefined) {
      id = Number(this.insertParticipant.run(this.sourceId, name).lastInsertRowid);
      this.participantIds.set(name, id);
    }
    this.participantCounts.set(id, (this.participantCounts.get(id) ?? 0) + 1);
    return id;
  }

  /** Writes one batch in one transaction. */
  writeBatch(batch: MessageRecord[]): void {
    this.db.transaction(() => {
      for (const m of batch) {
        const conversationId = this.conversationIds.get(m.conversationKey);
        if (conversationId === undefined) throw new Error(`message for unknown conversation ${m.conversationKey}`);
        const authorId = m.author === null ? null : this.participant(m.author);
        const local = m.local ? formatLocalIso(m.local, m.withSeconds) : null;
        const sentAt = m.local ? localToUtc(m.local, this.timeZone) : null;
        const id = this.insertMessage.run(
          conversationId,
          m.seq,
          authorId,
          m.kind,
          m.subtype,
          m.body,
          sentAt,
          local,
          m.stampRaw,
          m.headerRaw,
          m.withSeconds ? 1 : 0,
          m.nativeId,
          m.replyTo,
          m.deleted ? 1 : 0,
          m.edited ? 1 : 0,
          m.lineStart,
          m.lineEnd,
          m.record,
        ).lastInsertRowid;
        for (const a of m.attachments) {
          this.insertAttachment.run(id, a.name, a.entry, a.present ? 1 : 0, a.sha256, a.size);
        }
        const stats = this.conversationStats.get(conversationId) ?? { count: 0, first: null, last: null, authors: new Set<number>() };
        stats.count++;
        if (local) {
          if (stats.first === null || local < stats.first) stats.first = local;
          if (stats.last === null || local > stats.last) stats.last = local;
        }
        if (authorId !== null) stats.authors.add(authorId);
        this.conversationStats.set(conversationId, stats);
        this.messageCount++;
      }
    })();
  }

  /** Records what is known after the last message, then marks the source complete. */
  finish(tail: SourceTail, dateOrder: DateOrderDecision): void {
    this.db.transaction(() => {
      const updateConversation = this.db.prepare(
        'UPDATE conversations SET title = ?, kind = ?, native_id = ?, message_count = ?, participant_count = ?, first_local = ?, last_local = ? WHERE id = ?',
      );
      for (const c of tail.conversations) this.describeConversation(updateConversation, c);
      const updateParticipant = this.db.prepare('UPDATE participants SET message_count = ? WHERE id = ?');
      for (const [id, n] of this.participantCounts) updateParticipant.run(n, id);
      this.writeWarnings(tail.warnings);
      this.db
        .prepare(
          `UPDATE sources SET preamble = ?, line_count = ?, signals = ?, message_count = ?, date_order = ?,
             date_order_ambiguous = ?, date_order_evidence = ? WHERE id = ?`,
        )
        .run(
          tail.preamble,
          tail.lineCount,
          JSON.stringify(tail.signals),
          this.messageCount,
          dateOrder.value,
          dateOrder.ambiguous ? 1 : 0,
          dateOrder.evidence,
          this.sourceId,
        );
    })();
  }

  private describeConversation(update: Statement, c: ConversationRecord): void {
    const id = this.conversationIds.get(c.key);
    if (id === undefined) return;
    const stats = this.conversationStats.get(id);
    update.run(c.title, c.kind, c.nativeId, stats?.count ?? 0, stats?.authors.size ?? 0, stats?.first ?? null, stats?.last ?? null, id);
  }

  private writeWarnings(warnings: ImportWarning[]): void {
    const insert = this.db.prepare('INSERT INTO source_warnings(source_id, line, code, message) VALUES (?, ?, ?, ?)');
    for (const w of warnings) insert.run(this.sourceId, w.line, w.code, w.message);
  }

  /**
   * Fills the full-text index for this source's messages in batches, after all rows are written.
   * Each batch records how far indexing got, so a removal deletes exactly the entries that exist.
   */
  index(progress: (done: number, total: number) => void, isCancelled: () => boolean): void {
    const range = this.db
      .prepare(`SELECT min(m.id) AS lo, max(m.id) AS hi FROM messages m JOIN conversations c ON c.id = m.conversation_id WHERE c.source_id = ?`)
      .get(this.sourceId) as { lo: number | null; hi: number | null };
    if (range.lo === null || range.hi === null) return;
    const fill = this.db.prepare(
      `INSERT INTO messages_fts(rowid, body)
       SELECT m.id, m.body FROM messages m JOIN conversations c ON c.id = m.conversation_id
       WHERE m.id BETWEEN ? AND ? AND c.source_id = ?`,
    );
    const mark = this.db.prepare('UPDATE sources SET indexed_through = ? WHERE id = ?');
    const total = range.hi - range.lo + 1;
    for (let lo = range.lo; lo <= range.hi; lo += FTS_BATCH) {
      if (isCancelled()) return;
      const hi = Math.min(lo + FTS_BATCH - 1, range.hi);
      this.db.transaction(() => {
        fill.run(lo, hi, this.sourceId);
        mark.run(hi, this.sourceId);
      })();
      progress(hi - range.lo + 1, total);
    }
  }

  get messagesWritten(): number {
    return this.messageCount;
  }
}

/** Removes a source and everything derived from it, index entries included, in one transaction. */
export function removeSource(db: Db, sourceId: number): void {
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

/** Sources left half-written by a crash are removed when the case is next opened. */
export function removeIncompleteSources(db: Db): number[] {
  const ids = (db.prepare("SELECT id FROM sources WHERE status = 'importing'").all() as { id: number }[]).map((r) => r.id);
  for (const id of ids) removeSource(db, id);
  return ids;
}
