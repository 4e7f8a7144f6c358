// The command line as a script would use it: JSON shapes, exit codes, one-sentence errors, and bad
// input that never leaves a half-written case (docs/design.md#the-command-line-a-stable-interface).
import { appendFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { jsonLines, threadline } from '../support/cli';
import { androidChat, tempDir, writeText } from '../support/temp';
import { mediaZip } from '../fixtures/whatsapp';

/** A with-media export cut off halfway, as an interrupted copy leaves it: no central directory. */
const truncatedZip = () => {
  const zip = mediaZip();
  return zip.subarray(0, Math.floor(zip.length / 2));
};

function tableCounts(path: string): Record<string, number> {
  const db = new Database(path, { readonly: true });
  try {
    const out: Record<string, number> = {};
    for (const t of ['sources', 'conversations', 'messages', 'attachments', 'audit', 'source_warnings']) {
      out[t] = (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
    }
    return out;
  } finally {
    db.close();
  }
}

function oneSentence(stderr: string): string {
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  return lines[0]!;
}

describe('threadline import: bad input', () => {
  const cases: [string, (dir: string) => string, RegExp][] = [
    ['a non-chat text file', (d) => writeText(d, 'shopping.txt', 'milk\nbread\n'), /shopping\.txt is not a chat export/],
    ['an empty file', (d) => writeText(d, 'empty.txt', ''), /empty\.txt is empty\./],
    ['random bytes', (d) => writeText(d, 'noise.bin', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)), /noise\.bin is a binary file/],
    ['a truncated zip', (d) => writeText(d, 'export.zip', truncatedZip()), /export\.zip is a damaged or truncated zip archive/],
    ['a missing file', (d) => join(d, 'nowhere.txt'), /nowhere\.txt does not exist/],
  ];

  it.each(cases)('%s: one sentence naming the file, exit 1, and no case file left behind', (_name, make, message) => {
    const dir = tempDir();
    const casePath = join(dir, 'new.threadline');
    const r = threadline('import', make(dir), '--case', casePath);
    expect(r.status).toBe(1);
    expect(oneSentence(r.stderr.replace(/^(queued|detecting)\n/gm, ''))).toMatch(message);
    expect(existsSync(casePath)).toBe(false);
  });

  it.each(cases)('%s: an existing case is left exactly as it was', (_name, make) => {
    const dir = tempDir();
    const casePath = join(dir, 'case.threadline');
    expect(threadline('import', writeText(dir, 'good.txt', androidChat(5)), '--case', casePath).status).toBe(0);
    const before = tableCounts(casePath);
    const r = threadline('import', make(dir), '--case', casePath, '--json');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(tableCounts(casePath)).toEqual(before);
  });

  it('rejects a bad --date-order and unknown options before touching anything', () => {
    const dir = tempDir();
    const casePath = join(dir, 'case.threadline');
    const chat = writeText(dir, 'chat.txt', androidChat(2));
    expect(oneSentence(threadline('import', chat, '--case', casePath, '--date-order', 'DDMM').stderr)).toMatch(/--date-order must be one of DMY, MDY, YMD/);
    expect(oneSentence(threadline('import', chat, '--case', casePath, '--colour').stderr)).toMatch(/Unknown option --colour/);
    expect(oneSentence(threadline('frobnicate').stderr)).toMatch(/Unknown command 'frobnicate'/);
    expect(existsSync(casePath)).toBe(false);
  });
});

describe('threadline import --json', () => {
  it('prints one object in the documented shape', () => {
    const dir = tempDir();
    const r = threadline('import', writeText(dir, 'chat.txt', androidChat(3)), '--case', join(dir, 'c.threadline'), '--json', '--tz', 'Asia/Tokyo');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['sources']);
    expect(out.sources[0]).toMatchObject({
      id: 1,
      path: join(dir, 'chat.txt'),
      format: 'whatsapp',
      messages: 4,
      conversations: 1,
      // Three minutes on one day cannot tell D/M from M/D: said, not guessed silently.
      warnings: [expect.objectContaining({ code: 'date_order_ambiguous', line: null })],
      dateOrder: { value: 'DMY', ambiguous: true },
    });
    expect(out.sources[0].sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('threadline export, search, info', () => {
  function imported(): { dir: string; casePath: string } {
    const dir = tempDir();
    const casePath = join(dir, 'c.threadline');
    const words = (i: number) => (i === 7 ? 'meet at the harbour office\nbring the permit' : `note ${i}`);
    expect(threadline('import', writeText(dir, 'chat.txt', androidChat(12, { words })), '--case', casePath, '--tz', 'Europe/London').status).toBe(0);
    return { dir, casePath };
  }

  it('exports JSON lines with every documented field, in conversation order', () => {
    const { casePath } = imported();
    const r = threadline('export', '--case', casePath, '--format', 'jsonl');
    expect(r.status).toBe(0);
    const rows = jsonLines(r.stdout);
    expect(rows).toHaveLength(13);
    for (const key of ['id', 'sourceId', 'conversationId', 'conversation', 'author', 'sentAt', 'sentAtLocal', 'kind', 'text', 'attachments', 'deleted', 'edited', 'replyTo', 'sourceRef']) {
      expect(rows[0]).toHaveProperty(key);
    }
    expect(rows[0]).toMatchObject({ author: null, kind: 'system', sentAtLocal: '2023-03-01T09:00', sentAt: '2023-03-01T09:00:00.000Z' });
    expect(rows[8]).toMatchObject({ author: 'Ana Ruiz', text: 'meet at the harbour office\nbring the permit', sourceRef: { file: 'chat.txt', line: 9, lineEnd: 10 } });
    expect(rows.map((x) => x.seq)).toEqual(Array.from({ length: 13 }, (_, i) => i));
  });

  it('writes --out through a temporary file and refuses to overwrite', () => {
    const { dir, casePath } = imported();
    const out = join(dir, 'export.csv');
    const r = threadline('export', '--case', casePath, '--format', 'csv', '--out', out);
    expect(r.status).toBe(0);
    const csv = readFileSync(out, 'utf8');
    expect(csv.startsWith('\uFEFFid,sourceId,conversationId')).toBe(true);
    expect(csv).toContain('"meet at the harbour office\nbring the permit"');
    const again = threadline('export', '--case', casePath, '--format', 'csv', '--out', out);
    expect(again.status).toBe(1);
    expect(oneSentence(again.stderr)).toMatch(/already exists/);
    expect(oneSentence(threadline('export', '--case', casePath, '--format', 'pdf').stderr)).toMatch(/--format must be one of jsonl, csv/);
  });

  it('searches with the documented JSON shape', () => {
    const { casePath } = imported();
    const r = threadline('search', 'harbour', '--case', casePath, '--json');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.total).toBe(1);
    expect(typeof out.tookMs).toBe('number');
    expect(out.hits[0]).toMatchObject({ author: 'Ana Ruiz', sentAt: '2023-03-01T09:07:00.000Z' });
    expect(Object.keys(out.hits[0])).toEqual(expect.arrayContaining(['messageId', 'conversationId', 'sentAt', 'author', 'snippet']));
    expect(out.hits[0].snippet).toContain('«harbour»');
  });

  it('says so when the case does not exist, without creating it', () => {
    const dir = tempDir();
    const casePath = join(dir, 'missing.threadline');
    const r = threadline('info', '--case', casePath);
    expect(r.status).toBe(1);
    expect(oneSentence(r.stderr)).toMatch(/missing\.threadline does not exist/);
    expect(existsSync(casePath)).toBe(false);
  });

  it('lists sources and conversations as JSON', () => {
    const { casePath } = imported();
    const out = JSON.parse(threadline('info', '--case', casePath, '--json').stdout);
    expect(out.case).toMatchObject({ sourceCount: 1, conversationCount: 1, messageCount: 13 });
    expect(out.sources[0]).toMatchObject({ format: 'whatsapp', timeZone: 'Europe/London', timeZoneAssumed: false });
    expect(out.conversations[0]).toMatchObject({ title: 'Ben Okafor, Ana Ruiz', kind: 'direct', messageCount: 13 });
  });
});

describe('threadline verify', () => {
  it('passes while the evidence is unchanged and fails when a source changes or disappears', () => {
    const dir = tempDir();
    const casePath = join(dir, 'c.threadline');
    const chat = writeText(dir, 'chat.txt', androidChat(4));
    const other = writeText(dir, 'other.txt', androidChat(4, { start: Date.UTC(2020, 0, 1) }));
    expect(threadline('import', chat, other, '--case', casePath).status).toBe(0);
    const ok = threadline('verify', '--case', casePath);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/UNCHANGED source 1/);
    appendFileSync(chat, 'tampered\n');
    rmSync(other);
    const bad = threadline('verify', '--case', casePath);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/CHANGED\s+source 1 .*chat\.txt \(sha256 now [0-9a-f]{64}, was [0-9a-f]{64}\)/);
    expect(bad.stdout).toMatch(/MISSING\s+source 2 .*other\.txt/);
    writeFileSync(chat, androidChat(4));
  });
});
