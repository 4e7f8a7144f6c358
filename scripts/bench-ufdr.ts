// Benchmark of a large Cellebrite report: writes a .ufdr whose report.xml expands to the size asked
// (default 1 GB), streamed to disk; reads it with the importer alone (the stream's own time and heap),
// then imports it into a fresh case and prints the time and the process's peak memory.
// `node --expose-gc --import tsx scripts/bench-ufdr.ts [megabytes] [--read-only]` (without
// --expose-gc the heap figures include garbage not yet collected; --read-only skips the import).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEngine } from '../electron/backend/api';
import { writeZipStreamed } from '../electron/backend/files/zip-writer';
import { openUfdr } from '../electron/backend/importers/ufdr';

const NS = 'http://pa.cellebrite.com/report/2.0';
const CHAT_SIZE = 20_000;

const value = (name: string, v: string, type = 'String') => `<field name="${name}" type="${type}"><value type="${type}"><![CDATA[${v}]]></value></field>`;
const party = (id: string, name: string, owner: boolean, index: number) =>
  `<model type="Party" id="p-${index}" deleted_state="Unknown" decoding_confidence="High" isrelated="False" source_index="${index}" extractionId="1">${value('Identifier', id)}${value('Name', name)}${value('IsPhoneOwner', owner ? 'True' : 'False', 'Boolean')}</model>`;

/** One message, about 1 KB: its own id, time and text; every 97th recovered as deleted. */
function message(i: number): string {
  const owner = i % 2 === 0;
  const at = new Date(Date.UTC(2023, 0, 1) + i * 37_000).toISOString().replace('Z', '+00:00');
  return (
    `<model type="InstantMessage" id="m-${i}" deleted_state="${i % 97 === 0 ? 'Deleted' : 'Intact'}" decoding_confidence="High" isrelated="False" source_index="${2 * i}" extractionId="1">` +
    value('Source', 'WhatsApp') +
    `<modelField name="From" type="Party">${party(owner ? '15550100001@s.whatsapp.net' : '15550100002@s.whatsapp.net', owner ? 'Dana Owner' : 'Eli Peer', owner, 2 * i + 1)}</modelField>` +
    '<multiModelField name="To" type="Party" />' +
    value('Body', `message ${i}: the tender for pier ${i % 17} moves to ${i % 28} March, budget line ${i % 41} absorbs the overrun of ${i * 13} euros`) +
    value('Identifier', `3EB0${i.toString(16).toUpperCase().padStart(12, '0')}`) +
    `<field name="TimeStamp" type="TimeStamp"><value type="TimeStamp" format="TimeStampKnown">${at}</value></field>` +
    '<modelField name="Attachment" type="Attachment"><empty /></modelField><multiModelField name="Attachments" type="Attachment" />' +
    value('Status', owner ? 'Sent' : 'Read', 'MessageStatus') +
    value('Platform', 'Mobile', 'Platform') +
    value('Type', 'AppMessage', 'InstantMessageType') +
    '</model>\n'
  );
}

function* report(targetBytes: number): Generator<Buffer> {
  yield Buffer.from(`<?xml version="1.0" encoding="utf-8"?>\n<project id="bench" name="Bench case" reportVersion="7.60.0.0" xmlns="${NS}"><caseInformation><field fieldType="CaseNumber">BENCH-1</field></caseInformation><taggedFiles /><decodedData><modelType type="Chat">\n`);
  let written = 0;
  for (let i = 0; written < targetBytes; i++) {
    if (i % CHAT_SIZE === 0) {
      if (i > 0) yield Buffer.from('</multiModelField></model>\n');
      const c = i / CHAT_SIZE;
      yield Buffer.from(
        `<model type="Chat" id="chat-${c}" deleted_state="Intact" decoding_confidence="High" source_index="${1e9 + c}">${value('Source', 'WhatsApp')}${value('Id', `1555020${String(c).padStart(4, '0')}@s.whatsapp.net`)}<multiModelField name="Participants" type="Party">${party('15550100001@s.whatsapp.net', 'Dana Owner', true, 2e9 + c)}</multiModelField><multiModelField name="Messages" type="InstantMessage">\n`,
      );
    }
    const m = Buffer.from(message(i));
    written += m.length;
    yield m;
  }
  yield Buffer.from('</multiModelField></model></modelType></decodedData></project>\n');
}

/** Writes the .ufdr, its report.xml streamed into the zip; counts the messages as they pass. */
async function writeUfdr(path: string, targetBytes: number): Promise<{ expanded: number; messages: number }> {
  let messages = 0;
  function* counted(): Generator<Buffer> {
    for (const part of report(targetBytes)) {
      if (part.includes('type="InstantMessage" id=')) messages++;
      yield part;
    }
  }
  const [expanded] = await writeZipStreamed(path, [{ name: 'report.xml', parts: counted() }]);
  return { expanded: expanded!, messages };
}

const gc = (globalThis as { gc?: () => void }).gc;

/** The importer's stream alone, no case: its time, and the most heap it holds (measured after a collection every 20 batches). */
async function readOnly(path: string): Promise<{ messages: number; seconds: number; cpuSeconds: number; heldBytes: number }> {
  gc?.();
  const cpu = process.cpuUsage();
  const base = process.memoryUsage().heapUsed;
  let held = 0;
  let messages = 0;
  let batches = 0;
  const started = performance.now();
  const stream = await openUfdr(path, 'zip', { isCancelled: () => false, progress: () => {} });
  for await (const batch of stream.batches()) {
    messages += batch.messages.length;
    if (++batches % 20 === 0) {
      gc?.();
      held = Math.max(held, process.memoryUsage().heapUsed - base);
    }
  }
  stream.tail();
  const used = process.cpuUsage(cpu);
  return { messages, seconds: (performance.now() - started) / 1000, cpuSeconds: (used.user + used.system) / 1e6, heldBytes: held };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const megabytes = Number(args.find((a) => /^\d+$/.test(a)) ?? 1024);
  const dir = mkdtempSync(join(tmpdir(), 'threadline-bench-ufdr-'));
  try {
    const path = join(dir, 'bench.ufdr');
    const { expanded, messages } = await writeUfdr(path, megabytes * 2 ** 20);
    const mb = (n: number) => `${(n / 2 ** 20).toFixed(0)} MB`;
    const reading = await readOnly(path);
    process.stdout.write(`Cellebrite report, reading alone: ${reading.messages.toLocaleString('en')} messages in ${reading.seconds.toFixed(1)} s, ${reading.cpuSeconds.toFixed(1)} s of CPU (${(expanded / 2 ** 20 / reading.cpuSeconds).toFixed(1)} MB per CPU second); heap held while reading at most ${mb(reading.heldBytes)}\n`);
    if (args.includes('--read-only')) return;
    let peakHeap = 0;
    // Live heap: sampled once a second, after a collection when --expose-gc allows one.
    const sampler = setInterval(() => {
      gc?.();
      peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    }, 1000);
    const engine = createEngine(join(dir, 'bench.threadline'), { create: true });
    const started = performance.now();
    const summary = await engine.runImport({ paths: [path], timeZone: 'UTC' }).done;
    const seconds = (performance.now() - started) / 1000;
    await engine.close();
    clearInterval(sampler);
    const source = summary.sources[0]!;
    process.stdout.write(
      `Cellebrite report: report.xml of ${mb(expanded)} (${messages.toLocaleString('en')} messages in ${Math.ceil(messages / CHAT_SIZE)} chats) imported in ${seconds.toFixed(1)} s ` +
        `(${(expanded / 2 ** 20 / seconds).toFixed(1)} MB/s); ${source.messages.toLocaleString('en')} messages stored; peak live heap ${mb(peakHeap)}, peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}\n`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
