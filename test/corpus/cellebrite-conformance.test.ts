// Corpus conformance for forensic-report chat tables: the Cellebrite "Chats" header in
// the corpus's cellebrite folder (the only public artefact: 57 column names, no rows) is recognised as
// it is, and rows written under that very header import through the CLI.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { jsonLines, threadline } from '../support/cli';
import { tempDir } from '../support/temp';
import { corpusPath, describeCorpus } from './locate';

const HEADER_FILE = corpusPath('cellebrite', 'cellebrite_pa_chats_csv_header__from_public_code.txt');

describeCorpus('Cellebrite-style chats table', () => {
  it('the corpus header is read as a chats table with no rows, and said so', () => {
    const dir = tempDir();
    const r = threadline('import', HEADER_FILE, '--case', join(dir, 'c.threadline'), '--json', '--tz', 'UTC');
    expect(r.status).toBe(0);
    const source = JSON.parse(r.stdout).sources[0];
    expect(source).toMatchObject({ format: 'forensic-csv', messages: 0, conversations: 0 });
    expect(source.formatDetail).toBe('Forensic-report chat table (Cellebrite-style "Chats" columns, 57 columns, comma-separated): 0 rows');
    expect(source.warnings.map((w: { code: string }) => w.code)).toContain('no_rows');
  });

  it('rows under the corpus header import: every mapped column lands where the model keeps it', () => {
    const header = readFileSync(HEADER_FILE, 'utf8').trim().split(',');
    const row = (values: Record<string, string>) => header.map((h) => (values[h] ?? '').includes(',') || (values[h] ?? '').includes('\n') ? `"${values[h]!.replace(/"/g, '""')}"` : (values[h] ?? '')).join(',');
    const chat = { 'Chat #': '7', Identifier: '4915770000000@s.whatsapp.net', Participants: '+4915770000000 Jonas\n+4915770000001 Mia', Source: 'WhatsApp', Account: '+4915770000001' };
    const text = [
      header.join(','),
      row({ ...chat, '#': '1', 'Instant Message #': '101', From: '+4915770000000 Jonas', Body: 'Bin gleich da, 5 Minuten', Status: 'Read', 'Timestamp: Date': '03.12.2023', 'Timestamp: Time': '18:04:11(UTC+1)', 'Delivered: Date': '03.12.2023', 'Delivered: Time': '18:04:12(UTC+1)', 'Read: Date': '03.12.2023', 'Read: Time': '18:05:00(UTC+1)', 'Source file information': 'msgstore.db : 0x1A2B' }),
      row({ ...chat, '#': '2', 'Instant Message #': '102', From: '+4915770000001 Mia', Body: '', 'Timestamp: Date': '03.12.2023', 'Timestamp: Time': '18:06:30(UTC+1)', 'Attachment #1': 'chats/WhatsApp/IMG-20231203-WA0004.jpg', 'Attachment #1 - Details': 'image/jpeg', 'Deleted - Instant Message': 'Deleted', Carved: 'Yes' }),
      row({ 'Chat #': '8', Participants: '+15550100\n+15550199', Source: 'Confide', '#': '3', 'Instant Message #': '12', From: '+15550100 Alex', Status: 'Unread', 'Timestamp: Date': '14.11.2023', 'Timestamp: Time': '22:13:20(UTC+0)', 'Deleted - Instant Message': 'Deleted' }),
    ].join('\r\n');
    const dir = tempDir();
    const csv = join(dir, 'Chats.csv');
    writeFileSync(csv, '\uFEFF' + text + '\r\n');
    const casePath = join(dir, 'c.threadline');
    const r = threadline('import', csv, '--case', casePath, '--json', '--tz', 'Europe/Berlin');
    expect(r.status).toBe(0);
    const source = JSON.parse(r.stdout).sources[0];
    expect(source).toMatchObject({ format: 'forensic-csv', messages: 3, conversations: 2, events: 2, dateOrder: { value: 'DMY', ambiguous: false } });
    expect(source.warnings.find((w: { code: string }) => w.code === 'attachment_missing').message).toBe(
      "Chats.csv, line 4: the attachment 'chats/WhatsApp/IMG-20231203-WA0004.jpg' (image/jpeg) is not beside the report; the row is kept and the file marked absent.",
    );
    const rows = jsonLines<Record<string, unknown>>(threadline('export', '--case', casePath, '--format', 'jsonl').stdout);
    expect(rows.map((m) => [m.conversation, m.author, m.text, m.sentAt, m.sentAtLocal, m.kind, m.deleted, m.contentStatus])).toEqual([
      ['+4915770000000 Jonas, +4915770000001 Mia', '+4915770000000 Jonas', 'Bin gleich da, 5 Minuten', '2023-12-03T17:04:11.000Z', '2023-12-03T18:04:11', 'text', false, null],
      ['+4915770000000 Jonas, +4915770000001 Mia', '+4915770000001 Mia', '', '2023-12-03T17:06:30.000Z', '2023-12-03T18:06:30', 'media', true, null],
      ['+15550100, +15550199', '+15550100 Alex', '', '2023-11-14T22:13:20.000Z', '2023-11-14T23:13:20', 'text', true, 'unrecoverable_by_design'],
    ]);
    expect((rows[0]!.events as { kind: string; value: string }[]).map((e) => [e.kind, e.value])).toEqual([
      ['receipt', 'delivered'],
      ['receipt', 'read'],
    ]);
    expect(rows[0]!.sourceRef).toEqual({ file: 'Chats.csv', line: 2, lineEnd: 3, record: 'Instant Message #101' });
  });
});
