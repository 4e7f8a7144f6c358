// The /regex/ of the search language (docs/search-language.md) runs in RE2's linear-time engine
// (re2js): matching costs time in proportion to the text, whatever the pattern, so no search and no
// message can make the engine run away (docs/security.md). The syntax is JavaScript's wherever RE2
// has the feature: JavaScript spellings RE2 lacks are translated (\uXXXX, \u{…}, \cX, \p{Script=…}),
// `.` and `\s` keep JavaScript's meaning, and what no linear-time engine can do (backreferences,
// lookaround) is refused with a sentence that says why.
import { RE2JS } from 're2js';

export class RegexSyntaxError extends Error {}

/** JavaScript's \s: RE2's \s is ASCII whitespace only. */
const JS_SPACE = '\\t\\n\\x{b}\\f\\r \\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}\\x{feff}';
/** JavaScript's `.`: every character but the four line terminators (RE2's stops at \n only). */
const JS_DOT = '[^\\n\\r\\x{2028}\\x{2029}]';

const LINEAR_ONLY = 'regexes run in a linear-time engine so that no search can hang';

const cache = new Map<string, RE2JS>();

/** The compiled, case-insensitive form of a /regex/ source; throws RegexSyntaxError with the reason. */
export function searchRegex(source: string): RE2JS {
  let compiled = cache.get(source);
  if (!compiled) {
    try {
      compiled = RE2JS.compile(toRe2Syntax(source), RE2JS.CASE_INSENSITIVE);
    } catch (e) {
      if (e instanceof RegexSyntaxError) throw e;
      throw new RegexSyntaxError(reasonOf((e as Error).message, source));
    }
    if (cache.size >= 64) cache.clear();
    cache.set(source, compiled);
  }
  return compiled;
}

/** RE2's reason, quoting the part of the regex it names only where that part is as the person wrote it. */
function reasonOf(message: string, source: string): string {
  const reason = message.replace(/^error parsing regexp: /, '');
  const quoted = /^(.*): `(.*)`$/s.exec(reason);
  if (!quoted) return reason;
  const part = quoted[2]!.replace(/^\(\?i\)/, '');
  return source.includes(part) ? `${quoted[1]}: ${part}` : quoted[1]!;
}

/** [start, end) UTF-16 ranges of every non-empty match of `source` in `text`. */
export function regexMatchRanges(text: string, source: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const m of searchRegex(source).matchAll(text)) {
    const start = m.index!;
    if (m[0].length > 0) ranges.push([start, start + m[0].length]);
  }
  return ranges;
}

export function toRe2Syntax(source: string): string {
  let out = '';
  let inClass = false;
  let i = 0;
  while (i < source.length) {
    const ch = source[i]!;
    if (ch === '\\') {
      const escape = translateEscape(source, i, inClass);
      out += escape.text;
      i = escape.end;
    } else if (inClass) {
      if (ch === ']') inClass = false;
      out += ch;
      i++;
    } else if (source.startsWith('[^]', i)) {
      out += '(?s:.)';
      i += 3;
    } else if (ch === '[') {
      inClass = true;
      out += ch;
      i++;
    } else if (ch === '.') {
      out += JS_DOT;
      i++;
    } else {
      const look = /^\(\?(<?[=!])/.exec(source.slice(i, i + 4));
      if (look) {
        const kind = look[1]!.startsWith('<') ? 'lookbehind' : 'lookahead';
        throw new RegexSyntaxError(`${kind} such as (?${look[1]}…) is not supported: ${LINEAR_ONLY}`);
      }
      out += ch;
      i++;
    }
  }
  return out;
}

function translateEscape(source: string, at: number, inClass: boolean): { text: string; end: number } {
  const next = source[at + 1];
  if (next === undefined) return { text: '\\', end: at + 1 };
  if (/[1-9]/.test(next) || (next === 'k' && source[at + 2] === '<')) {
    throw new RegexSyntaxError(`backreferences such as \\${next === 'k' ? 'k<name>' : next} are not supported: ${LINEAR_ONLY}`);
  }
  const rest = source.slice(at, at + 64);
  const unicode = /^\\u(?:\{([0-9a-fA-F]{1,6})\}|([0-9a-fA-F]{4}))/.exec(rest);
  if (unicode) return { text: `\\x{${unicode[1] ?? unicode[2]}}`, end: at + unicode[0].length };
  const control = /^\\c([A-Za-z])/.exec(rest);
  if (control) return { text: `\\x{${(control[1]!.charCodeAt(0) % 32).toString(16)}}`, end: at + 3 };
  const property = /^\\([pP])\{(?:Script|sc|Script_Extensions|scx|General_Category|gc)=([A-Za-z_]+)\}/.exec(rest);
  if (property) return { text: `\\${property[1]}{${property[2]}}`, end: at + property[0].length };
  if (next === 's') return { text: inClass ? JS_SPACE : `[${JS_SPACE}]`, end: at + 2 };
  if (next === 'S' && !inClass) return { text: `[^${JS_SPACE}]`, end: at + 2 };
  return { text: `\\${next}`, end: at + 2 };
}
