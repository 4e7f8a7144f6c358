// 12-hour clock markers, as data (docs/formats.md#whatsapp-clock). Spaces inside a marker match any
// space or none, so `a. m.` also covers `a.m.` and the U+00A0 / U+202F spellings (the header view maps
// those to plain spaces before matching).

/** `am`/`pm` as usual; `night` is German `nachts`: 9–11 o'clock read as evening, 12–5 as early morning. */
export type ClockMeaning = 'am' | 'pm' | 'night';

export interface ClockMarker {
  text: string;
  meaning: ClockMeaning;
  /** Written before the time (`下午3:45`) rather than after it (`3:45 PM`). */
  before?: true;
}

export const CLOCK_MARKERS: readonly ClockMarker[] = [
  // Latin-script markers after the time
  { text: 'AM', meaning: 'am' },
  { text: 'PM', meaning: 'pm' },
  { text: 'a. m.', meaning: 'am' },
  { text: 'p. m.', meaning: 'pm' },
  { text: 'a.m', meaning: 'am' },
  { text: 'p.m', meaning: 'pm' },
  // English day periods written after the time (`3:45 in the afternoon`) [parser: whats_json]
  // (unverified; position after the time assumed). `at night` reads like German `nachts`.
  { text: 'in the morning', meaning: 'am' },
  { text: 'in the afternoon', meaning: 'pm' },
  { text: 'in the evening', meaning: 'pm' },
  { text: 'at night', meaning: 'night' },
  // German (WhatsR)
  { text: 'vorm.', meaning: 'am' },
  { text: 'nachm.', meaning: 'pm' },
  { text: 'morgens', meaning: 'am' },
  { text: 'mittags', meaning: 'pm' },
  { text: 'abends', meaning: 'pm' },
  { text: 'nachts', meaning: 'night' },
  // Arabic, after U+00A0
  { text: 'ص', meaning: 'am' },
  { text: 'م', meaning: 'pm' },
  // Greek, Vietnamese (unverified in exports)
  { text: 'π.μ.', meaning: 'am' },
  { text: 'μ.μ.', meaning: 'pm' },
  { text: 'SA', meaning: 'am' },
  { text: 'CH', meaning: 'pm' },
  // Persian, Hindi, Bengali (unverified in exports)
  { text: 'ق.ظ.', meaning: 'am' },
  { text: 'ب.ظ.', meaning: 'pm' },
  { text: 'पूर्वाह्न', meaning: 'am' },
  { text: 'अपराह्न', meaning: 'pm' },
  // CJK markers before the time
  { text: '上午', meaning: 'am', before: true },
  { text: '下午', meaning: 'pm', before: true },
  { text: '午前', meaning: 'am', before: true },
  { text: '午後', meaning: 'pm', before: true },
  { text: '오전', meaning: 'am', before: true },
  { text: '오후', meaning: 'pm', before: true },
];
