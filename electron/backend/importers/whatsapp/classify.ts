// Classifies message bodies against the language tables in lexicon/ (docs/formats.md#whatsapp-texts).
// Comparison runs on a normalized copy (NFC, no bidi marks, one kind of space and quote, no final
// period, any case); the stored body is never changed. Every result names the row that matched.
import type { MessageKind } from '../../../../shared/model';
import type { Lexicon, LexiconRow } from './lexicon/types';

export interface Classification {
  kind: MessageKind;
  /** The matched row id (`deleted.own`, `system.added` …), or null for plain text. */
  subtype: string | null;
  lang: string | null;
  /** File names the body names (attachment markers, omitted documents). */
  attachmentNames: string[];
  /** True when the body names a file that the export carries (`(file attached)`, `<attached: …>`). */
  attached: boolean;
  edited: boolean;
  /** Who acted and on whom, as the notice or tombstone names them (`{X}` and `{Y}`), bidi marks dropped. */
  parties: NoticeParties | null;
}

export interface NoticeParties {
  /** `{X}`: who added, removed, left, changed, pinned, deleted as admin, or whom the notice is about. */
  actor: string | null;
  /** `{Y}` as written: who was added, removed, made admin … (`Ben, Carl and Dana` for several). */
  target: string | null;
  /** The people `{Y}` names, one by one (`Ben`, `Carl`, `Dana`). */
  targets: string[];
}

export interface NoticeMatch {
  subtype: string;
  lang: string;
  /** True when the template has no placeholder: a whole fixed sentence, safe to trust on any line. */
  fixed: boolean;
  parties: NoticeParties | null;
}

/** The tables of a lexicon: the keys that hold rows. */
type Category = { [K in keyof Lexicon]-?: Lexicon[K] extends LexiconRow[] ? K : never }[keyof Lexicon];

interface CompiledRow {
  row: LexiconRow;
  lang: string;
  category: Category;
  regex: RegExp | null;
  /** Index of the capture group holding the file name, when the template has one. */
  fileGroup: number;
  /** Indexes of the groups holding `{X}` and `{Y}`, or -1. */
  actorGroup: number;
  targetGroup: number;
  /** The longest fixed word of the template, lower-cased: a text without it cannot match. */
  needle: string;
  /** The words of the row's language for reading the people it names. */
  words: PartyWords;
}

const IGNORED = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
const SPACES = /[\u00A0\u2007\u2009\u202F]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u00AB\u00BB]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B]/g;

const PLAIN_ASCII = /^[\x20-\x7E]*$/;
let memoText = '';
let memoComparable = '';

/** The comparison copy of a text; never stored. */
export function comparable(text: string): string {
  if (text === memoText) return memoComparable; // notice() and classifyAuthored() see the same body
  memoText = text;
  memoComparable = toComparable(text);
  return memoComparable;
}

function toComparable(text: string): string {
  if (PLAIN_ASCII.test(text)) {
    // Most bodies: nothing to normalize, no special space or quote to fold.
    const t = text.trim();
    return t.endsWith('.') ? t.slice(0, -1).trimEnd() : t;
  }
  const t = asWritten(text).replace(SPACES, ' ').replace(DOUBLE_QUOTES, '"').replace(SINGLE_QUOTES, "'");
  // One final period, ASCII or the CJK full stop (ja/zh iOS write `…削除されました。`).
  return t.endsWith('.') || t.endsWith('\u3002') ? t.slice(0, -1).trimEnd() : t;
}

/**
 * The text with bidi marks dropped, otherwise as written. Its characters stand at the same indexes as
 * in the comparable copy (spaces and quotes are folded one for one), so a name the comparison finds is
 * cut from here: `~` + U+202F + name keeps its narrow space.
 */
function asWritten(text: string): string {
  return PLAIN_ASCII.test(text) ? text.trim() : text.normalize('NFC').replace(IGNORED, '').trim();
}

const PLACEHOLDER = /\{(X|Y|N|F|U|n)\}/g;

function compileRow(row: LexiconRow, lang: string, category: Category, words: PartyWords): CompiledRow {
  const text = comparable(row.text);
  if (!PLACEHOLDER.test(text)) return { row, lang, category, regex: null, fileGroup: -1, actorGroup: -1, targetGroup: -1, needle: '', words };
  PLACEHOLDER.lastIndex = 0;
  let source = '^';
  let last = 0;
  let group = 0;
  let fileGroup = -1;
  let actorGroup = -1;
  let targetGroup = -1;
  for (const m of text.matchAll(PLACEHOLDER)) {
    source += escapeRegex(text.slice(last, m.index));
    group++;
    const name = m[1];
    source += name === 'n' ? '(\\d+)' : name === 'U' ? '(.+)' : '(.+?)';
    if (name === 'F') fileGroup = group; // the last {F} is the file the export names
    if (name === 'X' && actorGroup < 0) actorGroup = group;
    if (name === 'Y' && targetGroup < 0) targetGroup = group;
    last = m.index + m[0].length;
  }
  source += escapeRegex(text.slice(last)) + '$';
  const fixedWords = text.replace(PLACEHOLDER, ' ').toLowerCase().split(/\s+/);
  const needle = fixedWords.reduce((a, b) => (b.length > a.length ? b : a), '');
  // `d`: the groups' indexes, to cut the names from the text as written (partiesOf).
  const flags = actorGroup > 0 || targetGroup > 0 ? 'diu' : 'iu';
  return { row, lang, category, regex: new RegExp(source, flags), fileGroup, actorGroup, targetGroup, needle, words };
}

/** A language's words for reading a notice's people (lexicon/types.ts: `exporterWords`, `listAnd`). */
interface PartyWords {
  /** The exporting account's words, lower-case: a party written so is no participant (docs/formats.md#whatsapp-parties). */
  exporter: ReadonlySet<string>;
  /** Splits `Ben, Carl and Dana` at its commas and at the language's word for "and". */
  splitter: RegExp;
}

function partyWords(lex: Lexicon): PartyWords {
  const and = lex.listAnd ? `|\\s+${escapeRegex(lex.listAnd)}\\s+` : '';
  return { exporter: new Set(lex.exporterWords), splitter: new RegExp(`\\s*[,\u060C\u3001]\\s*${and}`, 'iu') };
}

const NOBODY: ReadonlySet<string> = new Set();

/**
 * The people a matched template names, cut from the body as written (bidi marks dropped). In a notice
 * the word for the exporting account is no person; a tombstone keeps its admin as written (`(você)`).
 */
function partiesOf(row: CompiledRow, match: RegExpExecArray | null, body: string, authors: ReadonlySet<string>): NoticeParties | null {
  if (!match?.indices || (row.actorGroup < 0 && row.targetGroup < 0)) return null;
  const written = asWritten(body);
  const exporter = row.category === 'system' ? row.words.exporter : NOBODY;
  const isPerson = (name: string) => name !== '' && !exporter.has(name.toLocaleLowerCase());
  const cut = (group: number) => {
    const span = group > 0 ? match.indices![group] : undefined;
    return span ? written.slice(span[0], span[1]).trim() : '';
  };
  const actor = cut(row.actorGroup);
  const target = cut(row.targetGroup);
  // An author's own name is one person even when it holds a comma or the word for "and" (`Ortega y Gasset`).
  const names = target === '' ? [] : authors.has(target) ? [target] : target.split(row.words.splitter).map((name) => name.trim());
  const targets = names.filter(isPerson);
  return { actor: isPerson(actor) ? actor : null, target: target || null, targets };
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, ' +');
}

const CATEGORY_KIND: Record<Category, MessageKind> = {
  system: 'system',
  tombstones: 'deleted',
  mediaOmitted: 'media',
  attached: 'media',
  calls: 'call',
  locations: 'location',
  polls: 'poll',
  editedSuffixes: 'text',
};

/** Bodies longer than this are never placeholders or notices; only the first line is examined. */
const SHORT_BODY = 600;

/** The tables of whole sentences an author's own line can be: a body that is one of them is no notice. */
const AUTHORED_SENTENCES = ['tombstones', 'mediaOmitted', 'calls'] as const;

/** Slots of TemplateIndex's filter of character pairs: far more than the pairs that start a needle. */
const PAIR_HASH_SIZE = 1 << 16;

function pairKey(first: number, second: number): number {
  return first * 65536 + second;
}

function pairHash(key: number): number {
  return (key ^ (key >>> 13)) & (PAIR_HASH_SIZE - 1);
}

/**
 * The template rows of some tables, found by their needles. One pass over a text looks at each pair of
 * characters and keeps the rows whose needle starts there, so a text meets only the rows whose needle
 * it holds, in table order: the cost follows the text's length, not the number of rows (25 languages
 * hold hundreds of notices). The last text's rows are kept: an author's line is looked up in several
 * tables in turn.
 */
class TemplateIndex {
  private readonly needles: string[] = [];
  /** For each needle, the indexes in `rows` of the rows that need it, ascending. */
  private readonly rowsOfNeedle: number[][] = [];
  /** Needles by their first two UTF-16 units (pairKey). */
  private readonly byPair = new Map<number, number[]>();
  /** One bit per hashed pair that starts a needle: most pairs of a text start none and cost one read. */
  private readonly pairStarts = new Uint8Array(PAIR_HASH_SIZE);
  /** Needles of one unit (a CJK character) by that unit. */
  private readonly bySingle = new Map<number, number[]>();
  /** Rows whose template has no fixed word: every text may match them. */
  private readonly everywhere: number[] = [];
  /** `seen[needle] === pass`: the needle was already found in this pass's text. */
  private readonly seen: Float64Array;
  private pass = 0;
  private lastText: string | null = null;
  private lastRows: CompiledRow[] = [];

  constructor(private readonly rows: readonly CompiledRow[]) {
    const needleIds = new Map<string, number>();
    rows.forEach(({ needle }, index) => {
      if (needle === '') {
        this.everywhere.push(index);
        return;
      }
      let id = needleIds.get(needle);
      if (id === undefined) {
        id = this.needles.push(needle) - 1;
        needleIds.set(needle, id);
        this.rowsOfNeedle.push([]);
        if (needle.length === 1) {
          this.bySingle.set(needle.charCodeAt(0), [...(this.bySingle.get(needle.charCodeAt(0)) ?? []), id]);
        } else {
          const key = pairKey(needle.charCodeAt(0), needle.charCodeAt(1));
          this.byPair.set(key, [...(this.byPair.get(key) ?? []), id]);
          this.pairStarts[pairHash(key)] = 1;
        }
      }
      this.rowsOfNeedle[id]!.push(index);
    });
    this.seen = new Float64Array(this.needles.length);
  }

  /** The rows whose needle `lower` (a lower-cased comparable text) holds, in table order. */
  candidates(lower: string): CompiledRow[] {
    if (lower === this.lastText) return this.lastRows;
    const found = [...this.everywhere];
    this.pass++;
    const singles = this.bySingle.size > 0;
    let next = lower.charCodeAt(0);
    for (let i = 0; i < lower.length; i++) {
      const unit = next;
      next = lower.charCodeAt(i + 1); // NaN past the end: no pair
      if (singles) this.take(this.bySingle.get(unit), lower, i, found);
      const key = pairKey(unit, next);
      if (this.pairStarts[pairHash(key)] === 1) this.take(this.byPair.get(key), lower, i, found);
    }
    this.lastText = lower;
    this.lastRows = found.length === 0 ? [] : found.sort((a, b) => a - b).map((index) => this.rows[index]!);
    return this.lastRows;
  }

  /** Adds to `found` the rows of the needles of `ids` that `lower` holds at `at`, once per pass. */
  private take(ids: number[] | undefined, lower: string, at: number, found: number[]): void {
    if (ids === undefined) return;
    for (const id of ids) {
      if (this.seen[id] === this.pass || !lower.startsWith(this.needles[id]!, at)) continue;
      this.seen[id] = this.pass;
      for (const index of this.rowsOfNeedle[id]!) found.push(index);
    }
  }
}

export class Classifier {
  /** Whole fixed sentences by category, keyed by their lower-cased comparable text. */
  private readonly fixed = new Map<Category, Map<string, CompiledRow>>();
  /** The longest fixed sentence per category: a longer text cannot be one. */
  private readonly fixedMax = new Map<Category, number>();
  /** Notice templates apart from the rest: a notice and an author's line are asked for separately. */
  private readonly noticeTemplates: TemplateIndex;
  private readonly authoredTemplates: TemplateIndex;
  private readonly editedSuffixes: { text: string; lang: string }[] = [];
  /** Last characters of the edited suffixes: a body ending otherwise needs no closer look. */
  private readonly suffixEnds = new Set<string>();
  readonly langs: string[];

  /** @param authors the chat's authors as written: a notice naming one of them names one person. */
  constructor(
    lexicons: readonly Lexicon[],
    private readonly authors: ReadonlySet<string> = new Set(),
  ) {
    this.langs = lexicons.map((l) => l.lang);
    const templateRows: CompiledRow[] = [];
    for (const lex of lexicons) {
      const words = partyWords(lex);
      for (const category of Object.keys(CATEGORY_KIND) as Category[]) {
        for (const row of lex[category]) {
          if (category === 'editedSuffixes') {
            const text = comparable(row.text).toLowerCase();
            this.editedSuffixes.push({ text, lang: lex.lang });
            this.suffixEnds.add(text.slice(-1));
            continue;
          }
          const compiled = compileRow(row, lex.lang, category, words);
          if (compiled.regex) {
            templateRows.push(compiled);
          } else {
            const key = comparable(row.text).toLowerCase();
            const map = this.fixed.get(category) ?? new Map<string, CompiledRow>();
            if (!map.has(key)) map.set(key, compiled);
            this.fixed.set(category, map);
            this.fixedMax.set(category, Math.max(this.fixedMax.get(category) ?? 0, key.length));
          }
        }
      }
    }
    this.noticeTemplates = new TemplateIndex(templateRows.filter((row) => row.category === 'system'));
    this.authoredTemplates = new TemplateIndex(templateRows.filter((row) => row.category !== 'system'));
  }

  private fixedRow(category: Category, lower: string): CompiledRow | undefined {
    if (lower.length > (this.fixedMax.get(category) ?? 0)) return undefined;
    return this.fixed.get(category)?.get(lower);
  }

  private find(category: Category, text: string, lower: string): { row: CompiledRow; match: RegExpExecArray | null } | null {
    const exact = this.fixedRow(category, lower);
    return exact ? { row: exact, match: null } : this.template(category, text, lower);
  }

  private template(category: Category, text: string, lower: string): { row: CompiledRow; match: RegExpExecArray } | null {
    const index = category === 'system' ? this.noticeTemplates : this.authoredTemplates;
    for (const row of index.candidates(lower)) {
      if (row.category !== category) continue;
      const match = row.regex!.exec(text);
      if (match) return { row, match };
    }
    return null;
  }

  /**
   * A WhatsApp notice (Tables S1, S4) the body is, if any. With `fixedOnly`, only whole fixed
   * sentences are tried: templates with a name in them ({X} added {Y}) could be anyone's words.
   */
  notice(body: string, fixedOnly = false): NoticeMatch | null {
    if (body.length > SHORT_BODY) return null;
    const text = comparable(body);
    const lower = text.toLowerCase();
    const exact = this.fixedRow('system', lower);
    if (exact) return { subtype: exact.row.id, lang: exact.lang, fixed: true, parties: null };
    // A whole sentence of an author's own (`You received a view once message. For added privacy…`) is
    // surer than a template with names in it (`{X} added {Y}`).
    if (fixedOnly || AUTHORED_SENTENCES.some((category) => this.fixedRow(category, lower))) return null;
    const hit = this.template('system', text, lower);
    return hit ? { subtype: hit.row.row.id, lang: hit.row.lang, fixed: false, parties: partiesOf(hit.row, hit.match, body, this.authors) } : null;
  }

  /** A line with no author: a notice, or a text we cannot classify (never an error). */
  classifyAuthorless(body: string): Classification {
    const n = this.notice(body);
    if (n) return { ...result('system', n.subtype, n.lang), parties: n.parties };
    return result('unclassified', null, null);
  }

  /** A line with an author: tombstone, placeholder, attachment, call, location, poll, or text. */
  classifyAuthored(body: string): Classification {
    const firstBreak = body.search(/\r\n|\r|\n/);
    const firstLine = firstBreak < 0 ? body : body.slice(0, firstBreak);
    if (body.length <= SHORT_BODY) {
      // View-once media: `null` since 2022, an empty body before (Table S5). `Name:.` is not one.
      const bare = body.length <= 16 ? body.replace(IGNORED, '').trim() : body;
      if (bare === '' || bare === 'null') return result('media', 'media.view_once', null);
      const whole = comparable(body);
      const lower = whole.toLowerCase();
      for (const category of ['tombstones', 'calls'] as const) {
        const hit = this.find(category, whole, lower);
        if (hit) return { ...result(CATEGORY_KIND[category], hit.row.row.id, hit.row.lang), parties: partiesOf(hit.row, hit.match, body, this.authors) };
      }
    }
    if (firstLine.length <= SHORT_BODY) {
      const first = firstLine === body ? comparable(body) : comparable(firstLine);
      const lower = first.toLowerCase();
      for (const category of ['mediaOmitted', 'attached', 'locations', 'polls'] as const) {
        const hit = this.find(category, first, lower);
        if (!hit) continue;
        const { row, match } = hit;
        const names = match && row.fileGroup > 0 ? [match[row.fileGroup]!.trim()] : [];
        const isContact = row.row.id.startsWith('contact.') || names.some((n) => /\.vcf$/i.test(n));
        const kind = category === 'attached' || category === 'mediaOmitted' ? (isContact ? 'contact' : 'media') : CATEGORY_KIND[category];
        const subtype = category === 'attached' ? (isContact ? 'contact.attached' : 'media.attached') : row.row.id;
        const c = result(kind, subtype, row.lang);
        c.attachmentNames = names;
        c.attached = category === 'attached';
        return c;
      }
    }
    const edited = this.editedSuffix(body);
    const c = result('text', edited ? 'edited' : null, edited);
    c.edited = edited !== null;
    return c;
  }

  private editedSuffix(body: string): string | null {
    const end = body.trimEnd().slice(-1).toLowerCase();
    if (!this.suffixEnds.has(end) && !this.suffixEnds.has(end === '.' ? body.trimEnd().slice(-2, -1).toLowerCase() : end)) return null;
    const tail = comparable(body.slice(-80)).toLowerCase();
    for (const s of this.editedSuffixes) if (tail.endsWith(s.text)) return s.lang;
    return null;
  }
}

function result(kind: MessageKind, subtype: string | null, lang: string | null): Classification {
  return { kind, subtype, lang, attachmentNames: [], attached: false, edited: false, parties: null };
}
