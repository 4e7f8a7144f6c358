// Positioned reads of a file through one small window (files/read.ts spanFile): whatever order spans
// are asked in, each comes back as the file's own bytes.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spanFile } from '../../electron/backend/files/read';

const dir = mkdtempSync(join(tmpdir(), 'threadline-span-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** 300 KB of bytes that differ from place to place, so a span read from the wrong offset shows. */
function written(): { path: string; bytes: Buffer } {
  const bytes = Buffer.alloc(300 * 1024);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31 + (i >> 8)) & 0xff;
  const path = join(dir, 'spans.bin');
  writeFileSync(path, bytes);
  return { path, bytes };
}

describe('spanFile', () => {
  it('reads spans forwards, backwards, far apart and larger than its window as the bytes of the file', () => {
    const { path, bytes } = written();
    const file = spanFile(path);
    try {
      const spans: [number, number][] = [
        [0, 10],
        [5, 200],
        [70_000, 70_100],
        [10, 20],
        [250_000, 250_001],
        [1000, 200_000],
        [199_990, 200_010],
        [bytes.length - 3, bytes.length],
      ];
      for (const [start, end] of spans) expect(Buffer.compare(file.read(start, end), bytes.subarray(start, end))).toBe(0);
    } finally {
      file.close();
    }
  });

  it('gives a span that runs past the end of the file short, and one beyond it empty', () => {
    const { path, bytes } = written();
    const file = spanFile(path);
    try {
      expect(file.read(bytes.length - 4, bytes.length + 50)).toEqual(bytes.subarray(bytes.length - 4));
      expect(file.read(bytes.length + 10, bytes.length + 20).length).toBe(0);
    } finally {
      file.close();
    }
  });
});
