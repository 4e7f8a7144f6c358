// The postings read from the full-text index's pages (index-postings.ts) are FTS5's own, word for
// word: every term of indexes made to strain the reader (pages of 64 bytes so that doclists and
// position lists run on over many pages, many segments, rows deleted and changed with and without
// secure-delete, words of other scripts and words that share a beginning) is compared with
// fts5vocab's list of occurrences.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { IndexPostings, type Postings } from '../../electron/backend/search/index-postings';
import { seededRandom } from '../../scripts/seeded-random';

const WORDS = ['the', 'then', 'th', 'there', 'permit', 'permits', 'café', 'cafe', 'straße', 'خبر', '会议', 'οδός', 'a', 'zz', 'x9'];

/** An index shaped as a case's: one column, the case's tokenizer, secure-delete as every case sets it. */
function index(options: { secureDelete: boolean; pageSize: number }): Database.Database {
  const db = new Database(':memory:');
  db.exec(`CREATE VIRTUAL TABLE messages_fts USING fts5(body, tokenize = "unicode61 remove_diacritics 2 categories 'L* N* Co So'")`);
  db.exec(`INSERT INTO messages_fts(messages_fts, rank) VALUES ('pgsz', ${options.pageSize})`);
  if (options.secureDelete) db.exec(`INSERT INTO messages_fts(messages_fts, rank) VALUES ('secure-delete', 1)`);
  return db;
}

/**
 * A body of words drawn mostly from the first few (a long tail, as in speech); sometimes one word
 * many times over (a position list longer than a page), sometimes a long body (rare words far
 * apart: positions of two bytes).
 */
function body(random: () => number): string {
  if (random() < 0.02) return Array.from({ length: 300 + Math.floor(random() * 400) }, () => 'the').join(' ');
  const length = random() < 0.03 ? 150 + Math.floor(random() * 300) : 1 + Math.floor(random() * 12);
  return Array.from({ length }, () => WORDS[Math.floor(WORDS.length * random() ** 2)]!).join(' ');
}

function fill(db: Database.Database, seed: number, rows: number, transactions: number): void {
  const random = seededRandom(seed);
  const insert = db.prepare('INSERT INTO messages_fts(rowid, body) VALUES (?, ?)');
  const perTransaction = Math.ceil(rows / transactions);
  for (let first = 1; first <= rows; first += perTransaction) {
    db.transaction(() => {
      for (let id = first; id < first + perTransaction && id <= rows; id++) insert.run(id, body(random));
    })();
  }
}

/** FTS5's own answer: fts5vocab's occurrences of the term, one row each, counted per message. */
function vocabPostings(db: Database.Database, term: string): { ids: number[]; counts: number[] } {
  const ids: number[] = [];
  const counts: number[] = [];
  for (const doc of db.prepare('SELECT doc FROM temp.occurrences WHERE term = ? ORDER BY doc').pluck().iterate(term) as Iterable<number>) {
    if (ids[ids.length - 1] === doc) counts[counts.length - 1]!++;
    else {
      ids.push(doc);
      counts.push(1);
    }
  }
  return { ids, counts };
}

function plain(postings: Postings | null): { ids: number[]; counts: number[] } | null {
  return postings === null ? null : { ids: [...postings.ids], counts: [...postings.counts] };
}

function expectEveryTermAsFts5(db: Database.Database): number {
  db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.occurrences USING fts5vocab(main, messages_fts, 'instance')");
  db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.terms USING fts5vocab(main, messages_fts, 'row')");
  const reader = new IndexPostings(db);
  const terms = db.prepare('SELECT term FROM temp.terms').pluck().all() as string[];
  for (const term of [...terms, 'absent', 'thex', 'ta', '']) expect(plain(reader.fromPages(term)), term).toEqual(vocabPostings(db, term));
  return terms.length;
}

function segments(db: Database.Database): number {
  return db.prepare('SELECT count(DISTINCT segid) FROM messages_fts_idx').pluck().get() as number;
}

describe('postings read from the index pages', () => {
  it('are fts5vocab’s for every term, across pages of 64 bytes and many segments', () => {
    const db = index({ secureDelete: true, pageSize: 64 });
    fill(db, 11, 3000, 40);
    expect(segments(db)).toBeGreaterThan(1);
    expect(expectEveryTermAsFts5(db)).toBeGreaterThanOrEqual(WORDS.length - 2);
  });

  it('stay fts5vocab’s after rows are deleted and changed (secure-delete, as in every case)', () => {
    const db = index({ secureDelete: true, pageSize: 128 });
    fill(db, 12, 2000, 25);
    const random = seededRandom(13);
    db.transaction(() => {
      for (let id = 1; id <= 2000; id += 7) db.prepare('DELETE FROM messages_fts WHERE rowid = ?').run(id);
      for (let id = 3; id <= 2000; id += 11) db.prepare('UPDATE messages_fts SET body = ? WHERE rowid = ?').run(body(random), id);
    })();
    expectEveryTermAsFts5(db);
  });

  it('are fts5vocab’s after the index is merged into one segment, at the default page size', () => {
    const db = index({ secureDelete: true, pageSize: 4050 });
    fill(db, 14, 5000, 10);
    db.exec("INSERT INTO messages_fts(messages_fts) VALUES ('optimize')");
    expect(segments(db)).toBe(1);
    expectEveryTermAsFts5(db);
  });

  it('are fts5vocab’s where deletions left markers in newer segments (a case indexed before secure-delete)', () => {
    const db = index({ secureDelete: false, pageSize: 128 });
    fill(db, 15, 1500, 5);
    const random = seededRandom(16);
    for (let round = 0; round < 3; round++) {
      db.transaction(() => {
        for (let id = 1 + round; id <= 1500; id += 5) db.prepare('DELETE FROM messages_fts WHERE rowid = ?').run(id);
        for (let id = 2 + round; id <= 1500; id += 9) db.prepare('UPDATE messages_fts SET body = ? WHERE rowid = ?').run(body(random), id);
      })();
    }
    expectEveryTermAsFts5(db);
  });

  it('are not read from an index whose segments carry tombstones (contentless-delete): fts5vocab gives them', () => {
    const db = new Database(':memory:');
    db.exec(`CREATE VIRTUAL TABLE messages_fts USING fts5(body, content = '', contentless_delete = 1)`);
    fill(db, 17, 800, 4);
    db.prepare('DELETE FROM messages_fts WHERE rowid = ?').run(5);
    const reader = new IndexPostings(db);
    expect(reader.fromPages('the')).toBeNull();
    db.exec("CREATE VIRTUAL TABLE temp.occurrences USING fts5vocab(main, messages_fts, 'instance')");
    expect(plain(reader.read('the'))).toEqual(vocabPostings(db, 'the'));
    expect(reader.read('the').ids.length).toBeGreaterThan(100);
  });

  it('are empty for an empty index', () => {
    const db = index({ secureDelete: true, pageSize: 4050 });
    expect(plain(new IndexPostings(db).fromPages('the'))).toEqual({ ids: [], counts: [] });
  });
});
