// An audit entry said in short, for the window's log viewer: a reviewer reads what an entry acted on
// and the values before and after, not the thousand message ids a bulk entry lists or the digests an
// import records. The entry itself stays as recorded (`threadline audit --json` prints it whole).
import type { AuditEntrySummary } from '../../../shared/review';
import type { StoredEntry } from './log';

/** Lists longer than this are given by their length. */
const LIST_SHOWN = 3;
/** Longer texts (a note, a query) are cut here. */
const TEXT_SHOWN = 160;
/** No field of a summary is longer than this. */
const FIELD_SHOWN = 400;
/** Objects deeper than this are shown as `{…}`. */
const DEPTH_SHOWN = 2;

const SHA256 = /^[0-9a-f]{64}$/;

function cut(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

/** A recorded value as one line: a hash by its first digits, a long list by its length, an object as `key: value`. */
export function shortText(value: unknown, depth = 0): string {
  if (value === null || value === undefined) return 'none';
  if (typeof value === 'string') return SHA256.test(value) ? `${value.slice(0, 12)}…` : cut(value, TEXT_SHOWN);
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return value.length > LIST_SHOWN ? `${value.length} items` : `[${value.map((v) => shortText(v, depth + 1)).join(', ')}]`;
  if (depth >= DEPTH_SHOWN) return '{…}';
  const fields = Object.entries(value).map(([key, v]) => `${key}: ${shortText(v, depth + 1)}`).join(', ');
  return depth === 0 ? fields : `{${fields}}`;
}

/**
 * The entry in short. `actionSummary` is the coding action's own sentence when the entry records one
 * (`Hot applied to every hit of the search "permit"`), which says its target better than its fields.
 */
export function summarizeEntry(row: StoredEntry, detail: unknown, actionSummary: string | null): AuditEntrySummary {
  const fields = typeof detail === 'object' && detail !== null && !Array.isArray(detail) ? (detail as Record<string, unknown>) : null;
  const { before, after, reason, ...rest } = fields ?? {};
  const what = fields === null ? shortText(detail) : (actionSummary ?? shortText(rest));
  const target = reason === undefined ? what : `${what} (reason: ${shortText(reason)})`;
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    action: row.action,
    target: cut(target, FIELD_SHOWN),
    before: fields === null || !('before' in fields) ? null : cut(shortText(before), FIELD_SHOWN),
    after: fields === null || !('after' in fields) ? null : cut(shortText(after), FIELD_SHOWN),
    detailChars: row.detail.length,
    hash: row.hash,
  };
}
