// A manifest's events are checked from its bytes in memory, then read again from the file when their
// records are made (rsmf/index.ts readManifestFile): the records are those of the whole parse, for a
// bare manifest and for one inside an rsmf.zip, and nothing is left behind once the source is closed.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BadInputError } from '../../electron/backend/importers/types';
import { openRsmf } from '../../electron/backend/importers/rsmf';
import { mapManifest } from '../../electron/backend/importers/rsmf/manifest';
import { splitManifest } from '../../electron/backend/importers/rsmf/manifest-events';
import type { MessageRecord } from '../../electron/backend/importers/types';
import { OPTIONS } from '../fuzz/support';
import { zipOf } from '../fuzz/zip-writer';

const dir = mkdtempSync(join(tmpdir(), 'threadline-rsmf-from-file-'));
const scratch = join(dir, 'tmp');
let savedTmp: string | undefined;
beforeAll(() => {
  // The zip's manifest is written to a temporary folder: kept apart, to see that none is left.
  savedTmp = process.env.TMPDIR;
  mkdirSync(scratch);
  process.env.TMPDIR = scratch;
});
afterAll(() => {
  if (savedTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmp;
  rmSync(dir, { recursive: true, force: true });
});

/**
 * A manifest of some hundreds of kilobytes (more than the reader's window): three conversations
 * interleaved, times running backwards in one of them, so the records are read far out of file order.
 */
function manifestText(): string {
  const events = Array.from({ length: 3000 }, (_, i) => {
    const conversation = `C${(i % 3) + 1}`;
    const second = conversation === 'C2' ? 3000 - i : i;
    const at = new Date(Date.UTC(2024, 0, 1) + second * 1000).toISOString();
    return { id: `e${i}`, type: 'message', conversation, participant: i % 2 ? 'ana@corp.example' : 'ben@corp.example', timestamp: at, body: `message ${i} ${'·'.repeat(i % 97)}`, ...(i % 50 === 7 ? { parent: `e${i - 3}` } : {}) };
  });
  return JSON.stringify({
    version: '2.0.0',
    participants: [
      { id: 'ana@corp.example', display: 'Ana' },
      { id: 'ben@corp.example', display: 'Ben' },
    ],
    conversations: ['C1', 'C2', 'C3'].map((id) => ({ id, platform: 'slack', type: 'channel', participants: ['ana@corp.example', 'ben@corp.example'], display: `Room ${id}` })),
    events,
  });
}

async function recordsOf(path: string, container: 'manifest' | 'zip'): Promise<MessageRecord[]> {
  const stream = await openRsmf(path, container, OPTIONS);
  const messages: MessageRecord[] = [];
  try {
    for await (const batch of stream.batches()) messages.push(...batch.messages);
  } finally {
    await stream.close?.();
  }
  return messages;
}

describe('an RSMF manifest read again from its file', () => {
  it('splitManifest reads the events through the reader it is given, not from the bytes it cut', () => {
    const text = manifestText();
    const bytes = Buffer.from(text, 'utf8');
    const kept = Buffer.from(bytes);
    const split = splitManifest(bytes, 256, (start, end) => kept.subarray(start, end))!;
    bytes.fill(0x20);
    const events = (JSON.parse(text) as { events: unknown[] }).events;
    expect(split.events.length).toBe(events.length);
    expect(Array.from({ length: split.events.length }, (_, i) => split.events.at(i))).toEqual(events);
  });

  it('gives the records of the whole parse, from a bare manifest and from an rsmf.zip, and leaves no temporary file', async () => {
    const text = manifestText();
    const whole = mapManifest(JSON.parse(text), { label: 'rsmf_manifest.json', files: new Map(), filesWhere: 'here', headers: null });
    const expected = whole.conversations.flatMap((c) => c.messages);
    expect(expected.length).toBe(3000);

    const bare = join(dir, 'rsmf_manifest.json');
    writeFileSync(bare, text);
    expect(await recordsOf(bare, 'manifest')).toEqual(expected);

    const zip = join(dir, 'rsmf.zip');
    writeFileSync(zip, zipOf([{ name: 'rsmf_manifest.json', data: text, deflate: true }]));
    expect(await recordsOf(zip, 'zip')).toEqual(expected);
    expect(readdirSync(scratch)).toEqual([]);
  });

  it('refuses, in one sentence naming the file, a manifest whose events no longer read once its records are made', async () => {
    const text = manifestText();
    const path = join(dir, 'changing', 'rsmf_manifest.json');
    mkdirSync(join(dir, 'changing'));
    writeFileSync(path, text);
    const stream = await openRsmf(path, 'manifest', OPTIONS);
    try {
      writeFileSync(path, text.slice(0, text.length / 2));
      const reading = (async () => {
        for await (const batch of stream.batches()) expect(batch.messages.length).toBeGreaterThan(0);
      })();
      await expect(reading).rejects.toThrow(BadInputError);
      await expect(reading).rejects.toThrow(`${path} changed while it was being imported; nothing was stored from it.`);
    } finally {
      await stream.close?.();
    }
  });
});
