// Tags and notes are decisions, not evidence: coding leaves `verify` passing, and the audit entries
// that record them are as tamper-evident as an import's. verify also recomputes the tags in force
// from the coding actions of the log, so a tag row changed with the log left alone is reported with
// its message. Each tamper is done as a forger would, straight into the SQLite file.
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

async function messageIds(engine: Engine): Promise<number[]> {
  return engine.caseFile.reader.prepare("SELECT id FROM messages WHERE kind = 'text' ORDER BY id").pluck().all() as number[];
}

describe('verify recomputes the tags in force from the audit log', () => {
  it('agrees after every kind of coding: scopes, exclusive groups, bulk, undo and redo', async () => {
    const { engine } = await codedCase();
    const ids = await messageIds(engine);
    const [conversation] = await engine.api.listConversations({});
    const [day] = (await engine.api.conversationProgress({ conversationId: conversation!.id })).days;
    await engine.api.applyTag({ tag: 'Not responsive', target: { scope: 'message', messageIds: ids.slice(3, 8) }, reviewer: 'Sam Ortiz' });
    await engine.api.applyTag({ tag: 'Hot', target: { scope: 'day', conversationId: conversation!.id, day: day!.day }, reviewer: 'Sam Ortiz' });
    await engine.api.applyTag({ tag: 'Privileged', target: { scope: 'conversation', conversationId: conversation!.id }, reviewer: 'Pat Lee' });
    await engine.api.bulkTag({ tag: 'Needs second look', selection: { kind: 'query', query: 'NOT kind:system' }, reviewer: 'Pat Lee' });
    await engine.idle();
    await engine.api.undoReview({ reviewer: 'Pat Lee' });
    await engine.api.undoReview({ reviewer: 'Pat Lee' });
    await engine.api.redoReview({ reviewer: 'Pat Lee' });
    await engine.api.applyTag({ tag: 'Responsive', target: { scope: 'message', messageIds: ids.slice(4, 6) }, remove: true, reviewer: 'Pat Lee' });
    const result = await verify(engine);
    expect(result.tags.rows).toEqual([]);
    expect(result.tags.alteredActions).toEqual([]);
    expect(result.tags.entries).toBe(8);
    expect(result.problems).toBe(0);
    expect(result.text).toMatch(/OK\s+tags: \d+ applications in the case, as the 8 coding entries of the audit log leave them/);
  });

  it('reports a tag row inserted directly, naming the message', async () => {
    const { engine } = await codedCase();
    const [, , , , , , target] = await messageIds(engine);
    const hot = (await engine.api.listTags({})).tags.find((t) => t.name === 'Hot')!;
    engine.caseFile.writer.prepare("INSERT INTO message_tags(message_id, tag_id, reviewer, at) VALUES (?, ?, 'Pat Lee', 1)").run(target, hot.id);
    const result = await verify(engine);
    expect(result.tags.rows).toEqual([{ change: 'inserted', scope: 'message', tagId: hot.id, tagName: 'Hot', messageId: target, conversationId: null, day: null }]);
    expect(result.problems).toBe(1);
    expect(result.text).toMatch(new RegExp(`TAG\\s+Hot on message ${target} is in the case, but no coding action in the audit log applied it`));
  });

  it('reports a tag row deleted directly, naming the message', async () => {
    const { engine } = await codedCase();
    const [first] = await messageIds(engine);
    engine.caseFile.writer.prepare('DELETE FROM message_tags WHERE message_id = ?').run(first);
    const result = await verify(engine);
    expect(result.tags.rows).toMatchObject([{ change: 'deleted', tagName: 'Responsive', messageId: first }]);
    expect(result.text).toContain(`Responsive on message ${first} was applied by the coding actions in the audit log, but is not in the case`);
  });

  it("reports a tag row whose reviewer was rewritten, and a day's span moved", async () => {
    const { engine } = await codedCase();
    const [, second] = await messageIds(engine);
    const [conversation] = await engine.api.listConversations({});
    const [day] = (await engine.api.conversationProgress({ conversationId: conversation!.id })).days;
    await engine.api.applyTag({ tag: 'Hot', target: { scope: 'day', conversationId: conversation!.id, day: day!.day }, reviewer: 'Pat Lee' });
    engine.caseFile.writer.prepare("UPDATE message_tags SET reviewer = 'Someone Else' WHERE message_id = ?").run(second);
    engine.caseFile.writer.prepare('UPDATE day_tags SET end_at = end_at + 86400000').run();
    const result = await verify(engine);
    expect(result.tags.rows).toMatchObject([
      { change: 'edited', scope: 'message', messageId: second },
      { change: 'edited', scope: 'day', conversationId: conversation!.id, day: day!.day, tagName: 'Hot' },
    ]);
    expect(result.text).toContain(`Hot on day ${day!.day} of conversation ${conversation!.id} differs from what the audit log recorded`);
  });

  it("reports a forger's row added to a coding action's changes to cover an inserted tag", async () => {
    const { engine } = await codedCase();
    const ids = await messageIds(engine);
    const db = engine.caseFile.writer;
    const action = db.prepare('SELECT id FROM review_actions').pluck().get() as number;
    const tag = db.prepare('SELECT tag_id FROM message_tags LIMIT 1').pluck().get() as number;
    db.prepare("INSERT INTO message_tags(message_id, tag_id, reviewer, at) VALUES (?, ?, 'Pat Lee', 1)").run(ids[9], tag);
    db.prepare("INSERT INTO review_changes(action_id, change, scope, tag_id, message_id, reviewer, at) VALUES (?, 'added', 'message', ?, ?, 'Pat Lee', 1)").run(action, tag, ids[9]);
    const result = await verify(engine);
    expect(result.tags.alteredActions).toEqual([{ actionId: action, entry: expect.any(Number) as number }]);
    expect(result.text).toMatch(new RegExp(`CHANGED\\s+coding action ${action}: the tag rows it recorded no longer match the digest`));
  });

  it('threadline verify exits 1 and names the message of a tag inserted directly', async () => {
    const { engine, casePath } = await codedCase();
    const ids = await messageIds(engine);
    engine.caseFile.writer.prepare("INSERT INTO message_tags(message_id, tag_id, reviewer, at) SELECT ?, id, 'Pat Lee', 1 FROM tags WHERE name = 'Privileged'").run(ids[12]);
    await engine.close();
    const r = threadline('verify', '--case', casePath);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`Privileged on message ${ids[12]} is in the case, but no coding action in the audit log applied it`);
    expect(r.stdout).toMatch(/1 problem found\./);
  });
});

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
