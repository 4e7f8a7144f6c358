// Two custodians' exports of one WhatsApp chat, written the way each phone writes it: the inputs of
// the linking tests (engine and browser) and of the linked-copies benchmark. Pure text, no test
// framework, so both test runners and the benchmark can use it.

const p2 = (n: number) => String(n).padStart(2, '0');

export interface Line {
  at: number;
  author: string;
  text: string;
}

/** `n` messages between Ana Ruiz and Ben Okafor, `stepMs` apart, from 4 March 2024 09:00:13 UTC. */
export function dialogue(n: number, stepMs = 7 * 60_000): Line[] {
  const t0 = Date.UTC(2024, 2, 4, 9, 0, 13);
  return Array.from({ length: n }, (_, i) => ({ at: t0 + i * stepMs, author: i % 3 ? 'Ana Ruiz' : 'Ben Okafor', text: `point ${i}: the permit for pier ${i % 9} needs ${i} signatures` }));
}

/** Ana's phone: Android, day first, minutes only. */
export function androidCopy(lines: Line[]): string {
  return (
    lines
      .map((l) => {
        const d = new Date(l.at);
        return `${p2(d.getUTCDate())}/${p2(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}, ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())} - ${l.author}: ${l.text}`;
      })
      .join('\n') + '\n'
  );
}

/** Ben's phone: iOS, US region, 12-hour clock with seconds, its clock `skewMs` fast. */
export function iosCopy(lines: Line[], skewMs = 90_000): string {
  return (
    lines
      .map((l) => {
        const d = new Date(l.at + skewMs);
        const h = d.getUTCHours();
        return `[${d.getUTCMonth() + 1}/${d.getUTCDate()}/${String(d.getUTCFullYear()).slice(2)}, ${h % 12 || 12}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}\u202F${h < 12 ? 'AM' : 'PM'}] ${l.author}: ${l.text}`;
      })
      .join('\r\n') + '\r\n'
  );
}
