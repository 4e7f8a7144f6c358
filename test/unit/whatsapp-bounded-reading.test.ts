// Bounded reading (docs/security.md): a long line is kept up to a cap and by reference beyond it, cancel
// is consulted without waiting for a newline, bytes that are not valid text are reported with their
// line and kept as read, and UTF-16 is recognised with or without a BOM.
import { describe, expect, it } from 'vitest';
import { openWhatsApp } from '../../electron/backend/importers/whatsapp';
import { BODY_CAP_CHARS } from '../../electron/backend/importers/whatsapp/parse';
import { CancelledError, type MessageRecord } from '../../electron/backend/importers/types';
import { LINE_CAP_BYTES, readLines, sniffEncoding, type ByteSource, type Line, type ReadLinesOptions } from '../../electron/backend/text/lines';
import { tempDir, writeText } from '../support/temp';
import { deflateRepeated, zipOf } from '../fuzz/zip-writer';
import { parseSource, sourceOf } from './whatsapp-helpers';

async function linesOf(source: ByteSource, options: ReadLinesOptions = {}): Promise<Line[]> {
  const out: Line[] = [];
  for await (const batch of readLines(source, options)) out.push(...batch);
  return out;
}

/** `count` chunks of `size` bytes of `byte`, between a head and a tail, never held at once. */
function repeated(head: string, byte: number, size: number, count: number, tail: string): ByteSource {
  const chunk = new Uint8Array(size).fill(byte);
  return async function* () {
    yield new TextEncoder().encode(head);
    for (let i = 0; i < count; i++) yield chunk;
    yield new TextEncoder().encode(tail);
  };
}

describe('a line over the cap', () => {
  it('keeps its start, says where the whole line is, and the next line is read as usual', async () => {
    const warnings: { line: number; code: string; message: string }[] = [];
    const lines = await linesOf(sourceOf('short\n', 'x'.repeat(25), 'y'.repeat(25), '\nafter\n'), { capBytes: 16, label: 'chat.txt', warn: (line, code, message) => warnings.push({ line, code, message }) });
    expect(lines.map((l) => [l.no, l.offset, l.bytes, l.truncated ?? false])).toEqual([
      [1, 0, 5, false],
      [2, 6, 50, true],
      [3, 57, 5, false],
    ]);
    expect(lines[1]!.text.startsWith(`${'x'.repeat(16)} [… line truncated by Threadline: its first 16 of 50 bytes`)).toBe(true);
    expect(lines[1]!.text).toContain('byte offset 6 of chat.txt');
    expect(warnings).toEqual([{ line: 2, code: 'line_truncated', message: expect.stringContaining('chat.txt, line 2: the line is 50 bytes long') }]);
  });

  it('never cuts a character in two', async () => {
    const lines = await linesOf(sourceOf('ééééé\n'), { capBytes: 5 });
    expect(lines[0]!.text.startsWith('éé [')).toBe(true);
  });

  it('in split mode comes in pieces of at most the cap, with their own offsets, and nothing is lost', async () => {
    const lines = await linesOf(sourceOf('ab\n', 'c'.repeat(10), 'd'.repeat(10), '\nz'), { capBytes: 8, longLines: 'split' });
    expect(lines.map((l) => [l.no, l.text, l.offset, l.continues ?? false])).toEqual([
      [1, 'ab', 0, false],
      [2, 'cccccccc', 3, true],
      [2, 'ccdddddd', 11, true],
      [2, 'dddd', 19, false],
      [3, 'z', 24, false],
    ]);
  });

  it('a 64 MiB line is read in one pass, kept as its first MiB, with one warning', async () => {
    const warnings: string[] = [];
    const lines = await linesOf(repeated('18/03/2022, 10:00 - Ana: ', 0x61, 1 << 20, 64, '\n18/03/2022, 10:01 - Bob: ok\n'), { warn: (_l, _c, m) => warnings.push(m) });
    expect(lines).toHaveLength(2);
    expect(lines[0]!.bytes).toBe(25 + 64 * (1 << 20));
    expect(lines[0]!.text.length).toBeLessThan(LINE_CAP_BYTES + 300);
    expect(warnings).toHaveLength(1);
  });

  it('cancel is consulted while a line without a newline is read', async () => {
    let chunks = 0;
    const source: ByteSource = async function* () {
      for (;;) {
        chunks++;
        yield new Uint8Array(1 << 20).fill(0x61);
      }
    };
    await expect(linesOf(source, { isCancelled: () => chunks >= 5 })).rejects.toBeInstanceOf(CancelledError);
    expect(chunks).toBe(5);
  });

  it('a message whose continuation lines pass the body cap keeps the rest by reference, with a warning', async () => {
    const line = 'z'.repeat(1000);
    const count = Math.ceil(BODY_CAP_CHARS / 1001) + 10;
    const text = `18/03/2022, 10:00 - Ana: start\n${`${line}\n`.repeat(count)}18/03/2022, 10:01 - Bob: next\n`;
    const { messages, result } = await parseSource(sourceOf(text));
    expect(messages).toHaveLength(2);
    expect(messages[0]!.body.length).toBeLessThan(BODY_CAP_CHARS + 300);
    expect(messages[0]!.body).toMatch(/message truncated by Threadline: lines \d+–\d+ are not kept as text/);
    expect(messages[0]!.lineEnd).toBe(count + 1);
    expect(result.warnings.filter((w) => w.code === 'message_truncated')).toHaveLength(1);
    expect(messages[1]!.body).toBe('next');
  });
});

describe('a zip whose chat text is one huge line of one byte', () => {
  it('ends with a warning naming the line, and the messages after it are read', async () => {
    const head = Buffer.from('18/03/2022, 10:00 - Ana: hello\n18/03/2022, 10:01 - Ana: ');
    const chat = await deflateRepeated(head, Buffer.alloc(1 << 20, 0x61), 128, Buffer.from('\n18/03/2022, 10:02 - Bob: after\n'));
    const zip = zipOf([{ name: '_chat.txt', precompressed: chat }]);
    expect(zip.length).toBeLessThan(1 << 20);
    const path = writeText(tempDir(), 'bomb.zip', zip);
    const stream = await openWhatsApp(path, 'zip', { isCancelled: () => false, progress: () => {} });
    const messages: MessageRecord[] = [];
    for await (const batch of stream.messages()) messages.push(...batch);
    const warnings = stream.tail().warnings;
    expect(messages.map((m) => m.author)).toEqual(['Ana', 'Ana', 'Bob']);
    expect(messages[1]!.body).toContain(`the whole line is ${25 + 128 * (1 << 20)} bytes at byte offset 31 of bomb.zip!_chat.txt`);
    expect(warnings.filter((w) => w.code === 'line_truncated').map((w) => w.line)).toEqual([2]);
    expect(warnings.map((w) => w.code)).toContain('zip_high_ratio');
    expect(JSON.parse(messages[1]!.raw!)).toMatchObject({ lines: [{ line: 2, byteOffset: 31, truncated: true }] });
  });
});

describe('text as it is', () => {
  it('invalid UTF-8 is warned with its line, once per line, and its bytes are kept in the raw record', async () => {
    const bytes = Buffer.concat([Buffer.from('18/03/2022, 10:00 - Ana: caf'), Buffer.from([0xe9, 0xff]), Buffer.from(' ok\n18/03/2022, 10:01 - Bob: fine\n')]);
    const { messages, result } = await parseSource(sourceOf(bytes));
    expect(messages[0]!.body).toBe('caf\uFFFD\uFFFD ok');
    expect(result.warnings.filter((w) => w.code === 'invalid_bytes').map((w) => w.line)).toEqual([1]);
    const raw = JSON.parse(messages[0]!.raw!) as { lines: { line: number; base64: string }[] };
    expect(Buffer.from(raw.lines[0]!.base64, 'base64').equals(bytes.subarray(0, bytes.indexOf(0x0a)))).toBe(true);
    expect(messages[1]!.raw).toBeNull();
  });

  it('UTF-16 without a BOM is recognised by its NUL bytes, little- and big-endian', async () => {
    const text = '18/03/2022, 10:00 - Ana: héllo\r\n18/03/2022, 10:01 - Bob: ok\r\n';
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(text, 'utf16le').swap16();
    expect(sniffEncoding(le)).toEqual({ encoding: 'utf-16le', bomBytes: 0 });
    expect(sniffEncoding(be)).toEqual({ encoding: 'utf-16be', bomBytes: 0 });
    for (const bytes of [le, be]) {
      // Split at an odd byte: a code unit arrives in two chunks.
      const { messages, scan } = await parseSource(sourceOf(bytes.subarray(0, 31), bytes.subarray(31)));
      expect(messages.map((m) => m.body)).toEqual(['héllo', 'ok']);
      expect(scan.hadBom).toBe(false);
    }
  });

  it('UTF-8 text and binary data are not taken for UTF-16', () => {
    expect(sniffEncoding(Buffer.from('18/03/2022, 10:00 - Ana: hi\n')).encoding).toBe('utf-8');
    expect(sniffEncoding(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0, 0x4a, 0x46, 0x49, 0x46, 0]).subarray(0, 12)).encoding).toBe('utf-8');
  });
});
