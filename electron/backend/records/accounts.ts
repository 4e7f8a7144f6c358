// Whose account a source is, and whether official or personal: the reviewer's marking, written to
// the audit log, that the records lens (RK-1) reads.
import { ApiError } from '../../../shared/api';
import type { SourceAccount } from '../../../shared/model';
import { appendAudit } from '../audit/log';
import type { Db } from '../case/open';

/** Who wrote in a source, most active first: the names a holder can be chosen from. */
export function sourceAuthors(db: Db, sourceId: number): { name: string; messages: number }[] {
  if (!db.prepare(`SELECT 1 FROM sources WHERE id = ? AND status = 'complete'`).get(sourceId)) throw new ApiError('not_found', `There is no source ${sourceId} in this case.`);
  return db
    .prepare(
      `SELECT p.name, count(*) AS messages FROM messages m JOIN conversations c ON c.id = m.conversation_id JOIN participants p ON p.id = m.author_id
       WHERE c.source_id = ? GROUP BY p.name ORDER BY messages DESC, p.name`,
    )
    .all(sourceId) as { name: string; messages: number }[];
}

/** Marks (or, with null, unmarks) a source's account. The holder must be someone who wrote in it. */
export function markSourceAccount(db: Db, sourceId: number, account: SourceAccount | null, actor: string): void {
  const source = db.prepare(`SELECT file_name AS fileName, account_kind AS kind, account_holder AS holder FROM sources WHERE id = ? AND status = 'complete'`).get(sourceId) as
    | { fileName: string; kind: string | null; holder: string | null }
    | undefined;
  if (!source) throw new ApiError('not_found', `There is no source ${sourceId} in this case.`);
  if (account?.holder != null) {
    const authors = sourceAuthors(db, sourceId).map((a) => a.name);
    if (!authors.includes(account.holder)) {
      throw new ApiError('invalid_argument', `${account.holder} wrote no message in ${source.fileName}; the holder is one of: ${authors.slice(0, 12).join(', ') || 'nobody (the source has no authored messages)'}.`);
    }
  }
  db.transaction(() => {
    db.prepare('UPDATE sources SET account_kind = ?, account_holder = ? WHERE id = ?').run(account?.kind ?? null, account?.holder ?? null, sourceId);
    appendAudit(db, 'source.account_marked', { sourceId, file: source.fileName, before: source.kind === null ? null : { kind: source.kind, holder: source.holder }, after: account }, actor);
  })();
}

/** The sources whose records-lens findings depend on the accounts: every personal one. */
export function personalSourceIds(db: Db): number[] {
  return db.prepare(`SELECT id FROM sources WHERE account_kind = 'personal' AND status = 'complete' ORDER BY id`).pluck().all() as number[];
}
