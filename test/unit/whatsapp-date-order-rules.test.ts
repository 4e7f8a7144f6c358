// The date-order decision as a chain of small rules, each tested on the facts it reads: the first
// rule that decides wins, and when none does the reading is provisional and said to be ambiguous.
import { describe, expect, it } from 'vitest';
import { DATE_ORDER_RULES, datesInOrder, fieldAbove12, mediaNames, onlyYearFirst, undecided, type DateOrderFacts } from '../../electron/backend/importers/whatsapp/date-order';

const none = { count: 0, firstLine: 0, example: '' };
const facts = (over: Partial<DateOrderFacts>): DateOrderFacts => ({
  dayFirst: none,
  monthFirst: none,
  yearFirstLines: 0,
  otherLines: 10,
  mediaFor: { DMY: 0, MDY: 0 },
  mediaAgainst: { DMY: 0, MDY: 0 },
  mediaExample: '',
  inversions: { DMY: 0, MDY: 0 },
  ...over,
});

describe('onlyYearFirst', () => {
  it('decides YMD when every date is year-first, says "no dated lines" when there are none, and passes otherwise', () => {
    expect(onlyYearFirst(facts({ otherLines: 0, yearFirstLines: 3 }))).toMatchObject({ value: 'YMD', ambiguous: false });
    expect(onlyYearFirst(facts({ otherLines: 0 }))).toMatchObject({ value: null, ambiguous: true, evidence: 'no dated lines' });
    expect(onlyYearFirst(facts({}))).toBeNull();
  });
});

describe('fieldAbove12', () => {
  it('a first field above 12 decides DMY, a second one MDY, naming the first line', () => {
    expect(fieldAbove12(facts({ dayFirst: { count: 4, firstLine: 7, example: '13/01/22' } }))).toMatchObject({ value: 'DMY', ambiguous: false, evidence: expect.stringContaining('line 7: 13/01/22') });
    expect(fieldAbove12(facts({ monthFirst: { count: 1, firstLine: 2, example: '1/13/22' } }))).toMatchObject({ value: 'MDY', ambiguous: false });
  });
  it('both is contradictory: the majority reads, marked ambiguous', () => {
    expect(fieldAbove12(facts({ dayFirst: { count: 2, firstLine: 1, example: '' }, monthFirst: { count: 5, firstLine: 3, example: '' } }))).toMatchObject({ value: 'MDY', ambiguous: true });
  });
  it('neither passes', () => expect(fieldAbove12(facts({}))).toBeNull());
});

describe('mediaNames', () => {
  it('decides when the names agree with one reading only and contradict the other', () => {
    expect(mediaNames(facts({ mediaFor: { DMY: 3, MDY: 0 }, mediaAgainst: { DMY: 0, MDY: 3 }, mediaExample: 'IMG-20220313-WA0001.jpg' }))).toMatchObject({ value: 'DMY', evidence: expect.stringContaining('IMG-20220313') });
  });
  it('passes when both readings fit or neither is contradicted', () => {
    expect(mediaNames(facts({ mediaFor: { DMY: 3, MDY: 3 } }))).toBeNull();
    expect(mediaNames(facts({ mediaFor: { DMY: 3, MDY: 0 } }))).toBeNull();
  });
});

describe('datesInOrder', () => {
  it('decides for the reading with clearly fewer steps back', () => {
    expect(datesInOrder(facts({ inversions: { DMY: 0, MDY: 4 } }))).toMatchObject({ value: 'DMY', ambiguous: false });
    expect(datesInOrder(facts({ inversions: { DMY: 9, MDY: 1 } }))).toMatchObject({ value: 'MDY' });
  });
  it('passes on a close call', () => expect(datesInOrder(facts({ inversions: { DMY: 1, MDY: 3 } }))).toBeNull());
});

describe('the chain', () => {
  it('runs the rules in order: a field above 12 wins over media names and order', () => {
    expect(DATE_ORDER_RULES).toEqual([onlyYearFirst, fieldAbove12, mediaNames, datesInOrder]);
  });
  it('when nothing decides, reads D/M/Y provisionally and says it is ambiguous', () => {
    expect(undecided(facts({ yearFirstLines: 2 }))).toMatchObject({ value: 'DMY', ambiguous: true, evidence: expect.stringContaining('2 year-first lines') });
  });
});
