// The benchmark's WhatsApp export: a generated Android chat of any size, byte-identical on every run
// (seeded), so figures from different runs and scripts (bench.ts, bench-import.ts) read one file.
import { createWriteStream, existsSync } from 'node:fs';
import { seededRandom } from './seeded-random';

/** A vocabulary with a Zipf-like spread: a few common words, a long tail of rare ones. */
export function vocabulary(random: () => number): string[] {
  const common = 'the a to and of in is it you that for on be we this are with can not at have so will just meeting permit report harbour please call today tomorrow send draft office'.split(' ');
  const syllables = ['ka', 'lo', 'mi', 'ra', 'ten', 'vo', 'qui', 'sa', 'del', 'ur', 'pen', 'ist', 'mar', 'on', 'bel'];
  const rare: string[] = [];
  for (let i = 0; i < 5000; i++) {
    let w = '';
    const n = 2 + Math.floor(random() * 3);
    for (let k = 0; k < n; k++) w += syllables[Math.floor(random() * syllables.length)];
    rare.push(w);
  }
  return [...common, ...rare];
}

/** Writes the export of `messages` messages to `chatPath`, unless it is already there; another `seed` writes other messages. */
export async function generateWhatsAppExport(chatPath: string, messages: number, seed = 42): Promise<void> {
  if (existsSync(chatPath)) return;
  const random = seededRandom(seed);
  const words = vocabulary(random);
  const people = ['Dana Whitfield', 'Marcus Oyelaran', 'Priya Raman', 'Tom Kessler', 'Ana Ruiz', '+44 7700 900123'];
  const out = createWriteStream(chatPath);
  const p2 = (n: number) => String(n).padStart(2, '0');
  let t = Date.UTC(2019, 0, 1, 8, 0);
  const write = (s: string) => (out.write(s) ? undefined : new Promise<void>((r) => out.once('drain', () => r())));
  await write('01/01/2019, 08:00 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.\n');
  for (let i = 1; i < messages; i++) {
    t += Math.floor(random() * random() * 600_000);
    const d = new Date(t);
    const stamp = `${p2(d.getUTCDate())}/${p2(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}, ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}`;
    const author = people[Math.floor(random() * people.length)]!;
    const r = random();
    let body: string;
    if (r < 0.004) body = 'This message was deleted';
    else if (r < 0.02) body = '<Media omitted>';
    else {
      const n = 3 + Math.floor(random() * 14);
      const parts: string[] = [];
      for (let k = 0; k < n; k++) parts.push(words[Math.floor(words.length * Math.pow(random(), 3))]!);
      body = parts.join(' ');
      if (random() < 0.03) body += '\n' + parts.slice(0, 4).join(' ');
    }
    const w = write(`${stamp} - ${author}: ${body}\n`);
    if (w) await w;
  }
  await new Promise<void>((r) => out.end(r));
}
