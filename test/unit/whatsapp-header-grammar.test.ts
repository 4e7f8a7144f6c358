// docs/formats.md#whatsapp-header: the date, the time, what sits between them, and the invisible characters
// around a header. Each test parses one header and checks the values the importer will store.
import { describe, expect, it } from 'vitest';
import type { DateOrder } from '../../shared/model';
import { matchHeader } from '../../electron/backend/importers/whatsapp/header';
import { localTimeOf } from '../../electron/backend/importers/whatsapp/parse';
import { BOM, header, LRM, NBSP, NNBSP, parseText, RLM } from './whatsapp-helpers';

/** [y, mo, d, h, mi, s] of a header line read under `order`. */
function local(line: string, order: DateOrder = 'DMY'): number[] {
  const t = localTimeOf(header(line), order);
  if (!t) throw new Error(`no valid date in ${JSON.stringify(line)}`);
  const x = t.time;
  return [x.year, x.month, x.day, x.hour, x.minute, x.second];
}

describe('§2.2 date component', () => {
  it('separator /', () => expect(header('23/03/2022, 13:31 - A: x').fields).toEqual(['23', '03', '2022']));
  it('separator .', () => expect(header('23.03.2022, 13:31 - A: x').fields).toEqual(['23', '03', '2022']));
  it('separator -', () => expect(header('23-03-2022 13:31 - A: x').fields).toEqual(['23', '03', '2022']));
  it('Hungarian/Croatian `13. 6. 2018.` (dot, space, trailing dot)', () => {
    const h = header('13. 6. 2018. 14:00 - Ana: szia');
    expect(h.fields).toEqual(['13', '6', '2018']);
    expect(h.stampRaw).toBe('13. 6. 2018. 14:00');
    expect(local('13. 6. 2018. 14:00 - Ana: szia')).toEqual([2018, 6, 13, 14, 0, 0]);
  });
  it('Korean dotted date `2019. 8. 7.` is year first', () => {
    expect(local('2019. 8. 7. 22:38 - 철수: 안녕', 'MDY')).toEqual([2019, 8, 7, 22, 38, 0]);
  });
  it('padding: `1/4/23` and `01/04/2023` give the same date', () => {
    expect(local('1/4/23, 9:05 - A: x')).toEqual(local('01/04/2023, 09:05 - A: x'));
    expect(local('1/4/23, 9:05 - A: x')).toEqual([2023, 4, 1, 9, 5, 0]);
  });
  it('padding that changes within one file (`30/12/2020` then `13/1/2021`) keeps both messages', async () => {
    const { messages } = await parseText('30/12/2020, 10:00 - Ana: one\n13/1/2021, 10:01 - Ana: two\n');
    expect(messages.map((m) => m.body)).toEqual(['one', 'two']);
    expect(messages[1]!.local).toEqual({ year: 2021, month: 1, day: 13, hour: 10, minute: 1, second: 0 });
  });
  it('two-digit year is 20xx', () => expect(local('05/06/07, 08:09 - A: x')[0]).toBe(2007));
  it('four-digit year is kept', () => expect(local('05/06/1999, 08:09 - A: x')[0]).toBe(1999));
  it('Thai Buddhist era `2565 BE` is year − 543', () => {
    const h = header('[3/18/2565 BE, 14:56:01] Ana: x');
    expect(h.buddhist).toBe(true);
    expect(localTimeOf(h, 'MDY')!.time.year).toBe(2022);
  });
  it.each([
    ['R1', 2019],
    ['R4', 2022],
    ['H1', 1989],
    ['H31', 2019],
    ['S64', 1989],
  ])('Japanese era %s is %i', (era, year) => {
    const h = header(`[3/18/${era}, 14:56:01] Ana: x`);
    expect(h.era).toBe(era[0]);
    expect(localTimeOf(h, 'MDY')!.time.year).toBe(year);
  });
  it('Arabic-Indic digits with RLM between fields and the Arabic comma', () => {
    const line = `[١٨${RLM}/٣${RLM}/٢٠٢٢، ٢:٥٦:٠٠${NBSP}م] Ana: x`;
    expect(header(line).fields).toEqual(['18', '3', '2022']);
    expect(local(line)).toEqual([2022, 3, 18, 14, 56, 0]);
  });
  it('Western digits with RLMs inside the date', () => {
    expect(local(`[${RLM}18${RLM}/3${RLM}/2022، 14:56:01] Ana: x`)).toEqual([2022, 3, 18, 14, 56, 1]);
  });
  it('Persian (Extended Arabic-Indic) digits', () => {
    expect(local('[۱۸/۳/۲۰۲۲، ۱۴:۵۶:۰۱] Ana: x')).toEqual([2022, 3, 18, 14, 56, 1]);
  });
  it('Devanagari digits', () => {
    expect(local('१८/३/२२, १४:५६ - Ana: x')).toEqual([2022, 3, 18, 14, 56, 0]);
  });
  it('Bengali digits', () => {
    expect(local('১৮/৩/২২, ১৪:৫৬ - Ana: x')).toEqual([2022, 3, 18, 14, 56, 0]);
  });
  it('time first (Vietnamese iOS) `[14:56:01, 3/18/22]`', () => {
    const h = header('[14:56:01, 3/18/22] Musk Elon: chào');
    expect(h.layout).toBe('bracket-time-first');
    expect(local('[14:56:01, 3/18/22] Musk Elon: chào', 'MDY')).toEqual([2022, 3, 18, 14, 56, 1]);
  });
  it.todo('localised long dates (`Tuesday, 25 April 2022`): no month-name grammar yet (spec marks them unverified)');
});

describe('§2.3 time component', () => {
  it('24-hour clock without seconds (Android)', () => {
    const h = header('18/03/2022, 14:56 - A: x');
    expect([h.hour, h.minute, h.second, h.clock]).toEqual([14, 56, null, null]);
  });
  it('24-hour clock with seconds (iOS)', () => {
    const h = header('[18/03/2022, 14:56:01] A: x');
    expect([h.hour, h.minute, h.second]).toEqual([14, 56, 1]);
  });
  it('dots in the time, Indonesian iOS `14.56.01`', () => expect(local('[3/18/22 14.56.01] A: x', 'MDY')).toEqual([2022, 3, 18, 14, 56, 1]));
  it('dots in the time, Indonesian Android `18.00`', () => expect(local('30/08/25 18.00 - A: x')).toEqual([2025, 8, 30, 18, 0, 0]));
  it('dots in the time, Finnish `klo 21.25.15`', () => expect(local('[31.5.2019 klo 21.25.15] A: x')).toEqual([2019, 5, 31, 21, 25, 15]));
  it('12 AM is 00:xx', () => expect(local('1/29/18, 12:05 AM - A: x', 'MDY').slice(3)).toEqual([0, 5, 0]));
  it('12 PM is 12:xx', () => expect(local('1/29/18, 12:05 PM - A: x', 'MDY').slice(3)).toEqual([12, 5, 0]));
  it.each([
    ['AM', `3:04 AM`, 3],
    ['PM', `3:04 PM`, 15],
    ['lower-case pm', `3:04 pm`, 15],
    ['a.m.', `3:04 a.m.`, 3],
    ['p.m.', `3:04 p.m.`, 15],
    ['a. m.', `3:04 a. m.`, 3],
    ['p. m.', `3:04 p. m.`, 15],
    ['p. U+00A0 m.', `3:04 p.${NBSP}m.`, 15],
    ['U+202F before PM', `3:04${NNBSP}PM`, 15],
    ['U+202F before am', `11:11${NNBSP}am`, 11],
    ['U+00A0 before PM', `3:04${NBSP}PM`, 15],
  ])('12-hour marker after the time: %s', (_name, time, hour) => {
    const line = `1/29/18, ${time} - A: x`;
    const h = header(line);
    expect(h.stampRaw).toBe(`1/29/18, ${time}`);
    expect(local(line, 'MDY')[3]).toBe(hour);
  });
  it.each([
    ['Arabic ص after U+00A0', `2:56:00${NBSP}ص`, 2],
    ['Arabic م after U+00A0', `2:56:00${NBSP}م`, 14],
    ['German vorm.', '2:56:00 vorm.', 2],
    ['German nachm.', '2:56:00 nachm.', 14],
    ['German morgens', '9:56:00 morgens', 9],
    ['German mittags', '12:56:00 mittags', 12],
    ['German abends', '8:56:00 abends', 20],
    ['German nachts, late evening', '11:56:00 nachts', 23],
    ['German nachts, after midnight', '2:56:00 nachts', 2],
    ['German nachts, 12 o’clock', '12:56:00 nachts', 0],
    ['Greek π.μ.', '2:56:00 π.μ.', 2],
    ['Greek μ.μ.', '2:56:00 μ.μ.', 14],
    ['Vietnamese SA', '2:56:00 SA', 2],
    ['Vietnamese CH', '2:56:00 CH', 14],
    ['English in the morning (unverified)', '2:56:00 in the morning', 2],
    ['English in the afternoon (unverified)', '2:56:00 in the afternoon', 14],
  ])('localised marker after the time: %s', (_name, time, hour) => {
    const line = `[1/2/23, ${time}] Anna: hallo`;
    const h = header(line);
    expect(h.stampRaw).toBe(`1/2/23, ${time}`);
    expect(line.slice(h.restStart)).toBe('Anna: hallo');
    expect(local(line, 'DMY')[3]).toBe(hour);
  });
  it.each([
    ['Chinese 上午', '2024/1/5 上午3:45', 3],
    ['Chinese 下午', '2024/1/5 下午3:45', 15],
    ['Chinese 下午 with a space', '2024/1/5 下午 3:45', 15],
    ['Chinese 上午12', '2024/1/5 上午12:45', 0],
    ['Japanese 午前', '2024/1/5 午前3:45', 3],
    ['Japanese 午後', '2024/1/5 午後3:45', 15],
    ['Korean 오전', '2019. 8. 7. 오전 10:38', 10],
    ['Korean 오후', '2019. 8. 7. 오후 10:38', 22],
    ['Korean 오후 without a space', '2019. 8. 7. 오후10:38', 22],
  ])('marker before the time: %s', (_name, stamp, hour) => {
    const line = `${stamp} - 철수: 안녕`;
    const h = header(line);
    expect(h.stampRaw).toBe(stamp);
    expect(line.slice(h.restStart)).toBe('철수: 안녕');
    expect(local(line)[3]).toBe(hour);
  });
  it('marker before the time in an iOS bracket `[2024/1/5 下午3:50:00]`', () => {
    expect(local('[2024/1/5 下午3:50:00] 王芳: 你好')).toEqual([2024, 1, 5, 15, 50, 0]);
  });
  it.each([
    ['00:08 a. m.', '01/30/2019, 00:08 a. m. - A: x', 0],
    ['23:59 PM', '1/29/18, 23:59 PM - A: x', 23],
    ['00:04 AM', '1/29/18, 00:04 AM - A: x', 0],
  ])('invalid hand-edited value %s is read at face value and flagged', (_name, line, hour) => {
    const t = localTimeOf(header(line), 'MDY')!;
    expect(t.time.hour).toBe(hour);
    expect(t.clockFaceValue).toBe(true);
  });
  it('an invalid 12-hour value raises a warning and keeps the message', async () => {
    const { messages, result } = await parseText('1/29/18, 23:59 PM - Ana: late\n1/30/18, 0:04 AM - Ana: early\n');
    expect(messages).toHaveLength(2);
    expect(messages[0]!.local).toEqual({ year: 2018, month: 1, day: 29, hour: 23, minute: 59, second: 0 });
    expect(result.warnings.filter((w) => w.code === 'clock_face_value').map((w) => w.line)).toEqual([1, 2]);
  });
  it('hour 24 or minute 60 is not a header', () => {
    expect(matchHeader('3/18/22, 24:11 - A: x')).toBeNull();
    expect(matchHeader('3/18/22, 11:60 - A: x')).toBeNull();
  });
});

describe('§2.4 between date and time', () => {
  it('comma and space', () => expect(header('23/03/2022, 13:31 - A: x').stampRaw).toBe('23/03/2022, 13:31'));
  it('a single space (cs)', () => expect(local('23.03.22 13:31 - A: x')).toEqual([2022, 3, 23, 13, 31, 0]));
  it('Arabic comma `، `', () => expect(local('[18/3/2022، 14:56:01] A: x')).toEqual([2022, 3, 18, 14, 56, 1]));
  it('French ` à `', () => expect(local('02.05.18 à 18:00 - A: x')).toEqual([2018, 5, 2, 18, 0, 0]));
  it('Finnish ` klo `', () => expect(local('31.5.2019 klo 16.58 - A: x')).toEqual([2019, 5, 31, 16, 58, 0]));
  it('a dot after the minutes `2022/12/24, 13:01. - `', () => {
    const line = '2022/12/24, 13:01. - Ana: x';
    expect(header(line).stampRaw).toBe('2022/12/24, 13:01.');
    expect(line.slice(header(line).restStart)).toBe('Ana: x');
    expect(local(line)).toEqual([2022, 12, 24, 13, 1, 0]);
  });
});

describe('§2.5 invisible and special characters in the header area', () => {
  it('U+200E before `[` (iOS media lines)', () => {
    const h = header(`${LRM}[3/27/22, 21:41:55] Ana: ${LRM}image omitted`);
    expect(h.stampRaw).toBe('3/27/22, 21:41:55');
  });
  it('U+200E inside the date is kept in stampRaw (as written) but ignored for matching', () => {
    const line = `3${LRM}/18${LRM}/22, 11:11 - A: x`;
    expect(header(line).stampRaw).toBe(`3${LRM}/18${LRM}/22, 11:11`);
    expect(local(line, 'MDY')).toEqual([2022, 3, 18, 11, 11, 0]);
  });
  it('U+200F at the line start and after `[`', () => {
    expect(local(`${RLM}[${RLM}18/3/2022، 14:56:01] A: x`)).toEqual([2022, 3, 18, 14, 56, 1]);
  });
  it.each([
    ['U+202A … U+202C', '\u202A', '\u202C'],
    ['U+202B … U+202C', '\u202B', '\u202C'],
    ['U+202D … U+202C', '\u202D', '\u202C'],
    ['U+202E … U+202C', '\u202E', '\u202C'],
    ['U+2066 … U+2069', '\u2066', '\u2069'],
  ])('embedding controls %s around the stamp stay out of stampRaw', (_name, open, close) => {
    const line = `${open}18/03/2022, 11:11${close} - A: x`;
    const h = header(line);
    expect(h.stampRaw).toBe('18/03/2022, 11:11');
    expect(line.slice(h.restStart)).toBe('A: x');
  });
  it('a trailing U+200E before `]` is not part of stampRaw', () => {
    const h = header(`[3/18/22, 14:56:01${LRM}] A: x`);
    expect(h.stampRaw).toBe('3/18/22, 14:56:01');
  });
  it('U+202F before the marker', () => expect(local(`3/23/23, 1:31${NNBSP}PM - A: x`, 'MDY')[3]).toBe(13));
  it('U+00A0 between date and time', () => expect(local(`[3/18/22,${NBSP}14:56:01] A: x`, 'MDY')).toEqual([2022, 3, 18, 14, 56, 1]));
  it('U+2009 thin space inside the bracket (unverified)', () => {
    expect(local('[3/18/22,\u200914:56:01] A: x', 'MDY')).toEqual([2022, 3, 18, 14, 56, 1]);
  });
  it('U+FEFF at the line start', () => expect(header(`${BOM}[29.01.18, 23:33:03] Ana: x`).stampRaw).toBe('29.01.18, 23:33:03'));
  it('U+FEFF between `[` and the date', () => {
    const line = `[${BOM}29.01.18, 23:33:03] Ana: x`;
    expect(header(line).stampRaw).toBe('29.01.18, 23:33:03');
    expect(line.slice(header(line).restStart)).toBe('Ana: x');
  });
  it('U+FEFF inside the date', () => expect(local(`29.0${BOM}1.18, 23:33 - Ana: x`)).toEqual([2018, 1, 29, 23, 33, 0]));
  it('U+FEFF before an Android header', () => expect(local(`${BOM}29.01.18, 23:33 - Ana: x`)).toEqual([2018, 1, 29, 23, 33, 0]));
  it('the raw line is never changed: header text + body reproduce it byte-exact', async () => {
    const line = `${LRM}[${BOM}3${LRM}/27/22,${NBSP}9:41:55${NNBSP}PM] \u202A+40${NBSP}521${NBSP}028\u202C: ${LRM}image omitted`;
    const { messages } = await parseText(line);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.headerRaw + messages[0]!.body).toBe(line);
    expect(messages[0]!.body).toBe(`${LRM}image omitted`);
  });
});
