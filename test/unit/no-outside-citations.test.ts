// Comments cite the repository's own documents (docs/<file>.md#<anchor>), never one a reader of the
// repository does not have (the team's design notes and format specifications beside it), and every
// docs/ anchor the code cites exists.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SOURCE_FOLDERS = ['electron', 'renderer', 'shared', 'scripts', 'test'];
const ROOT_SOURCES = ['eslint.config.js', 'vitest.config.ts', 'playwright.config.ts'];
/** The conformance suites locate the public corpus folder by path; that is code, not a citation. */
const EXEMPT_FOLDERS = ['test/corpus'];
const NOT_SOURCE = new Set(['node_modules', 'dist', 'test-results', 'playwright-report', '.cache', '.scratch']);
const SCRIPT_EXTENSIONS = new Set(['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs']);
const OTHER_COMMENTED = new Set(['.css', '.html', '.sh', '.md']);

interface Comment {
  line: number;
  text: string;
}

/** Citations of documents outside the repository, by what they look like. */
const OUTSIDE_CITATIONS: { what: string; pattern: RegExp; inDocs?: 'allowed' }[] = [
  // Inside docs/ the design document is the repository's own, linked by its plain file name.
  { what: 'the design notes beside the repository (it has its own in docs/)', pattern: /(?<!\bdocs\/)(?<![\w.-])design\.md/, inDocs: 'allowed' },
  { what: 'a format specification beside the repository', pattern: /(?<![\w.-])spec\/[\w.§-]/ },
  { what: 'a section of "the spec"', pattern: /\bspec'?s? §/i },
  { what: 'a § section number (docs/ are cited by anchor)', pattern: /§\s?\d/ },
  { what: 'the folder beside the repository', pattern: /\.\.\/shared\b(?!\/corpus)/ },
];

function outsideCitations(text: string, where: 'source' | 'docs' = 'source'): string[] {
  return OUTSIDE_CITATIONS.filter((c) => !(where === 'docs' && c.inDocs === 'allowed') && c.pattern.test(text)).map((c) => c.what);
}

function scriptKind(path: string): ts.ScriptKind {
  const ext = extname(path);
  if (ext === '.tsx') return ts.ScriptKind.TSX;
  if (ext === '.jsx') return ts.ScriptKind.JSX;
  if (ext === '.js' || ext === '.mjs' || ext === '.cjs') return ts.ScriptKind.JS;
  return ts.ScriptKind.TS;
}

const LITERALS = new Set([ts.SyntaxKind.StringLiteral, ts.SyntaxKind.NoSubstitutionTemplateLiteral, ts.SyntaxKind.TemplateHead, ts.SyntaxKind.TemplateMiddle, ts.SyntaxKind.TemplateTail]);

/** Every comment of a script, SQL `-- …` comments inside its string literals included. */
function scriptComments(path: string, text: string): Comment[] {
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, false, scriptKind(path));
  const seen = new Set<number>();
  const out: Comment[] = [];
  const add = (pos: number, body: string) => {
    if (seen.has(pos)) return;
    seen.add(pos);
    out.push({ line: file.getLineAndCharacterOfPosition(pos).line + 1, text: body });
  };
  const addRanges = (ranges: ts.CommentRange[] | undefined) => {
    for (const r of ranges ?? []) add(r.pos, text.slice(r.pos, r.end));
  };
  const visit = (node: ts.Node) => {
    // JSX text is shown to the reader: a `//` in it is text, not a comment.
    if (node.kind !== ts.SyntaxKind.JsxText) {
      addRanges(ts.getLeadingCommentRanges(text, node.pos));
      addRanges(ts.getTrailingCommentRanges(text, node.end));
    }
    if (LITERALS.has(node.kind)) {
      const start = node.getStart(file);
      for (const m of text.slice(start, node.end).matchAll(/--[^\n]*/g)) add(start + m.index, m[0]);
    }
    for (const child of node.getChildren(file)) visit(child);
  };
  visit(file);
  return out;
}

function linesMatching(text: string, pattern: RegExp): Comment[] {
  const out: Comment[] = [];
  for (const m of text.matchAll(pattern)) out.push({ line: text.slice(0, m.index).split('\n').length, text: m[0] });
  return out;
}

function commentsOf(path: string, text: string): Comment[] {
  const ext = extname(path);
  if (SCRIPT_EXTENSIONS.has(ext)) return scriptComments(path, text);
  if (ext === '.css') return linesMatching(text, /\/\*[\s\S]*?\*\//g);
  if (ext === '.html') return linesMatching(text, /<!--[\s\S]*?-->/g);
  if (ext === '.sh') return linesMatching(text, /(?<=^|\s)#.*$/gm);
  // A README is prose: all of it is read as comment.
  if (ext === '.md') return [{ line: 1, text }];
  return [];
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, each space a hyphen. */
function headingSlug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** The anchors a markdown document offers: heading slugs (repeats numbered) and explicit ids. */
function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const repeats = new Map<string, number>();
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) continue;
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      const slug = headingSlug(heading[1]!);
      const n = repeats.get(slug) ?? 0;
      repeats.set(slug, n + 1);
      anchors.add(n === 0 ? slug : `${slug}-${n}`);
    }
    for (const id of line.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(id[1]!);
  }
  return anchors;
}

function sourceFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!NOT_SOURCE.has(entry.name) && !EXEMPT_FOLDERS.includes(path)) walk(path);
      } else if (SCRIPT_EXTENSIONS.has(extname(path)) || OTHER_COMMENTED.has(extname(path))) {
        out.push(path);
      }
    }
  };
  for (const folder of SOURCE_FOLDERS) walk(folder);
  return [...out, ...ROOT_SOURCES.filter((f) => existsSync(join(ROOT, f)))];
}

const docAnchors = new Map<string, Set<string> | null>();

/** Why a docs/ citation does not resolve, or null when it does. */
function brokenDocCitation(file: string, anchor: string | undefined): string | null {
  if (!docAnchors.has(file)) {
    const path = join(ROOT, 'docs', file);
    docAnchors.set(file, existsSync(path) ? anchorsOf(readFileSync(path, 'utf8')) : null);
  }
  const anchors = docAnchors.get(file)!;
  if (anchors === null) return `docs/${file} does not exist`;
  if (anchor !== undefined && !anchors.has(anchor)) return `docs/${file} has no heading or <a id> for #${anchor}`;
  return null;
}

describe('the citation checks themselves', () => {
  // The outside names are put together here, so that a search of the tree for them does not find this file.
  const design = ['design', 'md'].join('.');
  const spec = (doc: string) => ['spec', doc].join('/');
  const shared = ['..', 'shared'].join('/');

  it('find comments of every kind and only comments', () => {
    const code = [
      `// line comment ${design} §6`,
      `const url = 'http://example.org/${spec('x.md')}';`,
      `/** block ${spec('gaps.md')} */`,
      `const sql = \`SELECT 1 -- sql comment (${spec('confide.md')} §4.1)`,
      '`;',
      `export const View = () => <p title="a">see // not a comment {/* jsx comment ${shared}/spec */}</p>;`,
    ].join('\n');
    const found = commentsOf('renderer/src/x.tsx', code);
    expect(found.map((c) => c.line)).toEqual([1, 3, 4, 6]);
    expect(found.map((c) => c.text)).toEqual([
      `// line comment ${design} §6`,
      `/** block ${spec('gaps.md')} */`,
      `-- sql comment (${spec('confide.md')} §4.1)`,
      `/* jsx comment ${shared}/spec */`,
    ]);
  });

  it('flag outside documents and accept the repository’s own', () => {
    expect(outsideCitations(`(${design} §6)`)).toHaveLength(2);
    expect(outsideCitations(`see ${spec('wickr.md')} for the msgtypes`)).toEqual(['a format specification beside the repository']);
    expect(outsideCitations('as the spec §2.3 says')).toHaveLength(2);
    expect(outsideCitations(`read ${shared}/${design}`)).toHaveLength(2);
    expect(outsideCitations(`(docs/${design}#time-model; docs/gaps.md#r6)`)).toEqual([]);
    expect(outsideCitations(`THREADLINE_CORPUS, else ${shared}/corpus`)).toEqual([]);
    expect(outsideCitations('test/e2e/review.spec.ts and 44 U.S.C. 2911')).toEqual([]);
  });

  it('know the anchors a document offers', () => {
    const md = ['# Title', '<a id="r6"></a>', '## R6 — Messages one copy lacks', '## Wickr (`importers/wickr/`)', '## Notes', '## Notes', '```', '## not a heading', '```'].join('\n');
    expect([...anchorsOf(md)].sort()).toEqual(['notes', 'notes-1', 'r6', 'r6--messages-one-copy-lacks', 'title', 'wickr-importerswickr']);
  });
});

describe('the source tree', () => {
  const files = sourceFiles();

  it('cites no document outside the repository in a comment', () => {
    const problems: string[] = [];
    let comments = 0;
    for (const file of files) {
      for (const c of commentsOf(file, readFileSync(join(ROOT, file), 'utf8'))) {
        comments++;
        for (const what of outsideCitations(c.text)) problems.push(`${file}:${c.line}: cites ${what}: ${c.text.split('\n').find((l) => outsideCitations(l).length) ?? c.text}`.slice(0, 240));
      }
    }
    expect(files.length).toBeGreaterThan(100);
    expect(comments).toBeGreaterThan(1000);
    expect(problems).toEqual([]);
  });

  it('cites only docs/ files and anchors that exist', () => {
    const problems: string[] = [];
    let citations = 0;
    for (const file of files) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      for (const m of text.matchAll(/\bdocs\/([\w.-]+\.md)(?:#([\w-]+))?/g)) {
        citations++;
        const broken = brokenDocCitation(m[1]!, m[2]);
        if (broken) problems.push(`${file}:${text.slice(0, m.index).split('\n').length}: ${m[0]}: ${broken}`);
      }
    }
    expect(citations).toBeGreaterThan(50);
    expect(problems).toEqual([]);
  });
});

describe('docs/', () => {
  const docs = readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md'));

  it('cite no document outside the repository', () => {
    const problems = docs.flatMap((doc) =>
      readFileSync(join(ROOT, 'docs', doc), 'utf8')
        .split('\n')
        .flatMap((line, i) => outsideCitations(line, 'docs').map((what) => `docs/${doc}:${i + 1}: cites ${what}`)),
    );
    expect(docs.length).toBeGreaterThan(3);
    expect(problems).toEqual([]);
  });

  it('link only to documents and anchors that exist', () => {
    const problems: string[] = [];
    for (const doc of docs) {
      const text = readFileSync(join(ROOT, 'docs', doc), 'utf8');
      for (const m of text.matchAll(/\]\(([\w.-]+\.md)?(?:#([\w-]+))?\)/g)) {
        const target = m[1] ?? doc;
        const broken = brokenDocCitation(target, m[2]);
        if (broken) problems.push(`docs/${doc}: ${m[0]}: ${broken}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

