// Turns a parsed query into what the database runs: one FTS5 expression that drives the search when
// the query has words, SQL conditions on the message row for fields (and for words that sit under
// an OR with a field), regexes that filter the rest, and what to highlight. Every user text reaches
// FTS5 inside a quoted string, so nothing typed is ever read as FTS5 syntax.
import type { TermExpansion } from '../../../shared/api';
import { GAP_TYPES } from '../../../shared/findings';
import { QuerySyntaxError, positionText, type FieldNode, type NearNode, type QueryNode, type TextNode } from './query/ast';
import { CONVERSATION_ID, INHERITED_PREFIX, UNTAGGED, parseIsoDate } from './query/fields';
import { carriesSql, inheritedSql, reviewerSql, untaggedSql } from '../review/scopes';
import type { ReviewLookup } from './review-fields';
import type { CaseSnapshot, ConversationEntry } from './directory';
import { valueMatches } from './field-match';
import { isSymbolToken, type IndexTokenizer } from './index-tokenizer';
import { NO_TIME, TIME_KEY } from './time-key';
import type { Vocabulary } from './vocabulary';
import { nextDay, startOfDay } from './zone-days';

export interface Condition {
  sql: string;
  params: unknown[];
  /**
   * At most this many messages satisfy it, for conditions whose messages lie together (a date range,
   * conversations), which a search can start from and ask the index about by rowid ranges.
   */
  rows?: number;
  /** It is lo ≤ sent_at < hi: ranges ANDed at the top are merged into one. */
  timeRange?: [number, number];
  /** Exactly this many messages satisfy it (a tag's messages, counted in the tag's index). */
  count?: number;
  /** The same condition checked for one message `m` by an index lookup, for a walk in time order. */
  probe?: string;
  /** The condition this one is the negation of: the messages it selects are all the others. */
  complement?: Condition;
}

export interface SearchPlan {
  /** The FTS5 expression that drives the search; null when the query has no words to drive it. */
  fullText: string | null;
  /** Conditions on the message row `m`, all required. */
  conditions: Condition[];
  /** Regexes (JavaScript source) that filter what the rest selects; negated ones exclude. */
  regexes: { source: string; negated: boolean }[];
  /** What is marked in a matching message: occurrences of this FTS5 expression and of these regexes. */
  highlight: { fullText: string | null; regexes: string[] };
  expansions: TermExpansion[];
  /** The query can match nothing (a term with no indexed forms where one is required). */
  empty: boolean;
}

export interface PlanContext {
  snapshot: CaseSnapshot;
  tokenizer: IndexTokenizer;
  vocabulary: Vocabulary;
  /** Messages with lo ≤ sent_at < hi, or undefined when there are more than a few hundred thousand. */
  messagesInTime(lo: number, hi: number): number | undefined;
  /** Messages carrying the tag as their own. */
  messagesTagged(tagId: number): number;
  review: ReviewLookup;
}

/** Beyond this many NEAR pairs, an expanded proximity is refused rather than run slowly. */
export const MAX_PROXIMITY_PAIRS = 2500;

type Resolved =
  | { t: 'fts'; expr: string }
  | { t: 'cond'; cond: Condition }
  | { t: 'regex'; source: string }
  | { t: 'and' | 'or'; items: Resolved[] }
  | { t: 'not'; item: Resolved }
  | { t: 'const'; value: boolean };

const TRUE: Resolved = { t: 'const', value: true };
const FALSE: Resolved = { t: 'const', value: false };

export function planQuery(tree: QueryNode, context: PlanContext): SearchPlan {
  const planner = new Planner(context);
  const root = planner.resolve(tree, true);
  const plan: SearchPlan = {
    fullText: null,
    conditions: [],
    regexes: [],
    highlight: { fullText: planner.highlights.size ? [...planner.highlights].map(group).join(' OR ') : null, regexes: [] },
    expansions: planner.expansions,
    empty: false,
  };
  for (const part of root.t === 'and' ? root.items : [root]) {
    if (part.t === 'const') plan.empty ||= !part.value;
    else if (part.t === 'fts') plan.fullText = part.expr;
    else if (part.t === 'regex') {
      plan.regexes.push({ source: part.source, negated: false });
      plan.highlight.regexes.push(part.source);
    } else if (part.t === 'not' && part.item.t === 'regex') plan.regexes.push({ source: part.item.source, negated: true });
    else plan.conditions.push(sqlOf(part));
  }
  plan.conditions = mergeTimeRanges(plan.conditions, context);
  return plan;
}

/** after:, before: and on: at the top narrow one range; counted once, as the intersection. */
function mergeTimeRanges(conditions: Condition[], context: PlanContext): Condition[] {
  const ranges = conditions.flatMap((c) => (c.timeRange ? [c.timeRange] : []));
  if (ranges.length === 0) return conditions;
  const lo = Math.max(...ranges.map((r) => r[0]));
  const hi = Math.min(...ranges.map((r) => r[1]));
  const merged: Condition = { sql: `(${TIME_KEY} >= ? AND ${TIME_KEY} < ?)`, params: [lo, hi], timeRange: [lo, hi], rows: lo < hi ? context.messagesInTime(lo, hi) : 0 };
  return [...conditions.filter((c) => !c.timeRange), merged];
}

class Planner {
  readonly expansions: TermExpansion[] = [];
  readonly highlights = new Set<string>();

  constructor(private readonly context: PlanContext) {}

  resolve(node: QueryNode, positive: boolean): Resolved {
    switch (node.type) {
      case 'word':
      case 'phrase':
      case 'prefix':
      case 'fuzzy':
        return this.text(this.alternatives(node), positive);
      case 'near':
        return this.text(this.proximity(node), positive);
      case 'regex':
        return { t: 'regex', source: node.source };
      case 'field':
        return this.field(node);
      case 'and':
        return and(node.items.map((item) => this.resolve(item, positive)));
      case 'or':
        return or(node.items.map((item) => this.resolve(item, positive)));
      case 'not':
        return not(this.resolve(node.item, !positive));
    }
  }

  private text(alternatives: string[], positive: boolean): Resolved {
    if (positive) for (const a of alternatives) this.highlights.add(a);
    return alternatives.length === 0 ? FALSE : { t: 'fts', expr: alternatives.map(group).join(' OR ') };
  }

  /** The FTS5 phrases a term stands for; several for OR groups and expanded terms, none when nothing fits. */
  private alternatives(node: TextNode): string[] {
    switch (node.type) {
      case 'word': {
        const tokens = this.context.tokenizer.tokens(node.text);
        if (tokens.length === 1 && isSymbolToken(tokens[0]!)) return this.expand(node, 'symbol', tokens[0]!);
        return [quote(node.text)];
      }
      case 'phrase':
        return [quote(node.text)];
      case 'prefix':
        return [`${quote(node.text)} *`];
      case 'fuzzy': {
        const tokens = this.context.tokenizer.tokens(node.text);
        if (tokens.length !== 1) {
          throw new QuerySyntaxError(`~${node.text} at ${positionText(node.start)} is ${tokens.length} words to the index; ~ works on one word.`, node.start, node.end);
        }
        return this.expand(node, 'fuzzy', tokens[0]!);
      }
      case 'or':
        return (node.items as TextNode[]).flatMap((item) => this.alternatives(item));
    }
  }

  private expand(node: TextNode, kind: TermExpansion['kind'], token: string): string[] {
    const { vocabulary, snapshot } = this.context;
    const found = kind === 'fuzzy' ? vocabulary.similar(token, snapshot.key) : vocabulary.containing(token, snapshot.key);
    this.expansions.push({ term: kind === 'fuzzy' ? `~${token}` : token, start: node.start, end: node.end, kind, used: found.used, omitted: found.omitted });
    return found.used.map(quote);
  }

  /** w/N is FTS5's NEAR with N−1 words between; OR groups on either side become every pairing. */
  private proximity(node: NearNode): string[] {
    const left = this.alternatives(node.left);
    const right = this.alternatives(node.right);
    if (left.length * right.length > MAX_PROXIMITY_PAIRS) {
      throw new QuerySyntaxError(
        `The proximity at ${positionText(node.start)} expands to ${left.length * right.length} pairs of words (at most ${MAX_PROXIMITY_PAIRS}); narrow its terms.`,
        node.start,
        node.end,
      );
    }
    return left.flatMap((a) => right.map((b) => `NEAR(${a} ${b}, ${node.distance - 1})`));
  }

  private field(node: FieldNode): Resolved {
    const { snapshot } = this.context;
    const value = node.value.trim();
    switch (node.field) {
      case 'from': {
        // An author's messages are spread through the thread: not a condition to start from.
        return byPeople(snapshot.participants.filter((p) => valueMatches(p.name, value, node.exact)).map((p) => p.id));
      }
      case 'in': {
        const id = CONVERSATION_ID.exec(value);
        return this.conversations(id ? (c) => c.id === Number(id[1]) : (c) => valueMatches(c.title, value, node.exact));
      }
      case 'source':
        return this.conversations((c) => valueMatches(c.fileName, value, node.exact) || valueMatches(c.chatEntry, value, node.exact));
      case 'custodian':
        return this.conversations((c) => valueMatches(c.custodian, value, node.exact));
      case 'app':
        return this.conversations((c) => valueMatches(c.format, value, node.exact) || valueMatches(c.platform, value, node.exact));
      case 'kind': {
        const kind = value.toLowerCase();
        if (kind === 'deleted') return cond("m.kind = 'deleted' OR m.deleted = 1");
        if (kind === 'edited') return cond('m.edited = 1');
        return cond('m.kind = ?', kind);
      }
      case 'has': {
        if (['attachment', 'attachments'].includes(value.toLowerCase())) return cond('EXISTS (SELECT 1 FROM attachments a WHERE a.message_id = m.id)');
        // The messages a "something is missing" finding is about or sits between (docs/gaps.md#types): the
        // places to read around. Facts of deletion are kind:deleted; expected loss is not a gap.
        const missing = `f.type IN (${GAP_TYPES.map((t) => `'${t}'`).join(', ')})`;
        return cond(
          `m.id IN (SELECT f.message_id FROM findings f WHERE ${missing} AND f.message_id IS NOT NULL
                    UNION SELECT f.before_message_id FROM findings f WHERE ${missing} AND f.before_message_id IS NOT NULL
                    UNION SELECT f.after_message_id FROM findings f WHERE ${missing} AND f.after_message_id IS NOT NULL)`,
        );
      }
      case 'after':
        return this.timeRange(startOfDay(nextDay(parseIsoDate(value)!), snapshot.timeZone), END_OF_TIME);
      case 'before':
        return this.timeRange(NO_TIME + 1, startOfDay(parseIsoDate(value)!, snapshot.timeZone));
      case 'on': {
        const day = parseIsoDate(value)!;
        return this.timeRange(startOfDay(day, snapshot.timeZone), startOfDay(nextDay(day), snapshot.timeZone));
      }
      case 'tag':
        return this.tag(node, value);
      case 'note': {
        // A note's words as an FTS5 phrase (or a prefix, deli*) over the current text of live notes.
        const prefix = value.endsWith('*');
        const words = prefix ? value.slice(0, -1) : value;
        if (this.context.tokenizer.tokens(words).length === 0) return FALSE;
        const noted = this.context.review.notedMessages(`${quote(words)}${prefix ? ' *' : ''}`);
        return noted === null ? FALSE : cond(noted.sql, ...noted.params);
      }
      case 'reviewed': {
        const reviewed = `m.id IN (SELECT m2.id FROM day_reviews r JOIN messages m2 ON m2.conversation_id = r.conversation_id AND m2.sent_at >= r.start_at AND m2.sent_at < r.end_at
                                   WHERE r.status = 'reviewed')`;
        return value.toLowerCase() === 'yes' ? cond(reviewed) : cond(`NOT ${reviewed}`);
      }
      case 'reviewer': {
        const { sql, params } = reviewerSql(this.context.review.tags(), value);
        return cond(sql, ...params);
      }
      case 'person': {
        return byPeople(this.context.review.personAuthors(value, node.exact));
      }
    }
  }

  /** tag:X (its own or inherited), tag:inherited:X, tag:none; a name that is no tag in force is a mistake said at once. */
  private tag(node: FieldNode, value: string): Resolved {
    const tags = this.context.review.tags();
    const applied = this.context.review.appliedScopes();
    if (!node.exact && value.toLowerCase() === UNTAGGED) return cond(untaggedSql(tags, applied));
    const inherited = INHERITED_PREFIX.test(value);
    const name = value.replace(INHERITED_PREFIX, '').trim().toLowerCase();
    const tag = tags.find((t) => t.name.toLowerCase() === name);
    if (!tag) {
      throw new QuerySyntaxError(
        `tag:${node.value} at ${positionText(node.start)} names no tag of this case; the tags are ${tags.map((t) => t.name).join(', ') || 'none yet'}.`,
        node.start,
        node.end,
      );
    }
    if (!inherited && inheritedSql(tag, tags, applied) === '0') {
      // Carried by messages alone (no day or conversation has it): a set of ids the tag's own index counts
      // exactly, and a message is checked against it in one lookup.
      const count = this.context.messagesTagged(tag.id);
      const probe = `EXISTS (SELECT 1 FROM message_tags t WHERE t.message_id = m.id AND t.tag_id = ${tag.id})`;
      return { t: 'cond', cond: { sql: carriesSql(tag, tags, applied), params: [], rows: count, count, probe } };
    }
    return cond(inherited ? inheritedSql(tag, tags, applied) : carriesSql(tag, tags, applied));
  }

  private conversations(matches: (c: ConversationEntry) => boolean): Resolved {
    const found = [...this.context.snapshot.conversations.values()].filter((c) => c.visible && matches(c));
    if (found.length === 0) return FALSE;
    return counted(cond('m.conversation_id IN (SELECT value FROM json_each(?))', JSON.stringify(found.map((c) => c.id))), sum(found.map((c) => c.messageCount)));
  }

  /** lo ≤ sent_at < hi; messages without a time are never in a range. Counted when merged at the top. */
  private timeRange(lo: number, hi: number): Resolved {
    return { t: 'cond', cond: { sql: `${TIME_KEY} >= ? AND ${TIME_KEY} < ?`, params: [lo, hi], timeRange: [lo, hi] } };
  }
}

/** What these participants wrote, and the notices naming them as the one who acted (`Ana added Ben` is Ana's act). */
function byPeople(ids: number[]): Resolved {
  if (ids.length === 0) return FALSE;
  const list = JSON.stringify(ids);
  return cond(
    `((m.author_id IS NOT NULL AND m.author_id IN (SELECT value FROM json_each(?)))
      OR m.id IN (SELECT n.message_id FROM notice_parties n WHERE n.role = 'actor' AND n.participant_id IN (SELECT value FROM json_each(?))))`,
    list,
    list,
  );
}

function cond(sql: string, ...params: unknown[]): Resolved {
  return { t: 'cond', cond: { sql, params } };
}

function counted(resolved: Resolved, rows: number): Resolved {
  return resolved.t === 'cond' ? { t: 'cond', cond: { ...resolved.cond, rows } } : resolved;
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** Beyond every instant a message can carry. */
const END_OF_TIME = 8_640_000_000_000_001;

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function group(expr: string): string {
  return `(${expr})`;
}

function and(parts: Resolved[]): Resolved {
  const required: string[] = [];
  const excluded: string[] = [];
  const rest: Resolved[] = [];
  for (const part of parts.flatMap((p) => (p.t === 'and' ? p.items : [p]))) {
    if (part.t === 'const') {
      if (!part.value) return FALSE;
    } else if (part.t === 'fts') required.push(group(part.expr));
    else if (part.t === 'not' && part.item.t === 'fts') excluded.push(group(part.item.expr));
    else rest.push(part);
  }
  const merged: Resolved[] = [];
  // FTS5's NOT is binary: the words a message must have, minus the words it must not.
  if (required.length > 0) merged.push({ t: 'fts', expr: [required.join(' AND '), ...excluded].join(' NOT ') });
  else if (excluded.length > 0) merged.push({ t: 'not', item: { t: 'fts', expr: excluded.join(' OR ') } });
  merged.push(...rest);
  return merged.length === 0 ? TRUE : merged.length === 1 ? merged[0]! : { t: 'and', items: merged };
}

function or(parts: Resolved[]): Resolved {
  const items = parts.flatMap((p) => (p.t === 'or' ? p.items : [p])).filter((p) => !(p.t === 'const' && !p.value));
  if (items.some((p) => p.t === 'const')) return TRUE;
  const text = items.filter((p): p is Extract<Resolved, { t: 'fts' }> => p.t === 'fts');
  const rest = items.filter((p) => p.t !== 'fts');
  const merged: Resolved[] = text.length > 0 ? [{ t: 'fts', expr: text.map((p) => group(p.expr)).join(' OR ') }, ...rest] : rest;
  return merged.length === 0 ? FALSE : merged.length === 1 ? merged[0]! : { t: 'or', items: merged };
}

function not(item: Resolved): Resolved {
  if (item.t === 'const') return item.value ? FALSE : TRUE;
  if (item.t === 'not') return item.item;
  return { t: 'not', item };
}

/** A resolved part as a condition on `m`; every condition is true or false, never NULL, so NOT is exact. */
function sqlOf(part: Resolved): Condition {
  switch (part.t) {
    case 'fts':
      return { sql: 'm.id IN (SELECT rowid FROM messages_fts WHERE messages_fts MATCH ?)', params: [part.expr] };
    case 'cond':
      return { ...part.cond, sql: `(${part.cond.sql})` };
    case 'and':
    case 'or': {
      const items = part.items.map(sqlOf);
      return { sql: `(${items.map((i) => i.sql).join(part.t === 'and' ? ' AND ' : ' OR ')})`, params: items.flatMap((i) => i.params) };
    }
    case 'not': {
      const inner = sqlOf(part.item);
      return { sql: `NOT (${inner.sql})`, params: inner.params, complement: inner };
    }
    case 'const':
      return { sql: part.value ? '1' : '0', params: [] };
    case 'regex':
      throw new Error('a regex below the top level is refused by the parser');
  }
}
