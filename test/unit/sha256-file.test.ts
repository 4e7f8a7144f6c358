// A file's SHA-256 read through one reused buffer (files/hash.ts): the digest and size of its bytes,
// for files smaller than, equal to and larger than the buffer, and an empty one.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sha256File } from '../../electron/backend/files/hash';

const dir = mkdtempSync(join(tmpdir(), 'threadline-sha256-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sha256File', () => {
  it('hashes every byte once, whatever the size against its read buffer, and counts them', async () => {
    for (const size of [0, 1, (1 << 20) - 1, 1 << 20, (1 << 20) + 1, 3 * (1 << 20) + 12345]) {
      const bytes = Buffer.alloc(size);
      for (let i = 0; i < size; i++) bytes[i] = (i * 7919 + (i >> 11)) & 0xff;
      const path = join(dir, `f${size}`);
      writeFileSync(path, bytes);
      let reported = 0;
      const result = await sha256File(path, (n) => (reported += n));
      expect(result, `size ${size}`).toEqual({ sha256: createHash('sha256').update(bytes).digest('hex'), size });
      expect(reported).toBe(size);
    }
  });
});
