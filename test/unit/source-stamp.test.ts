// A source's stamp covers every file it is read from: a member rewritten with its own bytes still
// differs (its status-change time moved), and a member replaced by another file (a new inode) too.
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedSince, sha256File, sourceStamp } from '../../electron/backend/files/hash';
import { tempDir, writeText } from '../support/temp';

/** Two member files, fingerprinted the way an import does before reading them. */
async function fingerprinted() {
  const dir = tempDir();
  const members = [writeText(dir, 'receivedMessages_a.txt', '{"msgtype":1000}\n'), writeText(dir, 'receivedMessages_b.txt', '{"msgtype":1000,"message":"b"}\n')];
  const manifestHash = async () => ({ sha256: (await Promise.all(members.map((m) => sha256File(m)))).map((h) => h.sha256).join('') });
  const before = { sha256: (await manifestHash()).sha256, stamp: await sourceStamp(members) };
  return { dir, members, manifestHash, before };
}

/** Waits until the clock has moved past the stamps taken, so a rewrite gets a later ctime. */
async function tick(): Promise<void> {
  const start = process.hrtime.bigint();
  while (process.hrtime.bigint() - start < 20_000_000n) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('sourceStamp and changedSince', () => {
  it('take one stamp per member, null for a path that is not a regular file', async () => {
    const { dir, members } = await fingerprinted();
    const stamps = await sourceStamp([...members, dir, join(dir, 'absent.txt')]);
    expect(stamps.map((s) => s.path)).toEqual([...members, dir, join(dir, 'absent.txt')]);
    expect(stamps.map((s) => s.stamp === null)).toEqual([false, false, true, true]);
    expect(stamps[1]!.stamp!.size).toBe(31n);
  });

  it('see nothing when no member was touched', async () => {
    const { manifestHash, before } = await fingerprinted();
    expect(await changedSince(before, manifestHash)).toBe(false);
  });

  it('see a member written back with its own bytes', async () => {
    const { members, manifestHash, before } = await fingerprinted();
    await tick();
    writeFileSync(members[1]!, '{"msgtype":1000,"message":"b"}\n');
    expect(await changedSince(before, manifestHash)).toBe(true);
  });

  it('see a member replaced by a copy of itself (another inode)', async () => {
    const { dir, members, manifestHash, before } = await fingerprinted();
    const copy = writeText(dir, 'copy.tmp', '{"msgtype":1000}\n');
    renameSync(copy, members[0]!);
    expect(await changedSince(before, manifestHash)).toBe(true);
  });

  it('see a member whose bytes differ, by the hash', async () => {
    const { members, manifestHash, before } = await fingerprinted();
    writeFileSync(members[0]!, '{"msgtype":1001}\n');
    expect(await changedSince(before, manifestHash)).toBe(true);
  });
});
