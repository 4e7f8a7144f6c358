// How a participant is recognised in another source (electron/backend/people/identity.ts): numbers in
// every written form, addresses and app accounts, and names folded only for suggestions.
import { describe, expect, it } from 'vitest';
import { identityOf, isBareNumber, personLabel, phoneKey, sameWriting, suggestionKey } from '../../electron/backend/people/identity';

describe('numbers', () => {
  it.each([
    ['447700900123@s.whatsapp.net', '+447700900123'],
    ['+34 612 34 56 78', '+34612345678'],
    ['+34\u00A0612\u2011345\u2011678', '+34612345678'],
  ])('%j is %s', (written, e164) => {
    expect(phoneKey(written)).toBe(e164);
  });

  it("reads a Brazilian mobile written before 2016 as the same number as after the ninth digit", () => {
    expect(phoneKey('+55 11 8765-4321')).toBe('+5511987654321');
    expect(phoneKey('+55 11 98765-4321')).toBe('+5511987654321');
    // A landline (first digit 2–5) never had a 9 added.
    expect(phoneKey('+55 11 3456-7890')).toBe('+551134567890');
  });

  it('tells a bare number from a name', () => {
    expect(isBareNumber('+44 7700 900123')).toBe(true);
    expect(isBareNumber('447700900123@s.whatsapp.net')).toBe(true);
    expect(isBareNumber('Ben Okafor')).toBe(false);
  });
});

describe('identityOf', () => {
  it('finds a number or address a forensic report writes beside the name', () => {
    expect(identityOf('+44 7700 900123 Ben Okafor', null)).toEqual({ kind: 'phone', key: '+447700900123' });
    expect(identityOf('Ben Okafor (+44 7700 900123)', null)).toEqual({ kind: 'phone', key: '+447700900123' });
    expect(identityOf('447700900123@s.whatsapp.net Ben', null)).toEqual({ kind: 'phone', key: '+447700900123' });
    expect(identityOf('Alice <Alice@Corp.example>', null)).toEqual({ kind: 'account', key: 'alice@corp.example' });
  });

  it('never reads a national digit run inside a name as a number', () => {
    expect(identityOf('Room 4021 7700 900', null)).toEqual({ kind: 'name', key: 'room 4021 7700 900' });
  });

  it('compares addresses without case, and app accounts only within their app', () => {
    expect(identityOf('Bob', 'Bob@Corp.Example', { accountScope: 'wickr' })).toEqual({ kind: 'account', key: 'bob@corp.example' });
    expect(identityOf('Bob', 'user002', { accountScope: 'wickr' })).toEqual({ kind: 'account', key: 'wickr:user002' });
  });

  it('does not take an id that means something only inside its own file for an identity', () => {
    expect(identityOf('Dana', '1', { accountScope: null })).toEqual({ kind: 'name', key: 'dana' });
    expect(identityOf('Dana', 'dana@agency.gov', { accountScope: null })).toEqual({ kind: 'account', key: 'dana@agency.gov' });
  });

  it('reads national numbers with the default country', () => {
    expect(identityOf('07700 900123', null, { defaultCountry: 'GB' })).toEqual({ kind: 'phone', key: '+447700900123' });
  });
});

describe('names', () => {
  it('labels a person by the name, not the number written beside it', () => {
    expect(personLabel('+34612345678 Ana Ruiz')).toBe('Ana Ruiz');
    expect(personLabel('~\u00A0Ana\u200E Ruiz')).toBe('Ana Ruiz');
    expect(personLabel('+34 612 34 56 78')).toBe('+34 612 34 56 78');
  });

  it('folds names for suggestions, and offers none for a bare number or address', () => {
    expect(suggestionKey('+34612345678 Ana Ruiz')).toBe(suggestionKey('~ ana ruiz'));
    expect(suggestionKey('+34 612 34 56 78')).toBe('');
    expect(suggestionKey('ana@corp.example')).toBe('');
  });

  it('counts invisible marks, spacing and case as one writing, the push-name tilde not', () => {
    expect(sameWriting('Ana\u200E  Ruiz', 'ana ruiz')).toBe(true);
    expect(sameWriting('~ Ana Ruiz', 'Ana Ruiz')).toBe(false);
  });
});
