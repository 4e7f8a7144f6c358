import type { ImportWarning } from '../../../../shared/model';

/** One entry of a contact list as written: its name, numbers and addresses, and where it starts. */
export interface ContactEntry {
  name: string;
  phones: string[];
  emails: string[];
  line: number;
}

export interface ParsedContacts {
  format: 'vcard' | 'csv';
  entries: ContactEntry[];
  problems: (ImportWarning & { line: number })[];
}
