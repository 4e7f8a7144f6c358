// What identifies a participant across sources and apps (docs/people.md#identities): a phone number in any
// written form, an account id, or only a display name. Numbers and accounts are strong evidence that
// two participants are one person; equal names are only a suggestion.
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { IdentityKind } from '../../../shared/model';

export type { IdentityKind };

export interface Identity {
  kind: IdentityKind;
  /** Comparable across sources: E.164 for numbers, the account id as given, a folded name. */
  key: string;
}

// Bidi and zero-width marks, the word joiner and its kin: a phone puts them into names unseen.
const INVISIBLE = /[\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const PHONE_SHAPED = /^\+?[\d\s().\u00A0\u2011\u2010-]{7,}$/;
/** WhatsApp's own address of a number (forensic reports print it): `447700900123@s.whatsapp.net`. */
const WHATSAPP_JID = /^\+?(\d{7,15})@(?:s\.whatsapp\.net|c\.us)$/i;
const EMAIL = /^[^\s@<>()[\]]+@[^\s@<>()[\]]+\.[^\s@<>()[\]]{2,}$/;
// A number or address written inside a display name, as forensic reports write their From cells
// ("+44 7700 900123 Ben Okafor", "447700900123@s.whatsapp.net Ben", "Alice <alice@corp.example>").
// Only international numbers (with +) count inside a name: a bare digit run there may be anything.
const NUMBER_IN_NAME = /(?<=^|[\s(<[])(\+\d[\d\s().\u00A0\u2011\u2010-]{5,}\d)(?=$|[\s)>\],;])/;
const JID_IN_NAME = /(?<=^|[\s(<[])\+?(\d{7,15})@(?:s\.whatsapp\.net|c\.us)(?=$|[\s)>\],;])/i;
const EMAIL_IN_NAME = /(?<=^|[\s(<[])([^\s@<>()[\]]+@[^\s@<>()[\]]+\.[^\s@<>()[\]]{2,})(?=$|[\s)>\],;])/;
const ADDRESSES_IN_NAME = new RegExp(`${JID_IN_NAME.source}|${EMAIL_IN_NAME.source}|${NUMBER_IN_NAME.source}`, 'gi');

function cleanText(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '').replace(/[\u00A0\u202F]/g, ' ').replace(/[\u2010\u2011]/g, '-').trim();
}

/**
 * Brazil gave every mobile number a leading 9 (2012–2016): `+55 11 8765-4321` written before the
 * change and `+55 11 98765-4321` written after are one number. Mobiles began with 6–9, landlines 2–5.
 */
function canonicalNumber(e164: string): string {
  const brazilOldMobile = /^\+55(\d{2})([6-9]\d{7})$/.exec(e164);
  return brazilOldMobile ? `+55${brazilOldMobile[1]}9${brazilOldMobile[2]}` : e164;
}

/** E.164 for a number written any way a phone displays it (NBSP, U+2011, bidi wrappers, a WhatsApp address), else null. */
export function phoneKey(text: string, defaultCountry?: string): string | null {
  const clean = cleanText(text);
  const jid = WHATSAPP_JID.exec(clean);
  const written = jid ? `+${jid[1]}` : clean;
  if (!PHONE_SHAPED.test(written)) return null;
  const parsed = parsePhoneNumberFromString(written, defaultCountry as Parameters<typeof parsePhoneNumberFromString>[1]);
  return parsed?.isPossible() ? canonicalNumber(parsed.number) : null;
}

/** An e-mail address, lower-cased (addresses are compared without case in practice), else null. */
export function emailKey(text: string): string | null {
  const clean = cleanText(text);
  return EMAIL.test(clean) ? clean.toLowerCase() : null;
}

/** A number or address written inside a display name, e.g. a forensic report's `+44 7700 900123 Ben`. */
function addressInName(name: string): Identity | null {
  const clean = cleanText(name);
  const jid = JID_IN_NAME.exec(clean);
  const number = jid ? phoneKey(`+${jid[1]}`) : null;
  if (number) return { kind: 'phone', key: number };
  const written = NUMBER_IN_NAME.exec(clean);
  const inName = written ? phoneKey(written[1]!) : null;
  if (inName) return { kind: 'phone', key: inName };
  const email = EMAIL_IN_NAME.exec(clean);
  return email ? { kind: 'account', key: email[1]!.toLowerCase() } : null;
}

/** A display name folded for comparison: no bidi marks, no `~ ` push-name prefix, one kind of space, any case. */
export function nameKey(name: string): string {
  return name
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(/^~\s*/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase();
}

/**
 * The name a display name gives a person: as written, without invisible marks, the `~ ` push-name
 * prefix, or a number or address written beside the name ("+44 7700 900123 Ben Okafor" → "Ben Okafor").
 * A display name that is only a number or address stays as written.
 */
export function personLabel(name: string): string {
  const shown = cleanText(name).replace(/^~\s*/, '').replace(/\s+/g, ' ');
  const bare = shown
    .replace(ADDRESSES_IN_NAME, ' ')
    .replace(/\(\s*\)|<\s*>|\[\s*\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return /\p{L}/u.test(bare) ? bare : shown;
}

/** The name a display name offers for a suggestion, folded; '' when it is only a number or address. */
export function suggestionKey(name: string): string {
  const label = personLabel(name);
  return /\p{L}/u.test(label) && !emailKey(label) ? nameKey(label) : '';
}

/**
 * Two names one source wrote for what is clearly one participant: equal but for invisible marks,
 * spacing and case. The `~ ` prefix does count: WhatsApp writes it for a number that is not a saved
 * contact, so `~ Dana` beside `Dana` in one group may well be two people.
 */
export function sameWriting(a: string, b: string): boolean {
  const fold = (s: string) => s.normalize('NFC').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim().toLocaleLowerCase();
  return fold(a) === fold(b);
}

/** True when a display name is only a number (a participant the source knew by number alone). */
export function isBareNumber(name: string): boolean {
  return phoneKey(name) !== null || WHATSAPP_JID.test(cleanText(name));
}

export interface IdentityOptions {
  /** ISO 3166 country for numbers written without a country code. */
  defaultCountry?: string;
  /**
   * What the source's own participant ids mean. A string: accounts of that app (`wickr`), compared as
   * `wickr:<id>`. null: ids that mean something only inside the one file (RSMF participant ids such
   * as "1"), never an identity unless they are a number or an e-mail address. Undefined: the id as given.
   */
  accountScope?: string | null;
}

/** The strongest identity a participant offers: its number, its account id, else its name. */
export function identityOf(displayName: string, nativeId: string | null, opts: IdentityOptions = {}): Identity {
  const id = nativeId?.trim() ?? '';
  const phone = phoneKey(id, opts.defaultCountry) ?? phoneKey(displayName, opts.defaultCountry);
  if (phone) return { kind: 'phone', key: phone };
  const email = emailKey(id);
  if (email) return { kind: 'account', key: email };
  const written = addressInName(displayName);
  if (written) return written;
  if (id && opts.accountScope !== null) return { kind: 'account', key: opts.accountScope === undefined ? id : `${opts.accountScope}:${id}` };
  return { kind: 'name', key: nameKey(displayName) };
}
