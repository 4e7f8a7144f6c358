// Searches a reviewer keeps in the case, by name, with who saved them and when. Saving and deleting
// are reviewer decisions, so both go to the audit log.
import { ApiError, type SavedSearch } from '../../../shared/api';
import { appendAudit, defaultActor } from '../audit/log';
import type { Db } from '../case/open';

interface SavedRow {
  id: number;
  name: string;
  query: string;
  created_at: number;
  actor: string;
}

const toSaved = (r: SavedRow): SavedSearch => ({ id: r.id, name: r.name, query: r.query, createdAt: r.created_at, actor: r.actor });

export class SavedSearches {
  /** `check` refuses a query that does not parse, with its message. */
  constructor(
    private readonly db: Db,
    private readonly check: (query: string) => void,
  ) {}

  list(): SavedSearch[] {
    return (this.db.prepare('SELECT id, name, query, created_at, actor FROM saved_searches ORDER BY name COLLATE NOCASE, id').all() as SavedRow[]).map(toSaved);
  }

  save(name: string, query: string): SavedSearch {
    const trimmed = name.trim();
    if (trimmed === '') throw new ApiError('invalid_argument', 'A saved search needs a name.');
    this.check(query);
    const actor = defaultActor(this.db);
    return this.db.transaction(() => {
      if (this.db.prepare('SELECT 1 FROM saved_searches WHERE name = ?').get(trimmed)) {
        throw new ApiError('invalid_argument', `A saved search is already named “${trimmed}”; choose another name or delete that one first.`);
      }
      const row = this.db
        .prepare('INSERT INTO saved_searches(name, query, created_at, actor) VALUES (?, ?, ?, ?) RETURNING id, name, query, created_at, actor')
        .get(trimmed, query, Date.now(), actor) as SavedRow;
      appendAudit(this.db, 'search.saved', { id: row.id, name: row.name, query: row.query }, actor);
      return toSaved(row);
    })();
  }

  delete(id: number): { deleted: boolean } {
    return this.db.transaction(() => {
      const row = this.db.prepare('DELETE FROM saved_searches WHERE id = ? RETURNING id, name, query').get(id) as Pick<SavedRow, 'id' | 'name' | 'query'> | undefined;
      if (row) appendAudit(this.db, 'search.deleted', row);
      return { deleted: row !== undefined };
    })();
  }
}
