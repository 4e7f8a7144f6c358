// The stored-content digest is read a page at a time as SQLite's own bytes (electron/backend/audit/
// digest.ts). Its value must be the one of its definition (docs/security.md, tamper evidence): each
// row's JSON array on a line, hashed in id order. Here a plain reading of that definition, row by row,
// is the oracle, on a chat of more than one page with notices naming who acted on whom, in both
// digest versions; and SQLite's testing switch that reverses the order of unordered reads must not
// change it, so the order comes from the query, not from how SQLite happens to scan.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../electron/backend/case/open';
import { DIGEST_PARTS, DIGEST_VERSIONS, storedDigest } from '../../electron/backend/audit/digest';
import { openEngine } from '../support/engines';
import { androidChat, tempDir, writeText } from '../support/temp';

/** The digest as defined: every row of every table the version covers, one line each, in order. */
function digestRowByRow(db: Db, sourceId: number, version: number): string {
  const hash = createHash('sha256');
  for (const part of DIGEST_PARTS) {
    if ((part.since ?? 1) > version) continue;
    hash.update(`${part.table}\n`);
    const owned = part.inConversations ? `${part.owner} IN (SELECT id FROM conversations WHERE source_id = ?)` : `${part.owner} = ?`;
    const rows = db.prepare(`SELECT json_array(${part.columns}) FROM ${part.from} WHERE ${owned} ORDER BY ${part.order ?? part.id}`).pluck().all(sourceId) as string[];
    for (const row of rows) hash.update(`${row}\n`);
  }
  return hash.digest('hex');
}

const NOTICES = [
  '01/03/2023, 08:55 - Ana Ruiz created group "Boat Club"',
  '01/03/2023, 08:56 - Ana Ruiz added Ben Okafor',
  '01/03/2023, 08:57 - Ana Ruiz added Carl Day, Dee Fox and Eli Moss',
  '01/03/2023, 08:58 - Ben Okafor: quotes "like this", a tab\there, a backslash \\ and é, 😀',
];

describe('the stored-content digest', () => {
  it('is the digest of its definition, read row by row, in every version and whatever order SQLite scans in', async () => {
    const dir = tempDir();
    const engine = openEngine();
    // More than one page of 20,000 messages, so that pages are joined.
    const chat = androidChat(20_050).replace('\n', `\n${NOTICES.join('\n')}\n`);
    await engine.runImport({ paths: [writeText(dir, 'chat.txt', chat)], timeZone: 'UTC' }).done;
    const db = engine.caseFile.writer;
    const sourceId = db.prepare('SELECT id FROM sources').pluck().get() as number;
    expect(db.prepare('SELECT count(*) FROM messages').pluck().get()).toBeGreaterThan(20_000);
    expect(db.prepare('SELECT count(*) FROM notice_parties').pluck().get()).toBeGreaterThan(3);
    for (const version of DIGEST_VERSIONS) {
      const expected = digestRowByRow(db, sourceId, version);
      expect(storedDigest(db, sourceId, version)).toBe(expected);
      db.pragma('reverse_unordered_selects = ON');
      expect(storedDigest(db, sourceId, version)).toBe(expected);
      db.pragma('reverse_unordered_selects = OFF');
    }
  });
});
