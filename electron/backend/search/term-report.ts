// The search-term report (docs/search-language.md#search-term-report): for each search, its hits (passages marked as the
// thread marks them), messages, conversations, conversation-days (display zone) and messages per
// custodian. A search that does not parse gets its error on its row, not a failed report.
import { ApiError, SNIPPET_CLOSE, SNIPPET_OPEN, type TermReport, type TermReportRow } from '../../../shared/api';
import type { Prepared, SearchCore } from './core';
import { NONE, type Facts } from './message-facts';
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
  const facts = withBodies ? null : await core.factsFor(p);
  const matched = facts === null ? matchesFromRows(core, p, withBodies) : matchesFromFacts(core, p, facts);
  row.messages = matched.ids.length;
  row.conversations = matched.conversations.size;
  row.conversationDays = matched.conversationDays;
  for (const [conversationId, n] of matched.conversations) row.perCustodian[custodianColumn.get(snapshot.conversations.get(conversationId)!.custodian)!]! += n;
  row.hits = countPassages(core, p, matched);
  return row;
}

/** A search's matches: their ids (with bodies when regexes mark passages), messages per conversation, and how many conversation-days hold them. */
interface Matches {
  ids: number[];
  has: (id: number) => boolean;
  bodies: Map<number, string> | null;
  conversations: Map<number, number>;
  conversationDays: number;
}

/** One SQL pass over the matches, each with its conversation and display-zone day. */
function matchesFromRows(core: SearchCore, p: Prepared, withBodies: boolean): Matches {
  const where = core.where(p);
  const sql = `SELECT m.id, m.conversation_id, ${core.dayExpression(p.snapshot)} AS day${withBodies ? ', m.body' : ''} FROM ${core.from(p)} WHERE ${where.sql}`;
  const ids: number[] = [];
  const bodies = new Map<number, string>();
  const conversations = new Map<number, number>();
  const conversationDays = new Set<string>();
  for (const [id, conversationId, day, body] of core.statement(sql).raw().iterate(...where.params) as Iterable<[number, number, number | null, string?]>) {
    ids.push(id);
    conversations.set(conversationId, (conversations.get(conversationId) ?? 0) + 1);
    conversationDays.add(`${conversationId}|${day}`);
    bodies.set(id, body ?? '');
  }
  return { ids, has: (id) => bodies.has(id), bodies: withBodies ? bodies : null, conversations, conversationDays: conversationDays.size };
}

/** The match ids alone, their conversations and days looked up in the message facts. */
function matchesFromFacts(core: SearchCore, p: Prepared, facts: Facts): Matches {
  const ids = core.matchIds(p);
  const isMatch = new Uint8Array(facts.conversation.length);
  const conversations = new Map<number, number>();
  // A conversation-day as one number: the day's place in the facts' span (0: no time) within its conversation's block.
  const width = facts.lastDay - facts.firstDay + 2;
  const conversationDays = new Set<number>();
  for (const id of ids) {
    isMatch[id] = 1;
    const [conversationId, day] = [facts.conversation[id]!, facts.day[id]!];
    conversations.set(conversationId, (conversations.get(conversationId) ?? 0) + 1);
    conversationDays.add(conversationId * width + (day === NONE ? 0 : day - facts.firstDay + 1));
  }
  return { ids, has: (id) => isMatch[id] === 1, bodies: null, conversations, conversationDays: conversationDays.size };
}

/**
 * Marked passages over the matches: each matched message's highlight, or one pass over the highlight
 * terms' matches, whichever reads less. A one-word highlight without regexes marks each occurrence of
 * its word apart: those are then counted from the index's list of occurrences, reading no message.
 */
function countPassages(core: SearchCore, p: Prepared, matched: Matches): number {
  const { fullText, regexes } = p.plan.highlight;
  const fullTextMarks = new Map<number, Mark[]>();
  let passages = 0;
  const take = (id: number, highlighted: string) => {
    if (matched.bodies === null) passages += count(highlighted, SNIPPET_OPEN);
    else fullTextMarks.set(id, marksFromHighlighted(highlighted, matched.bodies.get(id)!));
  };
  if (fullText !== null) {
    const highlightedMessages = core.statement('SELECT count(*) FROM messages_fts WHERE messages_fts MATCH ?').pluck().get(fullText) as number;
    const few = matched.ids.length * 10 < highlightedMessages;
    // One word, or one word's prefix: its passages are its (or its words') occurrences in the index.
    const terms = few || regexes.length > 0 ? null : core.markedTerms(fullText);
    if (few) {
      for (const id of matched.ids) {
        const highlighted = core.highlighted(fullText, id);
        if (highlighted !== undefined) take(id, highlighted);
      }
    } else if (terms !== null) {
      for (const token of terms) {
        const { ids, counts } = core.postings(token);
        ids.forEach((id, i) => {
          if (matched.has(id)) passages += counts[i]!;
        });
      }
    } else {
      const pass = core.statement('SELECT rowid, highlight(messages_fts, 0, ?, ?) FROM messages_fts WHERE messages_fts MATCH ?').raw();
      for (const [id, highlighted] of pass.iterate(SNIPPET_OPEN, SNIPPET_CLOSE, fullText) as Iterable<[number, string]>) {
        if (matched.has(id)) take(id, highlighted);
      }
    }
  }
  if (matched.bodies === null) return passages;
  for (const [id, body] of matched.bodies) passages += mergeMarks([...(fullTextMarks.get(id) ?? []), ...regexMarks(body, regexes)]).length;
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
