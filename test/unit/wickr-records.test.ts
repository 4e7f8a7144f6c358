// Cutting retention output into records (docs/formats.md#wickr-records): one object per line, objects
// concatenated without newlines (Firehose), truncated last lines, and exact byte offsets.
import { describe, expect, it } from 'vitest';
import { readRecordLines, splitRecords } from '../../electron/backend/importers/wickr/records';

const bytes = (text: string | Uint8Array) => async function* () {
  yield typeof text === 'string' ? new TextEncoder().encode(text) : text;
};

describe('splitRecords', () => {
  it('reads one object per line', () => {
    expect(splitRecords('{"msgtype":1000,"message":"hi"}')).toEqual([{ ok: true, text: '{"msgtype":1000,"message":"hi"}', value: { msgtype: 1000, message: 'hi' } }]);
  });
  it('splits objects written one after another on one line, braces in strings included', () => {
    const pieces = splitRecords('{"a":"}{"}{"b":{"c":[1,{"d":2}]}} {"e":"\\"}"}');
    expect(pieces.map((p) => p.ok && p.value)).toEqual([{ a: '}{' }, { b: { c: [1, { d: 2 }] } }, { e: '"}' }]);
  });
  it('reports a truncated object with its text kept', () => {
    expect(splitRecords('{"msgtype":1000,"message":"cut off mid-wri')).toEqual([{ ok: false, text: '{"msgtype":1000,"message":"cut off mid-wri', why: 'truncated' }]);
  });
  it('reports text that is not JSON, and JSON that is not an object', () => {
    expect(splitRecords('garbage here')).toEqual([{ ok: false, text: 'garbage here', why: 'not_json' }]);
    expect(splitRecords('[1,2]')).toEqual([{ ok: false, text: '[1,2]', why: 'not_object' }]);
    expect(splitRecords('{"a":1,}')[0]).toMatchObject({ ok: false, why: 'not_json' });
  });
  it('ignores blank lines', () => {
    expect(splitRecords('   ')).toEqual([]);
  });
});

describe('readRecordLines', () => {
  it('gives 1-based line numbers and the byte offset of each line, after a BOM and multi-byte text', async () => {
    const text = '\uFEFF{"message":"€ ok"}\r\n\n{"message":"👍"}\n';
    const lines = [];
    for await (const batch of readRecordLines(bytes(text))) lines.push(...batch);
    expect(lines.map((l) => [l.line, l.byteOffset])).toEqual([
      [1, 3],
      [3, 3 + Buffer.byteLength('{"message":"€ ok"}') + 2 + 1],
    ]);
    expect(lines[1]!.pieces[0]).toMatchObject({ ok: true, value: { message: '👍' } });
  });
});
