// Times a WhatsApp import against whatsapp-chat-parser on the same file, in one run, so that the ratio
// holds even on a busy machine (issue 18). The export is generated once into the bench directory
// (the same file `npm run bench` uses); the import runs in a child process, which reports its peak
// resident memory and how long each phase of the job took.
//   node --import tsx scripts/bench-import.ts [messages]   (default 1,000,000; BENCH_DIR as bench.ts)
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseString } from 'whatsapp-chat-parser';
import { createEngine } from '../electron/backend/api';
import { generateWhatsAppExport } from './whatsapp-export';

const root = fileURLToPath(new URL('..', import.meta.url));
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** In the child: imports the file into a new case and prints each phase's duration, then the total. */
async function importAndReport(chatPath: string, casePath: string): Promise<void> {
  for (const suffix of ['', '-wal', '-shm']) rmSync(casePath + suffix, { force: true });
  const started = performance.now();
  const engine = createEngine(casePath, { create: true });
  const phases = new Map<string, number>();
  let phase = 'opening the case';
  let phaseStart = started;
  const { done } = engine.runImport({ paths: [chatPath], timeZone: 'UTC' }, (e) => {
    if (e.type !== 'job.progress') return;
    // Phase names carry the file's name; the bench groups by what is being done.
    const name = e.phase.replace(/ \S+\.txt\b/, '');
    if (name === phase) return;
    const now = performance.now();
    phases.set(phase, (phases.get(phase) ?? 0) + now - phaseStart);
    [phase, phaseStart] = [name, now];
  });
  const summary = await done;
  await engine.close();
  const end = performance.now();
  phases.set(phase, (phases.get(phase) ?? 0) + end - phaseStart);
  for (const [name, ms] of phases) console.log(`    ${name}: ${seconds(ms)}`);
  console.log(`imported=${summary.sources.reduce((n, s) => n + s.messages, 0)} ms=${(end - started).toFixed(0)}`);
  process.on('exit', () => {
    const used = process.cpuUsage();
    process.stderr.write(`cpu-ms=${Math.round((used.user + used.system) / 1000)}\n`);
    const engine = engineThreadCpuMs();
    if (engine !== null) process.stderr.write(`engine-thread-cpu-ms=${engine}\n`);
  });
}

/**
 * Processor time of this process's main thread alone (Linux: /proc, in clock ticks of 10 ms), null
 * elsewhere. The WhatsApp reader works in a thread of its own, so the main thread, where rows are
 * stored, is what an import waits for on a machine with a core free for the reader.
 */
function engineThreadCpuMs(): number | null {
  try {
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

export interface ImportFigures {
  /** From opening the case to closing it, inside the child (start-up excluded). */
  ms: number;
  /** Processor time of the whole child (user + system), a figure load on the machine disturbs less. */
  cpuMs: number;
  /** Processor time of the child's main thread, where the engine stores rows (Linux only). */
  engineThreadCpuMs: number | null;
  peakRssBytes: number;
  messages: number;
  /** Each phase of the job and its duration, one line each. */
  phases: string;
}

/** Imports `path` into a new case in a child process and returns its figures. */
export function timeImport(path: string, casePath: string): ImportFigures {
  const child = spawnSync(
    process.execPath,
    ['--require', join(root, 'scripts', 'report-peak-memory.cjs'), '--import', 'tsx', fileURLToPath(import.meta.url), '--child', path, casePath],
    { encoding: 'utf8', maxBuffer: 16 << 20, cwd: root },
  );
  if (child.status !== 0) throw new Error(`the import of ${path} failed: ${child.stderr}`);
  const result = /imported=(\d+) ms=(\d+)/.exec(child.stdout)!;
  const engineThread = /engine-thread-cpu-ms=(\d+)/.exec(child.stderr);
  return {
    ms: Number(result[2]),
    cpuMs: Number(/(?:^|\n)cpu-ms=(\d+)/.exec(child.stderr)![1]),
    engineThreadCpuMs: engineThread ? Number(engineThread[1]) : null,
    peakRssBytes: Number(/peak-rss-bytes=(\d+)/.exec(child.stderr)![1]),
    messages: Number(result[1]),
    phases: child.stdout.replace(/^imported=.*\n?/m, '').trimEnd(),
  };
}

export const loadAverage = () => loadavg().map((l) => l.toFixed(2)).join(' ');
export const megabytes = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

async function main(messages: number): Promise<void> {
  const dir = process.env.BENCH_DIR ?? join(tmpdir(), 'threadline-bench');
  mkdirSync(dir, { recursive: true });
  const chatPath = join(dir, `whatsapp-${messages}.txt`);
  await generateWhatsAppExport(chatPath, messages);
  console.log(`WhatsApp import, ${messages.toLocaleString('en')} messages (${(statSync(chatPath).size / 1e6).toFixed(1)} MB), load average ${loadAverage()}`);

  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const parsed = parseString(readFileSync(chatPath, 'utf8'));
  const theirs = performance.now() - started;
  const theirCpu = process.cpuUsage(cpuBefore);
  console.log(`  whatsapp-chat-parser 4.0.2, read and parse: ${seconds(theirs)} (processor ${seconds((theirCpu.user + theirCpu.system) / 1000)}; ${parsed.length.toLocaleString('en')} messages)`);

  const ours = timeImport(chatPath, join(dir, `bench-import-${messages}.threadline`));
  const engineThread = ours.engineThreadCpuMs === null ? '' : `, ${seconds(ours.engineThreadCpuMs)} on its main (engine) thread`;
  console.log(`  threadline import (engine, from opening the case to closing it): ${seconds(ours.ms)}, ${(ours.ms / theirs).toFixed(2)}× whatsapp-chat-parser; processor ${seconds(ours.cpuMs)} for the whole child${engineThread}`);
  console.log(ours.phases);
  console.log(`  peak resident memory ${megabytes(ours.peakRssBytes)} (budget 300 MB); load average after: ${loadAverage()}`);
}

if (process.argv[2] === '--child') await importAndReport(process.argv[3]!, process.argv[4]!);
else if (process.argv[1] === fileURLToPath(import.meta.url)) await main(Number(process.argv[2] ?? 1_000_000));
