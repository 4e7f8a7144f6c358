// Faults during an import: a source written to while it is read is refused and nothing is stored; a
// process killed in the middle of an import leaves the case as it was, verify passing, and none of
// the killed import's text anywhere in the case file.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiEvent } from '../../shared/api';
import { cliRunner } from '../support/cli';
import { openEngine } from '../support/engines';
import { androidChat, tempDir, writeText } from '../support/temp';

/** A word found nowhere else, to look for in the case file's bytes. */
const MARK = 'quokkazebra';

function marked(n: number, start = Date.UTC(2024, 0, 1)): string {
  return androidChat(n, { start, words: (i) => `${MARK} ${i} left at the harbour` });
}

/** Whether the case file, or its write-ahead log, holds the text anywhere (live rows or free pages). */
function fileHolds(casePath: string, text: string): boolean {
  return [casePath, `${casePath}-wal`].some((p) => existsSync(p) && readFileSync(p).includes(Buffer.from(text, 'utf8')));
}

async function counts(casePath: string) {
  const engine = openEngine(casePath, { create: false });
  try {
    const info = await engine.api.caseInfo({});
    const verified = await engine.verifySources();
    return { sources: info.sourceCount, messages: info.messageCount, problems: verified.problems, marked: (await engine.api.search({ q: MARK })).total };
  } finally {
    await engine.close();
  }
}

/** A case holding one earlier import, the state every fault must leave untouched. */
async function baseline(dir: string): Promise<string> {
  const casePath = join(dir, 'case.threadline');
  const engine = openEngine(casePath);
  await engine.runImport({ paths: [writeText(dir, 'earlier.txt', androidChat(5))] }).done;
  await engine.close();
  return casePath;
}

describe('a source changed while it is imported', () => {
  const size = 20_000;

  async function importWhile(change: (chat: string, e: ApiEvent & { type: 'job.progress' }) => void) {
    const dir = tempDir();
    const casePath = await baseline(dir);
    const chat = writeText(dir, 'chat.txt', marked(size));
    const engine = openEngine(casePath);
    const outcome = engine.runImport({ paths: [chat] }, (e) => e.type === 'job.progress' && change(chat, e)).done.then(
      () => 'imported',
      (e: Error) => e.message,
    );
    const message = await outcome;
    await engine.close();
    return { message, chat, after: await counts(casePath) };
  }

  it('is refused with a sentence naming the file, and nothing is stored, when it stays changed', async () => {
    let changed = false;
    const { message, chat, after } = await importWhile((path, e) => {
      if (changed || !e.phase.startsWith('reading')) return;
      changed = true;
      writeFileSync(path, marked(size).replace(`${MARK} 7 left`, `${MARK} 7 never left`));
    });
    expect(changed).toBe(true);
    expect(message).toBe(`${chat} changed while it was being imported; nothing was stored from it.`);
    expect(after).toEqual({ sources: 1, messages: 6, problems: 0, marked: 0 });
  });

  it('is refused when it is changed and put back before the import ends', async () => {
    const original = marked(size);
    let phase: 'before' | 'changed' | 'restored' = 'before';
    const { message, after } = await importWhile((path, e) => {
      if (phase === 'before' && e.phase.startsWith('reading')) {
        phase = 'changed';
        writeFileSync(path, original.replace(`${MARK} 7 left`, `${MARK} 7 never left`));
      } else if (phase === 'changed' && e.phase.startsWith('checking')) {
        // Put back before the source is hashed again: only the file's stamp still shows the change.
        phase = 'restored';
        writeFileSync(path, original);
      }
    });
    expect(phase).toBe('restored');
    expect(message).toMatch(/chat\.txt changed while it was being imported; nothing was stored from it\.$/);
    expect(after).toEqual({ sources: 1, messages: 6, problems: 0, marked: 0 });
  });

  it('is imported when nothing touches it', async () => {
    const { message, after } = await importWhile(() => {});
    expect(message).toBe('imported');
    expect(after).toEqual({ sources: 2, messages: 6 + size + 1, problems: 0, marked: size });
  });
});

describe('an import that stops half way', () => {
  it('recovered at the next open leaves none of its text in the case file', async () => {
    const dir = tempDir();
    const casePath = await baseline(dir);
    const crashed = join(dir, 'crashed.threadline');
    const engine = openEngine(casePath);
    let imaged = false;
    // The file as a crash during indexing leaves it: rows and index entries written, source not complete.
    const takeImage = (e: ApiEvent) => {
      if (imaged || e.type !== 'job.progress' || !e.phase.startsWith('indexing')) return;
      imaged = true;
      copyFileSync(casePath, crashed);
      copyFileSync(`${casePath}-wal`, `${crashed}-wal`);
    };
    await engine.runImport({ paths: [writeText(dir, 'chat.txt', marked(300))] }, takeImage).done;
    await engine.close();
    expect(imaged).toBe(true);
    expect(fileHolds(crashed, MARK)).toBe(true);

    expect(await counts(crashed)).toEqual({ sources: 1, messages: 6, problems: 0, marked: 0 });
    expect(fileHolds(crashed, MARK)).toBe(false);
  });

  it('killed with SIGKILL: the case is as before, verify passes, and the text is gone', async () => {
    const dir = tempDir();
    const casePath = await baseline(dir);
    const chat = writeText(dir, 'big.txt', marked(150_000));
    const child = spawn(process.execPath, [cliRunner(), 'import', chat, '--case', casePath], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    const killed = await new Promise<boolean>((resolve) => {
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
        // Rows are written and the index is being filled: the worst moment to die.
        if (/^indexing/m.test(stderr) && child.exitCode === null) child.kill('SIGKILL');
      });
      child.on('exit', (_code, signal) => resolve(signal === 'SIGKILL'));
    });
    expect(killed, `the import ended before it could be killed:\n${stderr}`).toBe(true);
    expect(fileHolds(casePath, MARK)).toBe(true);

    expect(await counts(casePath)).toEqual({ sources: 1, messages: 6, problems: 0, marked: 0 });
    expect(fileHolds(casePath, MARK)).toBe(false);
  }, 120_000);
});
