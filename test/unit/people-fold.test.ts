// People group by the folded name (electron/backend/people/identity.ts): WhatsApp writes an unsaved
// contact as `~` + U+202F + name and numbers with no-break spaces, and the importer keeps those as
// written; the name key folds every kind of space, the invisible marks and the leading `~ `, so the
// writings of one name are one identity name, while the participant keeps its name as written.
import { describe, expect, it } from 'vitest';
import { identityOf, nameKey, personLabel, sameWriting, suggestionKey } from '../../electron/backend/people/identity';

const NNBSP = '\u202F';
const NBSP = '\u00A0';

describe('one identity name for every writing of a name', () => {
  const writings = [
    'Sam Okoro',
    '~ Sam Okoro',
    `~${NNBSP}Sam Okoro`,
    `~${NBSP}Sam${NBSP}Okoro`,
    `~${NNBSP}Sam${NNBSP}Okoro`,
    '~Sam Okoro',
    `\u200E~${NNBSP}Sam Okoro\u200F`,
    'Sam\u2009Okoro', // thin space
    'Sam\u2007Okoro', // figure space
    'Sam\u3000Okoro', // ideographic space
    'Sam\tOkoro',
    'Sam  Okoro',
    'Sam\u2060 Okoro', // word joiner
    ' sam okoro ',
  ];

  it.each(writings)('%j', (written) => {
    expect(nameKey(written)).toBe('sam okoro');
    expect(identityOf(written, null)).toEqual({ kind: 'name', key: 'sam okoro' });
    expect(suggestionKey(written)).toBe('sam okoro');
    expect(personLabel(written)).toMatch(/^sam okoro$/i);
  });

  it('keeps apart names that differ in more than spaces and marks', () => {
    expect(nameKey('Sam Okoro')).not.toBe(nameKey('Sam Okoro Jr'));
    expect(nameKey('Sam Okoro')).not.toBe(nameKey('SamOkoro'));
    // A tilde inside a name is part of it; only the push-name prefix is WhatsApp's.
    expect(nameKey('Sam ~ Okoro')).toBe('sam ~ okoro');
  });
});

describe('within one source', () => {
  it('counts the space WhatsApp writes after `~` as the same writing as a plain space', () => {
    expect(sameWriting(`~${NNBSP}Sam`, '~ Sam')).toBe(true);
    expect(sameWriting(`~${NBSP}Sam`, `~${NNBSP}Sam`)).toBe(true);
  });

  it('still keeps an unsaved contact apart from a saved name: two people to that phone', () => {
    expect(sameWriting(`~${NNBSP}Sam`, 'Sam')).toBe(false);
  });
});

describe('display keeps the written form', () => {
  it('labels the person without the prefix, with the name’s own letters', () => {
    expect(personLabel(`~${NNBSP}Zoë Ålund`)).toBe('Zoë Ålund');
    expect(personLabel(`+34${NBSP}612${NBSP}34${NBSP}56${NBSP}78`)).toBe('+34 612 34 56 78');
  });
});
