// The records lens and linked copies from the command line: marking accounts, the records report,
// and `info --json` naming each conversation's linked counterparts.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { threadline } from '../support/cli';
import { tempDir, writeText } from '../support/temp';
import { androidCopy, dialogue, iosCopy } from '../../scripts/two-copies';

describe('threadline account and records', () => {
  it('marks a personal and an official account, then reports what was copied', () => {
    const dir = tempDir();
    const casePath = join(dir, 'case.threadline');
    const personal = writeText(dir, 'WhatsApp Chat with Ed Marsh.txt', '08/01/2024, 09:30 - Dana Whitfield: the tender deadline moves to the end of March\n08/01/2024, 09:31 - Dana Whitfield: budget line 14 absorbs the overrun\n08/01/2024, 09:40 - Ed Marsh: noted\n');
    const official = writeText(dir, 'WhatsApp Chat with Records Desk.txt', '09/01/2024, 10:00 - Dana Whitfield: the tender deadline moves to the end of March\n20/03/2024, 10:00 - Records Desk: quarter closed\n');
    expect(threadline('import', personal, official, '--case', casePath, '--tz', 'UTC').status).toBe(0);

    const before = threadline('records', '--case', casePath);
    expect(before.stdout).toContain('cannot determine: No source is marked as a personal account.');

    const wrong = threadline('account', '1', '--case', casePath, '--personal', '--holder', 'Nobody');
    expect(wrong.status).toBe(1);
    expect(wrong.stderr.trim()).toBe('Nobody wrote no message in WhatsApp Chat with Ed Marsh.txt; the holder is one of: Dana Whitfield, Ed Marsh.');
    expect(threadline('account', '1', '--case', casePath, '--personal', '--official').stderr).toMatch(/exactly one of --official, --personal or --none/);

    expect(threadline('account', '1', '--case', casePath, '--personal', '--holder', 'Dana Whitfield').stdout.trim()).toBe('source 1 (WhatsApp Chat with Ed Marsh.txt) is a personal account of Dana Whitfield');
    expect(threadline('account', '2', '--case', casePath, '--official').status).toBe(0);

    const report = JSON.parse(threadline('records', '--case', casePath, '--json').stdout) as { personal: { tested: number; copied: number; notCopied: number; medianLagMs: number }[] };
    expect(report.personal[0]).toMatchObject({ tested: 2, copied: 1, notCopied: 1, medianLagMs: 24.5 * 3_600_000 });
    const text = threadline('records', '--case', casePath).stdout;
    expect(text).toContain('2 messages tested: 1 copied to an official account within 20 days, median 24.5 h after sending');
    const gaps = JSON.parse(threadline('gaps', '--case', casePath, '--json').stdout) as { findings: { rule: string; count: number }[] };
    expect(gaps.findings.filter((f) => f.rule === 'RK-1').map((f) => f.count)).toEqual([1]);
    const info = JSON.parse(threadline('info', '--case', casePath, '--json').stdout) as { sources: { account: unknown }[] };
    expect(info.sources.map((s) => s.account)).toEqual([
      { kind: 'personal', holder: 'Dana Whitfield' },
      { kind: 'official', holder: null },
    ]);
  });

  it('info --json lists each conversation with its linked counterparts, and the links', () => {
    const dir = tempDir();
    const casePath = join(dir, 'case.threadline');
    const lines = dialogue(40, 7 * 3_600_000);
    const ana = writeText(dir, 'WhatsApp Chat with Ben Okafor.txt', androidCopy(lines));
    const ben = writeText(dir, '_chat.txt', iosCopy(lines.filter((_, i) => i !== 20)));
    expect(threadline('import', ana, '--case', casePath, '--custodian', 'Ana Ruiz', '--tz', 'Europe/Madrid').status).toBe(0);
    expect(threadline('import', ben, '--case', casePath, '--custodian', 'Ben Okafor', '--tz', 'Europe/Madrid').status).toBe(0);
    const info = JSON.parse(threadline('info', '--case', casePath, '--json').stdout) as {
      conversations: { id: number; linkedConversationIds: number[] }[];
      links: { members: { conversationId: number; onlyHere: number }[] }[];
    };
    const [a, b] = info.conversations.map((c) => c.id).sort();
    expect(Object.fromEntries(info.conversations.map((c) => [c.id, c.linkedConversationIds]))).toEqual({ [a!]: [b], [b!]: [a] });
    expect(info.links[0]!.members.map((m) => m.onlyHere)).toEqual([1, 0]);
    expect(threadline('info', '--case', casePath).stdout).toMatch(/^link 1: conversation \d+ \(Ana Ruiz, 1 only there\) and conversation \d+ \(Ben Okafor, 0 only there\)/m);
  });
});
