// The brute force the search engine is checked against: a generated case (three WhatsApp exports,
// three custodians' zones, a display zone of its own) and a plain JavaScript evaluation of a parsed
// query over every message, following the semantics written in docs/search-language.md. It shares
// nothing with the engine but the parser, whose tree it walks.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { TermExpansion } from '../../shared/api';
import { GAP_TYPES, type FindingType } from '../../shared/findings';
import { createEngine, type Engine } from '../../electron/backend/api';
import type { FieldNode, QueryNode, TextNode } from '../../electron/backend/search/query/ast';
import { parseQuery } from '../../electron/backend/search/query/parse';
import { seededRandom } from '../../scripts/seeded-random';
import { writeText } from '../support/temp';

export const DISPLAY_ZONE = 'America/Chicago';

// ── Tokenization, as FTS5's unicode61 with remove_diacritics 2 and categories 'L* N* Co So' does it ──
//
// Token characters are letters, digits, private-use characters and "other symbols" (emoji), plus the
// skin-tone modifiers U+1F3FB–U+1F3FF (SQLite's tables class them as symbols) and the combining
// diacritics U+0300–U+036F (dropped when folding). Everything else separates tokens: spaces,
// punctuation, U+FE0F, the zero-width joiner. Folding lowercases each character and, for Latin
// letters (U+00C0–U+024F, U+1E00–U+1EFF) whose canonical decomposition starts with an ASCII letter,
// keeps that letter: é → e, Ǻ → a, but ø, ł, æ, ß stay as they are.

const isDiacritic = (ch: string) => ch.codePointAt(0)! >= 0x300 && ch.codePointAt(0)! <= 0x36f;
const isSkinTone = (ch: string) => ch.codePointAt(0)! >= 0x1f3fb && ch.codePointAt(0)! <= 0x1f3ff;
const isTokenChar = (ch: string) => /[\p{L}\p{N}\p{Co}\p{So}]/u.test(ch) || isSkinTone(ch) || isDiacritic(ch);

function foldChar(ch: string): string {
  if (isDiacritic(ch)) return '';
  const lower = ch.toLowerCase();
  const code = lower.codePointAt(0)!;
  if ((code >= 0xc0 && code <= 0x24f) || (code >= 0x1e00 && code <= 0x1eff)) {
    const base = lower.normalize('NFD')[0]!;
    if (/[a-z]/.test(base)) return base;
  }
  return [...lower].filter((c) => !isDiacritic(c)).join('');
}

export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  let current = '';
  for (const ch of text) {
    if (isTokenChar(ch)) current += foldChar(ch);
    else if (current !== '') {
      tokens.push(current);
      current = '';
    }
  }
  if (current !== '') tokens.push(current);
  return tokens.filter((t) => t !== '');
}

// ── The generated case ──

const VOCABULARY = [
  ...'permit permits fee fees harbour harbor report meeting meetings meet deliver delivery deli order receive received recieve budget draft final call me now please the a to and or not on in of'.split(' '),
  ...'café Café CAFE naïve Zürich résumé São łódź straße æther øre'.split(' '),
  ...'🔥 🔥🔥 great🔥 👍 👍🏽 ❤️ 🍕'.split(' '),
  ...["e-mail", "don't", '10:30', 'a/b', '(note)', 'fee,', 'fee.', '#tag', '@dana', '42', '2023', 'Permit', 'MEETING'],
];

interface ChatSpec {
  file: string;
  custodian?: string;
  zone: string;
  authors: string[];
  messages: number;
  start: number;
}

const CHATS: ChatSpec[] = [
  { file: 'WhatsApp Chat with Harbor Permit Review.txt', custodian: 'Dana Whitfield', zone: 'Europe/London', authors: ['Dana Whitfield', 'Marcus Oyelaran', 'Priya Raman', '+44 7700 900123'], messages: 500, start: Date.UTC(2023, 2, 20, 6) },
  { file: 'WhatsApp Chat with Tom Kessler.txt', custodian: 'Marcus Oyelaran', zone: 'America/New_York', authors: ['Tom Kessler', 'Ana Ruiz'], messages: 400, start: Date.UTC(2023, 2, 1, 6) },
  { file: 'WhatsApp Chat with Ana Ruiz.txt', zone: 'UTC', authors: ['Ana Ruiz', 'Ben Okafor'], messages: 300, start: Date.UTC(2023, 2, 8, 22) },
];

function chatText(spec: ChatSpec, random: () => number): string {
  const p2 = (n: number) => String(n).padStart(2, '0');
  const lines = [`${stampOf(spec.start)} - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.`];
  let t = spec.start;
  function stampOf(ms: number): string {
    const d = new Date(ms);
    return `${p2(d.getUTCDate())}/${p2(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}, ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}`;
  }
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)]!;
  for (let i = 0; i < spec.messages; i++) {
    t += Math.floor(random() * 3 * 3_600_000);
    const author = pick(spec.authors);
    const r = random();
    let body: string;
    if (r < 0.04) body = 'This message was deleted';
    else if (r < 0.07) body = '<Media omitted>';
    else if (r < 0.1) body = `IMG-2023030${1 + (i % 9)}-WA00${p2(i % 100)}.jpg (file attached)`;
    else if (r < 0.12) {
      lines.push(`${stampOf(t)} - ${author} added ${pick(spec.authors)}`);
      continue;
    } else {
      const words = Array.from({ length: 2 + Math.floor(random() * 12) }, () => pick(VOCABULARY));
      body = words.join(' ');
      if (random() < 0.05) body += '\n' + words.slice(0, 3).join(' ');
      if (random() < 0.05) body += ' <This message was edited>';
    }
    lines.push(`${stampOf(t)} - ${author}: ${body}`);
  }
  return lines.join('\n') + '\n';
}

export async function generatedCase(dir: string): Promise<Engine> {
  // Days are the display zone's, which the reviewer sets apart from the default zone (UTC here).
  const engine = createEngine(join(dir, 'case.threadline'), { create: true, defaultTimeZone: 'UTC' });
  await engine.api.setDisplayTimeZone({ timeZone: DISPLAY_ZONE });
  const random = seededRandom(5);
  for (const spec of CHATS) {
    const path = writeText(dir, spec.file, chatText(spec, random));
    await engine.runImport({ paths: [path], timeZone: spec.zone, ...(spec.custodian ? { custodian: spec.custodian } : {}) }).done;
  }
  // Some formats flag a message deleted while keeping its kind (a Wickr delete record on a text);
  // WhatsApp never does, so a few messages are flagged here to give kind:deleted both cases.
  engine.caseFile.writer.exec("UPDATE messages SET deleted = 1 WHERE kind = 'text' AND id % 97 = 0");
  return engine;
}

/** The generated case of a test file, its rows and their brute force; filled in before the file's tests. */
export interface GeneratedCase {
  dir: string;
  engine: Engine;
  rows: Row[];
  brute: BruteForce;
}

/** Builds the generated case in a temp folder named `dirPrefix…` once for the file, and removes it after. */
export function useGeneratedCase(dirPrefix: string): GeneratedCase {
  const generated = {} as GeneratedCase;
  beforeAll(async () => {
    generated.dir = mkdtempSync(join(tmpdir(), dirPrefix));
    generated.engine = await generatedCase(generated.dir);
    generated.rows = loadRows(generated.engine);
    generated.brute = new BruteForce(generated.rows);
  });
  afterAll(async () => {
    await generated.engine.close();
    rmSync(generated.dir, { recursive: true, force: true });
  });
  return generated;
}

// ── Every message, as the brute force sees it ──

export interface Row {
  id: number;
  conversationId: number;
  seq: number;
  title: string;
  fileName: string;
  chatEntry: string | null;
  custodian: string | null;
  format: string;
  author: string | null;
  /** A notice's actor (`Ana added Ben`: Ana), whom from: finds as well as authors. */
  actor: string | null;
  kind: string;
  body: string;
  deleted: boolean;
  edited: boolean;
  sentAt: number | null;
  attachments: number;
  /** A "something is missing" finding is about this message or sits beside it. */
  atGap: boolean;
  tokens: string[];
  localDate: string | null;
}

const localDate = new Intl.DateTimeFormat('en-CA', { timeZone: DISPLAY_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

export function loadRows(engine: Engine): Row[] {
  const rows = engine.caseFile.reader
    .prepare(
      `SELECT m.id, m.conversation_id AS conversationId, m.seq, c.title, s.file_name AS fileName, s.chat_entry AS chatEntry, s.custodian, s.format,
              p.name AS author, m.kind, m.body, m.deleted, m.edited, m.sent_at AS sentAt,
              (SELECT count(*) FROM attachments a WHERE a.message_id = m.id) AS attachments,
              (SELECT pa.name FROM notice_parties n JOIN participants pa ON pa.id = n.participant_id WHERE n.message_id = m.id AND n.role = 'actor') AS actor
       FROM messages m JOIN conversations c ON c.id = m.conversation_id JOIN sources s ON s.id = c.source_id
       LEFT JOIN participants p ON p.id = m.author_id WHERE s.status = 'complete' ORDER BY m.id`,
    )
    .all() as (Omit<Row, 'tokens' | 'localDate' | 'deleted' | 'edited' | 'atGap'> & { deleted: number; edited: number })[];
  const findings = engine.caseFile.reader.prepare('SELECT type, message_id AS m, before_message_id AS b, after_message_id AS a FROM findings').all() as { type: FindingType; m: number | null; b: number | null; a: number | null }[];
  const atGap = new Set(findings.filter((f) => GAP_TYPES.includes(f.type)).flatMap((f) => [f.m, f.b, f.a]));
  return rows.map((r) => ({
    ...r,
    atGap: atGap.has(r.id),
    deleted: r.deleted === 1,
    edited: r.edited === 1,
    tokens: tokenize(r.body),
    localDate: r.sentAt === null ? null : localDate.format(new Date(r.sentAt)),
  }));
}

// ── Evaluation ──

/** A term's forms: token sequences whose last token may be a prefix. */
interface Form {
  tokens: string[];
  prefix: boolean;
}

function foldName(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function nameMatches(candidate: string | null, value: string, exact: boolean): boolean {
  if (candidate === null) return false;
  const [c, v] = [foldName(candidate), foldName(value)];
  if (exact ? c === v : c.includes(v)) return true;
  const digits = value.replace(/\D/g, '');
  if (!/^[\d\s+().-]+$/.test(value) || digits.length < 3) return false;
  const candidateDigits = candidate.replace(/\D/g, '');
  return exact ? candidateDigits === digits : candidateDigits.includes(digits);
}

export class BruteForce {
  private readonly vocabulary: Set<string>;

  constructor(
    readonly rows: Row[],
    /** What the engine reported fuzzy terms as (checked separately); keyed by the term's start. */
    private readonly expansions: TermExpansion[] = [],
    /** How the review fields (tag:, note:, reviewed:, reviewer:, person:) match a row. */
    private readonly review?: (node: FieldNode, row: Row) => boolean,
  ) {
    this.vocabulary = new Set(rows.flatMap((r) => r.tokens));
  }

  /** Ids of the messages `query` matches, in id order. */
  ids(query: string, conversationId?: number): number[] {
    const tree = parseQuery(query);
    return this.rows.filter((r) => (conversationId === undefined || r.conversationId === conversationId) && this.matches(tree, r)).map((r) => r.id);
  }

  matches(node: QueryNode, row: Row): boolean {
    switch (node.type) {
      case 'word':
      case 'phrase':
      case 'prefix':
      case 'fuzzy':
        return this.forms(node).some((f) => occurrences(row.tokens, f).length > 0);
      case 'near': {
        const left = this.forms(node.left).flatMap((f) => occurrences(row.tokens, f).map((at) => [at, f.tokens.length] as const));
        const right = this.forms(node.right).flatMap((f) => occurrences(row.tokens, f).map((at) => [at, f.tokens.length] as const));
        // FTS5's NEAR(a b, n): at most n tokens between the end of the earlier phrase and the start of
        // the later, in either order; w/N is n = N − 1.
        return left.some(([a, aLength]) => right.some(([b, bLength]) => (b >= a ? b - a - aLength : a - b - bLength) <= node.distance - 1));
      }
      case 'regex':
        return new RegExp(node.source, 'iu').test(row.body);
      case 'and':
        return node.items.every((i) => this.matches(i, row));
      case 'or':
        return node.items.some((i) => this.matches(i, row));
      case 'not':
        return !this.matches(node.item, row);
      case 'field': {
        const value = node.value.trim();
        switch (node.field) {
          case 'from':
            return nameMatches(row.author, value, node.exact) || nameMatches(row.actor, value, node.exact);
          case 'in':
            return value.startsWith('#') ? row.conversationId === Number(value.slice(1)) : nameMatches(row.title, value, node.exact);
          case 'source':
            return nameMatches(row.fileName, value, node.exact) || nameMatches(row.chatEntry, value, node.exact);
          case 'custodian':
            return nameMatches(row.custodian, value, node.exact);
          case 'app':
            return nameMatches(row.format, value, node.exact);
          case 'kind':
            return value === 'deleted' ? row.kind === 'deleted' || row.deleted : value === 'edited' ? row.edited : row.kind === value;
          case 'has':
            return ['gap', 'missing'].includes(node.value.toLowerCase()) ? row.atGap : row.attachments > 0;
          case 'after':
            return row.localDate !== null && row.localDate > value;
          case 'before':
            return row.localDate !== null && row.localDate < value;
          case 'on':
            return row.localDate === value;
          case 'tag':
          case 'note':
          case 'reviewed':
          case 'reviewer':
          case 'person':
            if (!this.review) throw new Error(`${node.field}: needs the review oracle (test/engine/review-oracle.ts)`);
            return this.review(node, row);
        }
      }
    }
  }

  private forms(node: TextNode): Form[] {
    switch (node.type) {
      case 'word': {
        const tokens = tokenize(node.text);
        if (tokens.length === 1 && !/[\p{L}\p{N}]/u.test(tokens[0]!)) {
          // An emoji term: every indexed word that contains it.
          return [...this.vocabulary].filter((t) => t.includes(tokens[0]!)).map((t) => ({ tokens: [t], prefix: false }));
        }
        return [{ tokens, prefix: false }];
      }
      case 'phrase':
        return [{ tokens: tokenize(node.text), prefix: false }];
      case 'prefix':
        return [{ tokens: tokenize(node.text), prefix: true }];
      case 'fuzzy': {
        const expansion = this.expansions.find((e) => e.start === node.start && e.kind === 'fuzzy');
        if (!expansion) throw new Error(`the engine reported no expansion for ~${node.text}`);
        return expansion.used.map((t) => ({ tokens: [t], prefix: false }));
      }
      case 'or':
        return (node.items as TextNode[]).flatMap((i) => this.forms(i));
    }
  }
}

/**
 * The indexed words a fuzzy term stands for: at most 0 edits up to 2 letters, 1 up to 5, 2 beyond,
 * where an insertion, a deletion, a substitution or a swap of neighbours is one edit.
 */
export function similarWords(term: string, vocabulary: Iterable<string>): string[] {
  const a = [...term];
  const allowed = a.length <= 2 ? 0 : a.length <= 5 ? 1 : 2;
  return [...vocabulary].filter((word) => {
    const b = [...word];
    const d: number[][] = [];
    for (let i = 0; i <= a.length; i++) {
      d.push([]);
      for (let j = 0; j <= b.length; j++) {
        if (i === 0 || j === 0) d[i]![j] = i + j;
        else {
          d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
        }
      }
    }
    return d[a.length]![b.length]! <= allowed;
  });
}

/** Start positions of `form` in `tokens`. */
function occurrences(tokens: string[], form: Form): number[] {
  const found: number[] = [];
  const n = form.tokens.length;
  if (n === 0) return found;
  for (let i = 0; i + n <= tokens.length; i++) {
    let ok = true;
    for (let k = 0; k < n && ok; k++) {
      const want = form.tokens[k]!;
      const have = tokens[i + k]!;
      ok = form.prefix && k === n - 1 ? have.startsWith(want) : have === want;
    }
    if (ok) found.push(i);
  }
  return found;
}
