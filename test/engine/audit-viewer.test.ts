// The audit log as the window reads it: pages after an entry (keyset) that together hold every
// entry once and in order, filters by reviewer, action family and time, a bulk entry said in short
// (its selection and counts, not its rows), and the chain's state with where it breaks.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditEntrySummary } from '../../shared/review';
import { shortText } from '../../electron/backend/audit/summary';
import { openEngine } from '../support/engines';
import { androidChat, tempDir, writeText } from '../support/temp';

async function reviewedCase() {
  const dir = tempDir();
  const engine = openEngine(join(dir, 'case.threadline'), { defaultTimeZone: 'UTC' });
  await engine.runImport({ paths: [writeText(dir, 'WhatsApp Chat with Ana Ruiz.txt', androidChat(3000, { words: (i) => `barge ${i}` }))], timeZone: 'UTC' }).done;
  const api = engine.api;
  const ids = engine.caseFile.reader.prepare("SELECT id FROM messages WHERE kind = 'text' ORDER BY id").pluck().all() as number[];
  const { jobId } = await api.bulkTag({ tag: 'Responsive', selection: { kind: 'messages', messageIds: ids }, reviewer: 'Pat Lee', reason: 'All of March' });
  await engine.idle();
  expect((await api.reviewJob({ jobId })).state).toBe('done');
  await api.setReviewer({ name: 'Sam Ortiz' });
  const note = await api.addNote({ target: { scope: 'message', messageId: ids[0]! }, text: 'Ask about the barge' });
  await api.editNote({ noteId: note.id, text: 'Ask Ana about the barge', reviewer: 'Sam Ortiz' });
  await api.applyTag({ tag: 'Hot', target: { scope: 'message', messageIds: [ids[1]!] }, reviewer: 'Sam Ortiz' });
  return { engine, ids };
}

async function everyPage(engine: Awaited<ReturnType<typeof reviewedCase>>['engine'], filters: { actor?: string; action?: string; since?: number }, limit: number) {
  const entries: AuditEntrySummary[] = [];
  let after: number | undefined;
  for (;;) {
    const page = await engine.api.auditPage({ ...filters, limit, ...(after === undefined ? {} : { after }) });
    expect(page.entries.length).toBeLessThanOrEqual(limit);
    entries.push(...page.entries);
    if (page.next === null) return entries;
    after = page.next;
  }
}

describe('audit log pages', () => {
  it('pages through every entry once, oldest first, and filters by reviewer, action family, action and time', async () => {
    const { engine } = await reviewedCase();
    const whole = (await engine.api.auditLog({})).entries;
    const paged = await everyPage(engine, {}, 2);
    expect(paged.map((e) => e.id)).toEqual(whole.map((e) => e.id));
    expect(paged.map((e) => e.hash)).toEqual(whole.map((e) => e.hash));

    // Naming the reviewer in the window is itself an entry (reviewer.set).
    expect((await everyPage(engine, { actor: 'Sam Ortiz' }, 2)).map((e) => e.action)).toEqual(['reviewer.set', 'note.add', 'note.edit', 'tag.apply']);
    expect((await everyPage(engine, { action: 'note' }, 10)).map((e) => e.action)).toEqual(['note.add', 'note.edit']);
    expect((await everyPage(engine, { action: 'note.edit' }, 10)).map((e) => e.action)).toEqual(['note.edit']);
    // A family is whole words: `no` is no family of `note.add`.
    expect(await everyPage(engine, { action: 'no' }, 10)).toEqual([]);
    const lastAt = whole.at(-1)!.at;
    expect((await everyPage(engine, { since: lastAt + 1 }, 10))).toEqual([]);
    expect((await everyPage(engine, { since: lastAt }, 10)).map((e) => e.id)).toEqual(whole.filter((e) => e.at >= lastAt).map((e) => e.id));
  });

  it('says a bulk entry in short: its selection, reason and counts, never its rows', async () => {
    const { engine } = await reviewedCase();
    const bulk = (await everyPage(engine, { actor: 'Pat Lee', action: 'tag.apply' }, 10))[0]!;
    expect(bulk.target).toBe('Responsive applied to 3000 selected messages (reason: All of March)');
    expect(bulk.before).toBe('alreadyTagged: 0, otherGroupTagsReplaced: 0');
    expect(bulk.after).toBe('changed: 3000');
    const edit = (await everyPage(engine, { action: 'note.edit' }, 10))[0]!;
    expect(edit).toMatchObject({ before: 'Ask about the barge', after: 'Ask Ana about the barge', actor: 'Sam Ortiz' });
    // Every field stays short, however much the entry records.
    for (const e of await everyPage(engine, {}, 100)) for (const field of [e.target, e.before ?? '', e.after ?? '']) expect(field.length).toBeLessThanOrEqual(400);
  });

  it('gives the chain’s head, its reviewers and actions, and the entry where a rewritten log breaks', async () => {
    const { engine } = await reviewedCase();
    const intact = await engine.api.auditOverview({});
    const trail = await engine.api.auditLog({});
    expect(intact).toMatchObject({ verifies: true, brokenAt: null, head: trail.head });
    expect(intact.actors.find((a) => a.name === 'Sam Ortiz')).toEqual({ name: 'Sam Ortiz', entries: 4 });
    expect(intact.actions.filter((a) => a.action.startsWith('note.'))).toEqual([
      { action: 'note.add', entries: 1 },
      { action: 'note.edit', entries: 1 },
    ]);
    const edit = trail.entries.find((e) => e.action === 'note.edit')!;
    engine.caseFile.writer.prepare("UPDATE audit SET detail = replace(detail, 'Ana', 'Ben') WHERE id = ?").run(edit.id);
    expect(await engine.api.auditOverview({})).toMatchObject({ verifies: false, brokenAt: edit.id });
  });

  it('refuses a malformed action filter and an oversized page, naming the argument', async () => {
    const { engine } = await reviewedCase();
    await expect(engine.api.auditPage({ action: 'tag apply' })).rejects.toThrow(/auditPage\.action must be an action such as tag\.apply/);
    await expect(engine.api.auditPage({ limit: 501 })).rejects.toThrow(/auditPage\.limit must be between 1 and 500/);
  });
});

describe('shortText', () => {
  it('shows hashes by their first digits, long lists by their length, deep objects folded', () => {
    expect(shortText({ sha256: 'a'.repeat(64), ids: [1, 2, 3, 4], tag: { id: 3, name: 'Hot', group: { name: 'x' } } })).toBe(
      'sha256: aaaaaaaaaaaa…, ids: 4 items, tag: {id: 3, name: Hot, group: {…}}',
    );
    expect(shortText([1, 2])).toBe('[1, 2]');
    expect(shortText(null)).toBe('none');
    expect(shortText('x'.repeat(500))).toHaveLength(160);
  });
});
