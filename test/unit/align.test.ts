// Cross-source alignment on constructed pairs (issue: clock skew, local deletes, different export
// caps, different locales of the same chat).
import { describe, expect, it } from 'vitest';
import { absenceRuns, align, comparableText, type AlignItem } from '../../electron/backend/align/align';

const T0 = Date.UTC(2024, 2, 4, 9, 0, 0);
const MIN = 60_000;

/** A chat of `n` messages, one every 3 minutes, alternating authors, each text unique unless `text` says otherwise. */
function chat(n: number, opts: { skewMs?: number | ((i: number) => number); minutes?: boolean; text?: (i: number) => string; keep?: (i: number) => boolean } = {}): AlignItem[] {
  const items: AlignItem[] = [];
  for (let i = 0; i < n; i++) {
    if (opts.keep && !opts.keep(i)) continue;
    const skew = typeof opts.skewMs === 'function' ? opts.skewMs(i) : (opts.skewMs ?? 0);
    let at = T0 + i * 3 * MIN + 17_000 + skew;
    if (opts.minutes) at -= at % MIN;
    items.push({ seq: items.length, authors: [i % 2 ? 'ana' : 'ben'], text: opts.text ? opts.text(i) : `message ${i} about the permit`, at, minutePrecision: opts.minutes ?? false });
  }
  return items;
}

describe('align', () => {
  it('matches every message of two identical copies despite a clock offset and minute precision', () => {
    const a = chat(200);
    const b = chat(200, { skewMs: 3 * MIN, minutes: true });
    const result = align(a, b);
    expect(result.matched).toBe(200);
    // B writes minutes only: on average half a minute behind its clock, which is 3 minutes fast.
    expect(Math.abs(result.offsetMs - 3 * MIN)).toBeLessThanOrEqual(MIN / 2);
    expect(result.rows).toHaveLength(200);
    expect(result.rows.every((r) => r.a !== null && r.b !== null)).toBe(true);
    expect(absenceRuns(result.rows)).toEqual([]);
  });

  it('finds five messages deleted from one phone as one run of five inside the shared window', () => {
    const a = chat(120);
    const b = chat(120, { keep: (i) => i < 50 || i >= 55 });
    const runs = absenceRuns(align(a, b).rows);
    expect(runs).toEqual([{ missingFrom: 'b', first: 50, last: 54, count: 5, outsideWindow: false }]);
  });

  it('tells an export that starts later (a cap) from an absence inside the window', () => {
    const full = chat(300);
    const capped = chat(300, { keep: (i) => i >= 100 });
    const runs = absenceRuns(align(capped, full).rows);
    expect(runs).toEqual([{ missingFrom: 'a', first: 0, last: 99, count: 100, outsideWindow: true }]);
  });

  it('matches placeholders and notices across locales by what they are', () => {
    expect(comparableText('media', 'media.omitted', 'Bild weggelassen')).toBe(comparableText('media', 'media.omitted', 'image omitted'));
    expect(comparableText('deleted', 'deleted.incoming', 'Diese Nachricht wurde gelöscht.')).toBe(comparableText('deleted', 'deleted.own', 'You deleted this message'));
    expect(comparableText('system', 'system.encryption', 'Nachrichten und Anrufe …')).toBe('<system.encryption>');
    expect(comparableText('text', null, '  Hello\u200E  World ')).toBe('hello world');
    const en = chat(30, { text: (i) => (i % 10 === 3 ? '<media>' : `m${i}`) });
    const de = chat(30, { text: (i) => (i % 10 === 3 ? '<media>' : `m${i}`), skewMs: -60 * MIN });
    expect(align(en, de).matched).toBe(30);
  });

  it('keeps repeated texts in order, and does not match a text far out of time', () => {
    const a = chat(40, { text: (i) => (i % 4 === 0 ? 'ok' : `t${i}`) });
    const b = chat(40, { text: (i) => (i % 4 === 0 ? 'ok' : `t${i}`), keep: (i) => i !== 8 });
    const result = align(a, b);
    expect(result.matched).toBe(39);
    expect(absenceRuns(result.rows)).toEqual([{ missingFrom: 'b', first: 8, last: 8, count: 1, outsideWindow: false }]);
    const late: AlignItem[] = [{ seq: 0, authors: ['ana'], text: 'ok', at: T0 + 5 * 3_600_000, minutePrecision: false }];
    expect(align([{ seq: 0, authors: ['ana'], text: 'ok', at: T0, minutePrecision: false }], late).matched).toBe(0);
  });

  it('does not pair the same words said by two different people', () => {
    const a: AlignItem[] = [{ seq: 0, authors: ['ana'], text: 'yes', at: T0, minutePrecision: false }];
    const b: AlignItem[] = [{ seq: 0, authors: ['ben'], text: 'yes', at: T0, minutePrecision: false }];
    expect(align(a, b).matched).toBe(0);
  });

  describe('when the offset between the copies changes (daylight saving in one copy’s zone only)', () => {
    const HOUR = 60 * MIN;

    it.each([
      ['forward', (i: number) => (i < 150 ? 0 : HOUR)],
      ['back', (i: number) => (i < 150 ? HOUR : 0)],
      ['forward and back', (i: number) => (i >= 100 && i < 200 ? -HOUR : 0)],
    ])('matches every message across a change %s, and finds the one dropped there', (_how, skew) => {
      const a = chat(300);
      const whole = align(a, chat(300, { skewMs: skew, minutes: true }));
      expect(whole.matched).toBe(300);
      expect(absenceRuns(whole.rows)).toEqual([]);
      expect(whole.offsetShifts.map((s) => Math.round((s.toMs - s.fromMs) / HOUR))).toEqual(skew(0) === skew(299) ? [-1, 1] : [Math.round((skew(299) - skew(0)) / HOUR)]);

      const dropped = align(a, chat(300, { skewMs: skew, minutes: true, keep: (i) => i !== 150 }));
      expect(dropped.matched).toBe(299);
      expect(absenceRuns(dropped.rows)).toEqual([{ missingFrom: 'b', first: 150, last: 150, count: 1, outsideWindow: false }]);
    });

    it('keeps repeated texts on the right side of the change', () => {
      const text = (i: number) => (i % 5 === 0 ? 'ok' : `t${i}`);
      const a = chat(200, { text });
      const b = chat(200, { text, skewMs: (i) => (i < 100 ? 0 : HOUR), keep: (i) => i !== 100 && i !== 101 });
      const result = align(a, b);
      expect(result.matched).toBe(198);
      expect(absenceRuns(result.rows)).toEqual([{ missingFrom: 'b', first: 100, last: 101, count: 2, outsideWindow: false }]);
    });

    it('reports no change for a steady offset, however large', () => {
      expect(align(chat(100), chat(100, { skewMs: 5 * HOUR })).offsetShifts).toEqual([]);
    });
  });
});
