// The rules a phone's WhatsApp database makes possible (docs/gaps.md#db-1 … docs/gaps.md#db-7): what
// holds for the database as a whole — row ids missing from the whole message table (DB-1), a WAL-mode
// database handed over without its -wal file (DB-7). Per-chat rules live with their general rule:
// ZSORT holes in sequence.ts (R3), revocations in deletions.ts (R1), orphan quotes in orphans.ts (R5).
import { JOINED_KEY } from '../../importers/whatsapp-db/values';
import { ran, type NewFinding, type SourceFacts, type SourceRule } from '../types';

interface Neighbour {
  id: number;
  chat: string | null;
  at: number | null;
}

export interface DatabaseSignals {
  platform: 'android' | 'ios';
  table?: string;
  sqliteSequence?: number | null;
  maxId?: number | null;
  idHoleCount?: number;
  idHoles?: { from: number; to: number; before: Neighbour; after: Neighbour }[];
  sortHoles?: Record<string, { from: number; to: number; beforeSeq: number; afterSeq: number }[]>;
  counterShortfalls?: Record<string, { counter: number; rows: number; highestSort: number }>;
  walHeader?: boolean;
  walFile?: 'present' | 'empty' | 'absent';
}

export function databaseSignals(signals: Record<string, unknown>): DatabaseSignals | null {
  const d = signals.database as DatabaseSignals | undefined;
  return d && (d.platform === 'android' || d.platform === 'ios') ? d : null;
}

/** The device-database rule id for a general rule, by platform; null for other sources. */
export function deviceRuleId(format: string, signals: Record<string, unknown>, android: string, ios: string): string | null {
  if (format !== 'whatsapp-db') return null;
  return databaseSignals(signals)?.platform === 'ios' ? ios : android;
}

/** The quoted text a reply's raw record keeps (the quote survives its original), as a closing sentence; '' when there is none. */
export function quotedTextNote(format: string, raw: string | null): string {
  if (format !== 'whatsapp-db' || !raw) return '';
  try {
    const quoted = (JSON.parse(raw) as Record<string, { quoted?: { text?: unknown } } | undefined>)[JOINED_KEY]?.quoted?.text;
    return typeof quoted === 'string' && quoted !== '' ? ` The reply still holds the quoted text: "${quoted.replace(/\s+/g, ' ').slice(0, 200)}".` : '';
  } catch {
    return '';
  }
}

const when = (ms: number | null) => (ms === null ? 'an unknown time' : new Date(ms).toISOString().replace('.000Z', 'Z'));
const side = (n: Neighbour) => `_id ${n.id} (${n.chat ?? 'no chat'}, ${when(n.at)})`;

export const deviceDatabase: SourceRule = {
  id: 'DB',
  title: 'Phone database: row ids missing from the whole message table, a WAL database without its -wal',
  runSource(_db, f: SourceFacts) {
    const d = f.format === 'whatsapp-db' ? databaseSignals(f.signals) : null;
    if (!d) return ran([]);
    const findings: NewFinding[] = [];
    const table = d.table ?? 'message';
    for (const h of d.idHoles ?? []) {
      const n = h.to - h.from + 1;
      findings.push({
        rule: 'DB-1',
        type: 'missing_sequence',
        strength: 'medium',
        fromAt: h.before.at,
        toAt: h.after.at,
        count: n,
        explanation: `${n === 1 ? `Row id ${h.from} is` : `Row ids ${h.from}–${h.to} are`} missing from the whole ${table} table, between ${side(h.before)} and ${side(h.after)}. Ids are issued once across all chats, so ${n === 1 ? 'a row was' : `${n} rows were`} deleted: delete for me, a cleared or deleted chat, an expired disappearing message, or app housekeeping.`,
        evidence: [{ messageId: null, file: f.label, line: null, record: `${table}._id ${h.before.id}`, text: null }, { messageId: null, file: f.label, line: null, record: `${table}._id ${h.after.id}`, text: null }],
      });
    }
    const kept = d.idHoles?.length ?? 0;
    if ((d.idHoleCount ?? 0) > kept) {
      findings.push({ rule: 'DB-1', type: 'missing_sequence', strength: 'medium', count: d.idHoleCount! - kept, explanation: `${d.idHoleCount! - kept} further holes in the ${table} table's row ids are not listed one by one.`, evidence: [{ messageId: null, file: f.label, line: null, record: null, text: null }] });
    }
    if (d.sqliteSequence != null && d.maxId != null && d.sqliteSequence > d.maxId) {
      const n = d.sqliteSequence - d.maxId;
      findings.push({
        rule: 'DB-1',
        type: 'missing_sequence',
        strength: 'medium',
        count: n,
        explanation: `sqlite_sequence records ${d.sqliteSequence} as the highest ${table} id ever issued, but the highest row is ${d.maxId}: the last ${n} row${n === 1 ? ' was' : 's were'} deleted after being written.`,
        evidence: [{ messageId: null, file: f.label, line: null, record: `sqlite_sequence ${table} ${d.sqliteSequence}`, text: null }],
      });
    }
    if (d.walHeader && d.walFile === 'absent') {
      findings.push({
        rule: 'DB-7',
        type: 'coverage',
        strength: 'context',
        explanation: `The database is in WAL mode but was handed over without its -wal file: messages written since the last checkpoint may be missing from it.`,
        evidence: [{ messageId: null, file: f.label, line: null, record: null, text: 'no -wal file beside the database' }],
      });
    }
    return ran(findings);
  },
};
