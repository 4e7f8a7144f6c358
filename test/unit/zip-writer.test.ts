// The zip writer, read back by the app's own zip reader: entries held in memory (stored, deflated, a
// symlink), and entries streamed to a file part by part.
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { listZip, openZipEntry } from '../../electron/backend/files/zip';
import { writeZipStreamed, zipBytes } from '../../electron/backend/files/zip-writer';
import { tempDir, writeText } from '../support/temp';

async function contentsOf(path: string): Promise<Record<string, { text: string; symlink: boolean }>> {
  const { entries, damage } = await listZip(path);
  expect(damage).toBeNull();
  const out: Record<string, { text: string; symlink: boolean }> = {};
  for (const e of entries) out[e.name] = { text: await text(await openZipEntry(path, e.index)), symlink: e.symlink };
  return out;
}

describe('zipBytes', () => {
  it('writes stored, deflated and symlink entries the reader reads back as written', async () => {
    const path = writeText(tempDir(), 'held.zip', zipBytes([
      { name: 'stored.txt', data: 'kept as is' },
      { name: 'día/deflated.txt', data: 'squeezed '.repeat(100), deflate: true },
      { name: 'link', data: '../elsewhere', symlink: true },
    ]));
    expect(await contentsOf(path)).toEqual({
      'stored.txt': { text: 'kept as is', symlink: false },
      'día/deflated.txt': { text: 'squeezed '.repeat(100), symlink: false },
      link: { text: '../elsewhere', symlink: true },
    });
  });
});

describe('writeZipStreamed', () => {
  it('deflates each entry from its parts, and returns their expanded sizes', async () => {
    const path = join(tempDir(), 'streamed.zip');
    function* lines() {
      for (let i = 0; i < 20_000; i++) yield Buffer.from(`line ${i}\n`);
    }
    const words = [Buffer.from('first '), Buffer.alloc(0), Buffer.from('second')];
    const expectedLines = Array.from({ length: 20_000 }, (_, i) => `line ${i}\n`).join('');
    const sizes = await writeZipStreamed(path, [
      { name: 'report.xml', parts: lines() },
      { name: 'files/note.txt', parts: words },
    ]);
    expect(sizes).toEqual([Buffer.byteLength(expectedLines), 12]);
    expect(await contentsOf(path)).toEqual({
      'report.xml': { text: expectedLines, symlink: false },
      'files/note.txt': { text: 'first second', symlink: false },
    });
  });
});
