// Notes on messages, conversation-days, conversations and findings: plain text with its author and
// time. An edit keeps every earlier text (note_versions); removing a note hides it and keeps it. The
// current text of live notes is indexed (notes_fts) for note: searches.
import { ApiError } from '../../../shared/api';
import type { NoteInfo, NoteScope, NoteTarget, NoteVersion } from '../../../shared/review';
import { appendAudit } from '../audit/log';
import type { Db, Writer } from '../case/open';
import { findingById } from './finding-reviews';
import { requireConversation } from '../case/queries';
import { daySpan, requireMessages } from './scopes';

interface NoteRow {
  id: number;
  scope: NoteScope;
  message_id: number | null;
  conversation_id: number | null;
  day: string | null;
  finding_key: string | null;
  text: string;
  reviewer: string;
  created_at: number;
  edited_at: number | null;
  removed_at: number | null;
}

function history(db: Db, noteId: number): NoteVersion[] {
  return db.prepare('SELECT version, text, reviewer, at FROM note_versions WHERE note_id = ? ORDER BY version').all(noteId) as NoteVersion[];
}

function toNote(db: Db, r: NoteRow): NoteInfo {
  return {
    id: r.id,
    scope: r.scope,
    messageId: r.message_id,
    conversationId: r.conversation_id,
    day: r.day,
    findingKey: r.finding_key,
    text: r.text,
    reviewer: r.reviewer,
    createdAt: r.created_at,
    editedAt: r.edited_at,
    removed: r.removed_at !== null,
    history: history(db, r.id),
  };
}

export function noteById(db: Db, id: number): NoteInfo {
  const row = db.prepare('SELECT * FROM notes WHERE id = ?').get(id) as NoteRow | undefined;
  if (!row) throw new ApiError('not_found', `There is no note ${id} in this case.`);
  return toNote(db, row);
}

/** Where a note sits, as its columns. */
function placeOf(db: Db, target: NoteTarget): { message_id: number | null; conversation_id: number | null; day: string | null; finding_key: string | null } {
  switch (target.scope) {
    case 'message': {
      requireMessages(db, [target.messageId]);
      const conversation = db.prepare('SELECT conversation_id FROM messages WHERE id = ?').pluck().get(target.messageId) as number;
      return { message_id: target.messageId, conversation_id: conversation, day: null, finding_key: null };
    }
    case 'day':
      daySpan(db, target.conversationId, target.day);
      return { message_id: null, conversation_id: target.conversationId, day: target.day, finding_key: null };
    case 'conversation':
      requireConversation(db, target.conversationId);
      return { message_id: null, conversation_id: target.conversationId, day: null, finding_key: null };
    case 'finding': {
      const finding = findingById(db, target.findingId);
      return { message_id: null, conversation_id: finding.conversationId, day: null, finding_key: finding.key };
    }
  }
}

/** Live notes on a target (with removed ones when asked), oldest first. */
export function listNotes(db: Db, target: NoteTarget, opts: { removed?: boolean } = {}): NoteInfo[] {
  const place = placeOf(db, target);
  const rows = db
    .prepare(
      `SELECT * FROM notes WHERE scope = ? AND message_id IS ? AND conversation_id IS ? AND day IS ? AND finding_key IS ? ${opts.removed ? '' : 'AND removed_at IS NULL'} ORDER BY id`,
    )
    .all(target.scope, place.message_id, place.conversation_id, place.day, place.finding_key) as NoteRow[];
  return rows.map((r) => toNote(db, r));
}

export function addNote(db: Writer, target: NoteTarget, text: string, reviewer: string): NoteInfo {
  const place = placeOf(db, target);
  const now = Date.now();
  const id = Number(
    db
      .prepare('INSERT INTO notes(scope, message_id, conversation_id, day, finding_key, text, reviewer, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(target.scope, place.message_id, place.conversation_id, place.day, place.finding_key, text, reviewer, now).lastInsertRowid,
  );
  db.prepare('INSERT INTO note_versions(note_id, version, text, reviewer, at) VALUES (?, 1, ?, ?, ?)').run(id, text, reviewer, now);
  db.prepare('INSERT INTO notes_fts(rowid, text) VALUES (?, ?)').run(id, text);
  appendAudit(db, 'note.add', { noteId: id, target, after: text }, reviewer);
  return noteById(db, id);
}

export function editNote(db: Writer, id: number, text: string, reviewer: string): NoteInfo {
  const before = noteById(db, id);
  if (before.removed) throw new ApiError('invalid_argument', `Note ${id} was removed; add a new note instead.`);
  if (before.text === text) return before;
  const now = Date.now();
  db.prepare('UPDATE notes SET text = ?, edited_at = ? WHERE id = ?').run(text, now, id);
  db.prepare('INSERT INTO note_versions(note_id, version, text, reviewer, at) VALUES (?, ?, ?, ?, ?)').run(id, before.history.length + 1, text, reviewer, now);
  db.prepare('DELETE FROM notes_fts WHERE rowid = ?').run(id);
  db.prepare('INSERT INTO notes_fts(rowid, text) VALUES (?, ?)').run(id, text);
  appendAudit(db, 'note.edit', { noteId: id, before: before.text, after: text }, reviewer);
  return noteById(db, id);
}

export function removeNote(db: Writer, id: number, reviewer: string): NoteInfo {
  const before = noteById(db, id);
  if (before.removed) return before;
  db.prepare('UPDATE notes SET removed_at = ? WHERE id = ?').run(Date.now(), id);
  db.prepare('DELETE FROM notes_fts WHERE rowid = ?').run(id);
  appendAudit(db, 'note.remove', { noteId: id, before: before.text }, reviewer);
  return noteById(db, id);
}
