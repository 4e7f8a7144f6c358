// The records a Wickr import has seen (wickr/records-seen.ts), past the sizes where its key store and
// its table grow: every record is found again where it was first read, copies and conflicts told apart.
import { describe, expect, it } from 'vitest';
import { RecordsSeen } from '../../electron/backend/importers/wickr';

describe('RecordsSeen, grown', () => {
  it('finds each of 40,000 records again after its keys outgrow the first store and the table is rebuilt', () => {
    const seen = new RecordsSeen();
    const id = (n: number) => (n % 7 === 0 ? `é-${n}-ünïcode` : n.toString(16).padStart(32, '0'));
    const text = (n: number) => `{"message_id":"${id(n)}","n":${n}}`;
    for (let n = 0; n < 40_000; n++) expect(seen.check(text(n), id(n), n % 3, n + 1)).toEqual({ kind: 'first' });
    for (let n = 0; n < 40_000; n += 97) {
      expect(seen.check(text(n), id(n), 5, 1)).toEqual({ kind: 'exact', fileIndex: n % 3, line: n + 1 });
      expect(seen.check(`${text(n)} `, id(n), 5, 2)).toEqual({ kind: 'conflict', fileIndex: n % 3, line: n + 1 });
    }
    // An id one character longer or shorter than a kept one is another record.
    expect(seen.check('{}', `${id(1)}0`, 0, 1)).toEqual({ kind: 'first' });
    expect(seen.check('{}', id(1).slice(1), 0, 1)).toEqual({ kind: 'first' });
  });

  it('keys a record without a message_id by its content', () => {
    const seen = new RecordsSeen();
    for (let n = 0; n < 5000; n++) expect(seen.check(`{"n":${n}}`, null, 0, n + 1).kind).toBe('first');
    expect(seen.check('{"n":4321}', null, 1, 9)).toEqual({ kind: 'exact', fileIndex: 0, line: 4322 });
  });
});
