// How field values match names and titles (docs/search-language.md#fields): ignoring case and
// accents; a value in quotes must be the whole name, otherwise a part of it; a value written only
// with digits and phone punctuation compares digits, so from:"+44 7700 900123" finds 447700900123.

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

const PHONE_LIKE = /^[\d\s+().-]+$/;

export function valueMatches(candidate: string | null, value: string, exact: boolean): boolean {
  if (candidate === null) return false;
  const [c, v] = [fold(candidate), fold(value)];
  if (exact ? c === v : c.includes(v)) return true;
  const digits = value.replace(/\D/g, '');
  if (!PHONE_LIKE.test(value) || digits.length < 3) return false;
  const candidateDigits = candidate.replace(/\D/g, '');
  return exact ? candidateDigits === digits : candidateDigits.includes(digits);
}
