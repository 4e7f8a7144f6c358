// The chats of the timeline tests, as WhatsApp Android exports: a busy London group chat across the
// clocks change of 2024-03-31, with tombstones, media, a disappearing-messages span and a mid-day
// silence, and a Tokyo one-to-one chat over the same days sharing one author by name. Plain text
// only, so that the engine tests and the browser test both use them.
const p2 = (n: number) => String(n).padStart(2, '0');
const NOTICE = 'Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.';

/** An Android export line at a wall-clock time (day, month, year, hour, minute as written). */
function line(y: number, mo: number, d: number, h: number, mi: number, author: string | null, text: string): string {
  return `${p2(d)}/${p2(mo)}/${y}, ${p2(h)}:${p2(mi)} - ${author === null ? '' : `${author}: `}${text}`;
}

/** 2024-03-18 to 2024-04-08 in London: every 10 minutes from 09:00 to 22:50, and at 00:30 and 02:30. */
export function londonChat(): string {
  const lines = [line(2024, 3, 18, 0, 10, null, NOTICE)];
  const authors = ['Ana Ruiz', 'Ben Okafor', 'Cy Park'];
  let i = 0;
  for (let day = new Date(Date.UTC(2024, 2, 18)); day <= new Date(Date.UTC(2024, 3, 8)); day.setUTCDate(day.getUTCDate() + 1)) {
    const [y, mo, d] = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
    for (const minutes of [30, 150, ...Array.from({ length: 84 }, (_, k) => 9 * 60 + 10 * k)]) {
      const [h, mi] = [Math.floor(minutes / 60), minutes % 60];
      // A silence on an otherwise busy Wednesday: a lead (R7).
      if (mo === 4 && d === 3 && h >= 11 && h < 16) continue;
      const body = i % 53 === 7 ? 'This message was deleted' : i % 31 === 5 ? '<Media omitted>' : `update ${i}`;
      lines.push(line(y, mo, d, h, mi, authors[i % 3]!, body));
      if (mo === 3 && d === 25 && minutes === 12 * 60) {
        lines.push(line(y, mo, d, h, mi, null, "Ana Ruiz turned on disappearing messages. New messages will disappear from this chat 7 days after they're sent, except when kept."));
      }
      if (mo === 3 && d === 27 && minutes === 10 * 60) lines.push(line(y, mo, d, h, mi, null, 'Ben Okafor turned off disappearing messages.'));
      i++;
    }
  }
  return lines.join('\n') + '\n';
}

/** 2024-03-28 to 2024-04-02 in Tokyo: on the hour from 08:00 to 23:00, between Ana Ruiz and Kenji Sato. */
export function tokyoChat(): string {
  const lines = [line(2024, 3, 28, 7, 0, null, NOTICE)];
  let i = 0;
  for (let d = 28; d <= 33; d++) {
    const [mo, day] = d <= 31 ? [3, d] : [4, d - 31];
    for (let h = 8; h <= 23; h++) {
      lines.push(line(2024, mo, day, h, 0, i % 2 ? 'Kenji Sato' : 'Ana Ruiz', i % 17 === 3 ? 'This message was deleted' : `tokyo ${i}`));
      // Two messages in one minute, first in a London day: the earlier line must open the day.
      if (d === 28 && h === 9) lines.push(line(2024, mo, day, h, 0, 'Kenji Sato', 'same minute'));
      i++;
    }
  }
  return lines.join('\n') + '\n';
}
