// The "Chats" table of a forensic report (Cellebrite Physical Analyzer style; the column list is in
// corpus/cellebrite): one row per message, the chat's columns repeated on every row. Columns are
// found by name, in any order; names compare without case and surrounding spaces.
import { sampleRecords, type CsvRecord, type Delimiter } from './csv';

export const COLUMN_NAMES = {
  index: ['#'],
  chatNumber: ['Chat #'],
  chatId: ['Identifier'],
  chatStartDate: ['Start Time: Date'],
  chatStartTime: ['Start Time: Time'],
  chatName: ['Name'],
  chatDescription: ['Description'],
  participants: ['Participants'],
  attachmentCount: ['Number of attachments'],
  source: ['Source', 'Application', 'App'],
  account: ['Account'],
  chatDeleted: ['Deleted - Chat'],
  carved: ['Carved'],
  manuallyDecoded: ['Manually decoded'],
  messageNumber: ['Instant Message #'],
  from: ['From', 'Sender'],
  to: ['To', 'Recipient', 'Recipients'],
  subject: ['Subject'],
  body: ['Body', 'Message'],
  status: ['Status'],
  platform: ['Platform'],
  direction: ['Direction'],
  timestamp: ['Timestamp', 'Timestamp: Date/Time', 'Timestamp: Date & Time'],
  date: ['Timestamp: Date'],
  time: ['Timestamp: Time'],
  deliveredDate: ['Delivered: Date'],
  deliveredTime: ['Delivered: Time'],
  readDate: ['Read: Date'],
  readTime: ['Read: Time'],
  messageDeleted: ['Deleted - Instant Message', 'Deleted'],
  sourceFileInfo: ['Source file information'],
  starred: ['Starred message'],
  messageCarved: ['Message Carved'],
  messageManuallyDecoded: ['Message Manually decoded'],
  selfDestruct: ['SelfDestructDuration', 'Self Destruct Duration', 'Self-destruct duration'],
} as const;

export type ColumnKey = keyof typeof COLUMN_NAMES;

export interface ChatsLayout {
  delimiter: Delimiter;
  /** 1-based line of the header row; lines before it are the report's own title lines. */
  headerLine: number;
  header: string[];
  columns: Partial<Record<ColumnKey, number>>;
  /** `Attachment #N` and `Attachment #N - Details`, by N. */
  attachments: { n: number; name: number; details: number | null }[];
}

const norm = (s: string) => s.replace(/^\uFEFF/, '').trim().toLowerCase();

/** The column positions of a header row; null when it is not a chats header. */
export function layoutOf(record: CsvRecord, delimiter: Delimiter): ChatsLayout | null {
  const names = record.cells.map(norm);
  const columns: Partial<Record<ColumnKey, number>> = {};
  for (const [key, aliases] of Object.entries(COLUMN_NAMES) as [ColumnKey, readonly string[]][]) {
    const i = names.findIndex((n) => aliases.some((a) => a.toLowerCase() === n));
    if (i >= 0) columns[key] = i;
  }
  const hasTime = columns.timestamp !== undefined || columns.date !== undefined || columns.time !== undefined;
  const hasParty = columns.from !== undefined || columns.participants !== undefined;
  const hasChat = columns.chatNumber !== undefined || columns.source !== undefined || columns.messageNumber !== undefined;
  if (columns.body === undefined || !hasTime || !hasParty || !hasChat) return null;
  const attachments: ChatsLayout['attachments'] = [];
  names.forEach((n, i) => {
    const m = /^attachment #(\d+)$/.exec(n);
    if (m) {
      const details = names.indexOf(`attachment #${m[1]} - details`);
      attachments.push({ n: Number(m[1]), name: i, details: details >= 0 ? details : null });
    }
  });
  return { delimiter, headerLine: record.lineStart, header: record.cells.map((c) => c.replace(/^\uFEFF/, '').trim()), columns, attachments };
}

/** Finds the chats header within the first lines of a text, trying comma, semicolon and tab. */
export function findLayout(head: string): ChatsLayout | null {
  for (const delimiter of [',', ';', '\t'] as const) {
    if (!head.includes(delimiter)) continue;
    for (const record of sampleRecords(head, delimiter, 12)) {
      const layout = layoutOf(record, delimiter);
      if (layout) return layout;
    }
  }
  return null;
}

export function cell(record: CsvRecord, layout: ChatsLayout, key: ColumnKey): string {
  const i = layout.columns[key];
  return i === undefined ? '' : (record.cells[i] ?? '').trim();
}

/** The row as read: header name → cell text, for the raw record kept with every message. */
export function rowObject(record: CsvRecord, layout: ChatsLayout): Record<string, string> {
  const out: Record<string, string> = {};
  layout.header.forEach((name, i) => {
    const value = record.cells[i];
    if (value !== undefined && value !== '') out[name || `column ${i + 1}`] = value;
  });
  for (let i = layout.header.length; i < record.cells.length; i++) if (record.cells[i]) out[`column ${i + 1}`] = record.cells[i]!;
  return out;
}
