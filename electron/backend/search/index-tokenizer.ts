// The index's own tokenizer, for the places the engine must know how the index splits and folds a
// query word (fuzzy terms against the vocabulary, emoji terms). SQLite's tokenizer runs on a scratch
// table in the connection's temp schema, configured exactly as messages_fts is, so the two cannot
// drift apart.
import type { Db } from '../case/open';

export class IndexTokenizer {
  private readonly insert;
  private readonly terms;
  private readonly clear;

  constructor(db: Db) {
    const schema = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'messages_fts'").pluck().get() as string;
    const tokenize = /tokenize\s*=\s*("(?:[^"]|"")*"|'(?:[^']|'')*')/i.exec(schema)?.[1];
    if (tokenize === undefined) throw new Error('messages_fts declares no tokenizer');
    db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.threadline_tokenize USING fts5(body, tokenize = ${tokenize});
             CREATE VIRTUAL TABLE IF NOT EXISTS temp.threadline_tokens USING fts5vocab(temp, threadline_tokenize, 'instance');`);
    this.insert = db.prepare('INSERT INTO temp.threadline_tokenize(rowid, body) VALUES (1, ?)');
    this.terms = db.prepare('SELECT term FROM temp.threadline_tokens ORDER BY offset').pluck();
    this.clear = db.prepare('DELETE FROM temp.threadline_tokenize');
  }

  /** The index terms of `text`, in order, folded as the index folds them. */
  tokens(text: string): string[] {
    this.insert.run(text);
    try {
      return this.terms.all() as string[];
    } finally {
      this.clear.run();
    }
  }
}

/** A token without letters or digits: an emoji or another symbol (©, ™). */
export function isSymbolToken(token: string): boolean {
  return !/[\p{L}\p{N}]/u.test(token);
}
