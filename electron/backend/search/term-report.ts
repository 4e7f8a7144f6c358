// The search-term report (docs/search-language.md#search-term-report): for each search, its hits (passages marked as the
// thread marks them), messages, conversations, conversation-days (display zone) and messages per
// custodian. A search that does not parse gets its error on its row, not a failed report.
import { ApiError, SNIPPET_CLOSE, SNIPPET_OPEN, type TermReport, type TermReportRow } from '../../../shared/api';
import type { Prepared, SearchCore } from './core';
import { marksFromHighlighted, mergeMarks, regexMarks, type Mark } from './marks';
import { csvDocument } from '../exports/csv';

export async function termReport(core: SearchCore, terms: string[], signal?: AbortSignal): Promise<TermReport> {
  const started = performance.now();
  const snapshot = core.directory.current();
  const rows: TermReportRow[] = [];
  for (const term of terms) rows.push(await reportRow(core, term, snapshot.custodians, signal));
  return {
    timeZone: snapshot.timeZone,
    tookMs: Math.round((performance.now() - started) * 10) / 10,
    custodians: snapshot.custodians,
    rows,
    csv: termReportCsv(snapshot.timeZone, snapshot.custodians, rows),
  };
}

async function reportRow(core: SearchCore, term: string, custodians: (string | null)[], signal?: AbortSignal): Promise<TermReportRow> {
  const row: TermReportRow = { term, error: null, hits: 0, messages: 0, conversations: 0, conversationDays: 0, perCustodian: custodians.map(() => 0) };
  let p: Prepared;
  try {
    const scan = core.scan(signal);
    p = await core.prepareCooperatively(term, undefined, scan);
    if (p.plan.empty) return row;
    await core.applyRegexes(p, scan);
  } catch (e) {
    if (e instanceof ApiError && (e.code === 'invalid_argument' || e.code === 'bad_input')) return { ...row, error: e.message };
    throw e;
  }
  const { snapshot } = p;
  const custodianColumn = new Map(custodians.map((c, i) => [c, i]));
  const withBodies = p.plan.highlight.regexes.length > 0;
  const where = core.where(p);
  const sql = `SELECT m.id, m.conversation_id, ${core.dayExpression(snapshot)} AS day${withBodies ? ', m.body' : ''} FROM ${core.from(p)} WHERE ${where.sql}`;
  const bodies = new Map<number, string>();
  const conversations = new Set<number>();
  const conversationDays = new Set<string>();
  for (const [id, conversationId, day, body] of core.statement(sql).raw().iterate(...where.params) as Iterable<[number, number, number | null, string?]>) {
    row.messages++;
    conversations.add(conversationId);
    conversationDays.add(`${conversationId}|${day}`);
    row.perCustodian[custodianColumn.get(snapshot.conversations.get(conversationId)!.custodian)!]!++;
    bodies.set(id, body ?? '');
  }
  row.conversations = conversations.size;
  row.conversationDays = conversationDays.size;
  row.hits = countPassages(core, p, bodies);
  return row;
}

/** Marked passages over the matched messages (`bodies` holds their ids; bodies only when regexes mark too). */
function countPassages(core: SearchCore, p: Prepared, bodies: Map<number, string>): number {
  const { fullText, regexes } = p.plan.highlight;
  const fullTextMarks = new Map<number, Mark[]>();
  let passages = 0;
  const take = (id: number, highlighted: string) => {
    if (regexes.length === 0) passages += count(highlighted, SNIPPET_OPEN);
    else fullTextMarks.set(id, marksFromHighlighted(highlighted, bodies.get(id)!));
  };
  if (fullText !== null) {
    const highlightedMessages = core.statement('SELECT count(*) FROM messages_fts WHERE messages_fts MATCH ?').pluck().get(fullText) as number;
    // One probe per matched message, or one pass over every message the highlight terms match,
    // whichever reads less.
    if (bodies.size * 10 < highlightedMessages) {
      for (const id of bodies.keys()) {
        const highlighted = core.highlighted(fullText, id);
        if (highlighted !== undefined) take(id, highlighted);
      }
    } else {
      const pass = core.statement('SELECT rowid, highlight(messages_fts, 0, ?, ?) FROM messages_fts WHERE messages_fts MATCH ?').raw();
      for (const [id, highlighted] of pass.iterate(SNIPPET_OPEN, SNIPPET_CLOSE, fullText) as Iterable<[number, string]>) {
        if (bodies.has(id)) take(id, highlighted);
      }
    }
  }
  if (regexes.length === 0) return passages;
  for (const [id, body] of bodies) passages += mergeMarks([...(fullTextMarks.get(id) ?? []), ...regexMarks(body, regexes)]).length;
  return passages;
}

function count(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i + 1)) n++;
  return n;
}

/** The message exports' CSV, so spreadsheet programs read it as written. */
export function termReportCsv(timeZone: string, custodians: (string | null)[], rows: TermReportRow[]): string {
  const header = [
    'Search',
    'Hits',
    'Messages',
    'Conversations',
    `Conversation-days (${timeZone})`,
    ...custodians.map((c) => `Messages: ${c ?? 'no custodian'}`),
    'Error',
  ];
  return csvDocument(header, rows.map((r) => [r.term, r.hits, r.messages, r.conversations, r.conversationDays, ...r.perCustodian, r.error ?? '']));
}
