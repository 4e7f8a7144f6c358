// Forensic-report chat tables (docs/formats.md): quoted multi-line cells, the
// header found by name after a title line, dates in the examiner's order decided from the whole
// file, report zones `(UTC+0)`, and what an empty body means per app.
import { describe, expect, it } from 'vitest';
import { findLayout, layoutOf } from '../../electron/backend/importers/forensic/columns';
import { CsvSplitter, sampleRecords } from '../../electron/backend/importers/forensic/csv';
import { contentStatusOf, participantList } from '../../electron/backend/importers/forensic';
import { DateOrderVotes, readDate, readStamp, readTime, splitDateTime } from '../../electron/backend/importers/forensic/time';
import { FULL_CHATS_COLUMNS, fullChatsHeader } from '../fixtures/forensic';

describe('CSV records', () => {
  it('keeps delimiters, doubled quotes and line breaks inside quoted cells, with the lines a record spans', () => {
    const s = new CsvSplitter(',');
    expect(s.push('1,"say ""hi"", then', '\r\n', 1)).toBeNull();
    expect(s.push('leave",x', '\r\n', 2)).toEqual({ cells: ['1', 'say "hi", then\r\nleave', 'x'], lineStart: 1, lineEnd: 2 });
    expect(s.push('a,,b', '\n', 3)).toEqual({ cells: ['a', '', 'b'], lineStart: 3, lineEnd: 3 });
  });
  it('reads semicolon- and tab-separated tables', () => {
    expect(sampleRecords('a;"b;c";d\n', ';')[0]!.cells).toEqual(['a', 'b;c', 'd']);
    expect(sampleRecords('a\tb\n', '\t')[0]!.cells).toEqual(['a', 'b']);
  });
  it('gives back an unterminated quote at the end of a file as a last record', () => {
    const s = new CsvSplitter(',');
    s.push('1,"never closed', '\n', 7);
    expect(s.open).toBe(true);
    expect(s.flush(8)).toEqual({ cells: ['1', 'never closed\n'], lineStart: 7, lineEnd: 8 });
  });
});

describe('the Chats header', () => {
  it('recognises every column of a full header, known and unknown, and finds every mapped column', () => {
    const layout = layoutOf(sampleRecords(fullChatsHeader(), ',')[0]!, ',')!;
    expect(layout.header).toEqual(FULL_CHATS_COLUMNS);
    expect(layout.header).toHaveLength(44);
    expect(Object.keys(layout.columns).sort()).toEqual(
      ['attachmentCount', 'account', 'body', 'carved', 'chatDeleted', 'chatDescription', 'chatId', 'chatName', 'chatNumber', 'chatStartDate', 'chatStartTime', 'date', 'deliveredDate', 'deliveredTime', 'from', 'index', 'manuallyDecoded', 'messageCarved', 'messageDeleted', 'messageManuallyDecoded', 'messageNumber', 'participants', 'platform', 'readDate', 'readTime', 'source', 'sourceFileInfo', 'starred', 'status', 'subject', 'time', 'to'].sort(),
    );
    expect(layout.attachments.map((a) => [a.n, layout.header[a.name], a.details === null ? null : layout.header[a.details]])).toEqual([
      [1, 'Attachment #1', 'Attachment #1 - Details'],
      [2, 'Attachment #2', 'Attachment #2 - Details'],
    ]);
  });
  it('finds the header below a report title, in any column order and case', () => {
    const layout = findLayout('Chats report\r\nbody;FROM;Timestamp: Time;Source\r\nhi;Ana;10:00:00;WhatsApp\r\n')!;
    expect(layout).toMatchObject({ delimiter: ';', headerLine: 2, columns: { body: 0, from: 1, time: 2, source: 3 } });
  });
  it('is not fooled by a CSV of something else', () => {
    expect(findLayout('name,amount,date\nbread,2,2023-01-01\n')).toBeNull();
  });
});

describe('report times', () => {
  it('reads the date forms examiners’ locales write', () => {
    expect(readDate('14/11/2023')).toEqual({ fields: [14, 11, 2023], resolved: null });
    expect(readDate('14.11.23')).toEqual({ fields: [14, 11, 2023], resolved: null });
    expect(readDate('2023-11-14')).toEqual({ fields: null, resolved: { year: 2023, month: 11, day: 14 } });
    expect(readDate('14-Nov-2023')!.resolved).toEqual({ year: 2023, month: 11, day: 14 });
    expect(readDate('Nov 14, 2023')!.resolved).toEqual({ year: 2023, month: 11, day: 14 });
    expect(readDate('tomorrow')).toBeNull();
  });
  it('reads 24- and 12-hour times with the report’s zone suffix', () => {
    expect(readTime('22:13:20(UTC+0)')).toEqual({ hour: 22, minute: 13, second: 20, offsetMinutes: 0, withSeconds: true });
    expect(readTime('10:13:20 PM(UTC-5)')).toMatchObject({ hour: 22, offsetMinutes: -300 });
    expect(readTime('12:01 AM')).toMatchObject({ hour: 0, minute: 1, offsetMinutes: null, withSeconds: false });
    expect(readTime('09:30:00 (UTC+05:30)')).toMatchObject({ offsetMinutes: 330 });
    expect(readTime('25:00')).toBeNull();
  });
  it('splits a combined date-time cell', () => {
    expect(splitDateTime('14/11/2023 22:13:20(UTC+0)')).toEqual(['14/11/2023', '22:13:20(UTC+0)']);
    expect(splitDateTime('Nov 14, 2023 10:13:20 PM')).toEqual(['Nov 14, 2023', '10:13:20 PM']);
  });
  it('decides day/month order from the whole file, and says when nothing decides', () => {
    const dmy = new DateOrderVotes();
    dmy.add(readDate('01/02/2023'), '01/02/2023');
    dmy.add(readDate('14/02/2023'), '14/02/2023');
    expect(dmy.decide()).toMatchObject({ value: 'DMY', ambiguous: false });
    const unsure = new DateOrderVotes();
    unsure.add(readDate('01/02/2023'), '01/02/2023');
    expect(unsure.decide()).toMatchObject({ value: 'DMY', ambiguous: true });
    expect(unsure.decide('MDY')).toMatchObject({ value: 'MDY', locked: true });
  });
  it('turns a time with a stated zone into an instant, and one without into a wall-clock time', () => {
    expect(readStamp('14/11/2023', '22:13:20(UTC+1)', 'DMY')).toMatchObject({ instant: { us: Date.UTC(2023, 10, 14, 21, 13, 20) * 1000 }, local: null, raw: '14/11/2023 22:13:20(UTC+1)' });
    expect(readStamp('11/14/2023', '22:13:20', 'MDY')).toMatchObject({ instant: null, local: { year: 2023, month: 11, day: 14, hour: 22 } });
    expect(readStamp('14/11/2023', '22:13', 'MDY')!.problem).toBe("'14/11/2023 22:13' is not a valid date when read as MDY");
    expect(readStamp('', '', 'DMY')).toBeNull();
  });
});

describe('what an empty body means', () => {
  it('Confide: destroyed by design; Wickr device rows: encrypted; other apps: an empty message', () => {
    expect(contentStatusOf('Confide', '', false)).toBe('unrecoverable_by_design');
    expect(contentStatusOf('Wickr', '', false)).toBe('encrypted_unavailable');
    expect(contentStatusOf('Wickr Pro', '[Encrypted]', false)).toBe('encrypted_unavailable');
    expect(contentStatusOf('WhatsApp', '', false)).toBeNull();
    expect(contentStatusOf('Confide', '', true)).toBeNull();
    expect(contentStatusOf('Confide', 'an unread message', false)).toBeNull();
  });
  it('reads the people of a Participants cell, one per line', () => {
    expect(participantList('+15550100 Alex\n+15550101 Sam (owner)\n')).toEqual(['+15550100 Alex', '+15550101 Sam (owner)']);
  });
});
