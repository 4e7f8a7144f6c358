// The review commands as a script runs them: tags, tag, note and audit, search and export with the
// review fields, and two processes writing one case at once (a reviewer's command while an import
// runs) without "database is locked" and with every tag landing once.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../electron/backend/api';
import { cliRunner, jsonLines, threadline } from '../support/cli';
import { openEngine } from '../support/engines';
import { androidChat, tempDir, writeText } from '../support/temp';

async function smallCase(): Promise<{ casePath: string; ids: number[]; conversationId: number; dir: string }> {
  const dir = tempDir();
  const casePath = join(dir, 'case.threadline');
  const engine = openEngine(casePath, { defaultTimeZone: 'UTC' });
  await engine.runImport({ paths: [writeText(dir, 'WhatsApp Chat with Ana Ruiz.txt', androidChat(1500, { words: (i) => (i % 3 === 0 ? `permit fee ${i}` : `lunch ${i}`) }))], timeZone: 'UTC' }).done;
  const ids = engine.caseFile.reader.prepare("SELECT id FROM messages WHERE kind = 'text' ORDER BY id").pluck().all() as number[];
  const conversationId = (await engine.api.listConversations({}))[0]!.id;
  await engine.close();
  return { casePath, ids, conversationId, dir };
}

const json = (stdout: string) => JSON.parse(stdout) as Record<string, unknown>;

describe('threadline tag, tags, note, audit', () => {
  it('tags messages, a search, a day and a conversation, and counts them per scope and reviewer', async () => {
    const { casePath, ids, conversationId } = await smallCase();
    const byMessage = threadline('tag', 'Hot', '--case', casePath, '--message', String(ids[0]), '--message', String(ids[1]), '--reviewer', 'Pat Lee', '--json');
    expect(byMessage.stderr).toBe('');
    expect(json(byMessage.stdout)).toMatchObject({ tagged: 2, alreadyTagged: 0, scope: 'message' });

    const byQuery = threadline('tag', 'Responsive', '--case', casePath, '--query', 'permit', '--reviewer', 'Pat Lee', '--json');
    expect(json(byQuery.stdout)).toMatchObject({ tagged: 500, alreadyTagged: 0, scope: 'message' });
    const again = threadline('tag', 'Responsive', '--case', casePath, '--query', 'permit fee', '--reviewer', 'Sam Ortiz');
    expect(again.stdout.trim()).toBe('Responsive applied to 0 messages (500 already carried it).');

    expect(json(threadline('tag', 'Privileged', '--case', casePath, '--conversation', String(conversationId), '--day', '2023-03-02', '--reviewer', 'Sam Ortiz', '--json').stdout)).toMatchObject({ tagged: 1, scope: 'day' });
    expect(json(threadline('tag', 'Needs second look', '--case', casePath, '--conversation', String(conversationId), '--reviewer', 'Sam Ortiz', '--json').stdout)).toMatchObject({ tagged: 1, scope: 'conversation' });
    expect(json(threadline('tag', 'Hot', '--case', casePath, '--message', String(ids[1]), '--remove', '--reviewer', 'Pat Lee', '--json').stdout)).toMatchObject({ tagged: 1, removed: true });

    const { tags } = json(threadline('tags', '--case', casePath, '--json').stdout) as { tags: { name: string; counts: object; byReviewer: object[] }[] };
    expect(tags.find((t) => t.name === 'Responsive')).toMatchObject({ counts: { message: 500, day: 0, conversation: 0 }, byReviewer: [{ reviewer: 'Pat Lee', message: 500 }] });
    expect(tags.find((t) => t.name === 'Privileged')).toMatchObject({ counts: { message: 0, day: 1, conversation: 0 } });
    expect(tags.find((t) => t.name === 'Hot')).toMatchObject({ counts: { message: 1 } });
    expect(threadline('tags', '--case', casePath).stdout).toContain('Responsive [Responsiveness, one of] key 1: 500 messages, 0 days, 0 conversations\n  Pat Lee: 500 messages');

    // search and export take the review fields.
    expect(json(threadline('search', 'tag:Responsive', '--case', casePath, '--json').stdout)).toMatchObject({ total: 500 });
    expect(json(threadline('search', 'tag:inherited:Privileged', '--case', casePath, '--json').stdout)).toMatchObject({ total: 600 });
    const exported = jsonLines(threadline('export', '--case', casePath, '--format', 'jsonl', '--query', 'tag:Responsive -tag:Privileged').stdout);
    // The permits of 2 March (200 of the 500) inherit Privileged from their day.
    expect(exported).toHaveLength(500 - 200);
    expect(exported.every((r) => String(r.text).startsWith('permit fee'))).toBe(true);
  });

  it('refuses a decision without a reviewer, in one sentence', async () => {
    const { casePath, ids } = await smallCase();
    const r = threadline('tag', 'Hot', '--case', casePath, '--message', String(ids[0]));
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe("threadline tag records a decision in the audit log, which needs the reviewer's name: give --reviewer <name> or set THREADLINE_REVIEWER.");
    const two = threadline('tag', 'Hot', '--case', casePath, '--message', '1', '--query', 'x', '--reviewer', 'P');
    expect(two.stderr.trim()).toBe('threadline tag needs exactly one of --query <query>, --message <id>, --from <local time> --to <local time> or --conversation <id>.');
    const unknown = threadline('tag', 'Nope', '--case', casePath, '--message', String(ids[0]), '--reviewer', 'P');
    expect(unknown.stderr.trim()).toMatch(/^There is no tag 'Nope' in this case; the tags are Responsive, Not responsive/);
  });

  it('adds notes and prints the audit log oldest first with its head, from a time on', async () => {
    const { casePath, ids } = await smallCase();
    const before = Date.now();
    const note = threadline('note', '--case', casePath, '--message', String(ids[3]), '--text', 'Ask about the receipt', '--reviewer', 'Pat Lee');
    expect(note.stdout).toMatch(/^Note \d+ added to message \d+ by Pat Lee\.\n$/);
    expect(json(threadline('search', 'note:receipt', '--case', casePath, '--json').stdout)).toMatchObject({ total: 1 });

    const all = json(threadline('audit', '--case', casePath, '--json').stdout) as { entries: { action: string; actor: string }[]; head: string; verifies: boolean };
    expect(all.entries[0]!.action).toBe('import');
    expect(all.entries.at(-1)).toMatchObject({ action: 'note.add', actor: 'Pat Lee' });
    expect(all).toMatchObject({ verifies: true, head: expect.stringMatching(/^\d+:[0-9a-f]{64}$/) });
    const since = json(threadline('audit', '--case', casePath, '--json', '--since', new Date(before).toISOString()).stdout) as { entries: { action: string }[] };
    expect(since.entries.map((e) => e.action)).toEqual(['note.add']);
    const text = threadline('audit', '--case', casePath);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/note\.add .*\nOK {7}audit log hash chain \(\d+ entries\)\nHEAD {5}\d+:[0-9a-f]{64}\n$/);
    expect(threadline('audit', '--case', casePath, '--since', 'yesterday').stderr.trim()).toBe("--since must be an ISO time such as 2026-03-01 or 2026-03-01T09:00:00Z, not 'yesterday'.");
  });

  it("records a command's --reviewer on its decision without making it the reviewer the window codes as", async () => {
    const { casePath, ids } = await smallCase();
    const window = openEngine(casePath);
    await window.api.setReviewer({ name: 'Pat Lee' });
    await window.close();
    expect(threadline('tag', 'Hot', '--case', casePath, '--message', String(ids[0]), '--reviewer', 'Overnight script').status).toBe(0);
    const reopened = openEngine(casePath);
    const { current, reviewers } = await reopened.api.reviewer({});
    expect(current).toBe('Pat Lee');
    expect(reviewers.map((r) => r.name).sort()).toEqual(['Overnight script', 'Pat Lee']);
    const { entries } = await reopened.api.auditLog({ action: 'tag' });
    expect(entries.map((e) => e.actor)).toEqual(['Overnight script']);
    // The window's next decision, naming nobody, is Pat Lee's.
    await reopened.api.applyTag({ tag: 'Hot', target: { scope: 'message', messageIds: [ids[1]!] } });
    expect((await reopened.api.auditLog({ action: 'tag' })).entries.map((e) => e.actor)).toEqual(['Overnight script', 'Pat Lee']);
    await reopened.close();
  });

  it("prints one reviewer's entries, or one action and its family, with the whole log's chain state", async () => {
    const { casePath, ids } = await smallCase();
    threadline('note', '--case', casePath, '--message', String(ids[0]), '--text', 'First', '--reviewer', 'Pat Lee');
    threadline('tag', 'Hot', '--case', casePath, '--message', String(ids[1]), '--reviewer', 'Sam Ortiz');
    threadline('note', '--case', casePath, '--message', String(ids[2]), '--text', 'Second', '--reviewer', 'Sam Ortiz');
    type Trail = { entries: { action: string; actor: string }[]; head: string; verifies: boolean };
    const whole = json(threadline('audit', '--case', casePath, '--json').stdout) as Trail;
    const sam = json(threadline('audit', '--case', casePath, '--json', '--actor', 'Sam Ortiz').stdout) as Trail;
    expect(sam.entries.map((e) => e.action)).toEqual(['tag.apply', 'note.add']);
    expect(sam.entries.every((e) => e.actor === 'Sam Ortiz')).toBe(true);
    expect(sam.head).toBe(whole.head);
    const notes = json(threadline('audit', '--case', casePath, '--json', '--action', 'note').stdout) as Trail;
    expect(notes.entries.map((e) => [e.actor, e.action])).toEqual([['Pat Lee', 'note.add'], ['Sam Ortiz', 'note.add']]);
    const samNotes = json(threadline('audit', '--case', casePath, '--json', '--action', 'note.add', '--actor', 'Sam Ortiz').stdout) as Trail;
    expect(samNotes.entries).toHaveLength(1);
    // A family is matched at a dot: `not` is no prefix of `note`.
    expect((json(threadline('audit', '--case', casePath, '--json', '--action', 'not').stdout) as Trail).entries).toEqual([]);
    expect(threadline('audit', '--case', casePath, '--action', 'Tag Apply').stderr.trim()).toMatch(/must be an action such as tag\.apply, or its family such as tag/);
  });

  it('each has --help', () => {
    for (const command of ['tags', 'tag', 'note', 'audit']) {
      const r = threadline(command, '--help');
      expect(r.status, command).toBe(0);
      expect(r.stdout).toContain(`Usage: threadline ${command}`);
    }
    expect(threadline('--help').stdout).toMatch(/ {2}tag {2,}apply a tag/);
  });
});

/** Runs the command without waiting for it, as a second process beside this one. */
function runAside(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cliRunner(), ...args], { env: { ...process.env, THREADLINE_DEBUG: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (status) => resolve({ status: status ?? -1, stdout, stderr }));
  });
}

describe('two writers on one case', () => {
  it('a command tags while the app imports: no "database is locked", every tag once, the import whole', async () => {
    const { casePath, ids, dir } = await smallCase();
    const app = createEngine(casePath, { create: false });
    try {
      const big = writeText(dir, 'WhatsApp Chat with Tom Kessler.txt', androidChat(60_000, { start: Date.UTC(2023, 5, 1), words: (i) => `permit ${i}` }));
      const importing = app.runImport({ paths: [big], timeZone: 'UTC' }).done;
      const commands = await Promise.all(
        ids.slice(0, 6).map((id, i) => runAside('tag', i % 2 ? 'Hot' : 'Privileged', '--case', casePath, '--message', String(id), '--reviewer', `Reviewer ${i}`, '--json')),
      );
      const summary = await importing;
      for (const c of commands) {
        expect(c.stderr).toBe('');
        expect(JSON.parse(c.stdout)).toMatchObject({ tagged: 1 });
      }
      expect(summary.sources[0]).toMatchObject({ messages: 60_001, alreadyImported: false });
      const db = app.caseFile.reader;
      expect(db.prepare('SELECT count(*) FROM message_tags').pluck().get()).toBe(6);
      expect(db.prepare("SELECT count(*) FROM sources WHERE status = 'complete'").pluck().get()).toBe(2);
      expect(db.prepare("SELECT count(*) FROM audit WHERE action = 'tag.apply'").pluck().get()).toBe(6);
      expect((await app.api.auditLog({ limit: 1 })).verifies).toBe(true);
    } finally {
      await app.close();
    }
  }, 120_000);

  it('the app tags while a command imports', async () => {
    const { casePath, ids, dir } = await smallCase();
    const big = writeText(dir, 'WhatsApp Chat with Tom Kessler.txt', androidChat(60_000, { start: Date.UTC(2023, 5, 1) }));
    const importing = runAside('import', big, '--case', casePath, '--tz', 'UTC');
    const app = createEngine(casePath, { create: false });
    try {
      for (const id of ids.slice(0, 20)) await app.api.applyTag({ tag: 'Hot', target: { scope: 'message', messageIds: [id] }, reviewer: 'Pat Lee' });
      const imported = await importing;
      expect(imported.stderr).not.toMatch(/locked/);
      expect(imported.status).toBe(0);
      const db = app.caseFile.reader;
      expect(db.prepare('SELECT count(*) FROM message_tags').pluck().get()).toBe(20);
      expect(db.prepare("SELECT count(*) FROM sources WHERE status = 'complete'").pluck().get()).toBe(2);
      expect((await app.api.auditLog({ limit: 1 })).verifies).toBe(true);
    } finally {
      await app.close();
    }
  }, 120_000);
});
