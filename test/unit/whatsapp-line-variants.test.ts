// docs/formats.md#whatsapp-layouts, line-format variants 1–39 (and 40, which is not an export): the header is
// recognised with the right layout, fields and time, the stamp is kept exactly as written, and the
// rest of the line starts at the author.
import { describe, expect, it } from 'vitest';
import type { DateOrder } from '../../shared/model';
import type { HeaderLayout } from '../../electron/backend/importers/whatsapp/header';
import { matchHeader } from '../../electron/backend/importers/whatsapp/header';
import { localTimeOf } from '../../electron/backend/importers/whatsapp/parse';
import { header, LRM, NBSP, NNBSP, RLM } from './whatsapp-helpers';

interface Row {
  no: number;
  what: string;
  line: string;
  layout: HeaderLayout;
  fields: [string, string, string];
  order: DateOrder;
  /** Local time after 12-hour conversion and calendar mapping: [y, mo, d, h, mi, s]. */
  local: [number, number, number, number, number, number];
  seconds: boolean;
  stampRaw: string;
  rest: string;
  era?: string;
  buddhist?: boolean;
}

const ROWS: Row[] = [
  { no: 1, what: 'Android en-GB', line: '23/03/2022, 13:31 - Ana Ruiz: see you at 8', layout: 'dash', fields: ['23', '03', '2022'], order: 'DMY', local: [2022, 3, 23, 13, 31, 0], seconds: false, stampRaw: '23/03/2022, 13:31', rest: 'Ana Ruiz: see you at 8' },
  { no: 2, what: 'Android en-US', line: '1/29/18, 12:24 - Ana Ruiz: hi', layout: 'dash', fields: ['1', '29', '18'], order: 'MDY', local: [2018, 1, 29, 12, 24, 0], seconds: false, stampRaw: '1/29/18, 12:24', rest: 'Ana Ruiz: hi' },
  { no: 3, what: 'Android en-US 12 h', line: '1/29/18, 11:33 PM - Ana Ruiz: hi', layout: 'dash', fields: ['1', '29', '18'], order: 'MDY', local: [2018, 1, 29, 23, 33, 0], seconds: false, stampRaw: '1/29/18, 11:33 PM', rest: 'Ana Ruiz: hi' },
  { no: 4, what: 'Android en 12 h, U+202F before PM', line: `3/23/23, 1:31${NNBSP}PM - Ana Ruiz: hi`, layout: 'dash', fields: ['3', '23', '23'], order: 'MDY', local: [2023, 3, 23, 13, 31, 0], seconds: false, stampRaw: `3/23/23, 1:31${NNBSP}PM`, rest: 'Ana Ruiz: hi' },
  { no: 5, what: 'Android de', line: '29.01.18, 23:33 - Ana Ruiz: hallo', layout: 'dash', fields: ['29', '01', '18'], order: 'DMY', local: [2018, 1, 29, 23, 33, 0], seconds: false, stampRaw: '29.01.18, 23:33', rest: 'Ana Ruiz: hallo' },
  { no: 6, what: 'Android de with AM/PM', line: '29.01.18, 11:33 PM - Ana Ruiz: hallo', layout: 'dash', fields: ['29', '01', '18'], order: 'DMY', local: [2018, 1, 29, 23, 33, 0], seconds: false, stampRaw: '29.01.18, 11:33 PM', rest: 'Ana Ruiz: hallo' },
  { no: 7, what: 'Android D.M.Y 4-digit year', line: '15.04.2016, 15:04 - Ana Ruiz: hallo', layout: 'dash', fields: ['15', '04', '2016'], order: 'DMY', local: [2016, 4, 15, 15, 4, 0], seconds: false, stampRaw: '15.04.2016, 15:04', rest: 'Ana Ruiz: hallo' },
  { no: 8, what: 'Android ru', line: '23.03.2022, 13:31 - Ana Ruiz: привет', layout: 'dash', fields: ['23', '03', '2022'], order: 'DMY', local: [2022, 3, 23, 13, 31, 0], seconds: false, stampRaw: '23.03.2022, 13:31', rest: 'Ana Ruiz: привет' },
  { no: 9, what: 'Android cs, no comma', line: '23.03.22 13:31 - Ana Ruiz: ahoj', layout: 'dash', fields: ['23', '03', '22'], order: 'DMY', local: [2022, 3, 23, 13, 31, 0], seconds: false, stampRaw: '23.03.22 13:31', rest: 'Ana Ruiz: ahoj' },
  { no: 10, what: 'Android nl, dashes, no comma', line: '23-03-2022 13:31 - Ana Ruiz: hoi', layout: 'dash', fields: ['23', '03', '2022'], order: 'DMY', local: [2022, 3, 23, 13, 31, 0], seconds: false, stampRaw: '23-03-2022 13:31', rest: 'Ana Ruiz: hoi' },
  { no: 11, what: 'Android es-MX 12 h, U+00A0 inside p. m.', line: `01/30/2019, 08:49 p.${NBSP}m. - Ana Ruiz: hola`, layout: 'dash', fields: ['01', '30', '2019'], order: 'MDY', local: [2019, 1, 30, 20, 49, 0], seconds: false, stampRaw: `01/30/2019, 08:49 p.${NBSP}m.`, rest: 'Ana Ruiz: hola' },
  { no: 12, what: 'Android en-CA', line: '2023-12-20, 5:46 p.m. - Ana Ruiz: hi', layout: 'dash', fields: ['2023', '12', '20'], order: 'DMY', local: [2023, 12, 20, 17, 46, 0], seconds: false, stampRaw: '2023-12-20, 5:46 p.m.', rest: 'Ana Ruiz: hi' },
  { no: 13, what: 'Android en-ZA', line: '2023/12/20, 5:46 pm - Ana Ruiz: hi', layout: 'dash', fields: ['2023', '12', '20'], order: 'MDY', local: [2023, 12, 20, 17, 46, 0], seconds: false, stampRaw: '2023/12/20, 5:46 pm', rest: 'Ana Ruiz: hi' },
  { no: 14, what: 'Android Y/M/D', line: '2019/01/30, 20:49 - Ana Ruiz: hi', layout: 'dash', fields: ['2019', '01', '30'], order: 'DMY', local: [2019, 1, 30, 20, 49, 0], seconds: false, stampRaw: '2019/01/30, 20:49', rest: 'Ana Ruiz: hi' },
  { no: 15, what: 'Android fr (old), à', line: '02.05.18 à 18:00 - Ana Ruiz: salut', layout: 'dash', fields: ['02', '05', '18'], order: 'DMY', local: [2018, 5, 2, 18, 0, 0], seconds: false, stampRaw: '02.05.18 à 18:00', rest: 'Ana Ruiz: salut' },
  { no: 16, what: 'Android fi, klo and dotted time', line: '31.5.2019 klo 16.58 - Ana Ruiz: moi', layout: 'dash', fields: ['31', '5', '2019'], order: 'DMY', local: [2019, 5, 31, 16, 58, 0], seconds: false, stampRaw: '31.5.2019 klo 16.58', rest: 'Ana Ruiz: moi' },
  { no: 17, what: 'Android id, dotted time', line: '30/08/25 18.00 - Ana Ruiz: halo', layout: 'dash', fields: ['30', '08', '25'], order: 'DMY', local: [2025, 8, 30, 18, 0, 0], seconds: false, stampRaw: '30/08/25 18.00', rest: 'Ana Ruiz: halo' },
  { no: 18, what: 'Android zh-Hans 24 h', line: '2024/1/5 15:50 - 王芳: 你好', layout: 'dash', fields: ['2024', '1', '5'], order: 'DMY', local: [2024, 1, 5, 15, 50, 0], seconds: false, stampRaw: '2024/1/5 15:50', rest: '王芳: 你好' },
  { no: 18, what: 'Android zh-Hans 12 h, 下午 before the time', line: '2024/1/5 下午3:50 - 王芳: 你好', layout: 'dash', fields: ['2024', '1', '5'], order: 'DMY', local: [2024, 1, 5, 15, 50, 0], seconds: false, stampRaw: '2024/1/5 下午3:50', rest: '王芳: 你好' },
  { no: 19, what: 'Android system line', line: '11/01/2023, 16:14 - You changed the subject from "Trip" to "Trip 2024"', layout: 'dash', fields: ['11', '01', '2023'], order: 'DMY', local: [2023, 1, 11, 16, 14, 0], seconds: false, stampRaw: '11/01/2023, 16:14', rest: 'You changed the subject from "Trip" to "Trip 2024"' },
  { no: 20, what: 'iOS en-US', line: '[3/27/22, 21:41:35] Ana Ruiz: hi', layout: 'bracket', fields: ['3', '27', '22'], order: 'MDY', local: [2022, 3, 27, 21, 41, 35], seconds: true, stampRaw: '3/27/22, 21:41:35', rest: 'Ana Ruiz: hi' },
  { no: 21, what: 'iOS en-US 12 h', line: '[1/29/18, 11:33:03 PM] Ana Ruiz: hi', layout: 'bracket', fields: ['1', '29', '18'], order: 'MDY', local: [2018, 1, 29, 23, 33, 3], seconds: true, stampRaw: '1/29/18, 11:33:03 PM', rest: 'Ana Ruiz: hi' },
  { no: 22, what: 'iOS de/it D.M.Y', line: '[20.06.19, 15:58:53] Ana Ruiz: hallo', layout: 'bracket', fields: ['20', '06', '19'], order: 'DMY', local: [2019, 6, 20, 15, 58, 53], seconds: true, stampRaw: '20.06.19, 15:58:53', rest: 'Ana Ruiz: hallo' },
  { no: 23, what: 'iOS de with AM/PM', line: '[29.01.18, 11:33:03 PM] Ana Ruiz: hallo', layout: 'bracket', fields: ['29', '01', '18'], order: 'DMY', local: [2018, 1, 29, 23, 33, 3], seconds: true, stampRaw: '29.01.18, 11:33:03 PM', rest: 'Ana Ruiz: hallo' },
  { no: 24, what: 'iOS fr/pt-PT/ja/th with US region, no comma', line: '[3/27/22 21:41:35] Ana Ruiz: salut', layout: 'bracket', fields: ['3', '27', '22'], order: 'MDY', local: [2022, 3, 27, 21, 41, 35], seconds: true, stampRaw: '3/27/22 21:41:35', rest: 'Ana Ruiz: salut' },
  { no: 25, what: 'iOS id, dots in the time', line: '[3/27/22 21.41.35] Ana Ruiz: halo', layout: 'bracket', fields: ['3', '27', '22'], order: 'MDY', local: [2022, 3, 27, 21, 41, 35], seconds: true, stampRaw: '3/27/22 21.41.35', rest: 'Ana Ruiz: halo' },
  { no: 26, what: 'iOS vi, time first', line: '[21:41:35, 3/27/22] Ruiz Ana: chào', layout: 'bracket-time-first', fields: ['3', '27', '22'], order: 'MDY', local: [2022, 3, 27, 21, 41, 35], seconds: true, stampRaw: '21:41:35, 3/27/22', rest: 'Ruiz Ana: chào' },
  { no: 27, what: 'iOS ar, Arabic-Indic digits, RLM, U+00A0 before م', line: `[٢٧${RLM}/٣${RLM}/٢٠٢٢، ٩:٤١:٣٥${NBSP}م] Ana Ruiz: مرحبا`, layout: 'bracket', fields: ['27', '3', '2022'], order: 'DMY', local: [2022, 3, 27, 21, 41, 35], seconds: true, stampRaw: `٢٧${RLM}/٣${RLM}/٢٠٢٢، ٩:٤١:٣٥${NBSP}م`, rest: 'Ana Ruiz: مرحبا' },
  { no: 28, what: 'iOS ar, Western digits with RLM, 24 h', line: `[${RLM}27${RLM}/3${RLM}/2022، 21:41:35] Ana Ruiz: مرحبا`, layout: 'bracket', fields: ['27', '3', '2022'], order: 'DMY', local: [2022, 3, 27, 21, 41, 35], seconds: true, stampRaw: `27${RLM}/3${RLM}/2022، 21:41:35`, rest: 'Ana Ruiz: مرحبا' },
  { no: 29, what: 'iOS Thai Buddhist calendar', line: '[3/27/2565 BE, 21:41:35] Ana Ruiz: hi', layout: 'bracket', fields: ['3', '27', '2565'], order: 'MDY', local: [2022, 3, 27, 21, 41, 35], seconds: true, stampRaw: '3/27/2565 BE, 21:41:35', rest: 'Ana Ruiz: hi', buddhist: true },
  { no: 30, what: 'iOS Japanese imperial calendar', line: '[3/27/R4, 21:41:35] Ana Ruiz: hi', layout: 'bracket', fields: ['3', '27', '4'], order: 'MDY', local: [2022, 3, 27, 21, 41, 35], seconds: true, stampRaw: '3/27/R4, 21:41:35', rest: 'Ana Ruiz: hi', era: 'R' },
  { no: 31, what: 'iOS es 12 h, a.m.', line: '[25/09/20 10:27:18 a.m.] Ana Ruiz: hola', layout: 'bracket', fields: ['25', '09', '20'], order: 'DMY', local: [2020, 9, 25, 10, 27, 18], seconds: true, stampRaw: '25/09/20 10:27:18 a.m.', rest: 'Ana Ruiz: hola' },
  { no: 32, what: 'iOS zh', line: '[2024/10/31 15:50:46] 王芳: 你好', layout: 'bracket', fields: ['2024', '10', '31'], order: 'MDY', local: [2024, 10, 31, 15, 50, 46], seconds: true, stampRaw: '2024/10/31 15:50:46', rest: '王芳: 你好' },
  { no: 33, what: 'iOS new system line (pseudo-author)', line: `[3/18/22, 14:56:01] Ana Ruiz: ${LRM}Messages and calls are end-to-end encrypted.`, layout: 'bracket', fields: ['3', '18', '22'], order: 'MDY', local: [2022, 3, 18, 14, 56, 1], seconds: true, stampRaw: '3/18/22, 14:56:01', rest: `Ana Ruiz: ${LRM}Messages and calls are end-to-end encrypted.` },
  { no: 34, what: 'iOS new group notice', line: `[14.08.2024, 21:00:11] Hiking Club: ${LRM}Ana Ruiz added you`, layout: 'bracket', fields: ['14', '08', '2024'], order: 'DMY', local: [2024, 8, 14, 21, 0, 11], seconds: true, stampRaw: '14.08.2024, 21:00:11', rest: `Hiking Club: ${LRM}Ana Ruiz added you` },
  { no: 35, what: 'iOS old system line', line: '[20.06.19, 15:58:47] Ana Ruiz created group “Hiking Club”', layout: 'bracket', fields: ['20', '06', '19'], order: 'DMY', local: [2019, 6, 20, 15, 58, 47], seconds: true, stampRaw: '20.06.19, 15:58:47', rest: 'Ana Ruiz created group “Hiking Club”' },
  { no: 36, what: 'iOS attachment, LRM before [', line: `${LRM}[3/27/22, 21:41:55] Ana Ruiz: ${LRM}<attached: 00000035-PHOTO-2022-03-27-21-41-55.jpg>`, layout: 'bracket', fields: ['3', '27', '22'], order: 'MDY', local: [2022, 3, 27, 21, 41, 55], seconds: true, stampRaw: '3/27/22, 21:41:55', rest: `Ana Ruiz: ${LRM}<attached: 00000035-PHOTO-2022-03-27-21-41-55.jpg>` },
  { no: 37, what: 'iOS up to ~2017, no brackets', line: '06.08.13, 19:55:10: Ana Ruiz: 2013-08-06-PHOTO-00000006.jpg <attached>', layout: 'colon', fields: ['06', '08', '13'], order: 'DMY', local: [2013, 8, 6, 19, 55, 10], seconds: true, stampRaw: '06.08.13, 19:55:10', rest: 'Ana Ruiz: 2013-08-06-PHOTO-00000006.jpg <attached>' },
  { no: 38, what: 'generated, dashes and seconds', line: '[15-01-20 02:22:56] Ana: …', layout: 'bracket', fields: ['15', '01', '20'], order: 'DMY', local: [2020, 1, 15, 2, 22, 56], seconds: true, stampRaw: '15-01-20 02:22:56', rest: 'Ana: …' },
  { no: 38, what: 'generated, ISO date, no seconds', line: '[2019-04-16 02:09] Ana: …', layout: 'bracket', fields: ['2019', '04', '16'], order: 'DMY', local: [2019, 4, 16, 2, 9, 0], seconds: false, stampRaw: '2019-04-16 02:09', rest: 'Ana: …' },
  { no: 39, what: 'hand-made, no comma, no seconds', line: '[01/20/19 11:23] Ana: …', layout: 'bracket', fields: ['01', '20', '19'], order: 'MDY', local: [2019, 1, 20, 11, 23, 0], seconds: false, stampRaw: '01/20/19 11:23', rest: 'Ana: …' },
];

describe('line-format variants', () => {
  it.each(ROWS)('row $no, $what', (row) => {
    const h = header(row.line);
    expect(h.layout).toBe(row.layout);
    expect(h.fields).toEqual(row.fields);
    expect(h.stampRaw).toBe(row.stampRaw);
    expect(row.line.slice(h.restStart)).toBe(row.rest);
    expect(h.second !== null).toBe(row.seconds);
    expect(h.era).toBe(row.era ?? null);
    expect(h.buddhist).toBe(row.buddhist ?? false);
    const local = localTimeOf(h, row.order);
    expect(local).not.toBeNull();
    const t = local!.time;
    expect([t.year, t.month, t.day, t.hour, t.minute, t.second]).toEqual(row.local);
    expect(local!.clockFaceValue).toBe(false);
  });

  it('row 40, the third-party "WhatsApp Viewer" shape, is not taken for an export line', () => {
    expect(matchHeader('01.04.2015 - 16:00:27; Ana Ruiz: hallo')).toBeNull();
  });
});
