// Fault tests for the bounds inside each reader: a CSV cell that never closes its quote, an .rsmf whose
// base64 attachment is one line longer than the line cap, Wickr and CSV lines with bytes that are not
// UTF-8, and cancel consulted while a long line is read.
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIELD_CAP_CHARS, readCsv } from '../../electron/backend/importers/forensic/csv';
import { detectFormat } from '../../electron/backend/importers/detect';
import { readEml } from '../../electron/backend/importers/rsmf/eml';
import { CancelledError, type MessageRecord } from '../../electron/backend/importers/types';
import { LINE_CAP_BYTES, type ByteSource } from '../../electron/backend/text/lines';
import { tempDir } from '../support/temp';
import { byDetection, FORENSIC_CSV, OPTIONS, RSMF_MANIFEST, settleBytes, WICKR_LINES } from './support';
import { zipOf } from './zip-writer';

const sourceOf = (bytes: Uint8Array): ByteSource => async function* () {
  for (let i = 0; i < bytes.length; i += 65536) yield bytes.subarray(i, i + 65536);
};

async function messagesOf(path: string): Promise<{ messages: MessageRecord[]; codes: string[] }> {
  const stream = await (await detectFormat(path)).open(OPTIONS);
  const messages: MessageRecord[] = [];
  for await (const batch of stream.batches()) messages.push(...batch.messages);
  return { messages, codes: stream.tail().warnings.map((w) => w.code) };
}

describe('CSV cells', () => {
  it('a quote never closed keeps the cell up to the cap and says which lines hold the rest', async () => {
    const lines = Array.from({ length: 30_000 }, (_, i) => `line ${i} of a cell that never ends, padded to be long enough`);
    const text = `a,b\r\n1,"${lines.join('\r\n')}\r\n`;
    const warnings: { line: number; code: string; message: string }[] = [];
    let unterminated = 0;
    const records = [];
    for await (const batch of readCsv(sourceOf(Buffer.from(text)), ',', { label: 'report.csv', warn: (line, code, message) => warnings.push({ line, code, message }), unterminated: () => unterminated++ })) records.push(...batch);
    expect(records).toHaveLength(2);
    const cell = records[1]!.cells[1]!;
    expect(cell.length).toBeLessThan(FIELD_CAP_CHARS + 200);
    expect(cell).toMatch(/field truncated by Threadline: \d+ more characters on lines \d+–30001 of the source\]$/);
    expect(warnings).toEqual([{ line: 2, code: 'field_truncated', message: expect.stringContaining('report.csv, line 2: a cell is') }]);
    expect(unterminated).toBe(1);
  });

  it('a row with bytes that are not UTF-8 keeps them, base64, in its raw record', async () => {
    const dir = tempDir();
    const bad = Buffer.from(FORENSIC_CSV.replace('"two\nlines"', 'caf\u00e9'), 'utf8');
    const at = bad.indexOf(Buffer.from('caf')) + 3;
    const bytes = Buffer.concat([bad.subarray(0, at), Buffer.from([0xe9]), bad.subarray(at + 2)]);
    const path = join(dir, 'chats.csv');
    writeFileSync(path, bytes);
    const { messages, codes } = await messagesOf(path);
    expect(codes).toContain('invalid_bytes');
    const raw = JSON.parse(messages[1]!.raw!) as Record<string, unknown>;
    const kept = raw['lines with invalid bytes, as read (base64)'] as { line: number; base64: string }[];
    expect(Buffer.from(kept[0]!.base64, 'base64').includes(Buffer.from([0x63, 0x61, 0x66, 0xe9]))).toBe(true);
    expect(messages[0]!.raw).not.toContain('base64');
  });
});

describe('Wickr lines', () => {
  it('a record on a line with bytes that are not UTF-8 is read, warned with its line, and its bytes kept', async () => {
    const dir = tempDir();
    const lines = WICKR_LINES.split('\n');
    const bytes = Buffer.concat([Buffer.from(`${lines[0]}\n`), Buffer.from(lines[2]!.replace('"ok"', '"o\u0001k"')).map((b) => (b === 1 ? 0xff : b)), Buffer.from('\n')]);
    const path = join(dir, 'receivedMessages.txt');
    writeFileSync(path, bytes);
    const { messages, codes } = await messagesOf(path);
    expect(messages.map((m) => m.body)).toEqual(['dock at six', 'o\uFFFDk']);
    expect(codes).toContain('invalid_bytes');
    const raw = JSON.parse(messages[1]!.raw!) as { text: string; base64: string };
    expect(Buffer.from(raw.base64, 'base64').includes(0xff)).toBe(true);
    expect(messages[0]!.raw).not.toContain('base64');
  });
});

describe('an .rsmf whose base64 attachment is one line longer than the line cap', () => {
  it('is decoded whole: the line is read in pieces, not truncated', async () => {
    const big = zipOf([
      { name: 'rsmf_manifest.json', data: RSMF_MANIFEST },
      { name: 'F1.txt', data: 'data' },
      { name: 'filler.bin', data: Buffer.alloc(LINE_CAP_BYTES, 7) },
    ]);
    const eml = Buffer.from(`X-RSMF-Version: 2.0.0\r\nContent-Type: multipart/mixed; boundary="B"\r\n\r\n--B\r\nContent-Type: application/zip\r\nContent-Disposition: attachment; filename=rsmf.zip\r\nContent-Transfer-Encoding: base64\r\n\r\n${big.toString('base64')}\r\n--B--\r\n`);
    const dir = tempDir();
    const read = await readEml(sourceOf(eml), dir, (p) => p.fileName === 'rsmf.zip', () => false);
    expect(read.zip?.size).toBe(big.length);
    expect(await settleBytes(dir, 'long.rsmf', eml, byDetection)).toMatchObject({ kind: 'read' });
  });

  it('consults cancel while the long line is read', async () => {
    let chunks = 0;
    const endless: ByteSource = async function* () {
      yield Buffer.from('X-RSMF-Version: 2.0.0\r\nContent-Type: multipart/mixed; boundary="B"\r\n\r\n--B\r\nContent-Disposition: attachment; filename=rsmf.zip\r\nContent-Transfer-Encoding: base64\r\n\r\n');
      for (;;) {
        chunks++;
        yield Buffer.alloc(1 << 20, 0x41);
      }
    };
    await expect(readEml(endless, tempDir(), () => true, () => chunks >= 3)).rejects.toBeInstanceOf(CancelledError);
  });
});
