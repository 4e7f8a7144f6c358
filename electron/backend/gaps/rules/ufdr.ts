// UF-1 … UF-4: what a Cellebrite report states about its chats (docs/gaps.md#uf-1). Deleted and Trash
// states are facts on record; rows the tool decoded with less than high confidence or without an app
// id are marked; breaks in a chat's run of report indexes, and a chat whose StartTime or LastActivity
// lies beyond its messages, are leads. Each reads the provenance the importer kept (messages.raw).
import type { Db } from '../../case/open';
import { ran, ref, type ConversationFacts, type GapRule, type NewFinding } from '../types';
import { quote } from './message-rows';

interface ReportRow {
  id: number;
  seq: number;
  body: string;
  lineStart: number | null;
  record: string | null;
  sentAt: number | null;
  author: string | null;
  deletedState: string | null;
  deletedBy: string | null;
  uncertain: string | null;
}

/** At most this many findings of one rule per chat; the rest are counted in the last. */
const PER_CHAT = 50;
/** Rows a finding about many rows quotes as its evidence. */
const EVIDENCE_ROWS = 20;
/** Times closer than this to the first or last message are the same moment written twice. */
const SLACK_MS = 60_000;

/** The conversation's messages matching `where`, in source order, at most `limit` of them (-1: all). */
function rows(db: Db, f: ConversationFacts, where: string, args: (string | number)[] = [], limit = -1): ReportRow[] {
  return db
    .prepare(
      `SELECT m.id, m.seq, m.body, m.line_start AS lineStart, m.record, m.sent_at AS sentAt, p.name AS author,
              json_extract(m.raw, '$.deletedState') AS deletedState, json_extract(m.raw, '$.deletedBy') AS deletedBy,
              json_extract(m.raw, '$.uncertain') AS uncertain
       FROM messages m LEFT JOIN participants p ON p.id = m.author_id
       WHERE m.conversation_id = ? AND (${where}) ORDER BY m.seq LIMIT ?`,
    )
    .all(f.conversationId, ...args, limit) as ReportRow[];
}

/** What a deleted state means, in the report's own terms. */
export function deletedStateMeaning(state: string): string {
  if (/^trash$/i.test(state)) return 'recovered from the app’s trash: not shown to the user, pending deletion';
  if (/^deleted$/i.test(state)) return 'recovered as deleted (from free pages or a tombstoned row); the deletion time may not be known';
  return `in the state "${state}"`;
}

export const reportDeletions: GapRule = {
  id: 'UF-1',
  title: 'Messages a Cellebrite report records as Deleted or Trash',
  run(db, f) {
    if (f.format !== 'ufdr') return ran([]);
    return ran(
      rows(db, f, 'm.deleted = 1').map((m) => ({
        rule: 'UF-1',
        type: 'deleted',
        strength: 'fact',
        messageId: m.id,
        beforeSeq: m.seq,
        afterSeq: m.seq,
        explanation: `The report's deleted_state for this message by ${m.author ?? 'an unknown sender'} is "${m.deletedState ?? '?'}"${m.deletedBy ? ` (${m.deletedBy})` : ''}: ${deletedStateMeaning(m.deletedState ?? '')}. That it existed is a fact; a recovered row may be partial.`,
        evidence: [ref(f, m.id, m.lineStart, quote(m.body), m.record)],
      })),
    );
  },
};

export const reportUncertainRows: GapRule = {
  id: 'UF-2',
  title: 'Rows a Cellebrite report decoded with less than high confidence or without an app id',
  run(db, f) {
    if (f.format !== 'ufdr') return ran([]);
    const uncertain = `json_array_length(m.raw, '$.uncertain') > 0`;
    const reasons = new Map<string, number>();
    let count = 0;
    const all = db.prepare(`SELECT json_extract(m.raw, '$.uncertain') FROM messages m WHERE m.conversation_id = ? AND ${uncertain}`).pluck().iterate(f.conversationId) as Iterable<string>;
    for (const list of all) {
      count++;
      for (const r of JSON.parse(list) as string[]) reasons.set(r, (reasons.get(r) ?? 0) + 1);
    }
    if (count === 0) return ran([]);
    const marked = rows(db, f, uncertain, [], EVIDENCE_ROWS);
    return ran([
      {
        rule: 'UF-2',
        type: 'integrity',
        strength: 'context',
        count,
        messageId: marked[0]!.id,
        explanation: `${count} row${count === 1 ? '' : 's'} here ${count === 1 ? 'was' : 'were'} decoded by the tool with reservations (${[...reasons].map(([r, n]) => `${r}: ${n}`).join('; ')}): carved or partly decoded rows may be incomplete, and a row without an app id cannot be matched to other copies by it.`,
        evidence: marked.map((m) => ref(f, m.id, m.lineStart, quote(m.body, 60), m.record)),
      },
    ]);
  },
};

export const reportIndexBreaks: GapRule = {
  id: 'UF-3',
  title: "Breaks in a chat's run of report indexes",
  run(db, f) {
    if (f.format !== 'ufdr') return ran([]);
    // Streamed in index order, one message held at a time: a chat of a million messages costs no more memory than one of ten.
    const runs = db
      .prepare(
        `SELECT id, json_extract(raw, '$.indexRun[0]') AS runStart, json_extract(raw, '$.indexRun[1]') AS runEnd FROM messages
         WHERE conversation_id = ? AND json_extract(raw, '$.indexRun') IS NOT NULL ORDER BY runStart, seq`,
      )
      .iterate(f.conversationId) as Iterable<{ id: number; runStart: number; runEnd: number }>;
    const breaks: { before: number; after: number; from: number; to: number }[] = [];
    let skipped = 0;
    let previous: { id: number; runEnd: number } | null = null;
    for (const r of runs) {
      if (previous && r.runStart > previous.runEnd + 1) {
        if (breaks.length < PER_CHAT) breaks.push({ before: previous.id, after: r.id, from: previous.runEnd + 1, to: r.runStart - 1 });
        else skipped++;
      }
      if (!previous || r.runEnd >= previous.runEnd) previous = { id: r.id, runEnd: r.runEnd };
    }
    const byId = (id: number) => rows(db, f, 'm.id = ?', [id])[0]!;
    const findings: NewFinding[] = breaks.map((g) => {
      const before = byId(g.before);
      const after = byId(g.after);
      const missing = g.to - g.from + 1;
      return {
        rule: 'UF-3',
        type: 'suspected_gap',
        strength: 'low',
        count: missing,
        beforeSeq: before.seq,
        afterSeq: after.seq,
        explanation: `${missing} report ind${missing === 1 ? 'ex' : 'ices'} (source_index ${g.from}${missing > 1 ? `–${g.to}` : ''}) between these two messages belong to nothing of this chat. The numbering is report-wide, so they may be other models; they may also be rows the report left out. A lead, not a finding.`,
        evidence: [ref(f, before.id, before.lineStart, quote(before.body, 60), before.record), ref(f, after.id, after.lineStart, quote(after.body, 60), after.record)],
      };
    });
    if (skipped) findings[findings.length - 1]!.explanation += ` ${skipped} further break${skipped === 1 ? '' : 's'} in this chat are not listed.`;
    return ran(findings);
  },
};

interface ChatSignal {
  startTime: string | null;
  lastActivity: string | null;
}

export const reportChatSpan: GapRule = {
  id: 'UF-4',
  title: "A chat's StartTime or LastActivity beyond its first or last message",
  run(db, f) {
    if (f.format !== 'ufdr') return ran([]);
    const key = db.prepare(`SELECT json_extract(raw, '$.chat') FROM messages WHERE conversation_id = ? LIMIT 1`).pluck().get(f.conversationId) as string | undefined;
    const chat = key ? (f.signals.chats as Record<string, ChatSignal> | undefined)?.[key] : undefined;
    if (!chat) return ran([]);
    const findings: NewFinding[] = [];
    const start = chat.startTime ? Date.parse(chat.startTime) : NaN;
    const last = chat.lastActivity ? Date.parse(chat.lastActivity) : NaN;
    if (f.firstAt !== null && !Number.isNaN(start) && start < f.firstAt - SLACK_MS) {
      findings.push({
        rule: 'UF-4',
        type: 'suspected_gap',
        strength: 'medium',
        afterSeq: 0,
        fromAt: start,
        toAt: f.firstAt,
        explanation: `The report gives this chat a StartTime of ${chat.startTime}, before its first message here (${new Date(f.firstAt).toISOString()}): messages from the start of the chat may have been deleted or not decoded.`,
        evidence: [ref(f, null, null, `StartTime ${chat.startTime}`)],
      });
    }
    if (f.lastAt !== null && !Number.isNaN(last) && last > f.lastAt + SLACK_MS) {
      findings.push({
        rule: 'UF-4',
        type: 'suspected_gap',
        strength: 'medium',
        beforeSeq: f.messageCount - 1,
        fromAt: f.lastAt,
        toAt: last,
        explanation: `The report gives this chat a LastActivity of ${chat.lastActivity}, after its last message here (${new Date(f.lastAt).toISOString()}): later messages may have been deleted or not decoded (an activity other than a message can also move it).`,
        evidence: [ref(f, null, null, `LastActivity ${chat.lastActivity}`)],
      });
    }
    return ran(findings);
  },
};

export const REPORT_RULES: readonly GapRule[] = [reportDeletions, reportUncertainRows, reportIndexBreaks, reportChatSpan];
