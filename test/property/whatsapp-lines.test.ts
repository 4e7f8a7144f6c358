// Property: any export written in the header grammar of docs/formats.md (Android and iOS layouts,
// either date order, padded or not, two- or four-digit years, 24- or 12-hour clocks with the
// separators phones put before AM/PM, multi-line messages) reads back as exactly the messages
// written: the same count, authors, texts and wall-clock times.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DateOrder } from '../../shared/model';
import { parseText } from '../unit/whatsapp-helpers';

interface Written {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  author: string;
  lines: string[];
}

interface Layout {
  platform: 'android' | 'ios';
  order: 'DMY' | 'MDY';
  separator: '/' | '.';
  pad: boolean;
  fullYear: boolean;
  clock: '24h' | '12h';
  /** What sits between the minutes and AM/PM: a space, a no-break space or a narrow no-break space. */
  ampmGap: ' ' | '\u00A0' | '\u202F';
  ampmCase: 'upper' | 'lower';
}

const p2 = (n: number) => String(n).padStart(2, '0');

// Words made of syllables cannot spell a notice, a tombstone or a media placeholder of any language.
const word = fc.array(fc.constantFrom('ka', 'lo', 'mi', 'nu', 'sa', 'te', 'vo', 'ri', 'zu', 'be'), { minLength: 1, maxLength: 4 }).map((s) => s.join(''));
const textLine = fc.array(fc.oneof(word, fc.constantFrom('🙂', '¿qué?', 'naïve', '10%', '…')), { minLength: 1, maxLength: 8 }).map((ws) => ws.join(' '));
const author = fc.oneof(
  fc.tuple(word, word).map(([a, b]) => `${a[0]!.toUpperCase()}${a.slice(1)} ${b[0]!.toUpperCase()}${b.slice(1)}`),
  fc.integer({ min: 1_000_000, max: 9_999_999 }).map((n) => `+44 7700 ${n}`),
);

const message = fc.record({
  year: fc.integer({ min: 2009, max: 2030 }),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 28 }),
  hour: fc.integer({ min: 0, max: 23 }),
  minute: fc.integer({ min: 0, max: 59 }),
  second: fc.integer({ min: 0, max: 59 }),
  author,
  lines: fc.array(textLine, { minLength: 1, maxLength: 3 }),
});

const layout: fc.Arbitrary<Layout> = fc.record({
  platform: fc.constantFrom('android', 'ios'),
  order: fc.constantFrom('DMY', 'MDY'),
  separator: fc.constantFrom('/', '.'),
  pad: fc.boolean(),
  fullYear: fc.boolean(),
  clock: fc.constantFrom('24h', '12h'),
  ampmGap: fc.constantFrom(' ', '\u00A0', '\u202F'),
  ampmCase: fc.constantFrom('upper', 'lower'),
});

function stamp(m: Written, l: Layout): string {
  const num = (n: number) => (l.pad ? p2(n) : String(n));
  const [a, b] = l.order === 'DMY' ? [m.day, m.month] : [m.month, m.day];
  const date = [num(a), num(b), l.fullYear ? String(m.year) : p2(m.year % 100)].join(l.separator);
  const seconds = l.platform === 'ios' ? `:${p2(m.second)}` : '';
  if (l.clock === '24h') return `${date}, ${p2(m.hour)}:${p2(m.minute)}${seconds}`;
  const marker = m.hour < 12 ? 'AM' : 'PM';
  return `${date}, ${(m.hour + 11) % 12 + 1}:${p2(m.minute)}${seconds}${l.ampmGap}${l.ampmCase === 'upper' ? marker : marker.toLowerCase()}`;
}

function exportOf(messages: Written[], l: Layout): string {
  return messages
    .map((m) => {
      const head = l.platform === 'ios' ? `[${stamp(m, l)}] ${m.author}: ` : `${stamp(m, l)} - ${m.author}: `;
      return head + m.lines.join('\n');
    })
    .join('\n') + '\n';
}

describe('WhatsApp lines written in the grammar read back as written', () => {
  it('count, authors, texts and wall-clock times round-trip for every layout', async () => {
    await fc.assert(
      fc.asyncProperty(layout, fc.array(message, { minLength: 1, maxLength: 12 }), async (l, messages) => {
        const { messages: read } = await parseText(exportOf(messages, l), l.order as DateOrder);
        expect(read).toHaveLength(messages.length);
        read.forEach((r, i) => {
          const m = messages[i]!;
          expect(r.author).toBe(m.author);
          expect(r.body).toBe(m.lines.join('\n'));
          expect(r.local).toEqual({ year: m.year, month: m.month, day: m.day, hour: m.hour, minute: m.minute, second: l.platform === 'ios' ? m.second : 0 });
        });
      }),
      { numRuns: 200 },
    );
  });
});
