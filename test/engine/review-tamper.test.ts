// Tags and notes are decisions, not evidence: coding leaves `verify` passing, and the audit entries
// that record them are as tamper-evident as an import's. Each tamper is done as a forger would,
// straight into the SQLite file.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Engine } from '../../electron/backend/api';
import { formatHead, parseHead } from '../../electron/backend/audit/log';
import { verifyReport } from '../../electron/backend/audit/verify-report';
import { threadline } from '../support/cli';
import { openEngine } from '../support/engines';
import { androidChat, tempDir, writeText } from '../support/temp';

async function codedCase(): Promise<{ engine: Engine; casePath: string; tagEntry: number }> {
  const dir = tempDir();
  const casePath = join(dir, 'case.threadline');
  const engine = openEngine(casePath);
  await engine.runImport({ paths: [writeText(dir, 'chat.txt', androidChat(20))], timeZone: 'UTC' }).done;
  const ids = engine.caseFile.reader.prepare("SELECT id FROM messages WHERE kind = 'text' ORDER BY id").pluck().all() as number[];
  await engine.api.applyTag({ tag: 'Responsive', target: { scope: 'message', messageIds: ids.slice(0, 5) }, reviewer: 'Pat Lee' });
  await engine.api.addNote({ target: { scope: 'message', messageId: ids[0]! }, text: 'check the fee', reviewer: 'Pat Lee' });
  const tagEntry = engine.caseFile.reader.prepare("SELECT id FROM audit WHERE action = 'tag.apply'").pluck().get() as number;
  return { engine, casePath, tagEntry };
}

async function verify(engine: Engine, head?: string) {
  const result = await engine.verifySources(head === undefined ? {} : { earlierHead: parseHead(head)! });
  return { ...result, text: verifyReport(result, head).join('\n') };
}

/** What a forger does after editing entries: every hash from the first entry on computed again. */
function rechain(engine: Engine): void {
  const db = engine.caseFile.writer;
  let prev = '0'.repeat(64);
  for (const row of db.prepare('SELECT id, at, actor, action, detail FROM audit ORDER BY id').all() as { id: number; at: number; actor: string; action: string; detail: string }[]) {
    const hash = createHash('sha256').update(`${prev}\n${row.at}\n${row.actor}\n${row.action}\n${row.detail}`).digest('hex');
    db.prepare('UPDATE audit SET prev_hash = ?, hash = ? WHERE id = ?').run(prev, hash, row.id);
    prev = hash;
  }
}

describe('coding and verify', () => {
  it('passes after tags and notes, which are not evidence rows', async () => {
    const { engine } = await codedCase();
    const result = await verify(engine);
    expect(result.problems).toBe(0);
    expect(result.text).toMatch(/OK\s+audit log hash chain/);
  });

  it('reports a tag entry whose reviewer was rewritten', async () => {
    const { engine, tagEntry } = await codedCase();
    engine.caseFile.writer.prepare("UPDATE audit SET actor = 'Someone Else' WHERE id = ?").run(tagEntry);
    const result = await verify(engine);
    expect(result.chain.brokenAt).toBe(tagEntry);
    expect(result.text).toMatch(new RegExp(`BROKEN\\s+audit log: entry ${tagEntry} does not match the hash chain`));
    expect((await engine.api.auditLog({})).verifies).toBe(false);
  });

  it('reports a tag entry whose detail was rewritten', async () => {
    const { engine, tagEntry } = await codedCase();
    engine.caseFile.writer.prepare("UPDATE audit SET detail = replace(detail, '\"Responsive\"', '\"Not responsive\"') WHERE id = ?").run(tagEntry);
    expect((await verify(engine)).chain.brokenAt).toBe(tagEntry);
  });

  it('lists an entry whose detail is no longer JSON as text, and reports it', async () => {
    const { engine, tagEntry } = await codedCase();
    engine.caseFile.writer.prepare("UPDATE audit SET detail = 'nothing to see' WHERE id = ?").run(tagEntry);
    const trail = await engine.api.auditLog({});
    expect(trail).toMatchObject({ verifies: false, brokenAt: tagEntry });
    expect(trail.entries.find((e) => e.id === tagEntry)?.detail).toBe('nothing to see');
  });

  it('reports a removed tag entry', async () => {
    const { engine, tagEntry } = await codedCase();
    engine.caseFile.writer.prepare('DELETE FROM audit WHERE id = ?').run(tagEntry);
    expect((await verify(engine)).chain.brokenAt).toBe(tagEntry + 1);
  });

  it('shows a rewritten and rechained tag entry against a head kept before', async () => {
    const { engine, tagEntry } = await codedCase();
    const head = formatHead((await engine.api.auditLog({})).head);
    engine.caseFile.writer.prepare("UPDATE audit SET actor = 'Someone Else' WHERE id = ?").run(tagEntry);
    rechain(engine);
    const result = await verify(engine, head);
    expect(result.chain.brokenAt).toBeNull();
    expect(result.chain.earlierHeadAt).toBeNull();
    expect(result.text).toContain('is not in the audit chain');
  });

  it('threadline audit exits 1 and says where the chain breaks', async () => {
    const { engine, casePath, tagEntry } = await codedCase();
    engine.caseFile.writer.prepare("UPDATE audit SET actor = 'Someone Else' WHERE id = ?").run(tagEntry);
    await engine.close();
    const r = threadline('audit', '--case', casePath);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`BROKEN   audit log: entry ${tagEntry} does not match the hash chain`);
    expect(r.stdout).toMatch(/tag\.apply/);
  });
});
