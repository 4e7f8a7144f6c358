// A selection made into documents (docs/design.md#tables, productions): one document per
// conversation-day in the production's zone, split into linked 12-hour or 8-hour slices when a day
// holds more than 10,000 selected messages (RSMF's limit per file), or one per whole conversation. A
// selected reply brings its parent into its own document, marked as context.
import type { ProductionUnit } from '../../../shared/production';
import type { Db } from '../case/open';
import { formatLocalIso, utcToLocal } from '../time/zone';

/** Above this many messages a day is sliced, as review platforms expect of a short-message document. */
export const SLICE_ABOVE = 10_000;

export interface DocumentEntry {
  messageId: number;
  /** Brought in as the parent of a selected reply, not selected itself. */
  context: boolean;
}

export interface PlannedDocument {
  conversationId: number;
  /** `2024-03-01`, `2024-03-01 (12:00–24:00, 2 of 2)`, `undated` or `whole conversation`. */
  label: string;
  /** The window in UTC ms, [startAt, endAt); null for a whole conversation or undated messages. */
  startAt: number | null;
  endAt: number | null;
  /** In conversation (source) order. */
  entries: DocumentEntry[];
}

interface SelectedRow {
  id: number;
  conversation_id: number;
  seq: number;
  sent_at: number | null;
  thread_parent: string | null;
}

const CHUNK = 50_000;

function* selectedRows(db: Db, ids: readonly number[]): Generator<SelectedRow> {
  const stmt = db.prepare('SELECT id, conversation_id, seq, sent_at, thread_parent FROM messages WHERE id IN (SELECT value FROM json_each(?))');
  for (let at = 0; at < ids.length; at += CHUNK) yield* stmt.iterate(JSON.stringify(ids.slice(at, at + CHUNK))) as Iterable<SelectedRow>;
}

interface Bucket {
  conversationId: number;
  day: string | null;
  rows: SelectedRow[];
}

/** Documents for the selected message ids, ordered by conversation, then time, then source order. */
export function planDocuments(db: Db, ids: readonly number[], unit: ProductionUnit, zone: string, sliceAbove = SLICE_ABOVE): PlannedDocument[] {
  const buckets = new Map<string, Bucket>();
  for (const row of selectedRows(db, ids)) {
    const day = unit === 'conversation' || row.sent_at === null ? null : formatLocalIso(utcToLocal(row.sent_at, zone), false).slice(0, 10);
    const key = `${row.conversation_id}\u0000${unit === 'conversation' ? '' : (day ?? 'undated')}`;
    let bucket = buckets.get(key);
    if (!bucket) buckets.set(key, (bucket = { conversationId: row.conversation_id, day, rows: [] }));
    bucket.rows.push(row);
  }
  const ordered = [...buckets.values()].sort((a, b) => a.conversationId - b.conversationId || (a.day ?? '\uffff').localeCompare(b.day ?? '\uffff'));
  const selected = new Set(ids);
  const parentOf = db.prepare('SELECT id FROM messages WHERE conversation_id = ? AND native_id = ? ORDER BY seq LIMIT 1').pluck();
  const seqOf = db.prepare('SELECT seq FROM messages WHERE id = ?').pluck();
  const documents: PlannedDocument[] = [];
  for (const bucket of ordered) {
    for (const slice of slices(bucket, unit, zone, sliceAbove)) {
      const entries: (DocumentEntry & { seq: number })[] = slice.rows.map((r) => ({ messageId: r.id, context: false, seq: r.seq }));
      const brought = new Set<number>();
      for (const r of slice.rows) {
        if (r.thread_parent === null) continue;
        const parent = parentOf.get(r.conversation_id, r.thread_parent) as number | undefined;
        if (parent === undefined || selected.has(parent) || brought.has(parent)) continue;
        brought.add(parent);
        entries.push({ messageId: parent, context: true, seq: seqOf.get(parent) as number });
      }
      entries.sort((a, b) => a.seq - b.seq);
      documents.push({ ...slice.window, conversationId: bucket.conversationId, entries: entries.map(({ messageId, context }) => ({ messageId, context })) });
    }
  }
  return documents;
}

/** A day of more than `sliceAbove` messages in 12-hour halves, or thirds of 8 hours when a half is still too big. */
function slices(bucket: Bucket, unit: ProductionUnit, zone: string, sliceAbove: number): { rows: SelectedRow[]; window: Pick<PlannedDocument, 'label' | 'startAt' | 'endAt'> }[] {
  const rows = [...bucket.rows].sort((a, b) => a.seq - b.seq);
  if (unit === 'conversation') return [{ rows, window: { label: 'whole conversation', startAt: null, endAt: null } }];
  if (bucket.day === null) return [{ rows, window: { label: 'undated', startAt: null, endAt: null } }];
  const hourOf = (r: SelectedRow) => utcToLocal(r.sent_at!, zone).hour;
  const split = (hours: number) => {
    const parts: SelectedRow[][] = Array.from({ length: 24 / hours }, () => []);
    for (const r of rows) parts[Math.floor(hourOf(r) / hours)]!.push(r);
    return parts;
  };
  const whole = () => [{ rows, window: { label: bucket.day!, ...span(rows) } }];
  if (rows.length <= sliceAbove) return whole();
  let hours = 12;
  let parts = split(hours);
  if (parts.some((p) => p.length > sliceAbove)) parts = split((hours = 8));
  return parts.flatMap((part, i) => {
    if (part.length === 0) return [];
    const from = String(i * hours).padStart(2, '0');
    const to = String((i + 1) * hours).padStart(2, '0');
    return [{ rows: part, window: { label: `${bucket.day} (${from}:00–${to}:00, part ${i + 1} of ${parts.length})`, ...span(part) } }];
  });
}

/** The instants a document's dated rows cover, [first, last + 1 ms). */
function span(rows: SelectedRow[]): { startAt: number; endAt: number } {
  let startAt = Infinity;
  let endAt = -Infinity;
  for (const r of rows) {
    startAt = Math.min(startAt, r.sent_at!);
    endAt = Math.max(endAt, r.sent_at! + 1);
  }
  return { startAt, endAt };
}
