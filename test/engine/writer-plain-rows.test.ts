// The writer stores a plain text line (every optional column empty) through a shorter statement than
// other rows (issue 18). Each optional column given alone must still reach the case: a row that fills
// any one of them and went through the plain statement would lose it, and this test would see a NULL.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCase } from '../../electron/backend/case/open';
import { SourceWriter } from '../../electron/backend/case/writer';
import type { MessageRecord } from '../../electron/backend/importers/types';
import { tempDir } from '../support/temp';

const MEMBER = 'chat-2.txt';

function plainMessage(seq: number): MessageRecord {
  return {
    conversationKey: 'chat',
    seq,
    author: 'Ana Ruiz',
    kind: 'text',
    subtype: null,
    body: `line ${seq}`,
    headerRaw: '01/03/2023, 09:00 - Ana Ruiz: ',
    stampRaw: '01/03/2023, 09:00',
    local: { year: 2023, month: 3, day: 1, hour: 9, minute: seq, second: 0 },
    withSeconds: false,
    nativeId: null,
    replyTo: null,
    deleted: false,
    edited: false,
    attachments: [],
    lineStart: seq + 1,
    lineEnd: seq + 1,
    record: null,
  };
}

/** Each optional field, the value it is given, and the column and value it must be stored as. */
const OPTIONAL: { field: keyof MessageRecord; value: unknown; column: string; stored: unknown }[] = [
  { field: 'nativeId', value: 'n-1', column: 'native_id', stored: 'n-1' },
  { field: 'replyTo', value: 'n-0', column: 'reply_to', stored: 'n-0' },
  { field: 'record', value: 'record 7', column: 'record', stored: 'record 7' },
  { field: 'ttlSeconds', value: 60, column: 'ttl_seconds', stored: 60 },
  { field: 'burnOnReadSeconds', value: 5, column: 'burn_on_read_seconds', stored: 5 },
  { field: 'direction', value: 'outgoing', column: 'direction', stored: 'outgoing' },
  { field: 'threadParent', value: 'p-1', column: 'thread_parent', stored: 'p-1' },
  { field: 'raw', value: '{"a":1}', column: 'raw', stored: '{"a":1}' },
  { field: 'contentStatus', value: 'encrypted_unavailable', column: 'content_status', stored: 'encrypted_unavailable' },
  { field: 'instant', value: { us: 1_677_661_200_123_456, fine: true }, column: 'sent_at_us', stored: 1_677_661_200_123_456 },
];

describe('the writer stores every column of a row, plain or not', () => {
  it('keeps each optional column given alone, and leaves them empty on a plain line', () => {
    const cf = openCase(join(tempDir(), 'case.threadline'), { create: true });
    try {
      const writer = new SourceWriter(
        cf.writer,
        { path: '/evidence/chat.txt', fileName: 'chat.txt', sha256: 'ab'.repeat(32), size: 1, custodian: null, timeZone: 'UTC', timeZoneAssumed: false },
        {
          format: 'whatsapp',
          formatDetail: 'test',
          parserVersion: 'test/1',
          chatEntry: null,
          dateOrder: { value: 'DMY', ambiguous: false, locked: false, evidence: 'test' },
          conversationKeys: ['chat'],
          files: [{ path: MEMBER, sha256: 'cd'.repeat(32), size: 2, role: 'messages' }],
        },
      );
      const messages = [plainMessage(0), ...OPTIONAL.map((o, i) => ({ ...plainMessage(i + 1), [o.field]: o.value })), { ...plainMessage(OPTIONAL.length + 1), memberFile: MEMBER }];
      writer.writeBatch(messages);

      const rows = cf.writer.prepare('SELECT * FROM messages ORDER BY seq').all() as Record<string, unknown>[];
      expect(rows).toHaveLength(messages.length);
      const optionalColumns = [...OPTIONAL.map((o) => o.column), 'source_file_id'];
      const plain = rows[0]!;
      expect(plain).toMatchObject({ body: 'line 0', sent_at: Date.UTC(2023, 2, 1, 9, 0), sent_at_local: '2023-03-01T09:00', with_seconds: 0, line_start: 1, line_end: 1 });
      for (const column of optionalColumns) expect(plain[column], column).toBeNull();

      OPTIONAL.forEach((o, i) => {
        const row = rows[i + 1]!;
        expect(row[o.column], o.field).toEqual(o.stored);
        for (const column of optionalColumns.filter((c) => c !== o.column)) expect(row[column], `${o.field} leaves ${column} empty`).toBeNull();
      });
      const fromMember = rows[OPTIONAL.length + 1]!;
      const memberId = cf.writer.prepare('SELECT id FROM source_files WHERE path = ?').pluck().get(MEMBER);
      expect(fromMember.source_file_id).toBe(memberId);
    } finally {
      cf.close();
    }
  });
});
