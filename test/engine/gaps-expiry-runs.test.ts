// R2 on a Wickr retention file (docs/gaps.md#r2): one span per run of messages carrying the same
// expiry setting, runs without a setting saying nothing, a change of setting starting a new run, and
// a run that reaches the last message closing there.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openEngine } from '../support/engines';
import { tempDir, writeText } from '../support/temp';

const ROOM = `S${'a'.repeat(63)}`;
const START_S = Date.UTC(2023, 10, 14, 22, 0) / 1000;

/** Display times of the message sent `minutes` after the start, and of a time `plus` minutes later. */
function display(minutes: number): string {
  const d = new Date((START_S + minutes * 60) * 1000);
  const h = d.getUTCHours();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${String(d.getUTCFullYear()).slice(2)} ${h % 12 || 12}:${pad(d.getUTCMinutes())} ${h < 12 ? 'AM' : 'PM'}`;
}

/** One text record a minute; `ttl` / `bor` are minutes after the record's display time, or absent. */
function record(i: number, setting: { ttl?: number; bor?: number }): string {
  return JSON.stringify({
    message_id: `m${i}`,
    msg_ts: `${START_S + i * 60}.000000`,
    sender_type: 'normal',
    vgroupid: ROOM,
    msgtype: 1000,
    sender: 'alice',
    message: `message ${i}`,
    time: display(i),
    ...(setting.ttl === undefined ? {} : { ttl: display(i + setting.ttl) }),
    ...(setting.bor === undefined ? {} : { bor: display(i + setting.bor) }),
  });
}

describe('R2 expiry spans', () => {
  it('gives one span per run of one setting, from its first to its last message', async () => {
    const settings: { ttl?: number; bor?: number }[] = [{ ttl: 60 }, { ttl: 60 }, { ttl: 60 }, {}, {}, { ttl: 60, bor: 5 }, { ttl: 60 }, { ttl: 60 }, {}, { bor: 5 }];
    const dir = tempDir();
    const engine = openEngine(join(dir, 'c.threadline'));
    await engine.runImport({ paths: [writeText(dir, 'receivedMessages.txt', settings.map((s, i) => record(i, s)).join('\n'))], timeZone: 'UTC' }).done;
    const { findings } = await engine.api.listFindings({});
    const spans = findings.filter((f) => f.rule === 'R2').map((f) => ({ count: f.count, explanation: f.explanation.slice(0, f.explanation.indexOf(').') + 1) }));
    expect(spans).toEqual([
      { count: 3, explanation: '3 messages here carry an expiry setting (expire 3600 s after sending)' },
      { count: 1, explanation: '1 message here carry an expiry setting (expire 3600 s after sending, burn 300 s after reading)' },
      { count: 2, explanation: '2 messages here carry an expiry setting (expire 3600 s after sending)' },
      { count: 1, explanation: '1 message here carry an expiry setting (burn 300 s after reading)' },
    ]);
  });
});
