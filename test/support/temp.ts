// Temporary folders for tests that need real files (case files, chat texts, zips).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

const made: string[] = [];

afterEach(() => {
  while (made.length) rmSync(made.pop()!, { recursive: true, force: true });
});

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'threadline-test-'));
  made.push(dir);
  return dir;
}

export function writeText(dir: string, name: string, text: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** An Android-style export of `n` messages between two people, one per minute, from 1 March 2023. */
export function androidChat(n: number, opts: { start?: number; words?: (i: number) => string } = {}): string {
  const lines = ['01/03/2023, 09:00 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.'];
  const start = opts.start ?? Date.UTC(2023, 2, 1, 9, 0);
  for (let i = 0; i < n; i++) {
    const d = new Date(start + i * 60_000);
    const stamp = `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}, ${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
    lines.push(`${stamp} - ${i % 2 ? 'Ana Ruiz' : 'Ben Okafor'}: ${opts.words ? opts.words(i) : `message number ${i}`}`);
  }
  return lines.join('\n') + '\n';
}
