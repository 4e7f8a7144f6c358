// Counts, for each of the seven classes of WhatsApp errors of issue 16, how many invented lines a Threadline
// tree's importer reads right, and compares two trees (before and after a change). The lines are built from
// this tree's lexicons, in every language where a class applies, so the right answer is known by
// construction: a system line (no author), a message by its author, a tombstone (with the admin as the
// actor of its delete event when the tombstone names one), at the line number `grep -n` shows.
//   npx tsx scripts/whatsapp-fidelity.ts [--before <tree>] [--after <tree>] [--dir <folder>]
// Defaults: --after this tree, --before /tmp/wa-before, --dir /tmp/wa16-counts/fidelity. Each tree is
// measured in a child process that imports the sets into a new case with that tree's own engine. Run it
// through the tsx command (not `node --import tsx`): the importer's worker thread needs the loader tsx's
// command installs.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LEXICONS } from '../electron/backend/importers/whatsapp/lexicon';
import type { Lexicon, LexiconRow } from '../electron/backend/importers/whatsapp/lexicon/types';

const LRM = '\u200E';
const NNBSP = '\u202F';
const ACTOR = 'Ana Ruiz';
const ACTOR_NUMBER = '\u202A+51 912 000 111\u202C';
const TARGET = 'Ben Ito';
const SENDER = 'Lía Soto';
/** Admins as a deletion names them: an unsaved contact, a number in bidi marks, a saved name. */
const ADMINS = [`~${NNBSP}Sam Okoro`, '\u202A+51 912 000 222\u202C', 'Sam Okoro'];
const CONTACT = 'Jonas Weber';

/** What one item of a set must come out as. */
type Expected =
  | { kind: 'system' }
  /** An author-less export's line: a system or unclassified line, never a message by an invented author. */
  | { kind: 'no-author' }
  | { kind: 'message'; author: string }
  | { kind: 'tombstone'; author: string; admin: string | null };

/** One message as written: its physical lines (the first one after the header) and what it must become. */
interface Item {
  lines: string[];
  expected: Expected;
  /** Around the class's lines (ordinary messages, known notices): checked, not counted. */
  context?: boolean;
}

interface SetSpec {
  classId: number;
  lang: string;
  variant: string;
  layout: Layout;
  ending: string;
  items: Item[];
}

type Layout = 'android' | 'ios' | 'old-ios-slash' | 'old-ios-dash';

interface ManifestSet {
  classId: number;
  lang: string;
  variant: string;
  file: string;
  /** Per item: its first line (as `grep -n` numbers it), its last line, its text and what it must become. */
  items: { line: number; lastLine: number; text: string; expected: Expected; context: boolean }[];
}

interface SetResult {
  classId: number;
  lang: string;
  variant: string;
  lines: number;
  right: number;
  refused: string | null;
  wrong: { line: number; text: string; got: string }[];
}

const CLASSES: Record<number, string> = {
  1: 'old iOS layout (24-hour, seconds, `: ` after the time; slashes and dashes)',
  2: 'iOS notices under their actor’s name',
  3: 'deletions by a group admin (tombstone, admin as actor)',
  4: 'Android notices without an author (whole catalogue, Meta AI and pins included)',
  5: 'author-less exports: a sentence holding `: ` is no author',
  6: 'author names as written (`~` + U+202F)',
  7: 'CR CR LF endings: line numbers as `grep -n` shows',
};

/** The notice kinds the issue saw printed under their actor's name on iOS. */
const UNDER_ACTOR_KINDS = new Set(['system.number_changed', 'system.joined_via_link', 'system.timer_on', 'system.timer_off', 'system.pinned', 'system.unpinned', 'system.contact', 'system.blocked', 'system.unblocked']);

/** Unsaved contacts as WhatsApp writes them, in several scripts. */
const TILDE_NAMES = ['Marta', 'Jürgen Groß', 'Анна Петрова', 'محمد علي', 'דנה כהן', '山田 太郎', '김민준', 'Nguyễn Văn An', 'สมชาย', 'Ana 🌊', '+51 912 000 111'].map((name) => `~${NNBSP}${name}`);

function fill(template: string, actor: string): string {
  return template
    .replace(/\{n\} \{U\}/g, '7 days')
    .replace(/\{X\}/g, actor)
    .replace(/\{Y\}/g, TARGET)
    .replace(/\{N\}/g, 'Rowing Club')
    .replace(/\{n\}/g, '7')
    .replace(/\{U\}/g, '…')
    .replace(/\{F\}/g, 'minutes.pdf');
}

const hasActor = (row: LexiconRow) => row.text.includes('{X}');

function message(author: string, text: string): Item {
  return { lines: [`${author}: ${text}`], expected: { kind: 'message', author } };
}

function notice(text: string): Item {
  return { lines: [text], expected: { kind: 'system' } };
}

function aside(item: Item): Item {
  return { ...item, context: true };
}

function conversation(lex: Lexicon): Item[] {
  return [message('Dana', `hello (${lex.lang})`), message('Eli', 'first line'), { lines: ['Dana: two lines', 'and the second'], expected: { kind: 'message', author: 'Dana' } }];
}

function noticesOf(lex: Lexicon): Item[] {
  return lex.system.map((row) => notice(fill(row.text, ACTOR)));
}

function buildSets(): SetSpec[] {
  const sets: SetSpec[] = [];
  const add = (classId: number, lang: string, variant: string, layout: Layout, items: Item[], ending = '\n') => sets.push({ classId, lang, variant, layout, ending, items });
  for (const lex of LEXICONS) {
    const chat = conversation(lex);
    const notices = noticesOf(lex);
    add(1, lex.lang, 'slashes', 'old-ios-slash', [...chat, ...notices]);
    add(1, lex.lang, 'dashes', 'old-ios-dash', [...chat, ...notices]);

    const underActor = lex.system.filter((row) => UNDER_ACTOR_KINDS.has(row.id));
    // A notice that names nobody (`You blocked this contact`) stands under the contact's name.
    const actorItems = underActor.flatMap((row) => (hasActor(row) ? [ACTOR, ACTOR_NUMBER, `~${NNBSP}Marta`] : [CONTACT]).map((actor) => notice(`${actor}: ${LRM}${fill(row.text, actor)}`)));
    if (actorItems.length > 0) add(2, lex.lang, 'iOS', 'ios', [aside(message('Dana', 'hi')), ...actorItems, aside(message('Dana', 'ok'))]);

    const admin = lex.tombstones.filter((row) => row.id === 'deleted.admin');
    // A row without {X} names no admin: one line of it is enough.
    const tombstones = (marked: string) =>
      admin.flatMap((row) =>
        (hasActor(row) ? ADMINS : ADMINS.slice(0, 1)).map(
          (name): Item => ({
            lines: [`${SENDER}: ${marked}${fill(row.text, name)}`],
            expected: { kind: 'tombstone', author: SENDER, admin: hasActor(row) ? withoutBidiMarks(name) : null },
          }),
        ),
      );
    if (admin.length > 0) {
      add(3, lex.lang, 'iOS', 'ios', [aside(message('Dana', 'hi')), ...tombstones(LRM)]);
      add(3, lex.lang, 'Android', 'android', [aside(message('Dana', 'hi')), ...tombstones('')]);
    }

    add(4, lex.lang, 'Android', 'android', [aside(message('Dana', 'hi')), ...notices]);

    const sentences = authorlessSentences(lex);
    if (sentences.length > 0) add(5, lex.lang, 'Android, no authors', 'android', [...notices.slice(0, 2).map(aside), ...sentences.map((text): Item => ({ lines: [text], expected: { kind: 'no-author' } }))]);

    add(7, lex.lang, 'Android', 'android', [...chat, ...notices.slice(0, 4), message('Eli', 'last')], '\r\r\n');
    add(7, lex.lang, 'iOS', 'ios', [...chat, message('Eli', 'last')], '\r\r\n');
  }
  // The same name with an ordinary space is another writing, kept apart.
  const named = [...TILDE_NAMES, '~ Marta'].map((name) => message(name, 'hola'));
  add(6, 'any', 'iOS', 'ios', named);
  add(6, 'any', 'Android', 'android', named);
  return sets;
}

/**
 * Sentences holding `: ` for an export without author names: the language's own whole notices (sentences by
 * the issue's measure: longer than a name, or with sentence punctuation inside) with a list after a colon.
 */
function authorlessSentences(lex: Lexicon): string[] {
  const isSentence = (text: string) => text.length > 60 || text.split(' ').length > 6 || /[.!?。？！؟]\s*\S/u.test(text);
  const nameless = lex.system.filter((row) => !/\{[XYN]\}/.test(row.text)).map((row) => fill(row.text, ACTOR));
  const lines = nameless
    .filter(isSentence)
    .slice(0, 3)
    .map((text) => `${text.replace(/[.。]$/u, '')}: 1, 2, 3`);
  return [...lines, ...(QUESTIONS[lex.lang] ?? [])];
}

/** Short sentences of the issue's shape, closed by the script's own sentence marks, then `: ` and an answer. */
const QUESTIONS: Record<string, string[]> = {
  en: ['The meeting moved to Friday, see the list: oars, cox box', 'Who has the keys? Answer: me'],
  es: ['¿Quién tiene las llaves? Respuesta: yo'],
  ar: ['من لديه المفاتيح؟ الجواب: أنا'],
  fa: ['کلیدها دست کیست؟ جواب: من'],
  hi: ['चाबी किसके पास है? जवाब: मैं', 'बैठक शुक्रवार को है। सूची: चप्पू'],
  ja: ['鍵は誰が持っていますか？答え: 私', '会議は金曜日です。リスト: オール'],
  'zh-Hans': ['谁有钥匙？答案: 我', '会议改到周五。清单: 桨'],
  'zh-Hant': ['誰有鑰匙？答案: 我'],
  ko: ['열쇠는 누가 가지고 있나요? 답: 나'],
  th: ['ใครมีกุญแจ? คำตอบ: ฉัน'],
};

function withoutBidiMarks(name: string): string {
  return name.replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '');
}

function header(layout: Layout, index: number): string {
  const second = 36000 + index; // from 10:00:00, one second apart
  const hh = String(Math.floor(second / 3600)).padStart(2, '0');
  const mm = String(Math.floor(second / 60) % 60).padStart(2, '0');
  const ss = String(second % 60).padStart(2, '0');
  switch (layout) {
    case 'android':
      return `08/10/2023, ${hh}:${mm} - `;
    case 'ios':
      return `[08/10/2023, ${hh}:${mm}:${ss}] `;
    case 'old-ios-slash':
      return `08/10/13 ${hh}:${mm}:${ss}: `;
    case 'old-ios-dash':
      return `08-10-13 ${hh}:${mm}:${ss}: `;
  }
}

function writeSets(dir: string): ManifestSet[] {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return buildSets().map((set, setIndex) => {
    const physical: string[] = [];
    const items = set.items.map((item, index) => {
      const line = physical.length + 1;
      const [first, ...rest] = item.lines;
      physical.push(header(set.layout, index) + first, ...rest);
      return { line, lastLine: physical.length, text: physical[line - 1]!, expected: item.expected, context: item.context === true };
    });
    const file = join(dir, `WhatsApp Chat - ${String(setIndex).padStart(3, '0')} class ${set.classId} ${set.lang} ${set.variant.replace(/\W+/g, '-')}.txt`);
    writeFileSync(file, physical.map((l) => l + set.ending).join(''));
    return { classId: set.classId, lang: set.lang, variant: set.variant, file, items };
  });
}

interface StoredMessage {
  id: number;
  line_start: number | null;
  line_end: number | null;
  kind: string;
  subtype: string | null;
  author: string | null;
}

/** What a stored message is, in a few words, for the list of wrong lines. */
function describe(m: StoredMessage | undefined, admin: string | null | undefined): string {
  if (!m) return 'no message starts on this line';
  const by = m.author === null ? 'no author' : `author ${JSON.stringify(m.author)}`;
  const deletion = admin === undefined ? '' : `, deleted by ${admin === null ? 'nobody named' : JSON.stringify(admin)}`;
  return `${m.kind}${m.subtype ? ` (${m.subtype})` : ''}, ${by}, lines ${m.line_start}–${m.line_end}${deletion}`;
}

function isRight(expected: Expected, m: StoredMessage | undefined, lastLine: number, admin: string | null | undefined): boolean {
  if (!m || (m.line_end !== null && m.line_end !== lastLine)) return false;
  switch (expected.kind) {
    case 'system':
      return m.kind === 'system' && m.author === null;
    case 'no-author':
      return (m.kind === 'system' || m.kind === 'unclassified') && m.author === null;
    case 'message':
      return !['system', 'unclassified', 'deleted'].includes(m.kind) && m.author === expected.author;
    case 'tombstone':
      return m.kind === 'deleted' && m.author === expected.author && (expected.admin === null || admin === expected.admin);
  }
}

/**
 * The thin adapter to a tree: its engine, a new case, one import per set. Only what every tree since the
 * case file's first schema has is used (`createEngine`, `runImport`, the messages, participants and
 * message_events tables).
 */
async function measure(tree: string, manifest: ManifestSet[], casePath: string): Promise<SetResult[]> {
  for (const suffix of ['', '-wal', '-shm']) rmSync(casePath + suffix, { force: true });
  const { createEngine } = (await import(pathToFileURL(join(tree, 'electron/backend/api.ts')).href)) as typeof import('../electron/backend/api');
  const engine = createEngine(casePath, { create: true });
  const results: SetResult[] = [];
  try {
    for (const set of manifest) {
      const counted = set.items.filter((item) => !item.context);
      const result: SetResult = { classId: set.classId, lang: set.lang, variant: set.variant, lines: counted.length, right: 0, refused: null, wrong: [] };
      results.push(result);
      let sourceId: number;
      try {
        const summary = await engine.runImport({ paths: [set.file], timeZone: 'UTC', dateOrder: 'DMY' }).done;
        sourceId = summary.sources[0]!.id;
      } catch (e) {
        result.refused = (e as Error).message;
        result.wrong = set.items.map((item) => ({ line: item.line, text: item.text, got: 'file refused' }));
        continue;
      }
      const db = engine.caseFile.writer;
      const messages = db
        .prepare(
          `SELECT m.id, m.line_start, m.line_end, m.kind, m.subtype, p.name AS author FROM messages m JOIN conversations c ON c.id = m.conversation_id
           LEFT JOIN participants p ON p.id = m.author_id WHERE c.source_id = ?`,
        )
        .all(sourceId) as StoredMessage[];
      const admins = new Map(
        (db.prepare(`SELECT e.target_message_id AS id, p.name AS admin FROM message_events e LEFT JOIN participants p ON p.id = e.actor_id WHERE e.kind = 'delete'`).all() as { id: number; admin: string | null }[]).map((e) => [e.id, e.admin]),
      );
      const byLine = new Map(messages.map((m) => [m.line_start, m]));
      for (const item of set.items) {
        const m = byLine.get(item.line);
        const admin = m && m.kind === 'deleted' ? (admins.get(m.id) ?? null) : undefined;
        if (!isRight(item.expected, m, item.lastLine, admin)) result.wrong.push({ line: item.line, text: item.text, got: `${describe(m, admin)}${item.context ? ' (a line around the class, not counted)' : ''}` });
        else if (!item.context) result.right++;
      }
    }
  } finally {
    await engine.close();
  }
  return results;
}

function measureInChild(tree: string, manifestPath: string, outPath: string, casePath: string): SetResult[] {
  const script = fileURLToPath(import.meta.url);
  const tsx = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));
  const run = spawnSync(tsx, [script, '--measure', tree, manifestPath, outPath, casePath], { cwd: tree, stdio: ['ignore', 'inherit', 'inherit'] });
  if (run.status !== 0) throw new Error(`Measuring ${tree} failed (exit ${run.status}).`);
  return JSON.parse(readFileSync(outPath, 'utf8')) as SetResult[];
}

interface Tally {
  lines: number;
  before: number;
  after: number;
}

function tally(rows: { lines: number; right: number }[][]): Tally {
  const sum = (results: { right: number }[]) => results.reduce((s, r) => s + r.right, 0);
  return { lines: rows[1]!.reduce((s, r) => s + r.lines, 0), before: sum(rows[0]!), after: sum(rows[1]!) };
}

function printTables(before: SetResult[], after: SetResult[]): void {
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const classIds = Object.keys(CLASSES).map(Number);
  const pick = (results: SetResult[], classId: number, lang?: string) => results.filter((r) => r.classId === classId && (lang === undefined || r.lang === lang));
  console.log(row(['class', 'lines', 'right before', 'right after']));
  console.log(row(['---', '---:', '---:', '---:']));
  for (const classId of classIds) {
    const t = tally([pick(before, classId), pick(after, classId)]);
    console.log(row([`${classId}. ${CLASSES[classId]}`, String(t.lines), String(t.before), String(t.after)]));
  }
  // Per language: the classes whose lines depend on the language, as `before → after / lines`.
  const byLanguage = classIds.filter((classId) => new Set(pick(after, classId).map((r) => r.lang)).size > 1);
  console.log(`\n${row(['language', ...byLanguage.map((classId) => `class ${classId}`)])}`);
  console.log(row(['---', ...byLanguage.map(() => '---:')]));
  for (const lang of [...new Set(after.map((r) => r.lang))].filter((lang) => lang !== 'any')) {
    const cells = byLanguage.map((classId) => {
      const t = tally([pick(before, classId, lang), pick(after, classId, lang)]);
      return t.lines === 0 ? '–' : `${t.before} → ${t.after} / ${t.lines}`;
    });
    console.log(row([lang, ...cells]));
  }
}

function printStillWrong(after: SetResult[]): void {
  const wrong = after.flatMap((r) => (r.refused ? [{ classId: r.classId, lang: r.lang, line: 0, text: r.variant, got: `refused: ${r.refused}` }] : r.wrong.map((w) => ({ classId: r.classId, lang: r.lang, ...w }))));
  console.log(`\nLines still wrong after: ${wrong.length}`);
  for (const w of wrong) console.log(`  class ${w.classId} ${w.lang} line ${w.line}: ${JSON.stringify(w.text)}\n      came out as ${w.got}`);
}

function option(args: string[], name: string, fallback: string): string {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? args[at + 1]! : fallback;
}

async function main(args: string[]): Promise<void> {
  if (args[0] === '--measure') {
    const [, tree, manifestPath, outPath, casePath] = args as [string, string, string, string, string];
    const results = await measure(tree, JSON.parse(readFileSync(manifestPath, 'utf8')) as ManifestSet[], casePath);
    writeFileSync(outPath, JSON.stringify(results));
    return;
  }
  const here = fileURLToPath(new URL('..', import.meta.url));
  const dir = option(args, '--dir', '/tmp/wa16-counts/fidelity');
  const beforeTree = option(args, '--before', '/tmp/wa-before');
  const afterTree = option(args, '--after', here);
  const manifest = writeSets(join(dir, 'sets'));
  const manifestPath = join(dir, 'manifest.json');
  writeFileSync(manifestPath, JSON.stringify(manifest));
  const before = measureInChild(beforeTree, manifestPath, join(dir, 'before.json'), join(dir, 'before.threadline'));
  const after = measureInChild(afterTree, manifestPath, join(dir, 'after.json'), join(dir, 'after.threadline'));
  console.log(`Before: ${beforeTree}\nAfter: ${afterTree}\n`);
  printTables(before, after);
  printStillWrong(after);
}

await main(process.argv.slice(2));
