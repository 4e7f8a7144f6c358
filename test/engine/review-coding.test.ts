// Coding through the engine API: the reviewer a decision needs, exclusive groups, the three scopes
// and what messages inherit, undo and redo as one action, tags renamed and removed with their history,
// notes with their earlier texts, and every decision in the audit log under the reviewer's name.
import { describe, expect, it } from 'vitest';
import type { Engine } from '../../electron/backend/api';
import { verifyAudit } from '../../electron/backend/audit/log';
import { openEngine } from '../support/engines';
import { androidChat, tempDir, writeText } from '../support/temp';

/** 1,500 messages, one a minute from 1 March 2023 09:00 UTC: 1 March holds 900 of them, 2 March 600. */
async function codedCase(): Promise<{ engine: Engine; conversationId: number; ids: number[] }> {
  const dir = tempDir();
  const engine = openEngine(`${dir}/case.threadline`, { defaultTimeZone: 'UTC' });
  await engine.runImport({ paths: [writeText(dir, 'WhatsApp Chat with Ana Ruiz.txt', androidChat(1500, { words: (i) => (i % 10 === 0 ? `permit fee ${i}` : `hello ${i}`) }))], timeZone: 'UTC' }).done;
  const [conversation] = await engine.api.listConversations({});
  const ids = engine.caseFile.reader.prepare("SELECT id FROM messages WHERE conversation_id = ? AND kind = 'text' ORDER BY seq").pluck().all(conversation!.id) as number[];
  return { engine, conversationId: conversation!.id, ids };
}

const lastAudit = (engine: Engine) =>
  engine.caseFile.reader.prepare('SELECT actor, action, detail FROM audit ORDER BY id DESC LIMIT 1').get() as { actor: string; action: string; detail: string };

const names = async (engine: Engine, messageId: number) => (await engine.api.messageTags({ messageIds: [messageId] }))[0]!.tags.map((t) => `${t.name}/${t.scope}${t.overridden ? '/overridden' : ''}`);

const hits = async (engine: Engine, q: string) => (await engine.api.search({ q, limit: 500 })).total;

describe('the reviewer', () => {
  it('is asked for before the first decision, then kept for the case on this machine and named in the audit log', async () => {
    const { engine, ids } = await codedCase();
    await expect(engine.api.applyTag({ tag: 'Hot', target: { scope: 'message', messageIds: [ids[0]!] } })).rejects.toMatchObject({
      code: 'invalid_argument',
      message: expect.stringMatching(/^Say who is reviewing before coding/),
    });
    expect((await engine.api.reviewer({})).current).toBeNull();
    await engine.api.setReviewer({ name: 'Pat Lee' });
    await engine.api.applyTag({ tag: 'Hot', target: { scope: 'message', messageIds: [ids[0]!] } });
    expect(lastAudit(engine)).toMatchObject({ actor: 'Pat Lee', action: 'tag.apply' });
    await engine.api.applyTag({ tag: 'Privileged', target: { scope: 'message', messageIds: [ids[1]!] }, reviewer: 'Sam Ortiz' });
    expect(lastAudit(engine).actor).toBe('Sam Ortiz');
    // A name given with one decision (a script's --reviewer) is that decision's: the window still codes as Pat Lee.
    expect((await engine.api.reviewer({})).current).toBe('Pat Lee');
    expect((await engine.api.reviewer({})).reviewers.map((r) => r.name).sort()).toEqual(['Pat Lee', 'Sam Ortiz']);
  });

  it('replaces the operating-system account in people decisions, which take a reason', async () => {
    const dir = tempDir();
    const engine = openEngine(`${dir}/case.threadline`);
    const chat = (who: string) => `01/03/2024, 09:00 - ${who}: hello\n01/03/2024, 09:01 - Tom Kessler: hi\n`;
    await engine.runImport({ paths: [writeText(dir, 'WhatsApp Chat with A.txt', chat('Dana Whitfield')), writeText(dir, 'WhatsApp Chat with B.txt', chat('Dana W.'))], timeZone: 'UTC' }).done;
    const persons = await engine.api.listPersons({});
    const dana = persons.filter((p) => p.name.startsWith('Dana')).map((p) => p.id);
    await engine.api.mergePersons({ personIds: dana, reviewer: 'Pat Lee', reason: 'Same number in the phone book' });
    const entry = lastAudit(engine);
    expect(entry).toMatchObject({ actor: 'Pat Lee', action: 'people.merge' });
    expect(JSON.parse(entry.detail)).toMatchObject({ reason: 'Same number in the phone book' });
  });
});

describe('tags', () => {
  it('start with the default set, Responsiveness an exclusive coding group', async () => {
    const { engine } = await codedCase();
    const { tags, groups } = await engine.api.listTags({});
    expect(tags.map((t) => [t.name, t.group?.name ?? null, t.shortcut])).toEqual([
      ['Responsive', 'Responsiveness', '1'],
      ['Not responsive', 'Responsiveness', '2'],
      ['Partly responsive', 'Responsiveness', '3'],
      ['Privileged', null, 'v'],
      ['Hot', null, 'h'],
      ['Needs second look', null, 's'],
    ]);
    expect(groups).toEqual([{ id: expect.any(Number), name: 'Responsiveness', exclusive: true, coding: true }]);
  });

  it('of an exclusive group replace each other on a message; one action undoes and redoes as one', async () => {
    const { engine, ids } = await codedCase();
    const reviewer = 'Pat Lee';
    const first = await engine.api.applyTag({ tag: 'Responsive', target: { scope: 'message', messageIds: ids.slice(0, 3) }, reviewer });
    expect(first).toMatchObject({ tagged: 3, alreadyTagged: 0, scope: 'message', removed: false });
    const second = await engine.api.applyTag({ tag: 'Not responsive', target: { scope: 'message', messageIds: ids.slice(1, 4) }, reviewer });
    expect(second).toMatchObject({ tagged: 3, alreadyTagged: 0 });
    expect(JSON.parse(lastAudit(engine).detail)).toMatchObject({ tag: { name: 'Not responsive' }, before: { alreadyTagged: 0, otherGroupTagsReplaced: 2 }, after: { changed: 3 } });
    expect(await names(engine, ids[0]!)).toEqual(['Responsive/message']);
    expect(await names(engine, ids[1]!)).toEqual(['Not responsive/message']);

    expect((await engine.api.undoReview({ reviewer })).action?.actionId).toBe(second.actionId);
    expect(await names(engine, ids[1]!)).toEqual(['Responsive/message']);
    expect(await names(engine, ids[3]!)).toEqual([]);
    expect((await engine.api.redoReview({ reviewer })).action?.actionId).toBe(second.actionId);
    expect(await names(engine, ids[1]!)).toEqual(['Not responsive/message']);
    expect((await engine.api.redoReview({ reviewer })).action).toBeNull();
    expect((await engine.api.listReviewActions({})).map((a) => [a.id, a.state])).toEqual([
      [second.actionId, 'done'],
      [first.actionId, 'done'],
    ]);
    expect(lastAudit(engine)).toMatchObject({ actor: reviewer, action: 'tag.redo' });

    const again = await engine.api.applyTag({ tag: 'Not responsive', target: { scope: 'message', messageIds: ids.slice(1, 4) }, reviewer });
    expect(again).toEqual({ tagged: 0, alreadyTagged: 3, scope: 'message', removed: false, actionId: null });
    const removed = await engine.api.applyTag({ tag: 'Not responsive', target: { scope: 'message', messageIds: ids.slice(0, 2) }, remove: true, reviewer });
    expect(removed).toMatchObject({ tagged: 1, alreadyTagged: 1, removed: true });
    expect(verifyAudit(engine.caseFile.reader)).toBeNull();
  });

  it('reach the messages of a tagged day and conversation as inherited; a nearer tag of the group overrides', async () => {
    const { engine, conversationId, ids } = await codedCase();
    const reviewer = 'Pat Lee';
    await engine.api.applyTag({ tag: 'Hot', target: { scope: 'conversation', conversationId }, reviewer });
    await engine.api.applyTag({ tag: 'Not responsive', target: { scope: 'conversation', conversationId }, reviewer });
    await engine.api.applyTag({ tag: 'Responsive', target: { scope: 'day', conversationId, day: '2023-03-01' }, reviewer });
    await engine.api.applyTag({ tag: 'Partly responsive', target: { scope: 'message', messageIds: [ids[5]!] }, reviewer });
    const marchSecond = ids[1000]!;
    expect(await names(engine, ids[0]!)).toEqual(['Responsive/day', 'Not responsive/conversation/overridden', 'Hot/conversation']);
    expect(await names(engine, ids[5]!)).toEqual(['Partly responsive/message', 'Responsive/day/overridden', 'Not responsive/conversation/overridden', 'Hot/conversation']);
    expect(await names(engine, marchSecond)).toEqual(['Not responsive/conversation', 'Hot/conversation']);

    const all = ids.length + 1; // and the encryption notice
    expect(await hits(engine, 'tag:Hot')).toBe(all);
    expect(await hits(engine, 'tag:inherited:Hot')).toBe(all);
    expect(await hits(engine, 'tag:Responsive')).toBe(900 - 1 + 1); // the day's messages (the notice at 09:00 too) but the one overridden
    expect(await hits(engine, 'tag:"Partly responsive"')).toBe(1);
    expect(await hits(engine, 'tag:"Not responsive"')).toBe(600);
    expect(await hits(engine, '-tag:"Not responsive" tag:Hot')).toBe(all - 600);
    expect(await hits(engine, 'tag:none')).toBe(0);
    const exported = await engine.api.exportConversationDay({ conversationId, day: '2023-03-01', format: 'jsonl' });
    const records = exported.text.trim().split('\n').map((l) => JSON.parse(l) as { id: number; tags: unknown });
    const iso = expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/) as string;
    expect(records.find((r) => r.id === ids[5])!.tags).toEqual([
      { name: 'Partly responsive', scope: 'message', reviewer, at: iso },
      { name: 'Hot', scope: 'conversation', reviewer, at: iso },
    ]);
    const csv = await engine.api.exportConversationDay({ conversationId, day: '2023-03-01', format: 'csv' });
    expect(csv.text.split('\r\n')[0]).toMatch(/,tags,tagsBy,noticeActor,noticeTargets$/);
    // Who applied each tag: an additive column after tags, in its order (a notice's people follow it, empty here).
    expect(csv.text).toMatch(
      /,Responsive \(inherited from the day\); Hot \(inherited from the conversation\),Responsive \(inherited from the day\): Pat Lee at \d{4}-[\d:.T-]+Z; Hot \(inherited from the conversation\): Pat Lee at \d{4}-[\d:.T-]+Z,,\r\n/,
    );
    const facets = await engine.api.searchFacets({ q: 'permit' });
    expect(facets.tags.map((b) => [b.label, b.count, b.filter])).toEqual([
      ['Hot', 150, 'tag:"Hot"'],
      ['Responsive', 90, 'tag:"Responsive"'],
      ['Not responsive', 60, 'tag:"Not responsive"'],
    ]);
    const { targetTags } = engine.api;
    expect((await targetTags({ conversationId, day: '2023-03-01' })).day.map((t) => t.name)).toEqual(['Responsive']);
  });

  it('renamed or removed are audited with before and after, and a removed tag keeps its history out of force', async () => {
    const { engine, ids } = await codedCase();
    const reviewer = 'Pat Lee';
    const hot = (await engine.api.listTags({})).tags.find((t) => t.name === 'Hot')!;
    await engine.api.applyTag({ tag: hot.id, target: { scope: 'message', messageIds: ids.slice(0, 2) }, reviewer });
    const renamed = await engine.api.updateTag({ tagId: hot.id, name: 'Key document', color: '#ff0000', reviewer, reason: 'Matter vocabulary' });
    expect(renamed).toMatchObject({ name: 'Key document', color: '#ff0000' });
    expect(lastAudit(engine)).toMatchObject({ action: 'tag.rename', actor: reviewer });
    expect(JSON.parse(lastAudit(engine).detail)).toMatchObject({ before: { name: 'Hot' }, after: { name: 'Key document' }, reason: 'Matter vocabulary' });
    expect(await hits(engine, 'tag:"Key document"')).toBe(2);

    await engine.api.removeTag({ tagId: hot.id, reviewer });
    expect(JSON.parse(lastAudit(engine).detail)).toMatchObject({ before: { name: 'Key document' }, applications: 2 });
    expect((await engine.api.listTags({})).tags.map((t) => t.name)).not.toContain('Key document');
    expect((await engine.api.listTags({ removed: true })).tags.find((t) => t.id === hot.id)).toMatchObject({ removed: true, counts: { message: 2 } });
    expect(await names(engine, ids[0]!)).toEqual([]);
    await expect(engine.api.search({ q: 'tag:"Key document"' })).rejects.toMatchObject({ code: 'invalid_argument', message: expect.stringMatching(/^tag:Key document at position 1 names no tag of this case/) });
    await expect(engine.api.applyTag({ tag: hot.id, target: { scope: 'message', messageIds: [ids[3]!] }, reviewer })).rejects.toMatchObject({ message: "The tag 'Key document' was removed; it cannot be applied." });

    const custom = await engine.api.createTag({ name: 'Hot', color: '#00ff00', description: 'Reused name', shortcut: 'k', reviewer });
    expect(custom).toMatchObject({ name: 'Hot', shortcut: 'k', group: null, removed: false });
    await expect(engine.api.createTag({ name: 'hot', reviewer })).rejects.toMatchObject({ message: "A tag named 'hot' exists already." });
    await expect(engine.api.createTag({ name: 'Other', shortcut: '1', reviewer })).rejects.toMatchObject({ message: "The key '1' is already the shortcut of 'Responsive'." });
  });
});

describe('notes', () => {
  it('keep every earlier text, carry author and time, and are found by note:', async () => {
    const { engine, conversationId, ids } = await codedCase();
    const note = await engine.api.addNote({ target: { scope: 'message', messageId: ids[7]! }, text: 'Ask about the harbour invoice', reviewer: 'Pat Lee' });
    expect(await hits(engine, 'note:invoice')).toBe(1);
    const edited = await engine.api.editNote({ noteId: note.id, text: 'Ask about the permit receipt', reviewer: 'Sam Ortiz' });
    expect(edited.history.map((v) => [v.version, v.text, v.reviewer])).toEqual([
      [1, 'Ask about the harbour invoice', 'Pat Lee'],
      [2, 'Ask about the permit receipt', 'Sam Ortiz'],
    ]);
    expect(edited).toMatchObject({ reviewer: 'Pat Lee', text: 'Ask about the permit receipt', editedAt: expect.any(Number) });
    expect(await hits(engine, 'note:invoice')).toBe(0);
    expect(await hits(engine, 'note:"permit receipt"')).toBe(1);
    expect(await hits(engine, 'note:rece*')).toBe(1);
    expect(await hits(engine, 'reviewer:"Pat Lee"')).toBe(1);
    await engine.api.addNote({ target: { scope: 'day', conversationId, day: '2023-03-02' }, text: 'Quiet day', reviewer: 'Pat Lee' });
    expect((await engine.api.listNotes({ target: { scope: 'day', conversationId, day: '2023-03-02' } })).map((n) => n.text)).toEqual(['Quiet day']);
    await engine.api.removeNote({ noteId: note.id, reviewer: 'Pat Lee' });
    expect(await hits(engine, 'note:permit')).toBe(0);
    expect((await engine.api.listNotes({ target: { scope: 'message', messageId: ids[7]! }, removed: true }))[0]).toMatchObject({ removed: true });
    expect(lastAudit(engine)).toMatchObject({ action: 'note.remove', actor: 'Pat Lee' });
  });
});

describe('review progress', () => {
  it('follows coding, gives way to a reviewer’s hand, and finds the next unreviewed day', async () => {
    const { engine, conversationId, ids } = await codedCase();
    const reviewer = 'Pat Lee';
    const status = async () => (await engine.api.conversationProgress({ conversationId })).days.map((d) => `${d.day}:${d.status}:${d.setBy ?? '-'}`);
    expect(await status()).toEqual(['2023-03-01:unreviewed:-', '2023-03-02:unreviewed:-']);
    expect((await engine.api.nextUnreviewedDay({ conversationId })).next).toEqual({ conversationId, day: '2023-03-01' });

    await engine.api.applyTag({ tag: 'Responsive', target: { scope: 'message', messageIds: ids.slice(900, 1000) }, reviewer });
    expect(await status()).toEqual(['2023-03-01:unreviewed:-', '2023-03-02:in_review:coding']);
    await engine.api.applyTag({ tag: 'Not responsive', target: { scope: 'message', messageIds: ids.slice(1000) }, reviewer });
    expect(await status()).toEqual(['2023-03-01:unreviewed:-', '2023-03-02:reviewed:coding']);
    expect(await hits(engine, 'reviewed:yes')).toBe(600);
    expect(await hits(engine, 'reviewed:no')).toBe(ids.length + 1 - 600);

    await engine.api.setDayStatus({ conversationId, day: '2023-03-01', status: 'in_review', reviewer });
    expect(await status()).toEqual(['2023-03-01:in_review:hand', '2023-03-02:reviewed:coding']);
    expect((await engine.api.nextUnreviewedDay({ conversationId })).next).toBeNull();
    await engine.api.undoReview({ reviewer });
    expect(await status()).toEqual(['2023-03-01:in_review:hand', '2023-03-02:in_review:coding']);
    await engine.api.applyTag({ tag: 'Responsive', target: { scope: 'day', conversationId, day: '2023-03-01' }, reviewer });
    await engine.api.setDayStatus({ conversationId, day: '2023-03-01', status: 'auto', reviewer });
    expect(await status()).toEqual(['2023-03-01:reviewed:coding', '2023-03-02:in_review:coding']);

    const progress = await engine.api.reviewProgress({});
    expect(progress.case).toEqual({ days: 2, unreviewed: 0, inReview: 1, reviewed: 1 });
    expect(progress.custodians).toEqual([{ custodian: null, days: 2, unreviewed: 0, inReview: 1, reviewed: 1 }]);
  });
});

describe('findings', () => {
  it('are confirmed, dismissed with a reason or marked for follow-up, kept across re-analysis and shown in the report', async () => {
    const dir = tempDir();
    const engine = openEngine(`${dir}/case.threadline`);
    const chat = ['01/03/2024, 09:00 - Dana Whitfield: Permit fee is due', '01/03/2024, 09:01 - Dana Whitfield: This message was deleted', '01/03/2024, 09:02 - Tom Kessler: ok'].join('\n');
    await engine.runImport({ paths: [writeText(dir, 'WhatsApp Chat with Tom.txt', chat)], timeZone: 'UTC' }).done;
    const [conversation] = await engine.api.listConversations({});
    const { findings } = await engine.api.listFindings({ conversationId: conversation!.id });
    const deleted = findings.find((f) => f.type === 'deleted')!;
    expect(deleted.review).toBeNull();
    await engine.api.setReviewer({ name: 'Pat Lee' });
    await expect(engine.api.reviewFinding({ findingId: deleted.id, decision: 'dismissed', reviewer: 'Pat Lee' })).rejects.toMatchObject({ message: 'Dismissing a finding as not a gap needs a note saying why.' });
    await engine.api.reviewFinding({ findingId: deleted.id, decision: 'dismissed', note: 'Sender deleted a duplicate', reviewer: 'Pat Lee' });

    // The matter period re-runs the analysis: findings get new rows, the decision stays with its finding.
    const job = await engine.api.setMatterPeriod({ start: '2024-01-01', end: '2024-12-31' });
    expect(job.jobId).toEqual(expect.any(String));
    await engine.idle();
    const again = (await engine.api.listFindings({ conversationId: conversation!.id })).findings.find((f) => f.type === 'deleted')!;
    expect(again.review).toMatchObject({ decision: 'dismissed', note: 'Sender deleted a duplicate', reviewer: 'Pat Lee' });
    const csv = await engine.api.completenessExport({ conversationId: conversation!.id, format: 'csv' });
    expect(csv.text).toContain('Dismissed as not a gap by Pat Lee on');
    const html = await engine.api.completenessExport({ conversationId: conversation!.id, format: 'html' });
    expect(html.text).toContain('Sender deleted a duplicate');
    // The matter period is a decision too: recorded under the reviewer this machine knows, not the account.
    expect(lastAudit(engine)).toMatchObject({ actor: 'Pat Lee', action: 'case.matter_period_changed' });
  });
});

describe('notes on findings', () => {
  it("keep a decision's note as a note on the finding, found by note: with the messages it is about", async () => {
    const dir = tempDir();
    const engine = openEngine(`${dir}/case.threadline`, { defaultTimeZone: 'UTC' });
    const chat = ['01/03/2024, 09:00 - Ana Ruiz: the barge', '01/03/2024, 09:01 - Tom Kessler: This message was deleted', '01/03/2024, 09:02 - Ana Ruiz: call me'];
    await engine.runImport({ paths: [writeText(dir, 'WhatsApp Chat with Ana Ruiz.txt', `${chat.join('\n')}\n`)], timeZone: 'UTC' }).done;
    const { findings } = await engine.api.listFindings({});
    const finding = findings.find((f) => f.messageId !== null || f.beforeMessageId !== null)!;
    await engine.api.reviewFinding({ findingId: finding.id, decision: 'dismissed', note: 'Deleted by the sender on purpose', reviewer: 'Pat Lee' });
    const [note] = await engine.api.listNotes({ target: { scope: 'finding', findingId: finding.id } });
    expect(note).toMatchObject({ scope: 'finding', text: 'Deleted by the sender on purpose', reviewer: 'Pat Lee' });
    const about = [...new Set([finding.messageId, finding.beforeMessageId, finding.afterMessageId].filter((id): id is number => id !== null))].sort((a, b) => a - b);
    const found = (await engine.api.search({ q: 'note:purpose' })).hits.map((h) => h.messageId).sort((a, b) => a - b);
    expect(found).toEqual(about);
    expect(await hits(engine, 'note:barge')).toBe(0);
  });
});
