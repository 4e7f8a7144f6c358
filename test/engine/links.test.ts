// Two custodians' copies of one chat (issue: "one missing five messages, show as one thread with those
// five marked 'only in A', and the gap engine receives them as one run of five").
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Engine } from '../../electron/backend/api';
import { openEngine } from '../support/engines';
import { tempDir, writeText } from '../support/temp';
import { androidCopy, dialogue, iosCopy } from '../../scripts/two-copies';

async function twoCopies(dropFromB: (i: number) => boolean): Promise<{ engine: Engine; a: number; b: number }> {
  const dir = tempDir();
  const lines = dialogue(80);
  const engine = openEngine(join(dir, 'c.threadline'));
  await engine.runImport({ paths: [writeText(dir, 'WhatsApp Chat with Ben Okafor.txt', androidCopy(lines))], custodian: 'Ana Ruiz', timeZone: 'Europe/Madrid' }).done;
  await engine.runImport({ paths: [writeText(dir, '_chat.txt', iosCopy(lines.filter((_, i) => !dropFromB(i))))], custodian: 'Ben Okafor', timeZone: 'Europe/Madrid', dateOrder: 'MDY' }).done;
  const conversations = await engine.api.listConversations({});
  const a = conversations.find((c) => c.custodian === 'Ana Ruiz')!.id;
  const b = conversations.find((c) => c.custodian === 'Ben Okafor')!.id;
  return { engine, a, b };
}

describe('conversation links', () => {
  it('links two custodians’ copies, shows one merged thread, and marks the five only one copy holds', async () => {
    const { engine, a, b } = await twoCopies((i) => i >= 40 && i < 45);
    const [link, ...more] = await engine.api.listLinks({});
    expect(more).toEqual([]);
    expect(link).toMatchObject({ method: 'participants', matched: 75, rows: 80 });
    // Ben's clock is 90 s fast; Ana's export writes minutes only, so the estimate is within half a minute.
    expect(Math.abs(link!.offsetMs - 90_000)).toBeLessThanOrEqual(30_000);
    expect(link!.members.map((m) => [m.conversationId, m.onlyHere])).toEqual([
      [a, 5],
      [b, 0],
    ]);

    const page = await engine.api.linkedThreadPage({ linkId: link!.id, fromPos: 35, limit: 15 });
    expect(page.total).toBe(80);
    expect(page.messages.map((m) => m.presentIn)).toEqual([...Array(5).fill([a, b]), ...Array(5).fill([a]), ...Array(5).fill([a, b])]);
    expect(page.messages[5]!.body).toBe('point 40: the permit for pier 4 needs 40 signatures');

    const missing = await engine.api.listFindings({ conversationId: b, rule: 'R6' });
    expect(missing.findings).toHaveLength(1);
    expect(missing.findings[0]).toMatchObject({ type: 'cross_source_absence', strength: 'high', count: 5 });
    expect(missing.findings[0]!.explanation).toMatch(/^5 messages in the copy of WhatsApp Chat with Ben Okafor\.txt \(custodian Ana Ruiz\)/);
    expect(missing.findings[0]!.evidence).toHaveLength(5);
    expect((await engine.api.listFindings({ conversationId: a, rule: 'R6' })).findings).toEqual([]);
    expect((await engine.api.listFindings({ conversationId: a })).notRun.map((n) => n.rule)).not.toContain('R6');
    await engine.close();
  });

  it('reads a copy that starts later as a difference of coverage, not as deletions', async () => {
    const { engine, b } = await twoCopies((i) => i < 30);
    const { findings } = await engine.api.listFindings({ conversationId: b, rule: 'R6' });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ type: 'coverage', strength: 'context', count: 30 });
    expect(findings[0]!.explanation).toMatch(/before this copy begins/);
    await engine.close();
  });

  it('lets the reviewer unlink, and the cross-source rule says again that it cannot run', async () => {
    const { engine, b } = await twoCopies((i) => i === 10);
    const [link] = await engine.api.listLinks({});
    await engine.api.unlinkConversations({ linkId: link!.id });
    await engine.idle();
    expect(await engine.api.listLinks({})).toEqual([]);
    const after = await engine.api.listFindings({ conversationId: b });
    expect(after.findings.filter((f) => f.rule === 'R6')).toEqual([]);
    expect(after.notRun.find((n) => n.rule === 'R6')?.why).toMatch(/no other custodian’s copy/);
    const audit = engine.caseFile.writer.prepare(`SELECT action FROM audit WHERE action LIKE 'conversations.%'`).pluck().all();
    expect(audit).toEqual(['conversations.unlinked']);
    await expect(engine.api.linkConversations({ conversationIds: [b, b] })).rejects.toThrow(/not a copy of itself/);
    await engine.close();
  });

  // Wall-clock times over eight days across one of Lisbon's daylight-saving changes in 2024; none in
  // the hour the change to summer time skips, which no phone writes.
  it.each([
    ['to summer time', Date.UTC(2024, 2, 27, 8), '+1 h on 2024-03-31'],
    ['to winter time', Date.UTC(2024, 9, 23, 8), '−1 h on 2024-10-27'],
  ])('aligns a copy read in Europe/Lisbon with one whose zone was assumed, across the change %s, and finds only the message dropped', async (_change, start, shiftText) => {
    const dir = tempDir();
    const shift = start - dialogue(1)[0]!.at;
    const skipped = [Date.UTC(2024, 2, 31, 1), Date.UTC(2024, 2, 31, 2)];
    const lines = dialogue(330, 37 * 60_000)
      .map((l) => ({ ...l, at: l.at + shift }))
      .filter((l) => l.at < skipped[0]! || l.at >= skipped[1]!);
    const dropped = lines.findIndex((l) => l.at > start + 6 * 86_400_000);
    const engine = openEngine(join(dir, 'c.threadline'), { defaultTimeZone: 'UTC' });
    await engine.runImport({ paths: [writeText(dir, 'WhatsApp Chat with Ben Okafor.txt', androidCopy(lines))], custodian: 'Ana Ruiz', timeZone: 'Europe/Lisbon' }).done;
    await engine.runImport({ paths: [writeText(dir, 'WhatsApp Chat with Ana Ruiz.txt', androidCopy(lines.filter((_, i) => i !== dropped)))], custodian: 'Ben Okafor' }).done;
    const conversations = await engine.api.listConversations({});
    const a = conversations.find((c) => c.custodian === 'Ana Ruiz')!.id;
    const b = conversations.find((c) => c.custodian === 'Ben Okafor')!.id;

    const [link] = await engine.api.listLinks({});
    expect(link).toMatchObject({ matched: lines.length - 1, rows: lines.length });
    expect(link!.evidence).toContain(`offset between the two copies' times changes (${shiftText})`);

    const { findings } = await engine.api.listFindings({ conversationId: b, rule: 'R6' });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ type: 'cross_source_absence', strength: 'medium', count: 1 });
    expect(findings[0]!.evidence.map((e) => e.line)).toEqual([dropped + 1]);
    expect(findings[0]!.explanation).toMatch(/No zone was given for WhatsApp Chat with Ana Ruiz\.txt \(its times were read as UTC\)/);
    expect((await engine.api.listFindings({ conversationId: a, rule: 'R6' })).findings).toEqual([]);
    await engine.close();
  });
});
