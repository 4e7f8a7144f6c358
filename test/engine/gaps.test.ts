// The gap engine on constructed exports with known answers (issue: "constructed cases give exactly the
// expected findings"), on invented with-media exports, and through the CLI.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../shared/findings';
import type { Engine } from '../../electron/backend/api';
import { expectedBetween, rhythmOf } from '../../electron/backend/gaps/rules/cadence';
import { threadline } from '../support/cli';
import { openEngine } from '../support/engines';
import { tempDir, writeText } from '../support/temp';
import { ANDROID_MEDIA_CHAT, androidMediaChat, DELETIONS_CHAT, deletionsChat, IOS_MEDIA_CHAT, iosMediaChat } from '../fixtures/whatsapp';
const NOTICE = 'Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.';
const p2 = (n: number) => String(n).padStart(2, '0');

/** An Android export line at a UTC-free wall clock. */
function line(at: Date, author: string | null, text: string): string {
  const stamp = `${p2(at.getUTCDate())}/${p2(at.getUTCMonth() + 1)}/${at.getUTCFullYear()}, ${p2(at.getUTCHours())}:${p2(at.getUTCMinutes())}`;
  return `${stamp} - ${author === null ? '' : `${author}: `}${text}`;
}

/** A busy chat: a message every 10 minutes from 09:00 to 22:50, every day for `days` days from 13 March 2023. */
function busyChat(days: number, skip?: (at: Date) => boolean, extra?: (lines: string[], at: Date, i: number) => void): string {
  const lines = [line(new Date(Date.UTC(2023, 2, 13, 8, 0)), null, NOTICE)];
  let i = 0;
  for (let d = 0; d < days; d++) {
    for (let minutes = 9 * 60; minutes < 23 * 60; minutes += 10) {
      const at = new Date(Date.UTC(2023, 2, 13 + d, 0, minutes));
      if (skip?.(at)) continue;
      lines.push(line(at, i % 2 ? 'Ana Ruiz' : 'Ben Okafor', `update ${i}`));
      extra?.(lines, at, i);
      i++;
    }
  }
  return lines.join('\n') + '\n';
}

async function analysed(text: string, name = 'chat.txt'): Promise<{ engine: Engine; findings: Finding[]; notRun: { rule: string; why: string }[] }> {
  const dir = tempDir();
  const engine = openEngine(join(dir, 'c.threadline'));
  await engine.runImport({ paths: [writeText(dir, name, text)], timeZone: 'Europe/Madrid', dateOrder: 'DMY' }).done;
  const { findings, notRun } = await engine.api.listFindings({});
  return { engine, findings, notRun };
}

const ofType = (fs: Finding[], type: Finding['type']) => fs.filter((f) => f.type === type);

describe('the gap engine on constructed exports', () => {
  it('three tombstones give three deleted findings, facts, each on its message with the line as evidence', async () => {
    const text = busyChat(1, undefined, (lines, at, i) => {
      if (i === 5 || i === 40 || i === 70) lines.push(line(at, 'Ben Okafor', i === 40 ? 'You deleted this message' : 'This message was deleted'));
    });
    const { findings } = await analysed(text);
    const deleted = ofType(findings, 'deleted');
    expect(deleted).toHaveLength(3);
    expect(deleted.every((f) => f.strength === 'fact' && f.rule === 'WA-1' && f.messageId !== null)).toBe(true);
    expect(deleted[1]!.explanation).toMatch(/deleted by the owner of the exporting phone/);
    expect(deleted[0]!.evidence[0]).toMatchObject({ file: 'chat.txt', line: 8, text: 'This message was deleted' });
  });

  it('a disappearing-messages on/off pair gives one expected-loss span between the two notices', async () => {
    const text = busyChat(3, undefined, (lines, at, i) => {
      if (i === 20) lines.push(line(at, null, "Ana Ruiz turned on disappearing messages. New messages will disappear from this chat 7 days after they're sent, except when kept."));
      if (i === 90) lines.push(line(at, null, 'Ben Okafor turned off disappearing messages.'));
    });
    const { findings } = await analysed(text);
    const spans = ofType(findings, 'expected_loss');
    expect(spans).toHaveLength(1);
    expect(spans[0]).toMatchObject({ rule: 'WA-3', strength: 'context', fromLocal: '2023-03-13T12:20', toLocal: '2023-03-14T10:00' });
    expect(spans[0]!.explanation).toMatch(/^Disappearing messages were switched on \(7 days\) by Ana Ruiz at 2023-03-13T12:20 until Ben Okafor changed the setting at 2023-03-14T10:00/);
    expect(spans[0]!.beforeSeq! < spans[0]!.afterSeq!).toBe(true);
  });

  it('a 40,000-message export without its opening notice gives truncation: at the cap, and no notice', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 40_000; i++) lines.push(line(new Date(Date.UTC(2022, 0, 1) + i * 90_000), i % 2 ? 'Ana Ruiz' : 'Ben Okafor', `m ${i}`));
    const { findings } = await analysed(lines.join('\n') + '\n');
    const cut = ofType(findings, 'truncation');
    expect(cut.map((f) => [f.rule, f.strength])).toEqual([
      ['WA-5', 'high'],
      ['WA-6', 'medium'],
    ]);
    expect(cut[0]!.explanation).toMatch(/exactly the 40,000 WhatsApp keeps in an export without media/);
    expect(cut[0]!.afterSeq).toBe(0);
  });

  it('a clean export gives none of these, and lists the rules that could not run', async () => {
    const { findings, notRun } = await analysed(busyChat(6));
    for (const type of ['deleted', 'expected_loss', 'truncation', 'suspected_gap', 'missing_referenced'] as const) {
      expect(ofType(findings, type)).toEqual([]);
    }
    expect(notRun.map((n) => n.rule).sort()).toEqual(['R3', 'R5', 'R6', 'R9', 'RK-1', 'WA-4', 'WA-7']);
    expect(notRun.find((n) => n.rule === 'R3')!.why).toMatch(/no row ids or sort counters/);
  });

  it('ranks a mid-day silence in a busy chat, and never a quiet night', async () => {
    // Fourteen busy days, silent every night; on the 10th day nothing between 11:00 and 16:00.
    const text = busyChat(14, (at) => at.getUTCDate() === 22 && at.getUTCHours() >= 11 && at.getUTCHours() < 16);
    const { findings } = await analysed(text);
    const silences = ofType(findings, 'suspected_gap');
    expect(silences).toHaveLength(1);
    expect(silences[0]).toMatchObject({ rule: 'R7', strength: 'low', fromLocal: '2023-03-22T10:50', toLocal: '2023-03-22T16:00' });
    expect(silences[0]!.score!).toBeGreaterThan(25);
  });

  it('expects nothing of hours and days the conversation is always quiet in', () => {
    const locals: string[] = [];
    for (let d = 13; d <= 24; d++) {
      const day = new Date(Date.UTC(2023, 2, d)).getUTCDay();
      if (day === 0 || day === 6) continue; // a work chat: never at weekends
      for (let h = 9; h < 18; h++) locals.push(`2023-03-${p2(d)}T${p2(h)}:00`);
    }
    const rhythm = rhythmOf(locals);
    const wall = (s: string) => Date.parse(s + ':00Z');
    expect(expectedBetween(rhythm, wall('2023-03-17T18:00'), wall('2023-03-20T09:00'))).toBeCloseTo(0, 5); // Friday night to Monday
    expect(expectedBetween(rhythm, wall('2023-03-21T10:00'), wall('2023-03-21T15:00'))).toBeCloseTo(5, 5); // a Tuesday's working hours
  });
});

describe('the matter period and re-reading', () => {
  it('reports coverage once a matter period is set, and says it cannot when none is', async () => {
    const { engine, findings, notRun } = await analysed(busyChat(3));
    expect(ofType(findings, 'coverage')).toEqual([]);
    expect(notRun.find((n) => n.rule === 'R9')?.why).toBe('no matter period is set for the case');
    await engine.api.setMatterPeriod({ start: '2023-03-01', end: '2023-03-31' });
    await engine.idle();
    const after = await engine.api.listFindings({ type: 'coverage' });
    expect(after.findings.map((f) => f.explanation)).toEqual([
      'The source’s messages begin on 2023-03-13, 12 days after the matter period begins (2023-03-01): nothing before that is covered by it.',
      'The source’s messages end on 2023-03-15, 16 days before the matter period ends (2023-03-31): nothing after that is covered by it.',
    ]);
    expect(after.notRun.map((n) => n.rule)).not.toContain('R9');
    const audit = engine.caseFile.writer.prepare(`SELECT detail FROM audit WHERE action = 'case.matter_period_changed'`).all() as { detail: string }[];
    expect(JSON.parse(audit[0]!.detail)).toEqual({ before: null, after: { start: '2023-03-01', end: '2023-03-31' } });
    await expect(engine.api.setMatterPeriod({ start: '2023-04-01', end: '2023-03-01' })).rejects.toThrow(/cannot end/);
  });
});

describe('the gap engine on with-media exports imported as bare text', () => {
  it('finds each unexplained skip of the iOS media counter, with its size', async () => {
    const dir = tempDir();
    const engine = openEngine(join(dir, 'c.threadline'));
    await engine.runImport({ paths: [writeText(dir, IOS_MEDIA_CHAT.name, iosMediaChat())], timeZone: 'Europe/Madrid' }).done;
    const { findings } = await engine.api.listFindings({ rule: 'WA-7' });
    expect(findings.map((f) => f.count)).toEqual(IOS_MEDIA_CHAT.skips);
    expect(findings.every((f) => f.type === 'suspected_gap' && f.strength === 'low')).toBe(true);
  });

  it('flags the placeholders of a with-media export as media not produced, and every named file as absent', async () => {
    const dir = tempDir();
    const engine = openEngine(join(dir, 'c.threadline'));
    await engine.runImport({ paths: [writeText(dir, ANDROID_MEDIA_CHAT.name, androidMediaChat())], timeZone: 'Europe/Madrid' }).done;
    const { findings } = await engine.api.listFindings({ rule: 'WA-4' });
    expect(findings.filter((f) => f.explanation.includes('shows only as'))).toHaveLength(ANDROID_MEDIA_CHAT.placeholders);
    expect(findings.filter((f) => f.explanation.includes('only the chat text was imported'))).toHaveLength(ANDROID_MEDIA_CHAT.attachedLines);
    expect(findings).toHaveLength(ANDROID_MEDIA_CHAT.placeholders + ANDROID_MEDIA_CHAT.attachedLines);
  });
});

describe('threadline gaps', () => {
  it('prints findings and rules not run in the documented JSON shape, and the completeness report', () => {
    const dir = tempDir();
    const casePath = join(dir, 'c.threadline');
    expect(threadline('import', writeText(dir, DELETIONS_CHAT.name, deletionsChat()), '--case', casePath, '--tz', 'Europe/Madrid').status).toBe(0);
    const r = threadline('gaps', '--case', casePath, '--json');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['findings', 'notRun']);
    const deleted = out.findings.filter((f: { type: string }) => f.type === 'deleted');
    expect(deleted).toHaveLength(DELETIONS_CHAT.deleted);
    for (const key of ['rule', 'type', 'strength', 'conversationId', 'from', 'to', 'beforeMessageId', 'afterMessageId', 'explanation', 'evidence']) {
      expect(deleted[0]).toHaveProperty(key);
    }
    // The first tombstone is written 27/03/2022, 10:14 in Madrid: summer time began there at 02:00 that day.
    expect(deleted[0].from).toBe(`${DELETIONS_CHAT.deletedDay}T08:14:00.000Z`);
    expect(out.notRun).toContainEqual(expect.objectContaining({ rule: 'R5', why: expect.stringMatching(/never contains replies/) }));

    const csv = threadline('gaps', '--case', casePath, '--report', 'csv');
    const rows = csv.stdout.trim().split('\r\n');
    expect(rows[0]!.replace(/^\uFEFF/, '')).toBe('conversationId,conversation,rule,type,strength,fromLocal,toLocal,fromUtc,toUtc,count,score,messageId,beforeMessageId,afterMessageId,explanation,evidence,review');
    expect(rows.filter((x) => x.includes(',WA-1,deleted,fact,'))).toHaveLength(DELETIONS_CHAT.deleted);
    const html = join(dir, 'report.html');
    expect(threadline('gaps', '--case', casePath, '--report', 'html', '--out', html).status).toBe(0);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain(`Recorded by the source (${DELETIONS_CHAT.deleted})`);
    expect(page).toContain('This is not a statement that the conversation is complete.');
    expect(threadline('gaps', '--case', casePath, '--report', 'pdf').stderr).toMatch(/--report must be html or csv/);
  });
});
