// The records lens (docs/gaps.md#rk-1, 44 U.S.C. 2911): an official's messages on a personal
// account are tested for a copy in an official account's source within 20 days.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Engine } from '../../electron/backend/api';
import { openEngine } from '../support/engines';
import { tempDir, writeText } from '../support/temp';

const DAY = 86_400_000;
const p2 = (n: number) => String(n).padStart(2, '0');
const T0 = Date.UTC(2024, 0, 8, 9, 30);

/** An Android export (24-hour clock, day first): one line per [day offset, author, text]. */
function chat(lines: [number, string, string][]): string {
  return (
    lines
      .map(([day, author, text]) => {
        const d = new Date(T0 + day * DAY);
        return `${p2(d.getUTCDate())}/${p2(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}, ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())} - ${author}: ${text}`;
      })
      .join('\n') + '\n'
  );
}

const SENT = [
  'the contract for the harbour dredging goes to Baltic Works',
  'please move the tender deadline to the end of March',
  'budget line 14 can absorb the overrun this year',
  'ok',
  'tell the auditors the invoices are with legal',
  'the minister wants the pier permit signed before the vote',
];

async function caseWithAccounts(): Promise<{ engine: Engine; personal: number; official: number; conversation: number }> {
  const dir = tempDir();
  const engine = openEngine(join(dir, 'c.threadline'));
  // Dana's personal phone: six messages she sent on days 0–2 and one on day 50, replies from Ed.
  const personal = chat([
    ...SENT.map((text, i): [number, string, string] => [Math.floor(i / 2), 'Dana Whitfield', text]),
    [0, 'Ed Marsh', 'noted, thanks'],
    [50, 'Dana Whitfield', 'the final numbers for the harbour are in the shared folder'],
  ]);
  // Her official account: two messages forwarded the same day, one on day 19, one on day 25 (too
  // late), a coincidental "ok" from someone else; the official export runs to day 60.
  const official = chat([
    [0, 'Dana Whitfield', SENT[0]!],
    [1, 'Dana Whitfield', SENT[2]!],
    [2, 'Records Desk', 'ok'],
    [19, 'Dana Whitfield', SENT[1]!],
    [25, 'Dana Whitfield', SENT[4]!],
    [60, 'Records Desk', 'quarter closed'],
  ]);
  await engine.runImport({ paths: [writeText(dir, 'WhatsApp Chat with Ed Marsh.txt', personal)], custodian: 'Dana Whitfield', timeZone: 'UTC' }).done;
  await engine.runImport({ paths: [writeText(dir, 'WhatsApp Chat with Records Desk.txt', official)], custodian: 'Dana Whitfield (agency phone)', timeZone: 'UTC' }).done;
  const sources = await engine.api.listSources({});
  const conversations = await engine.api.listConversations({});
  return {
    engine,
    personal: sources.find((s) => s.fileName.includes('Ed Marsh'))!.id,
    official: sources.find((s) => s.fileName.includes('Records Desk'))!.id,
    conversation: conversations.find((c) => c.sourceFile.includes('Ed Marsh'))!.id,
  };
}

async function mark(engine: Engine, sourceId: number, kind: 'official' | 'personal' | 'none', holder?: string): Promise<void> {
  await engine.api.markSourceAccount({ sourceId, kind, ...(holder === undefined ? {} : { holder }) });
  await engine.idle();
}

describe('records lens', () => {
  it('says it cannot run until the accounts are marked, and why', async () => {
    const { engine, personal, conversation } = await caseWithAccounts();
    const notRun = async () => (await engine.api.listFindings({ conversationId: conversation })).notRun.find((n) => n.rule === 'RK-1')?.why;
    expect(await notRun()).toMatch(/not marked as an official or a personal account/);
    await mark(engine, personal, 'personal');
    expect(await notRun()).toMatch(/holder is not chosen/);
    await mark(engine, personal, 'personal', 'Dana Whitfield');
    expect(await notRun()).toMatch(/no source in the case is marked as an official account/);
    expect((await engine.api.recordsReport({})).notRun).toMatch(/No source is marked as an official account/);
    await engine.close();
  });

  it('flags the holder’s messages with no official copy within 20 days, by day, and counts the rest', async () => {
    const { engine, personal, official, conversation } = await caseWithAccounts();
    await mark(engine, personal, 'personal', 'Dana Whitfield');
    await mark(engine, official, 'official', 'Dana Whitfield');

    const { findings, notRun } = await engine.api.listFindings({ conversationId: conversation, rule: 'RK-1' });
    expect(notRun.filter((n) => n.rule === 'RK-1')).toEqual([]);
    // Not copied: SENT[3] is "ok" but the official "ok" is someone else's and still counts as a (short) copy;
    // SENT[4] was forwarded on day 25, too late; SENT[5] never. Day 50's message cannot be decided: the
    // official export ends on day 60, before its 20 days ran out.
    const summary = findings.map((f) => [f.fromLocal!.slice(0, 10), f.strength, f.count, f.evidence.length]);
    expect(summary).toEqual([
      ['2024-01-10', 'medium', 2, 2],
      ['2024-02-27', 'low', 1, 1],
    ]);
    expect(findings[0]!.type).toBe('records_not_copied');
    expect(findings[0]!.explanation).toMatch(/^2 messages Dana Whitfield sent from this personal account on 2024-01-10 \(09:30, 09:30\) have no copy in any official account’s source within 20 days \(44 U\.S\.C\. 2911\)/);
    expect(findings[1]!.explanation).toMatch(/they end 2024-03-08 09:30 UTC, before the 20 days ran out/);
    // The official source itself is not tested.
    const officialConversation = (await engine.api.listConversations({})).find((c) => c.sourceId === official)!.id;
    expect((await engine.api.listFindings({ conversationId: officialConversation, rule: 'RK-1' })).findings).toEqual([]);

    const report = await engine.api.recordsReport({});
    expect(report.notRun).toBeNull();
    expect(report.officialSources.map((s) => s.sourceId)).toEqual([official]);
    expect(report.personal).toEqual([
      expect.objectContaining({ sourceId: personal, holder: 'Dana Whitfield', tested: 7, copied: 4, copiedOnShortText: 1, notCopied: 2, undecided: 1, untestable: 0 }),
    ]);
    // Lags of the four copies: 0, 0, 1 day (the "ok") and 19 days; the median is half a day.
    expect(report.personal[0]!.medianLagMs).toBe(DAY / 2);
    await engine.close();
  });

  it('refuses a holder who wrote nothing in the source, and audits every marking', async () => {
    const { engine, personal } = await caseWithAccounts();
    await expect(engine.api.markSourceAccount({ sourceId: personal, kind: 'personal', holder: 'Someone Else' })).rejects.toThrow(
      /^Someone Else wrote no message in WhatsApp Chat with Ed Marsh\.txt; the holder is one of: Dana Whitfield, Ed Marsh\.$/,
    );
    await mark(engine, personal, 'personal', 'Ed Marsh');
    await mark(engine, personal, 'none');
    const audit = engine.caseFile.writer.prepare(`SELECT detail FROM audit WHERE action = 'source.account_marked' ORDER BY id`).pluck().all() as string[];
    expect(audit.map((d) => JSON.parse(d) as { before: unknown; after: unknown })).toEqual([
      expect.objectContaining({ before: null, after: { kind: 'personal', holder: 'Ed Marsh' } }),
      expect.objectContaining({ before: { kind: 'personal', holder: 'Ed Marsh' }, after: null }),
    ]);
    expect((await engine.api.listSources({})).find((s) => s.id === personal)!.account).toBeNull();
    await engine.close();
  });
});
