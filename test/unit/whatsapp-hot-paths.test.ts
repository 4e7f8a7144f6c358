// The WhatsApp reader's hot paths were rewritten without regular expressions or per-line copies
// (issue 18): where the author ends, era letters on a date field, and the local time under each date
// order. These cases pin down the readings they must keep.
import { describe, expect, it } from 'vitest';
import { matchHeader } from '../../electron/backend/importers/whatsapp/header';
import { localTimeOf, splitAuthor } from '../../electron/backend/importers/whatsapp/parse';

describe('where an author ends', () => {
  it.each([
    ['Ana: hello', 'Ana', 5],
    ['Ana:', 'Ana', 4],
    ['Ana:.', 'Ana', 4],
  ])('%j splits after the colon', (rest, author, bodyStart) => {
    expect(splitAuthor(rest)).toEqual({ author, authorRaw: author, bodyStart });
  });

  it.each(['Ana:hello', 'Ana:..', 'Ana:. more'])('%j has no author: the colon is followed by text', (rest) => {
    expect(splitAuthor(rest)).toBeNull();
  });

  it('looks at the first line only, whichever of CR and LF ends it', () => {
    expect(splitAuthor('no author here\r\nBen: hi')).toBeNull();
    expect(splitAuthor('no author here\nBen: hi')).toBeNull();
    expect(splitAuthor('no author\rBen: hi\nCarl: yo')).toBeNull();
    expect(splitAuthor('Ana: a\nBen: b')).toMatchObject({ author: 'Ana', bodyStart: 5 });
  });

  it('takes an unknown name that does not look like one only before a mark iOS writes', () => {
    const known = new Set(['Ben']);
    expect(splitAuthor('Where are you, really?: \u200EAna added Ben', known)).toMatchObject({ author: 'Where are you, really?' });
    expect(splitAuthor('Where are you, really?: Ana added Ben', known)).toBeNull();
  });
});

describe('era letters on a date field', () => {
  it.each([
    ['[3/18/R4, 14:56:01] Ana: x', ['3', '18', '4'], 'R'],
    ['[3/18/r4, 14:56:01] Ana: x', ['3', '18', '4'], 'R'],
    ['[3/18/22, 14:56:01] Ana: x', ['3', '18', '22'], null],
  ])('%j reads fields %j and era %j', (line, fields, era) => {
    expect(matchHeader(line)).toMatchObject({ fields, era });
  });

  it('ends the stamp after a character outside the basic plane', () => {
    // U+1D7CE (MATHEMATICAL BOLD DIGIT ZERO) is a decimal digit written as two UTF-16 units.
    const h = matchHeader('1/2/2023, 10:0\u{1D7CE} - Ana: x')!;
    expect(h.minute).toBe(0);
    expect(h.stampRaw).toBe('1/2/2023, 10:0\u{1D7CE}');
  });
});

describe('local time of a header', () => {
  const at = (line: string, order: 'DMY' | 'MDY') => localTimeOf(matchHeader(line)!, order)?.time ?? null;

  it('reads day and month in the order given, and a year first whatever the order', () => {
    expect(at('03/04/21, 10:00 - Ana: x', 'DMY')).toMatchObject({ year: 2021, month: 4, day: 3 });
    expect(at('03/04/21, 10:00 - Ana: x', 'MDY')).toMatchObject({ year: 2021, month: 3, day: 4 });
    expect(at('2021-04-03, 10:00 - Ana: x', 'MDY')).toMatchObject({ year: 2021, month: 4, day: 3 });
    expect(at('2564/04/03 BE, 10:00 - Ana: x', 'DMY')).toMatchObject({ year: 2021, month: 4, day: 3 });
  });

  it('has no time for a date that does not exist in that order', () => {
    expect(at('31/04/21, 10:00 - Ana: x', 'DMY')).toBeNull();
    expect(at('04/31/21, 10:00 - Ana: x', 'DMY')).toBeNull();
    expect(at('04/31/21, 10:00 - Ana: x', 'MDY')).toBeNull();
  });
});
