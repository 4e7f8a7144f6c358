// Times the import of a generated Wickr retention archive, RSMF manifest and forensic-report chat
// table of the same size (issue 18: the WhatsApp figure's companions). Each file is generated once
// into the bench directory from the layouts of docs/formats.md, with the benchmark's vocabulary, and
// imported into a new case by the built `threadline import` command (as the growth rows do), so that
// its time, processor time and peak resident memory are the product's, without a TypeScript loader.
//   node --import tsx scripts/bench-formats.ts [messages]   (default 1,000,000; BENCH_DIR as bench.ts;
//   BENCH_FORMATS=wickr,rsmf,csv picks some of them, BENCH_FORMATS=none none; `npm run bench` runs it last
//   with BENCH_MESSAGES)
import { createWriteStream, existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { timedImport } from './bench-growth';
import { loadAverage, megabytes } from './bench-import';
import { seededRandom } from './seeded-random';
import { vocabulary } from './whatsapp-export';

const PEOPLE = ['dana', 'marcus', 'priya', 'tom', 'ana', 'lee'];
const CONVERSATIONS = 50;
const START_MS = Date.UTC(2019, 0, 1, 8, 0);

/** One generated message: who, where, when (ms), what; the same sequence for every format. */
interface Generated {
  index: number;
  conversation: number;
  sender: string;
  atMs: number;
  body: string;
}

function* messagesOf(count: number): Generator<Generated> {
  const random = seededRandom(42);
  const words = vocabulary(random);
  let atMs = START_MS;
  for (let index = 0; index < count; index++) {
    atMs += Math.floor(random() * random() * 600_000);
    const n = 3 + Math.floor(random() * 14);
    const parts: string[] = [];
    for (let k = 0; k < n; k++) parts.push(words[Math.floor(words.length * Math.pow(random(), 3))]!);
    yield { index, conversation: Math.floor(random() * CONVERSATIONS), sender: PEOPLE[Math.floor(random() * PEOPLE.length)]!, atMs, body: parts.join(' ') };
  }
}

/** Writes lines to `path` through a temporary name, so that an interrupted run leaves no half file. */
async function writeLines(path: string, lines: Iterable<string>): Promise<void> {
  const partial = `${path}.partial`;
  const out = createWriteStream(partial);
  for (const line of lines) if (!out.write(line)) await new Promise<void>((r) => out.once('drain', () => r()));
  await new Promise<void>((r) => out.end(r));
  renameSync(partial, path);
}

const hex64 = (n: number) => n.toString(16).padStart(64, '0');
const hex32 = (n: number) => n.toString(16).padStart(32, '0');

/** A Wickr bot's received-messages file: one JSON record a line, a room created before its first message. */
function* wickrLines(count: number): Generator<string> {
  const created = new Set<number>();
  let record = 0;
  for (const m of messagesOf(count)) {
    const us = m.atMs * 1000 + (m.index % 1_000_000);
    const room = hex64(m.conversation + 1);
    if (!created.has(m.conversation)) {
      created.add(m.conversation);
      const control = { msgtype: 4001, members: PEOPLE, masters: [PEOPLE[0]], title: `Room ${m.conversation + 1}`, description: '', changemask: 47, ttl: 604800, bor: 0 };
      yield `${JSON.stringify({ message_id: hex32(++record), msg_ts: `${Math.floor(us / 1e6) - 1}.${us % 1e6}`, sender_type: 'normal', vgroupid: room, msgtype: 4001, sender: PEOPLE[0], control })}\n`;
    }
    yield `${JSON.stringify({ message_id: hex32(++record), msg_ts: `${Math.floor(us / 1e6)}.${us % 1e6}`, sender_type: 'normal', vgroupid: room, msgtype: 1000, sender: m.sender, message: m.body })}\n`;
  }
}

/** Messages per RSMF manifest: the importer takes manifests of at most 128 MB. */
const RSMF_SLICE = 400_000;

/** An RSMF 2.0 manifest of one slice of the messages, written as a stream: participants, conversations, events. */
function* rsmfLines(count: number, slice: number): Generator<string> {
  const participants = PEOPLE.map((p) => ({ id: `${p}@corp.example`, display: p }));
  const conversations = Array.from({ length: CONVERSATIONS }, (_, i) => ({ id: `C${i + 1}`, platform: 'slack', type: 'channel', participants: participants.map((p) => p.id), display: `Channel ${i + 1}` }));
  yield `{"version":"2.0.0","participants":${JSON.stringify(participants)},"conversations":${JSON.stringify(conversations)},"events":[\n`;
  let first = true;
  for (const m of messagesOf(count)) {
    if (Math.floor(m.index / RSMF_SLICE) !== slice) continue;
    const event = { id: `E${m.index + 1}`, type: 'message', conversation: `C${m.conversation + 1}`, participant: `${m.sender}@corp.example`, timestamp: new Date(m.atMs).toISOString(), body: m.body };
    yield `${first ? '' : ','}${JSON.stringify(event)}\n`;
    first = false;
  }
  yield ']}\n';
}

const CSV_HEADER = ['#', 'Chat #', 'Identifier', 'Name', 'Participants', 'Source', 'Instant Message #', 'From', 'To', 'Body', 'Status', 'Timestamp: Date', 'Timestamp: Time', 'Read: Date', 'Read: Time'];

/** A forensic report's "Chats" table (Cellebrite-style columns), day first, times in UTC. */
function* forensicLines(count: number): Generator<string> {
  const p2 = (n: number) => String(n).padStart(2, '0');
  yield `Chats\r\n${CSV_HEADER.join(',')}\r\n`;
  for (const m of messagesOf(count)) {
    const d = new Date(m.atMs);
    const row = [
      String(m.index + 1), String(m.conversation + 1), `chat-${m.conversation + 1}`, `Chat ${m.conversation + 1}`, `"${PEOPLE.join('\n')}"`, 'WhatsApp', String(m.index + 1), m.sender, '', m.body, 'Sent',
      `${p2(d.getUTCDate())}/${p2(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`, `${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}(UTC+0)`, '', '',
    ];
    yield `${row.join(',')}\r\n`;
  }
}

interface BenchFormat {
  key: 'wickr' | 'rsmf' | 'csv';
  name: string;
  /** What the import is given: a file, or the folder holding the files. */
  imported: string;
  files: { path: string; lines: () => Iterable<string> }[];
}

async function main(messages: number): Promise<void> {
  const dir = process.env.BENCH_DIR ?? join(tmpdir(), 'threadline-bench');
  const rsmfDir = join(dir, `rsmf-${messages}`);
  const formats: BenchFormat[] = [
    {
      key: 'wickr',
      name: 'Wickr retention archive',
      imported: join(dir, `wickr-${messages}`, 'compliance'),
      files: [{ path: join(dir, `wickr-${messages}`, 'compliance', 'messages', 'receivedMessages.txt'), lines: () => wickrLines(messages) }],
    },
    {
      key: 'rsmf',
      name: `RSMF manifests (slices of ${RSMF_SLICE.toLocaleString('en')} messages)`,
      imported: rsmfDir,
      files: Array.from({ length: Math.ceil(messages / RSMF_SLICE) }, (_, slice) => ({ path: join(rsmfDir, `slice-${slice + 1}`, 'rsmf_manifest.json'), lines: () => rsmfLines(messages, slice) })),
    },
    { key: 'csv', name: 'forensic-report chat table (CSV)', imported: join(dir, `forensic-${messages}.csv`), files: [{ path: join(dir, `forensic-${messages}.csv`), lines: () => forensicLines(messages) }] },
  ];
  const picked = process.env.BENCH_FORMATS?.split(',');
  const chosen = formats.filter((x) => !picked || picked.includes(x.key));
  if (chosen.length === 0) return;
  console.log(`Import of other formats, ${messages.toLocaleString('en')} messages each, ${CONVERSATIONS} conversations; load average ${loadAverage()}`);
  for (const f of chosen) {
    for (const file of f.files) {
      mkdirSync(dirname(file.path), { recursive: true });
      if (!existsSync(file.path)) await writeLines(file.path, file.lines());
    }
    const size = f.files.reduce((n, file) => n + statSync(file.path).size, 0);
    try {
      const figures = timedImport([f.imported], join(dir, `bench-formats-${messages}.threadline`));
      console.log(
        `  ${f.name} (${(size / 1e6).toFixed(1)} MB): ${(figures.ms / 1000).toFixed(2)} s, ${figures.messages.toLocaleString('en')} messages, processor ${(figures.cpuMs / 1000).toFixed(2)} s, peak ${megabytes(figures.peakBytes)}; load average ${loadAverage()}`,
      );
    } catch (e) {
      console.log(`  ${f.name} (${(size / 1e6).toFixed(1)} MB): not imported: ${(e as Error).message.trim().split('\n').find((l) => l.includes('Error:')) ?? (e as Error).message}`);
    }
  }
}

await main(Number(process.argv[2] ?? process.env.BENCH_MESSAGES ?? 1_000_000));
