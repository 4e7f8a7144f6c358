// R7's candidate silences (gaps/rules/cadence.ts TimesInOrder), kept as numbers past the size where
// their store grows: each with the seqs and instants of its ends and their wall-clock times.
import { describe, expect, it } from 'vitest';
import { TimesInOrder } from '../../electron/backend/gaps/rules/cadence';

const HOUR = 3_600_000;
const localOf = (ms: number) => new Date(ms).toISOString().slice(0, 16);

describe('TimesInOrder silences', () => {
  it('keeps every neighbour pair two hours or more apart, exactly, however many there are', () => {
    const times = new TimesInOrder();
    const start = Date.UTC(2024, 0, 1, 8);
    const at: number[] = [];
    for (let seq = 0; seq < 3000; seq++) at.push((at[seq - 1] ?? start) + (seq % 3 === 0 ? 2 * HOUR + seq * 1000 : 60_000));
    at.forEach((ms, seq) => times.add(ms, localOf(ms), 10 + seq));
    times.finish();
    const expected = at.flatMap((ms, seq) => (seq > 0 && ms - at[seq - 1]! >= 2 * HOUR ? [seq] : []));
    expect(times.silenceCount).toBe(expected.length);
    expect(expected.length).toBeGreaterThan(900);
    expected.forEach((seq, i) => {
      const [fromAt, toAt] = [at[seq - 1]!, at[seq]!];
      expect(times.silence(i)).toEqual({ beforeSeq: 10 + seq - 1, afterSeq: 10 + seq, fromAt, toAt, fromWall: Date.parse(`${localOf(fromAt)}Z`), toWall: Date.parse(`${localOf(toAt)}Z`) });
    });
  });
});
