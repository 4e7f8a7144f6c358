// The index's own tokenizer, for the places the engine must know how the index splits and folds a
// query word (fuzzy terms against the vocabulary, emoji terms), and FTS5's highlight() of a page of
// messages. SQLite's tokenizer runs on a scratch table in the connection's temp schema, configured
// exactly as messages_fts is, so the two cannot drift apart.
import type { Db } from '../case/open';

export class IndexTokenizer {
  private readonly insert;
  private readonly terms;
  private readonly clear;
  private readonly insertAt;
  private readonly highlight;

  constructor(db: Db) {
    const schema = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'messages_fts'").pluck().get() as string;
    const tokenize = /tokenize\s*=\s*("(?:[^"]|"")*"|'(?:[^']|'')*')/i.exec(schema)?.[1];
    if (tokenize === undefined) throw new Error('messages_fts declares no tokenizer');
    db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.threadline_tokenize USING fts5(body, tokenize = ${tokenize});
             CREATE VIRTUAL TABLE IF NOT EXISTS temp.threadline_tokens USING fts5vocab(temp, threadline_tokenize, 'instance');`);
    this.insert = db.prepare('INSERT INTO temp.threadline_tokenize(rowid, body) VALUES (1, ?)');
    this.terms = db.prepare('SELECT term FROM temp.threadline_tokens ORDER BY offset').pluck();
    this.clear = db.prepare('DELETE FROM temp.threadline_tokenize');
    this.insertAt = db.prepare('INSERT INTO temp.threadline_tokenize(rowid, body) VALUES (?, ?)');
    this.highlight = db.prepare('SELECT rowid, highlight(threadline_tokenize, 0, ?, ?) FROM temp.threadline_tokenize WHERE threadline_tokenize MATCH ?').raw();
  }

  /**
   * FTS5's highlight() of each text that matches `fullText`, by id: what the case's index gives for
   * the same message, since a row's highlights depend on its own text and the expression alone. The
   * texts are indexed on their own, so an expression whose matches cost much to find in the whole
   * index (a prefix of thousands of words) costs a page of messages.
   */
  highlighted(fullText: string, texts: { id: number; body: string }[], open: string, close: string): Map<number, string> {
    try {
      for (const { id, body } of texts) this.insertAt.run(id, body);
      return new Map(this.highlight.all(open, close, fullText) as [number, string][]);
    } finally {
      this.clear.run();
    }
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
