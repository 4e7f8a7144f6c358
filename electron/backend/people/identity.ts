// What identifies a participant across sources and apps (spec/ediscovery.md M7): a phone number in any
// written form, an account id, or only a display name. Numbers and accounts are strong evidence that
// two participants are one person; equal names are only a suggestion.
import { parsePhoneNumberFromString } from 'libphonenumber-js';

export type IdentityKind = 'phone' | 'account' | 'name';

export interface Identity {
  kind: IdentityKind;
  /** Comparable across sources: E.164 for numbers, the account id as given, a folded name. */
  key: string;
}

const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
const PHONE_SHAPED = /^\+?[\d\s().\u00A0\u2011\u2010-]{7,}$/;

/** E.164 for a number written any way a phone displays it (NBSP, U+2011, bidi wrappers), else null. */
export function phoneKey(text: string, defaultCountry?: string): string | null {
  const clean = text.replace(INVISIBLE, '').replace(/[\u00A0\u202F]/g, ' ').replace(/[\u2010\u2011]/g, '-').trim();
  if (!PHONE_SHAPED.test(clean)) return null;
  const parsed = parsePhoneNumberFromString(clean, defaultCountry as Parameters<typeof parsePhoneNumberFromString>[1]);
  return parsed?.isPossible() ? parsed.number : null;
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

/** The strongest identity a participant offers: its number, its account id, else its name. */
export function identityOf(displayName: string, nativeId: string | null, defaultCountry?: string): Identity {
  const phone = phoneKey(nativeId ?? '', defaultCountry) ?? phoneKey(displayName, defaultCountry);
  if (phone) return { kind: 'phone', key: phone };
  if (nativeId && nativeId.trim()) return { kind: 'account', key: nativeId.trim() };
  return { kind: 'name', key: nameKey(displayName) };
}
