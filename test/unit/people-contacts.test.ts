// Contact lists as phones and address books export them (electron/backend/people/contacts/): vCard
// 2.1 to 4.0 and CSV with a name column and phone or e-mail columns.
import { describe, expect, it } from 'vitest';
import { parseContactList } from '../../electron/backend/people/contacts/import';

describe('vCard', () => {
  it('reads 3.0 with folded lines, grouped properties and parameters', () => {
    const text = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'N:Okafor;Ben;;;',
      'FN:Ben Oka',
      ' for',
      'item1.TEL;TYPE=CELL:+44 7700 900123',
      'TEL;type=CELL;waid=34612345678:+34 612 34 56 78',
      'EMAIL;TYPE=INTERNET:ben@corp.example',
      'END:VCARD',
      '',
    ].join('\r\n');
    expect(parseContactList(text, 'c.vcf')).toEqual({
      format: 'vcard',
      entries: [{ name: 'Ben Okafor', phones: ['+44 7700 900123', '+34 612 34 56 78'], emails: ['ben@corp.example'], line: 1 }],
      problems: [],
    });
  });

  it("reads Android's 2.1 quoted-printable names with soft line breaks, and bare parameters", () => {
    const text = [
      'BEGIN:VCARD',
      'VERSION:2.1',
      'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=BC=',
      'rgen;;;',
      'TEL;CELL:+49 151 23456789',
      'END:VCARD',
    ].join('\n');
    expect(parseContactList(text, 'c.vcf').entries).toEqual([{ name: 'Jürgen Müller', phones: ['+49 151 23456789'], emails: [], line: 1 }]);
  });

  it('reads 4.0 tel: and mailto: values and escapes', () => {
    const text = ['BEGIN:VCARD', 'VERSION:4.0', 'FN:Ruiz\\, Ana', 'TEL;VALUE=uri;TYPE=cell:tel:+34-612-345-678;ext=1', 'EMAIL:mailto:ana@corp.example', 'END:VCARD'].join('\n');
    expect(parseContactList(text, 'c.vcf').entries).toEqual([{ name: 'Ruiz, Ana', phones: ['+34-612-345-678'], emails: ['ana@corp.example'], line: 1 }]);
  });

  it('falls back to the organisation, and says when a card is never closed', () => {
    const text = ['BEGIN:VCARD', 'ORG:Harbor Authority;Permits', 'TEL:+44 20 7946 0000'].join('\n');
    const parsed = parseContactList(text, 'c.vcf');
    expect(parsed.entries).toEqual([{ name: 'Harbor Authority, Permits', phones: ['+44 20 7946 0000'], emails: [], line: 1 }]);
    expect(parsed.problems).toEqual([expect.objectContaining({ line: 1, code: 'contact_unterminated' })]);
  });
});

describe('CSV', () => {
  it("reads Google's export: given and family names, several numbers in one cell, type columns ignored", () => {
    const text = [
      'First Name,Middle Name,Last Name,Phone 1 - Label,Phone 1 - Value,E-mail 1 - Label,E-mail 1 - Value',
      'Dana,,Whitfield,Mobile,+44 7700 900123 ::: +44 20 7946 0001,Work,dana@agency.gov',
      'Marcus,,Oyelaran,Mobile,+1 202 555 0143,,',
    ].join('\n');
    expect(parseContactList(text, 'contacts.csv').entries).toEqual([
      { name: 'Dana Whitfield', phones: ['+44 7700 900123', '+44 20 7946 0001'], emails: ['dana@agency.gov'], line: 2 },
      { name: 'Marcus Oyelaran', phones: ['+1 202 555 0143'], emails: [], line: 3 },
    ]);
  });

  it('reads a semicolon list a reviewer typed, with a quoted name', () => {
    const text = 'Name;Mobile\n"Kessler; Tom";0151 23456789\n';
    expect(parseContactList(text, 'list.csv').entries).toEqual([{ name: 'Kessler; Tom', phones: ['0151 23456789'], emails: [], line: 2 }]);
  });

  it('refuses a file that is no contact list, in one sentence naming it', () => {
    expect(() => parseContactList('Date,Amount\n2024-03-01,12\n', 'ledger.csv')).toThrow(/^ledger\.csv is not a contact list this version reads/);
  });
});
