// The index's vocabulary is read a few milliseconds at a time, handing the engine back between steps,
// and a reading cut into many steps holds exactly the words (and their message counts) of one read whole.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { Vocabulary } from '../../electron/backend/search/vocabulary';

function indexOf(bodies: string[]): Database.Database {
  const db = new Database(':memory:');
  db.exec(`CREATE VIRTUAL TABLE messages_fts USING fts5(body, tokenize = "unicode61 remove_diacritics 2 categories 'L* N* Co So'")`);
  const insert = db.prepare('INSERT INTO messages_fts(rowid, body) VALUES (?, ?)');
  bodies.forEach((body, i) => insert.run(i + 1, body));
  return db;
}

const words = Array.from({ length: 300 }, (_, i) => `w${i.toString(36)}x`);
const bodies = Array.from({ length: 900 }, (_, i) => `${words[i % 300]} ${words[(i * 7) % 300]} meeting 🔥${i % 3 === 0 ? ' great🔥' : ''}`);

describe('the vocabulary, read in steps', () => {
  it('hands the event loop back between steps and holds the same words and counts as one reading', async () => {
    const stepped = new Vocabulary(indexOf(bodies), 0);
    let turned = false;
    const loading = stepped.load('state');
    setImmediate(() => (turned = true));
    await loading;
    expect(turned).toBe(true);

    const whole = new Vocabulary(indexOf(bodies));
    let wholeTurned = false;
    const wholeLoading = whole.load('state');
    setImmediate(() => (wholeTurned = true));
    await wholeLoading;
    expect(wholeTurned).toBe(false);

    for (const symbol of ['', '🔥', 'w1']) expect(stepped.containing(symbol, 'state'), symbol).toEqual(whole.containing(symbol, 'state'));
    expect(stepped.containing('', 'state').used).toHaveLength(words.length + 3);
    expect(stepped.similar('meetnig', 'state')).toEqual({ used: ['meeting'], omitted: 0 });
  });
});
