// vCard 2.1, 3.0 and 4.0 (RFC 2426, RFC 6350) as phones and address books export them: folded lines,
// grouped properties (`item1.TEL`), parameters with or without names (`TEL;CELL` and `TEL;TYPE=cell`),
// quoted-printable names with soft line breaks (Android's 2.1 exports), `tel:` and `mailto:` URIs, and
// backslash escapes. Only what names a number or address is read: the formatted name (FN), else the
// structured name (N), else the organisation; TEL and EMAIL.
import type { ContactEntry, ParsedContacts } from './types';

interface Property {
  name: string;
  params: Map<string, string>;
  value: string;
  line: number;
}

/** Physical lines joined into content lines: a line starting with a space or tab continues the one before. */
function contentLines(text: string): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  const physical = text.split(/\r\n|\n|\r/);
  for (let i = 0; i < physical.length; i++) {
    const raw = physical[i]!;
    const last = out[out.length - 1];
    if (last && /^[ \t]/.test(raw)) {
      last.text += raw.slice(1);
      continue;
    }
    // Quoted-printable (vCard 2.1) continues a value with '=' at the end of the line instead.
    if (last && /QUOTED-PRINTABLE/i.test(last.text.slice(0, last.text.indexOf(':') + 1)) && last.text.endsWith('=')) {
      last.text = last.text.slice(0, -1) + raw;
      continue;
    }
    if (raw.trim() !== '') out.push({ text: raw, line: i + 1 });
  }
  return out;
}

function parseProperty(text: string, line: number): Property | null {
  let colon = -1;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '"') quoted = !quoted;
    else if (text[i] === ':' && !quoted) {
      colon = i;
      break;
    }
  }
  if (colon < 0) return null;
  const [nameWithGroup, ...rawParams] = text.slice(0, colon).split(';');
  const name = nameWithGroup!.split('.').pop()!.trim().toUpperCase();
  const params = new Map<string, string>();
  for (const p of rawParams) {
    const eq = p.indexOf('=');
    // vCard 2.1 writes bare parameter values: `TEL;CELL;ENCODING=...`, `FN;QUOTED-PRINTABLE:`.
    if (eq < 0) params.set(p.trim().toUpperCase(), '');
    else params.set(p.slice(0, eq).trim().toUpperCase(), p.slice(eq + 1).replace(/^"|"$/g, ''));
  }
  return { name, params, value: text.slice(colon + 1), line };
}

function decodeQuotedPrintable(value: string, charset: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const hex = value[i] === '=' ? value.slice(i + 1, i + 3) : '';
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      for (const b of new TextEncoder().encode(value[i]!)) bytes.push(b);
    }
  }
  try {
    return new TextDecoder(charset || 'utf-8').decode(new Uint8Array(bytes));
  } catch {
    return new TextDecoder('utf-8').decode(new Uint8Array(bytes));
  }
}

/** The text of a value: quoted-printable decoded, backslash escapes undone. */
function textOf(p: Property): string {
  const qp = p.params.get('ENCODING')?.toUpperCase() === 'QUOTED-PRINTABLE' || p.params.has('QUOTED-PRINTABLE');
  const value = qp ? decodeQuotedPrintable(p.value, p.params.get('CHARSET') ?? 'utf-8') : p.value;
  return value.replace(/\\([nN,;:\\])/g, (_, c: string) => (c === 'n' || c === 'N' ? ' ' : c));
}

/** Splits a structured value at unescaped semicolons. */
function components(p: Property): string[] {
  return p.value.split(/(?<!\\);/).map((part) => textOf({ ...p, value: part }).trim());
}

function nameFromN(p: Property): string {
  const [family = '', given = '', additional = '', prefix = '', suffix = ''] = components(p);
  return [prefix, given, additional, family, suffix].filter(Boolean).join(' ');
}

export function parseVcards(text: string): ParsedContacts {
  const entries: ContactEntry[] = [];
  const problems: ParsedContacts['problems'] = [];
  let card: { line: number; fn: string; n: string; org: string; phones: string[]; emails: string[] } | null = null;
  for (const { text: line, line: no } of contentLines(text)) {
    const p = parseProperty(line, no);
    if (!p) {
      if (card) problems.push({ line: no, code: 'contact_line', message: `line ${no}: '${line.slice(0, 60)}' is not a vCard property; ignored.` });
      continue;
    }
    if (p.name === 'BEGIN' && p.value.trim().toUpperCase() === 'VCARD') {
      if (card) problems.push({ line: card.line, code: 'contact_unterminated', message: `line ${card.line}: a vCard has no END:VCARD; read up to the next BEGIN:VCARD.` });
      if (card) entries.push(finish(card));
      card = { line: no, fn: '', n: '', org: '', phones: [], emails: [] };
      continue;
    }
    if (!card) continue;
    switch (p.name) {
      case 'END':
        entries.push(finish(card));
        card = null;
        break;
      case 'FN':
        card.fn ||= textOf(p).trim();
        break;
      case 'N':
        card.n ||= nameFromN(p);
        break;
      case 'ORG':
        card.org ||= components(p).filter(Boolean).join(', ');
        break;
      case 'TEL':
        card.phones.push(textOf(p).replace(/^tel:/i, '').replace(/;.*$/, '').trim());
        break;
      case 'EMAIL':
        card.emails.push(textOf(p).replace(/^mailto:/i, '').trim());
        break;
    }
  }
  if (card) {
    problems.push({ line: card.line, code: 'contact_unterminated', message: `line ${card.line}: the last vCard has no END:VCARD; read to the end of the file.` });
    entries.push(finish(card));
  }
  return { format: 'vcard', entries, problems };
}

function finish(card: { line: number; fn: string; n: string; org: string; phones: string[]; emails: string[] }): ContactEntry {
  return { name: (card.fn || card.n || card.org).replace(/\s+/g, ' ').trim(), phones: card.phones.filter(Boolean), emails: card.emails.filter(Boolean), line: card.line };
}
