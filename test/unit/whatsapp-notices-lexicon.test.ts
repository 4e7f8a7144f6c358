// Issue 16, the notice catalogue as data (docs/formats.md#whatsapp-lexicon): every row of every language
// reads its own example back to its id and names its people, no deletion or placeholder is taken for a
// notice, and every language has every notice kind of the catalogue.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Classifier } from '../../electron/backend/importers/whatsapp/classify';
import { LEXICONS } from '../../electron/backend/importers/whatsapp/lexicon';
import type { LexiconRow } from '../../electron/backend/importers/whatsapp/lexicon/types';
import { LRM, NNBSP } from './whatsapp-helpers';

const classifier = new Classifier(LEXICONS);

interface Row extends LexiconRow {
  lang: string;
}

const rowsOf = (category: 'system' | 'tombstones' | 'mediaOmitted' | 'calls'): Row[] =>
  LEXICONS.flatMap((lex) => lex[category].map((row) => ({ ...row, lang: lex.lang })));

const hasPlaceholder = (row: Row) => /\{[XYNFUn]\}/.test(row.text);

/** A template with its placeholders filled: the people given, a group name, a number, a tail. */
function example(row: Row, actor: string, target: string): string {
  return row.text
    .replace(/\{X\}/g, actor)
    .replace(/\{Y\}/g, target)
    .replace(/\{N\}/g, 'Klub 7')
    .replace(/\{n\}/g, '7')
    .replace(/\{U\}/g, '. Tap')
    .replace(/\{F\}/g, 'IMG-20240325-WA0001.jpg');
}

// Names as exports write them: saved contacts, unsaved ones (`~` + U+202F), phone numbers. The syllables
// are no word of any table, so a name cannot complete a template by itself.
const word = fc
  .array(fc.constantFrom('ka', 'lo', 'mi', 'zu', 'ter', 'vah', 'qen', 'dri', 'ost'), { minLength: 1, maxLength: 3 })
  .map((parts) => parts.join('').replace(/^./, (c) => c.toUpperCase()));
const person = fc.oneof(
  fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' ')),
  word.map((w) => `~${NNBSP}${w}`),
  fc.integer({ min: 100, max: 999 }).map((n) => `+51 912 ${n} 111`),
);

describe('every notice row reads its own example back to its id', () => {
  it('fixed sentences, on their own and marked as iOS marks them', () => {
    for (const row of rowsOf('system').filter((r) => !hasPlaceholder(r))) {
      expect(classifier.notice(row.text)?.subtype, `${row.lang}: ${row.text}`).toBe(row.id);
      expect(classifier.notice(LRM + row.text, true)?.subtype, `${row.lang}: ${row.text}`).toBe(row.id);
    }
  });
  it('templates, with any names: the subtype is the row’s and the people are the names', () => {
    const templates = rowsOf('system').filter(hasPlaceholder);
    fc.assert(
      fc.property(person, person, (actor, target) => {
        for (const row of templates) {
          const hit = classifier.notice(LRM + example(row, actor, target));
          const label = `${row.lang}: ${row.text} with ${actor} / ${target}`;
          expect(hit?.subtype, label).toBe(row.id);
          if (row.text.includes('{X}')) expect(hit?.parties?.actor, label).toBe(actor);
          if (row.text.includes('{Y}')) expect(hit?.parties?.target, label).toBe(target);
        }
      }),
      { numRuns: 40 },
    );
  });
  it('tombstones, the admin named among them', () => {
    fc.assert(
      fc.property(person, (admin) => {
        for (const row of rowsOf('tombstones')) {
          const hit = classifier.classifyAuthored(LRM + example(row, admin, admin));
          expect(hit, `${row.lang}: ${row.text}`).toMatchObject({ kind: 'deleted', subtype: row.id });
          if (row.text.includes('{X}')) expect(hit.parties?.actor, `${row.lang}: ${row.text}`).toBe(admin);
        }
      }),
      { numRuns: 20 },
    );
  });
});

describe('a deletion, placeholder or call is never taken for a notice', () => {
  // parse.ts asks for a notice after the authored reading when iOS marks the body: a notice template that
  // also reads `You deleted this message` would turn the deletion into a group event.
  const authored = [...rowsOf('tombstones'), ...rowsOf('mediaOmitted'), ...rowsOf('calls')];
  it.each(authored.map((r) => [r.lang, example(r, 'Kalo Zu', 'Mi Ter')] as const))('%s: %s', (_, text) => {
    expect(classifier.notice(LRM + text)).toBeNull();
  });
});

// The catalogue of notice kinds (docs/formats.md#whatsapp-lexicon). pt-PT shares pt-BR's rows where
// both write the same words (pt-PT.ts says which).
const CATALOGUE = [
  'system.encryption', 'system.group_created', 'system.added', 'system.left', 'system.removed', 'system.subject_changed',
  'system.icon_changed', 'system.description_changed', 'system.number_changed', 'system.joined_via_link', 'system.joined',
  'system.admin', 'system.invite_link_reset', 'system.settings_changed', 'system.timer_on', 'system.timer_off',
  'system.pinned', 'system.unpinned', 'system.contact', 'system.blocked', 'system.unblocked', 'system.security_code_changed',
  'system.business', 'system.ai', 'system.call_started', 'system.community', 'system.join_requested', 'deleted.admin',
  'edited',
];
const SHARES: Record<string, string> = { 'pt-PT': 'pt-BR' };

describe('every language has every notice kind of the catalogue', () => {
  const idsOf = (lang: string) => {
    const lex = LEXICONS.find((l) => l.lang === lang)!;
    return new Set([...lex.system, ...lex.tombstones, ...lex.editedSuffixes].map((r) => r.id));
  };
  it.each(LEXICONS.map((l) => [l.lang]))('%s', (lang) => {
    const own = idsOf(lang);
    const shared = SHARES[lang] ? idsOf(SHARES[lang]) : new Set<string>();
    expect(CATALOGUE.filter((id) => !own.has(id) && !shared.has(id))).toEqual([]);
  });
});

// Each language's file holds its words for the exporting account and for "and" (lexicon/types.ts): a list
// of three people is read as three, and the exporting account, written with the language's word, is no one.
describe('each language reads its lists and its word for the exporting account from its own file', () => {
  const listing = LEXICONS.flatMap((lex) =>
    lex.system.filter((row) => row.id === 'system.added' && row.text.startsWith('{X} ') && row.text.includes('{Y}')).map((row) => [lex.lang, row.text, lex] as const),
  );
  it.each(listing)('%s: %s', (_, text, lex) => {
    const own = new Classifier([lex]);
    const row = { id: 'system.added', text, lang: lex.lang };
    const three = own.notice(LRM + example(row, 'Kalo Zu', lex.listAnd ? `Mi Ter, Vah Qen ${lex.listAnd} Dri Ost` : 'Mi Ter, Vah Qen, Dri Ost'));
    expect(three?.parties?.targets).toEqual(['Mi Ter', 'Vah Qen', 'Dri Ost']);
    for (const word of lex.exporterWords ?? []) {
      const byExporter = own.notice(LRM + example(row, word.replace(/^./, (c) => c.toLocaleUpperCase()), 'Mi Ter'));
      expect(byExporter?.parties, word).toMatchObject({ actor: null, targets: ['Mi Ter'] });
    }
  });
  it('has a word for "and" wherever it has one for the exporting account', () => {
    expect(LEXICONS.filter((lex) => lex.exporterWords && !lex.listAnd).map((lex) => lex.lang)).toEqual([]);
  });
});
