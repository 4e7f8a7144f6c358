// How import time and peak memory grow with the case (docs/design.md#budgets): the real `threadline
// import` command, in a child process, on generated WhatsApp exports of 10,000 and 100,000 messages
// (the bench's own export gives the 1,000,000 figure), and on one case of 50 conversations of 20,000
// messages each. Linear time and flat memory read straight off the rows. Called by scripts/bench.ts;
// BENCH_GROWTH=0 leaves it out of a quick run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateWhatsAppExport } from './whatsapp-export';

const root = fileURLToPath(new URL('..', import.meta.url));

type Row = (what: string, value: string, budget?: string) => void;

export interface Imported {
  ms: number;
  peakBytes: number;
  /** Processor time of the whole command (user + system), a figure load on the machine disturbs less. */
  cpuMs: number;
  messages: number;
}

/** `threadline import` of `paths` into a new case at `casePath`, timed, with the child's peak resident memory. */
export function timedImport(paths: string[], casePath: string): Imported {
  for (const suffix of ['', '-wal', '-shm']) rmSync(casePath + suffix, { force: true });
  const started = performance.now();
  const run = spawnSync(
    process.execPath,
    ['--require', join(root, 'scripts', 'report-peak-memory.cjs'), join(root, 'bin', 'threadline.cjs'), 'import', ...paths, '--case', casePath, '--tz', 'UTC', '--json'],
    { encoding: 'utf8', maxBuffer: 64 << 20 },
  );
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`threadline import failed: ${run.stderr}`);
  const sources = JSON.parse(run.stdout).sources as { messages: number }[];
  const figure = (name: string) => Number(new RegExp(`${name}=(\\d+)`).exec(run.stderr)?.[1] ?? NaN);
  return { ms, peakBytes: figure('peak-rss-bytes'), cpuMs: figure('process-cpu-ms'), messages: sources.reduce((n, s) => n + s.messages, 0) };
}

function describe(i: Imported, fmt: (ms: number) => string): string {
  return `${fmt(i.ms)}, ${Math.round(i.messages / (i.ms / 1000)).toLocaleString('en')} msg/s, peak ${(i.peakBytes / 2 ** 20).toFixed(0)} MB`;
}

/** Prints the growth rows; `whole` is the bench's own import of its export, `messages` its size. */
export async function benchGrowth(dir: string, whole: Imported, row: Row, fmt: (ms: number) => string): Promise<void> {
  const growthDir = join(dir, 'growth');
  mkdirSync(growthDir, { recursive: true });
  for (const size of [10_000, 100_000]) {
    const chat = join(growthDir, `whatsapp-${size}.txt`);
    await generateWhatsAppExport(chat, size);
    row(`growth: import of ${size.toLocaleString('en')} messages`, describe(timedImport([chat], join(growthDir, `case-${size}.threadline`)), fmt));
  }
  row(`growth: import of ${whole.messages.toLocaleString('en')} messages (the bench's export)`, describe(whole, fmt));

  // Fifty chats of 20,000 messages, each generated from a seed of its own: fifty different conversations.
  const chats: string[] = [];
  for (let i = 1; i <= 50; i++) {
    const chat = join(growthDir, `WhatsApp Chat with Team ${i}.txt`);
    await generateWhatsAppExport(chat, 20_000, 1000 + i);
    chats.push(chat);
  }
  row('growth: import of 50 conversations of 20,000 messages into one case (one command)', describe(timedImport(chats, join(growthDir, 'case-50x20000.threadline')), fmt));
}
