// Issue 16 end to end: a large iOS group imported into a case. Admin deletions are stored as deletions
// on record (a delete event by the admin on each tombstone), and the gap rule R1 (WA-1) names the admin.
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { openEngine } from '../support/engines';
import { tempDir, writeText } from '../support/temp';
import { LARGE_GROUP, largeGroupAuthors, largeGroupChat } from '../fixtures/whatsapp-group';

it('a 500-member group: authors, system lines, and admin deletions with the admin as actor', async () => {
  const dir = tempDir();
  const engine = openEngine(join(dir, 'c.threadline'));
  const chat = largeGroupChat();
  await engine.runImport({ paths: [writeText(dir, 'WhatsApp Chat - Harbour Rowing Club.txt', chat.text)], timeZone: 'UTC', dateOrder: 'DMY' }).done;
  const db = engine.caseFile.writer;
  const authors = db.prepare(`SELECT DISTINCT p.name FROM messages m JOIN participants p ON p.id = m.author_id ORDER BY p.name`).pluck().all();
  expect(authors).toEqual([...largeGroupAuthors()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  expect(db.prepare(`SELECT line_start FROM messages WHERE kind = 'system' ORDER BY seq`).pluck().all()).toEqual(chat.systemLines);
  const deletions = db
    .prepare(`SELECT m.line_start AS line, p.name AS admin FROM message_events e JOIN messages m ON m.id = e.target_message_id JOIN participants p ON p.id = e.actor_id WHERE e.kind = 'delete' ORDER BY m.seq`)
    .all();
  expect(deletions).toEqual(chat.tombstoneLines.map((line) => ({ line, admin: LARGE_GROUP.admin })));

  const { findings } = await engine.api.listFindings({});
  const deleted = findings.filter((f) => f.type === 'deleted');
  expect(deleted).toHaveLength(LARGE_GROUP.adminDeletions);
  expect(deleted.every((f) => f.rule === 'WA-1' && f.explanation.includes(`deleted by the group admin ${LARGE_GROUP.admin}`))).toBe(true);
});
