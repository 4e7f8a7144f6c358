// Imports a contact list (vCard or CSV) to name bare numbers (docs/people.md#contact-lists).
// The file is read, never changed, and hashed; its entries are kept in the case as read, so the
// list can be re-verified; the same list (same SHA-256) is recognised, not doubled. Persons holding a
// listed number or address take the list's name, and an entry naming several of a person's numbers
// joins the persons holding them (resolve.ts). Written to the audit log with every name it changed.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { isSupportedCountry } from 'libphonenumber-js';
import type { ContactListSummary, ImportWarning } from '../../../../shared/model';
import { appendAudit } from '../../audit/log';
import type { Db } from '../../case/open';
import { BadInputError } from '../../importers/types';
import { sniffEncoding } from '../../text/lines';
import { emailKey, phoneKey } from '../identity';
import { AUTOMATIC, removeEmptyPersons, renamePersons } from '../persons';
import { groupByContacts } from '../resolve';
import { parseContactCsv } from './csv';
import type { ParsedContacts } from './types';
import { parseVcards } from './vcard';

/** Far beyond any address book (a 10,000-entry vCard file is a few MB), small enough to read at once. */
const MAX_BYTES = 64 << 20;
const WARNINGS_KEPT = 200;

function decode(bytes: Uint8Array): string {
  const { encoding, bomBytes } = sniffEncoding(bytes);
  return new TextDecoder(encoding).decode(bytes.subarray(bomBytes));
}

export function parseContactList(text: string, label: string): ParsedContacts {
  if (/^\s*BEGIN:VCARD/i.test(text)) return parseVcards(text);
  const csv = parseContactCsv(text);
  if (csv) return csv;
  throw new BadInputError(`${label} is not a contact list this version reads: a vCard file starts with BEGIN:VCARD, and a CSV list needs a header row with a name column and a phone or e-mail column.`);
}

export async function importContactList(db: Db, path: string, opts: { country?: string }): Promise<ContactListSummary> {
  const full = resolve(path);
  const label = basename(full);
  if (opts.country !== undefined && !isSupportedCountry(opts.country)) {
    throw new BadInputError(`'${opts.country}' is not a country code for phone numbers; give a two-letter ISO code such as GB or US.`);
  }
  let size: number;
  try {
    const info = await stat(full);
    if (!info.isFile()) throw new BadInputError(`${full} is not a file; choose the contact list itself (.vcf or .csv).`);
    size = info.size;
  } catch (e) {
    if (e instanceof BadInputError) throw e;
    throw new BadInputError(`${full} cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`);
  }
  if (size > MAX_BYTES) throw new BadInputError(`${full} is ${Math.round(size / (1 << 20))} MB, too large for a contact list.`);
  const bytes = await readFile(full);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const parsed = parseContactList(decode(bytes), label);

  const warnings: ImportWarning[] = [...parsed.problems];
  const rows: { name: string; phone: string | null; account: string | null; line: number }[] = [];
  let contacts = 0;
  let skipped = 0;
  for (const entry of parsed.entries) {
    const phones = [...new Set(entry.phones.map((p) => phoneKey(p, opts.country)).filter((k): k is string => k !== null))];
    const emails = [...new Set(entry.emails.map(emailKey).filter((k): k is string => k !== null))];
    const unread = entry.phones.filter((p) => phoneKey(p, opts.country) === null);
    if (unread.length) {
      const hint = opts.country ? '' : '; give the list\'s country to read numbers written without a country code';
      warnings.push({ line: entry.line, code: 'contact_number', message: `line ${entry.line}: ${unread.map((u) => `'${u}'`).join(', ')} ${unread.length === 1 ? 'is' : 'are'} not a phone number read as international${hint}.` });
    }
    if (!entry.name || phones.length + emails.length === 0) {
      skipped++;
      if (!entry.name) warnings.push({ line: entry.line, code: 'contact_unnamed', message: `line ${entry.line}: an entry without a name; skipped.` });
      continue;
    }
    contacts++;
    for (const phone of phones) rows.push({ name: entry.name, phone, account: null, line: entry.line });
    for (const account of emails) rows.push({ name: entry.name, phone: null, account, line: entry.line });
  }
  if (contacts === 0) throw new BadInputError(`${label} has no entry with both a name and a phone number or e-mail address this version can read.`);

  return db.transaction(() => {
    const alreadyImported = db.prepare('SELECT 1 FROM contacts WHERE list_sha256 = ? LIMIT 1').get(sha256) !== undefined;
    if (!alreadyImported) {
      const insert = db.prepare('INSERT INTO contacts(list_path, list_sha256, name, phone, account, line) VALUES (?, ?, ?, ?, ?, ?)');
      for (const r of rows) insert.run(full, sha256, r.name, r.phone, r.account, r.line);
    }
    const grouped = groupByContacts(db);
    removeEmptyPersons(db);
    const renamed = renamePersons(db);
    const summary: ContactListSummary = {
      path: full,
      sha256,
      format: parsed.format,
      contacts,
      numbers: rows.filter((r) => r.phone !== null).length,
      addresses: rows.filter((r) => r.account !== null).length,
      skipped,
      personsNamed: renamed.filter((r) => r.source === 'contact_list').length,
      personsJoined: new Set(grouped.map((g) => g.personId)).size,
      alreadyImported,
      warningCount: warnings.length,
      warnings: warnings.slice(0, WARNINGS_KEPT),
    };
    if (!alreadyImported) {
      appendAudit(db, 'contacts.import', {
        path: full,
        sha256,
        size,
        format: parsed.format,
        country: opts.country ?? null,
        contacts,
        numbers: summary.numbers,
        addresses: summary.addresses,
        skipped,
        renamed,
        grouped: grouped.map((g) => ({ ...g, decidedBy: AUTOMATIC })),
      });
    }
    return summary;
  })();
}
