// Writes the sample exports in resources/sample/: invented people and an invented matter, in the two
// main WhatsApp layouts, so the first `npm start` opens something worth looking at. Deterministic:
// running it again gives the same bytes. Run with `npx tsx scripts/make-sample.ts`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { seededRandom } from './seeded-random';

const out = fileURLToPath(new URL('../resources/sample/', import.meta.url));

const rnd = seededRandom(20240311);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
const p2 = (n: number) => String(n).padStart(2, '0');

const people = ['Dana Whitfield', 'Marcus Oyelaran', 'Priya Raman', 'Tom Kessler'] as const;

const smallTalk = [
  'Morning all',
  'On my way in now',
  'Running ten minutes late, sorry',
  'Can someone send me the latest draft?',
  'Thanks, got it',
  'Noted',
  'I will check and come back to you',
  'Call me when you are free',
  'Agreed',
  'Sounds good 👍',
  'Let us pick this up tomorrow',
  'Who is taking the minutes today?',
  'I can do that',
  'Sent it by email just now',
  'The meeting room changed to 4B',
];

const matter = [
  'The inspection report for pier 7 is still not signed off',
  'Contractor says the survey will be done by Friday',
  'Has anyone heard back from the harbour authority?',
  'The permit fee was paid on the 4th, receipt is on the shared drive',
  'We need the dredging numbers before the board meeting',
  'Legal wants every change to the permit logged',
  'I spoke to the vendor, they can start in April',
  'Please keep the cost estimates out of the group chat',
  'The environmental review flagged the east basin again',
  'Can we move the site visit to Thursday?',
  'Draft v3 is up, comments by end of day please',
  'The board pack goes out Monday',
];

interface Line {
  date: Date;
  author: string | null;
  text: string;
}

function groupChat(): Line[] {
  const lines: Line[] = [];
  let t = new Date(Date.UTC(2024, 2, 4, 8, 12));
  const advance = (minutes: number) => (t = new Date(t.getTime() + minutes * 60_000));
  lines.push({ date: t, author: null, text: 'Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.' });
  // The export is Dana's: her own actions read "You …", as on her phone.
  lines.push({ date: t, author: null, text: 'You created group "Harbor Permit Review"' });
  lines.push({ date: t, author: null, text: 'You added Marcus Oyelaran' });
  lines.push({ date: advance(1), author: null, text: 'You added Priya Raman' });
  lines.push({ date: advance(1), author: null, text: 'You added Tom Kessler' });
  for (let day = 0; day < 12; day++) {
    t = new Date(Date.UTC(2024, 2, 4 + day, 8 + Math.floor(rnd() * 2), Math.floor(rnd() * 50)));
    if (t.getUTCDay() === 0 || t.getUTCDay() === 6) continue;
    const count = 12 + Math.floor(rnd() * 14);
    for (let i = 0; i < count; i++) {
      advance(3 + Math.floor(rnd() * 40));
      const author = pick(people);
      if (day === 3 && i === 5) {
        lines.push({ date: t, author: 'Marcus Oyelaran', text: 'The vendor offered to cover the travel for the site visit' });
        lines.push({ date: advance(2), author: 'Marcus Oyelaran', text: 'This message was deleted' });
        lines.push({ date: advance(1), author: 'Priya Raman', text: 'Marcus, what did you just delete?' });
        lines.push({ date: advance(4), author: 'Marcus Oyelaran', text: 'Nothing, wrong chat. Will explain in person' });
        continue;
      }
      if (day === 4 && i === 2) {
        lines.push({ date: t, author: null, text: "Tom Kessler turned on disappearing messages. New messages will disappear from this chat 7 days after they're sent, except when kept." });
        continue;
      }
      if (day === 7 && i === 1) {
        lines.push({ date: t, author: null, text: 'You turned off disappearing messages.' });
        continue;
      }
      if (rnd() < 0.06) {
        lines.push({ date: t, author, text: '<Media omitted>' });
        continue;
      }
      if (rnd() < 0.08) {
        lines.push({ date: t, author, text: `${pick(matter)}.\nAlso: ${pick(smallTalk).toLowerCase()}` });
        continue;
      }
      lines.push({ date: t, author, text: rnd() < 0.55 ? pick(matter) : pick(smallTalk) });
    }
  }
  return lines;
}

function directChat(): Line[] {
  const lines: Line[] = [];
  let t = new Date(Date.UTC(2024, 2, 5, 18, 2, 11));
  const advance = (seconds: number) => (t = new Date(t.getTime() + seconds * 1000));
  lines.push({ date: t, author: 'Marcus Oyelaran', text: '\u200EMessages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.' });
  const me = 'Dana Whitfield';
  const them = 'Marcus Oyelaran';
  const exchange = [
    [them, 'Do you have a minute tonight?'],
    [me, 'Sure, what is up?'],
    [them, 'About the vendor and the site visit'],
    [me, 'Better to talk by phone'],
    [them, 'Missed voice call'],
    [me, 'Sorry, in a meeting. Later?'],
    [them, 'Ok'],
  ] as const;
  for (let day = 0; day < 10; day++) {
    t = new Date(Date.UTC(2024, 2, 5 + day, 17 + Math.floor(rnd() * 3), Math.floor(rnd() * 59), Math.floor(rnd() * 59)));
    const n = 8 + Math.floor(rnd() * 8);
    for (let i = 0; i < n; i++) {
      advance(20 + Math.floor(rnd() * 900));
      if (day === 0 && i < exchange.length) {
        const [a, text] = exchange[i]!;
        lines.push({ date: t, author: a, text });
        continue;
      }
      if (day === 2 && i === 3) {
        lines.push({ date: t, author: them, text: '\u200EThis message was deleted.' });
        continue;
      }
      if (day === 5 && i === 4) {
        lines.push({ date: t, author: me, text: '\u200EYou deleted this message.' });
        continue;
      }
      if (rnd() < 0.07) {
        lines.push({ date: t, author: pick([me, them]), text: '\u200Eimage omitted' });
        continue;
      }
      lines.push({ date: t, author: pick([me, them]), text: rnd() < 0.5 ? pick(matter) : pick(smallTalk) });
    }
  }
  return lines;
}

/** Android, en-GB: `04/03/2024, 08:12 - Name: text`, LF line ends. */
function androidText(lines: Line[]): string {
  return lines
    .map((l) => {
      const d = l.date;
      const stamp = `${p2(d.getUTCDate())}/${p2(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}, ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}`;
      return `${stamp} - ${l.author === null ? '' : `${l.author}: `}${l.text}`;
    })
    .join('\n') + '\n';
}

/** iOS, en-US, 12-hour with U+202F before AM/PM (2023 onward): `[3/5/24, 6:02:11 PM] Name: text`, CRLF. */
function iosText(lines: Line[]): string {
  return lines
    .map((l) => {
      const d = l.date;
      const h = d.getUTCHours();
      const h12 = h % 12 === 0 ? 12 : h % 12;
      const stamp = `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${String(d.getUTCFullYear()).slice(2)}, ${h12}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}\u202F${h < 12 ? 'AM' : 'PM'}`;
      const lrm = l.text.startsWith('\u200E') ? '\u200E' : '';
      return `${lrm}[${stamp}] ${l.author}: ${l.text}`;
    })
    .join('\r\n') + '\r\n';
}

mkdirSync(out, { recursive: true });
const group = groupChat();
const direct = directChat();
writeFileSync(`${out}WhatsApp Chat with Harbor Permit Review.txt`, androidText(group));
writeFileSync(`${out}WhatsApp Chat with Marcus Oyelaran.txt`, iosText(direct));
console.log(`wrote ${group.length} + ${direct.length} messages to ${out}`);
