import { describe, expect, it } from 'vitest';
import { identityOf, nameKey, phoneKey } from '../../electron/backend/people/identity';

describe('phoneKey', () => {
  it.each([
    ['+7 999 999-99-99', '+79999999999'],
    ['\u202A+40\u00A0721\u00A0028\u00A0618\u202C', '+40721028618'],
    ['+1 (777) 777\u20117777', '+17777777777'],
    ['+44 7700 900123', '+447700900123'],
  ])('%j → %s', (written, e164) => {
    expect(phoneKey(written)).toBe(e164);
  });

  it('reads a national number only with a default country', () => {
    expect(phoneKey('07700 900123')).toBeNull();
    expect(phoneKey('07700 900123', 'GB')).toBe('+447700900123');
  });

  it('never takes a name or a short number for a phone', () => {
    expect(phoneKey('Dana Whitfield')).toBeNull();
    expect(phoneKey('112')).toBeNull();
  });
});

describe('identityOf', () => {
  it('prefers a number, then an account id, then the name', () => {
    expect(identityOf('+44 7700 900123', null)).toEqual({ kind: 'phone', key: '+447700900123' });
    expect(identityOf('Dana', 'dana.whitfield@agency.gov')).toEqual({ kind: 'account', key: 'dana.whitfield@agency.gov' });
    expect(identityOf('~\u00A0Dana  Whitfield', null)).toEqual({ kind: 'name', key: 'dana whitfield' });
  });

  it('folds names for comparison only', () => {
    expect(nameKey('Ana\u200E Ruiz')).toBe(nameKey('ana ruiz'));
  });
});
