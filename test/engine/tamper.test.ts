// The tamper suite for `verify`: each way an opposing expert could alter a case or its evidence, done
// the way a forger would (straight into the SQLite file, recomputing what can be recomputed), and
// what verify says about it. An untouched case and a legitimate re-reading of a source's times pass.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Engine } from '../../electron/backend/api';
import { storedDigest } from '../../electron/backend/audit/digest';
import { appendAudit, chainHead, formatHead, parseHead } from '../../electron/backend/audit/log';
import { verifyReport } from '../../electron/backend/audit/verify-report';
import { verifySources } from '../../electron/backend/audit/verify-sources';
import type { Db } from '../../electron/backend/case/open';
import { threadline } from '../support/cli';
import { openEngine } from '../support/engines';
import { androidChat, tempDir, writeText } from '../support/temp';
import { buildWickrArchive } from './wickr-archive';

interface Setup {
  engine: Engine;
  db: Db;
  casePath: string;
  chatA: string;
}

async function twoSources(): Promise<Setup> {
  const dir = tempDir();
  const casePath = join(dir, 'case.threadline');
  const chatA = writeText(dir, 'chat-a.txt', androidChat(6, { words: (i) => `we meet at the pier at ${i}` }));
  const chatB = writeText(dir, 'chat-b.txt', androidChat(4, { start: Date.UTC(2021, 5, 1) }));
  const engine = openEngine(casePath);
  await engine.runImport({ paths: [chatA, chatB], timeZone: 'Europe/London' }).done;
  return { engine, db: engine.caseFile.writer, casePath, chatA };
}

async function verify(engine: Engine, head?: string) {
  const result = await engine.verifySources(head === undefined ? {} : { earlierHead: parseHead(head)! });
  return { ...result, text: verifyReport(result, head).join('\n') };
}

function firstMessageOf(db: Db, sourceId: number): number {
  return db.prepare('SELECT min(m.id) FROM messages m JOIN conversations c ON c.id = m.conversation_id WHERE c.source_id = ?').pluck().get(sourceId) as number;
}

/** What a forger who knows the (published) entry hash does after editing entries: recompute every link. */
function recomputeChain(db: Db): void {
  let prev = '0'.repeat(64);
  const rows = db.prepare('SELECT id, at, actor, action, detail FROM audit ORDER BY id').all() as { id: number; at: number; actor: string; action: string; detail: string }[];
  for (const r of rows) {
    const hash = createHash('sha256').update(`${prev}\n${r.at}\n${r.actor}\n${r.action}\n${r.detail}`).digest('hex');
    db.prepare('UPDATE audit SET prev_hash = ?, hash = ? WHERE id = ?').run(prev, hash, r.id);
    prev = hash;
  }
}

/** The forger's full cover-up of a stored-row change: the import entry's digest rewritten, then the chain. */
function coverUp(db: Db, sourceId: number): void {
  const entry = db.prepare(`SELECT id, detail FROM audit WHERE action = 'import' AND json_extract(detail, '$.sourceId') = ?`).get(sourceId) as { id: number; detail: string };
  const detail = { ...(JSON.parse(entry.detail) as object), storedDigest: storedDigest(db, sourceId) };
  db.prepare('UPDATE audit SET detail = ? WHERE id = ?').run(JSON.stringify(detail), entry.id);
  recomputeChain(db);
}

describe('verify on an untouched case', () => {
  it('passes, says what it checked and prints the head', async () => {
    const { engine } = await twoSources();
    const r = await verify(engine);
    expect(r.problems).toBe(0);
    expect(r.sources.map((s) => [s.status, s.stored.status])).toEqual([
      ['unchanged', 'unchanged'],
      ['unchanged', 'unchanged'],
    ]);
    expect(r.text).toMatch(/^UNCHANGED source 1 .*chat-a\.txt$/m);
    expect(r.text).toMatch(/^OK\s+audit log hash chain \(2 entries\)$/m);
    expect(r.text).toMatch(new RegExp(`^HEAD\\s+${formatHead(chainHead(engine.caseFile.reader))} `, 'm'));
    expect((await engine.api.caseInfo({})).chainHead).toEqual({ hash: r.chain.head.hash, entries: 2 });
    expect(r.text).toMatch(/^Checked: 2 sources hashed again .* the rows stored from 2 sources compared .*No problems found\.$/m);
  });

  it('finds a head printed earlier in the chain after later, honest entries', async () => {
    const { engine, db } = await twoSources();
    const earlier = formatHead(chainHead(db));
    appendAudit(db, 'tag.added', { tag: 'responsive', messages: [1] });
    const r = await verify(engine, earlier);
    expect(r.problems).toBe(0);
    expect(r.chain.earlierHeadAt).toBe(2);
    expect(r.text).toMatch(/^OK\s+the head given is entry 2 of the chain/m);
  });

  it('passes after a new reading of a source, which records the new digest in its own entry', async () => {
    const { engine } = await twoSources();
    await engine.api.setSourceReading({ sourceId: 1, timeZone: 'America/New_York' });
    await engine.idle();
    const r = await verify(engine);
    expect(r.problems).toBe(0);
    const lastEntry = engine.caseFile.reader.prepare("SELECT max(id) FROM audit WHERE action = 'source.reading_changed'").pluck().get();
    expect(r.sources[0]!.stored).toEqual({ status: 'unchanged', entry: lastEntry });
  });
});

describe('verify catches', () => {
  it("a message's text rewritten, naming the source", async () => {
    const { engine, db } = await twoSources();
    db.prepare("UPDATE messages SET body = 'we never met' WHERE id = ?").run(firstMessageOf(db, 1));
    const r = await verify(engine);
    expect(r.problems).toBe(1);
    expect(r.sources.map((s) => s.stored.status)).toEqual(['changed', 'unchanged']);
    expect(r.text).toMatch(/^CHANGED\s+source 1 stored rows: .* stored from \S*chat-a\.txt no longer match the digest recorded in audit entry 1$/m);
    expect(r.text).toMatch(/1 problem found\.$/);
  });

  it("a message's time moved", async () => {
    const { engine, db } = await twoSources();
    db.prepare('UPDATE messages SET sent_at = sent_at + 3600000 WHERE id = ?').run(firstMessageOf(db, 2));
    expect((await verify(engine)).sources.map((s) => s.stored.status)).toEqual(['unchanged', 'changed']);
  });

  it('a message deleted, and an author renamed', async () => {
    const { engine, db } = await twoSources();
    db.prepare('DELETE FROM messages WHERE id = ?').run(firstMessageOf(db, 1) + 2);
    db.prepare("UPDATE participants SET name = 'Someone Else' WHERE id = (SELECT min(id) FROM participants WHERE source_id = 2)").run();
    const r = await verify(engine);
    expect(r.sources.map((s) => s.stored.status)).toEqual(['changed', 'changed']);
    expect(r.problems).toBe(2);
  });

  it('in an archive of several files: an edit or reaction record deleted, an attachment row or a member hash altered', async () => {
    const archive = buildWickrArchive(tempDir());
    const engine = openEngine();
    await engine.runImport({ paths: [archive.root] }).done;
    const db = engine.caseFile.writer;
    expect((await verify(engine)).problems).toBe(0);
    const tamperings = [
      "DELETE FROM message_events WHERE id = (SELECT min(id) FROM message_events WHERE kind IN ('edit', 'reaction'))",
      "UPDATE attachments SET present = 1 - present WHERE id = (SELECT min(id) FROM attachments)",
      "UPDATE source_files SET sha256 = replace(sha256, substr(sha256, 1, 1), 'x') WHERE id = (SELECT min(id) FROM source_files)",
    ];
    for (const sql of tamperings) {
      db.exec('SAVEPOINT tamper');
      expect(db.prepare(sql).run().changes, sql).toBe(1);
      // The writer's own connection sees the change inside the savepoint; the engine's reader would not.
      expect((await verifySources(db)).sources[0]!.stored.status, sql).toBe('changed');
      db.exec('ROLLBACK TO tamper; RELEASE tamper');
    }
    expect((await verify(engine)).problems).toBe(0);
  });

  it('a whole source removed from the case', async () => {
    const { engine, db } = await twoSources();
    db.prepare('DELETE FROM sources WHERE id = 2').run();
    const r = await verify(engine);
    expect(r.removed).toEqual([{ id: 2, path: expect.stringMatching(/chat-b\.txt$/), importEntry: 2 }]);
    expect(r.text).toMatch(/^REMOVED\s+source 2 \S*chat-b\.txt: imported \(audit entry 2\) and no longer in the case$/m);
    expect(r.problems).toBe(1);
  });

  it('the evidence swapped and the hash the case keeps updated to match', async () => {
    const { engine, db, chatA } = await twoSources();
    const forged = androidChat(6, { words: (i) => `we never met ${i}` });
    writeFileSync(chatA, forged);
    const forgedHash = createHash('sha256').update(forged).digest('hex');
    db.prepare('UPDATE sources SET sha256 = ? WHERE id = 1').run(forgedHash);
    const r = await verify(engine);
    const a = r.sources[0]!;
    expect(a).toMatchObject({ status: 'changed', actual: forgedHash, recordedSha256: forgedHash, importEntry: 1, stored: { status: 'changed' } });
    expect(a.expected).not.toBe(forgedHash);
    expect(r.text).toMatch(/^CHANGED\s+source 1 \S*chat-a\.txt \(sha256 now [0-9a-f]{64}, was [0-9a-f]{64}\)$/m);
    expect(r.text).toMatch(/^MISMATCH\s+source 1: the case records sha256 [0-9a-f]{64}, but its import \(audit entry 1\) recorded [0-9a-f]{64}$/m);
    // The file against its import entry, the case's hash against the same entry, and the source's stored description.
    expect(r.problems).toBe(3);
  });

  it('the last audit entries deleted, given a head printed before', async () => {
    const { engine, db } = await twoSources();
    appendAudit(db, 'tag.added', { tag: 'hot', messages: [1, 2] });
    appendAudit(db, 'note.added', { messageId: 3, text: 'compare with the call log' });
    const head = formatHead(chainHead(db));
    db.prepare('DELETE FROM audit WHERE id > 2').run();
    // Without an anchor a shorter chain is still a valid chain: this is what the head is for.
    expect((await verify(engine)).problems).toBe(0);
    const r = await verify(engine, head);
    expect(r.chain.earlierHeadAt).toBeNull();
    expect(r.problems).toBe(1);
    expect(r.text).toMatch(/^NOT FOUND the head given \(4:[0-9a-f]{64}\) is not in the audit chain: entries up to it were removed or rewritten/m);
  });

  it('an entry edited and the chain recomputed, given a head printed before', async () => {
    const { engine, db } = await twoSources();
    appendAudit(db, 'tag.added', { tag: 'hot', messages: [1, 2] });
    const head = chainHead(db);
    db.prepare(`UPDATE audit SET detail = '{"tag":"not responsive","messages":[1,2]}' WHERE id = 3`).run();
    recomputeChain(db);
    expect((await verify(engine)).problems).toBe(0);
    // The head alone, as a reviewer may copy it without the count, is enough.
    const r = await verify(engine, head.hash);
    expect(r.chain.earlierHeadAt).toBeNull();
    expect(r.problems).toBe(1);
  });

  it('a message rewritten with its digest and the whole chain recomputed, given a head printed before', async () => {
    const { engine, db } = await twoSources();
    const head = formatHead(chainHead(db));
    db.prepare("UPDATE messages SET body = 'we never met' WHERE id = ?").run(firstMessageOf(db, 1));
    coverUp(db, 1);
    expect((await verify(engine)).problems).toBe(0);
    expect((await verify(engine, head)).chain.earlierHeadAt).toBeNull();
  });

  it('an import entry removed and the chain recomputed: the source is reported as not logged', async () => {
    const { engine, db } = await twoSources();
    db.prepare('DELETE FROM audit WHERE id = 2').run();
    recomputeChain(db);
    const r = await verify(engine);
    expect(r.sources[1]!.importEntry).toBeNull();
    expect(r.text).toMatch(/^UNLOGGED\s+source 2 \S*chat-b\.txt has no import entry in the audit log$/m);
    expect(r.problems).toBe(1);
  });
});

describe('threadline verify --head', () => {
  it('exits 0 on an untouched case and 1 once entries up to the printed head are gone', async () => {
    const { engine, db, casePath } = await twoSources();
    appendAudit(db, 'tag.added', { tag: 'hot', messages: [1] });
    await engine.close();
    const ok = threadline('verify', '--case', casePath);
    expect(ok.status).toBe(0);
    const head = /^HEAD\s+(\d+:[0-9a-f]{64})/m.exec(ok.stdout)![1]!;
    expect(head.startsWith('3:')).toBe(true);
    expect(threadline('verify', '--case', casePath, '--head', head).status).toBe(0);

    const forger = openEngine(casePath);
    forger.caseFile.writer.prepare('DELETE FROM audit WHERE id = 3').run();
    await forger.close();
    const cut = threadline('verify', '--case', casePath, '--head', head);
    expect(cut.status).toBe(1);
    expect(cut.stdout).toMatch(/^NOT FOUND the head given/m);
    expect(cut.stdout).toMatch(/1 problem found\.$/m);
  });

  it('refuses a head that is not one, in one sentence', () => {
    const dir = tempDir();
    const casePath = join(dir, 'case.threadline');
    expect(threadline('import', writeText(dir, 'chat.txt', androidChat(3)), '--case', casePath).status).toBe(0);
    const r = threadline('verify', '--case', casePath, '--head', 'abc');
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe("--head must be a head as verify prints it (<entries>:<64 hex digits>) or its 64 hex digits alone, not 'abc'.");
  });
});
