// The notice templates are found through an index of their fixed words (classify.ts, TemplateIndex) rather
// than tried one by one. These tests hold the index to what trying every row in table order gives: each
// row alone is a classifier of its own, and the first of them that reads a text (whole fixed sentences
// before templates) is what the classifier of every language must say, on texts that hold the fixed
// words of several rows at once.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Classifier, type NoticeMatch } from '../../electron/backend/importers/whatsapp/classify';
import { LEXICONS } from '../../electron/backend/importers/whatsapp/lexicon';
import type { Lexicon, LexiconRow } from '../../electron/backend/importers/whatsapp/lexicon/types';
import { LRM } from './whatsapp-helpers';

const EMPTY: Lexicon = { lang: '', system: [], tombstones: [], mediaOmitted: [], attached: [], calls: [], locations: [], polls: [], editedSuffixes: [] };
const hasPlaceholder = (row: LexiconRow) => /\{[XYNFUn]\}/.test(row.text);

// One classifier per notice row, with the rest of its language (the words for "you" and "and", the
// deletions and placeholders) as it is.
const rowClassifiers = LEXICONS.flatMap((lex) => lex.system.map((row) => ({ row, classifier: new Classifier([{ ...lex, system: [row] }]) })));
const fixedFirst = [...rowClassifiers.filter(({ row }) => !hasPlaceholder(row)), ...rowClassifiers.filter(({ row }) => hasPlaceholder(row))];
const everyLanguage = new Classifier(LEXICONS);

function rowByRow(body: string): NoticeMatch | null {
  for (const { classifier } of fixedFirst) {
    const hit = classifier.notice(body);
    if (hit) return hit;
  }
  return null;
}

function example(row: LexiconRow, actor: string, target: string): string {
  return row.text.replace(/\{X\}/g, actor).replace(/\{Y\}/g, target).replace(/\{N\}/g, 'Klub 7').replace(/\{n\}/g, '7').replace(/\{U\}/g, '. Tap').replace(/\{F\}/g, 'a.jpg');
}

const rows = LEXICONS.flatMap((lex) => lex.system);
const row = fc.constantFrom(...rows);
// A name may hold another notice's fixed words, or a whole other notice.
const name = fc.oneof(
  fc.constantFrom('Ana Ruiz', 'Left Hand', 'Admin Joined', '~\u202FDana', '+51 912 345 678', 'Ортега и Гассет', '山田', 'Bùi và Lê'),
  row.map((r) => example(r, 'Ana', 'Ben')),
);

describe('the index of notice templates', () => {
  it('says what trying every row in table order says, on texts holding several rows’ words', () => {
    fc.assert(
      fc.property(row, name, name, fc.constantFrom('', LRM), (r, actor, target, mark) => {
        const body = mark + example(r, actor, target);
        expect(everyLanguage.notice(body), body).toEqual(rowByRow(body));
      }),
      { numRuns: 200 },
    );
  });

  it('credits the earlier row when two rows read the same text, whichever fixed word comes first in it', () => {
    // `yesterday` is the first row's longest word and `wrote` the second's: the text holds `wrote` first.
    const rows = [
      { id: 'system.added', text: '{X} wrote {Y} yesterday' },
      { id: 'system.removed', text: '{X} wrote {Y}' },
    ];
    const invented = (lang: string, system: LexiconRow[]): Lexicon => ({ ...EMPTY, lang, system });
    const one = new Classifier([invented('x-one', rows)]);
    expect(one.notice('Ana wrote Ben yesterday')).toMatchObject({ subtype: 'system.added', parties: { actor: 'Ana', target: 'Ben' } });
    expect(one.notice('Ana wrote Ben')).toMatchObject({ subtype: 'system.removed', parties: { actor: 'Ana', target: 'Ben' } });
    const two = new Classifier([invented('x-one', [rows[1]!]), invented('x-two', [rows[0]!])]);
    expect(two.notice('Ana wrote Ben yesterday')).toMatchObject({ lang: 'x-one', subtype: 'system.removed', parties: { target: 'Ben yesterday' } });
  });

  it('finds a fixed word that the text holds more than once, or only inside a name', () => {
    expect(everyLanguage.notice('Lefty Left left')).toMatchObject({ subtype: 'system.left', parties: { actor: 'Lefty Left' } });
    expect(everyLanguage.notice('Ana added added Ben')).toMatchObject({ subtype: 'system.added', parties: { actor: 'Ana', target: 'added Ben' } });
    expect(everyLanguage.notice('Leftover Ltd')).toBeNull();
  });
});
