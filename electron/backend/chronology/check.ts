// The chronology's check of itself against the case, run before every export: a cited message a
// later import marked deleted (or that the case no longer holds), a cited source whose file no
// longer matches the hash it was imported with (the verify code, audit/verify-sources.ts), a
// cited message coded Privileged, and a cited conversation-day whose conversation is gone. Each is a
// warning on the export's cover, never a silent drop.
import type { ChronologyEntry, ChronologyWarning } from '../../../shared/chronology';
import type { Db } from '../case/open';
import { verifySources } from '../audit/verify-sources';
import { tagsOfMessages } from '../review/scopes';

const PRIVILEGED = /^privileged$/i;

function citedIds(e: ChronologyEntry): number[] {
  return e.evidence.kind === 'messages' ? e.evidence.messageIds : e.citations.map((c) => c.messageId);
}

export async function checkEntries(db: Db, entries: readonly ChronologyEntry[]): Promise<ChronologyWarning[]> {
  const warnings: ChronologyWarning[] = [];
  const ids = [...new Set(entries.flatMap(citedIds))];
  const deleted = new Set(db.prepare('SELECT id FROM messages WHERE deleted = 1 AND id IN (SELECT value FROM json_each(?))').pluck().all(JSON.stringify(ids)) as number[]);
  const privileged = new Set(ids.length === 0 ? [] : tagsOfMessages(db, ids).filter((m) => m.tags.some((t) => !t.overridden && PRIVILEGED.test(t.name))).map((m) => m.messageId));
  const changed = new Map((await verifySources(db)).sources.filter((s) => s.status !== 'unchanged' || s.members.length > 0).map((s) => [s.id, s]));
  const conversationExists = db.prepare('SELECT 1 FROM conversations WHERE id = ?').pluck();
  for (const e of entries) {
    if (e.evidence.kind === 'day' && !conversationExists.get(e.evidence.conversationId)) {
      warnings.push({ entryId: e.id, kind: 'conversation_missing', text: `Entry ${e.id} cites a day of conversation ${e.evidence.conversationId}, which is no longer in the case.` });
    }
    const present = new Set(e.citations.map((c) => c.messageId));
    // A finding's messages are its evidence of a deletion, and a message deleted when cited was known to be.
    const knownDeleted = new Set(e.evidence.kind === 'messages' ? e.evidence.deletedWhenCited : e.citations.map((c) => c.messageId));
    for (const id of citedIds(e)) {
      if (!present.has(id)) warnings.push({ entryId: e.id, kind: 'message_missing', text: `Entry ${e.id} cites message ${id}, which is no longer in the case.` });
      else if (deleted.has(id) && !knownDeleted.has(id)) warnings.push({ entryId: e.id, kind: 'message_deleted', text: `Entry ${e.id} cites message ${id}, which an import has since marked deleted.` });
      if (privileged.has(id)) warnings.push({ entryId: e.id, kind: 'privileged', text: `Entry ${e.id} cites message ${id}, which is tagged Privileged.` });
    }
    for (const sourceId of new Set(e.citations.map((c) => c.sourceId))) {
      const check = changed.get(sourceId);
      if (check) warnings.push({ entryId: e.id, kind: 'source_changed', text: `Entry ${e.id} cites ${check.path}, which no longer matches its SHA-256 ${check.expected} (${check.status}).` });
    }
  }
  return warnings;
}
