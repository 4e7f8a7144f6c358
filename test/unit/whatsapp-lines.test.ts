// docs/formats.md#whatsapp-lines: what belongs to which message. Continuation and blank lines, the
// preamble, header look-alikes, and the line endings and encodings that text/lines.ts reads.
import { describe, expect, it } from 'vitest';
import { readLines } from '../../electron/backend/text/lines';
import { parseSource, parseText, sourceOf } from './whatsapp-helpers';

describe('§2.6 continuation lines and false headers', () => {
  it('a line that is not a header continues the previous message, with its own line break', async () => {
    const { messages } = await parseText('18/03/2022, 10:00 - Ana: first line\nsecond line\n18/03/2022, 10:01 - Bob: ok\n');
    expect(messages.map((m) => m.body)).toEqual(['first line\nsecond line', 'ok']);
    expect([messages[0]!.lineStart, messages[0]!.lineEnd]).toEqual([1, 2]);
    expect([messages[1]!.lineStart, messages[1]!.lineEnd]).toEqual([3, 3]);
  });
  it('blank lines inside a message are content', async () => {
    const { messages } = await parseText('18/03/2022, 10:00 - Ana: a\n\n\nb\n18/03/2022, 10:01 - Bob: c\n');
    expect(messages[0]!.body).toBe('a\n\n\nb');
    expect(messages[0]!.lineEnd).toBe(4);
  });
  it('a document name under <Media omitted> stays with it and the line is still a placeholder', async () => {
    const { messages } = await parseText('18/03/2022, 10:00 - Ana: <Media omitted>\nResume.pdf\n');
    expect(messages[0]!.body).toBe('<Media omitted>\nResume.pdf');
    expect(messages[0]!.subtype).toBe('media.omitted');
  });
  it('an Android place (name, address, URL on three lines) is one message', async () => {
    const text = '18/03/2022, 10:00 - Ana: Cafe Central\nHerrengasse 14, Wien\nhttps://maps.google.com/?q=48.21,16.36\n';
    const { messages } = await parseText(text);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.lineEnd).toBe(3);
  });
  it('poll options are continuation lines of the POLL: message', async () => {
    const { messages } = await parseText('18/03/2022, 10:00 - Ana: POLL:\nWhere?\nOPTION: Park (2 votes)\nOPTION: Beach (0 votes)\n');
    expect(messages).toHaveLength(1);
    expect(messages[0]!.kind).toBe('poll');
    expect(messages[0]!.body.split('\n')).toHaveLength(4);
  });
  it('lines before the first header are kept as the preamble, with a warning', async () => {
    const { messages, result } = await parseText('exported by a tool\n\n18/03/2022, 10:00 - Ana: hi\n');
    expect(result.preamble).toEqual(['exported by a tool\n', '\n']);
    expect(result.warnings.filter((w) => w.code === 'preamble').map((w) => w.line)).toEqual([1]);
    expect(messages[0]!.lineStart).toBe(3);
  });
  it('a stray BOM line before the first header is preamble, not dropped and not a warning', async () => {
    const { result, messages } = await parseText('\uFEFF\uFEFF\n18/03/2022, 10:00 - Ana: hi\n');
    expect(result.preamble).toEqual(['\uFEFF\n']);
    expect(result.warnings.filter((w) => w.code === 'preamble')).toEqual([]);
    expect(messages).toHaveLength(1);
  });
  it('a header-shaped string in the middle of a line never splits the message', async () => {
    const { messages } = await parseText('18/03/2022, 10:00 - Ana: he wrote 18/03/2022, 09:00 - Bob: yes\n');
    expect(messages).toHaveLength(1);
    expect(messages[0]!.body).toBe('he wrote 18/03/2022, 09:00 - Bob: yes');
  });
  it('`20.15.21.15 h Stock` at a line start is text, not a header', async () => {
    const { messages } = await parseText('18/03/2022, 10:00 - Ana: Termine:\n20.15.21.15 h Stock\n');
    expect(messages).toHaveLength(1);
    expect(messages[0]!.body).toBe('Termine:\n20.15.21.15 h Stock');
  });
  it('an indented pasted line is text (headers are anchored at the line start)', async () => {
    const { messages } = await parseText('18/03/2022, 10:00 - Ana: quote:\n  18/03/2022, 09:00 - Bob: yes\n');
    expect(messages).toHaveLength(1);
  });
  it('a pasted line in another layout is flagged and kept inside the message, not split off', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 24; i++) lines.push(`18/03/2022, 10:${String(i).padStart(2, '0')} - ${i % 2 ? 'Ana' : 'Bob'}: message ${i}`);
    lines.splice(10, 0, '[3/18/22, 14:56:01] Zed: pasted from another chat');
    const { messages, result } = await parseText(lines.join('\n') + '\n');
    expect(messages).toHaveLength(24);
    expect(messages[9]!.body).toBe('message 9\n[3/18/22, 14:56:01] Zed: pasted from another chat');
    expect(result.warnings.filter((w) => w.code === 'pasted_header').map((w) => w.line)).toEqual([11]);
  });
  it('a pasted line in the same layout (author seen once, dated before the line above) is kept as a message and flagged', async () => {
    const text = ['18/03/2022, 10:00 - Ana: look what I found:', '02/01/2019, 09:00 - Old Friend: happy new year', '18/03/2022, 10:02 - Bob: ha', '18/03/2022, 10:03 - Ana: right', '18/03/2022, 10:04 - Bob: ok'].join('\n');
    const { messages, result } = await parseText(text);
    expect(messages).toHaveLength(5);
    expect(result.warnings).toContainEqual(expect.objectContaining({ line: 2, code: 'possible_pasted_header' }));
    expect(result.warnings.filter((w) => w.code === 'possible_pasted_header')).toHaveLength(1);
  });

  it('a damaged header becomes text of the message before it, with a warning naming the line', async () => {
    const text = ['18/03/2022, 10:00 - Ana: first', '18/03/2022, 25:61 - Ana: not a time', '18/03/2022, 10:02 - Bob: next'].join('\n');
    const { messages, result } = await parseText(text);
    expect(messages.map((m) => m.body)).toEqual(['first\n18/03/2022, 25:61 - Ana: not a time', 'next']);
    expect(result.warnings).toContainEqual(expect.objectContaining({ line: 2, code: 'malformed_header', message: expect.stringContaining('line 2: starts like a message header') }));
  });

  it('ordinary text that mentions a date is not a damaged header', async () => {
    const { result } = await parseText(['18/03/2022, 10:00 - Ana: deadlines:', 'the 12/04 one', 'and 2022 in general'].join('\n'));
    expect(result.warnings.filter((w) => w.code === 'malformed_header')).toEqual([]);
  });
  it('no line is lost: preamble lines + message lines = file lines', async () => {
    const text = 'pre\n18/03/2022, 10:00 - Ana: a\nb\n\n18/03/2022, 10:01 - Bob: c\n18/03/2022, 10:02 - Ana: d';
    const { messages, result, scan } = await parseText(text);
    const covered = messages.reduce((n, m) => n + (m.lineEnd! - m.lineStart! + 1), 0);
    expect(covered + result.preamble.length).toBe(scan.lineCount);
    expect(scan.lineCount).toBe(6);
  });
});

describe('§1.3 line endings and encodings (text/lines.ts)', () => {
  const twoMessages = (eol: string) => `18/03/2022, 10:00 - Ana: one${eol}two${eol}18/03/2022, 10:01 - Bob: three${eol}`;

  it('CRLF (iOS): the break inside a message is kept as CRLF', async () => {
    const { messages } = await parseText(twoMessages('\r\n'));
    expect(messages.map((m) => m.body)).toEqual(['one\r\ntwo', 'three']);
  });
  it('LF (Android)', async () => {
    const { messages } = await parseText(twoMessages('\n'));
    expect(messages.map((m) => m.body)).toEqual(['one\ntwo', 'three']);
  });
  it('CR only', async () => {
    const { messages } = await parseText(twoMessages('\r'));
    expect(messages.map((m) => m.body)).toEqual(['one\rtwo', 'three']);
  });
  it('mixed CRLF and LF in one hand-edited file', async () => {
    const { messages, scan } = await parseText('18/03/2022, 10:00 - Ana: one\r\ntwo\nthree\r\n18/03/2022, 10:01 - Bob: four\n');
    expect(messages.map((m) => m.body)).toEqual(['one\r\ntwo\nthree', 'four']);
    expect(scan.lineCount).toBe(4);
  });
  it('a UTF-8 BOM at byte 0 is reported and not part of the first header', async () => {
    const { messages, scan } = await parseText('\uFEFF18/03/2022, 10:00 - Ana: hi\n');
    expect(scan.hadBom).toBe(true);
    expect(scan.encoding).toBe('utf-8');
    expect(messages[0]!.headerRaw).toBe('18/03/2022, 10:00 - Ana: ');
  });
  it('UTF-16 LE with BOM', async () => {
    const text = '18/03/2022, 10:00 - Ана: привет\r\n18/03/2022, 10:01 - Bob: ok\r\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      bytes[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    const { messages, scan } = await parseSource(sourceOf(bytes));
    expect(scan.encoding).toBe('utf-16le');
    expect(messages.map((m) => [m.author, m.body])).toEqual([
      ['Ана', 'привет'],
      ['Bob', 'ok'],
    ]);
  });
  it('UTF-16 BE with BOM, split at an odd byte between chunks', async () => {
    const text = '18/03/2022, 10:00 - Ana: héllo\n18/03/2022, 10:01 - Bob: ok\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xfe, 0xff]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + 2 * i] = text.charCodeAt(i) >> 8;
      bytes[3 + 2 * i] = text.charCodeAt(i) & 0xff;
    }
    const { messages, scan } = await parseSource(sourceOf(bytes.subarray(0, 41), bytes.subarray(41)));
    expect(scan.encoding).toBe('utf-16be');
    expect(messages.map((m) => m.body)).toEqual(['héllo', 'ok']);
  });
  it('a missing final newline loses nothing', async () => {
    const { messages, scan } = await parseText('18/03/2022, 10:00 - Ana: one\n18/03/2022, 10:01 - Bob: last words');
    expect(messages[1]!.body).toBe('last words');
    expect(scan.lineCount).toBe(2);
  });
  it('trailing blank lines belong to the last message', async () => {
    const { messages, scan } = await parseText('18/03/2022, 10:00 - Ana: one\n18/03/2022, 10:01 - Bob: last\n\n\n');
    expect(scan.lineCount).toBe(4);
    expect(messages[1]!.body).toBe('last\n\n');
    expect(messages[1]!.lineEnd).toBe(4);
  });
  it('a CR at a chunk boundary followed by LF in the next chunk is one CRLF', async () => {
    const source = sourceOf('18/03/2022, 10:00 - Ana: one\r', '\ntwo\r\n18/03/2022, 10:01 - Bob: three\r\n');
    const lines = [];
    for await (const batch of readLines(source)) lines.push(...batch);
    expect(lines.map((l) => [l.text, l.end])).toEqual([
      ['18/03/2022, 10:00 - Ana: one', '\r\n'],
      ['two', '\r\n'],
      ['18/03/2022, 10:01 - Bob: three', '\r\n'],
    ]);
    const { messages } = await parseSource(source);
    expect(messages.map((m) => m.body)).toEqual(['one\r\ntwo', 'three']);
  });
  it('a lone CR at the end of the last chunk ends the line', async () => {
    const lines = [];
    for await (const batch of readLines(sourceOf('a\r', 'b\r'))) lines.push(...batch);
    expect(lines.map((l) => [l.text, l.end])).toEqual([
      ['a', '\r'],
      ['b', '\r'],
    ]);
  });
  it('a UTF-8 character split between chunks is decoded whole', async () => {
    const bytes = new TextEncoder().encode('18/03/2022, 10:00 - Ana: 🤓 ok\n');
    const cut = bytes.indexOf(0xf0) + 2;
    const { messages } = await parseSource(sourceOf(bytes.subarray(0, cut), bytes.subarray(cut)));
    expect(messages[0]!.body).toBe('🤓 ok');
  });
});
