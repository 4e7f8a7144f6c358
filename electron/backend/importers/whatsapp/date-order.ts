// Decides a file's day/month order from the whole file, and says why (docs/formats.md). The rules
// (DATE_ORDER_RULES) run in order and the first that decides wins: only year-first dates, a field
// above 12, the dates in media file names, then which reading keeps the dates in order. When nothing
// decides, the decision is marked ambiguous; it is never defaulted silently.
import type { DateOrder, DateOrderDecision } from '../../../../shared/model';
import { isValidCalendarDate } from '../../time/zone';
import type { HeaderMatch } from './header';

type DayMonth = 'DMY' | 'MDY';

/** Year-first lines (a four-digit first field) decide themselves; only the other lines need an order. */
export function isYearFirst(fields: readonly string[]): boolean {
  return fields[0]!.length >= 3 || Number(fields[0]) > 31;
}

interface Vote {
  count: number;
  firstLine: number;
  example: string;
}

/** What the whole file says about its day/month order, as the rules read it. */
export interface DateOrderFacts {
  dayFirst: Readonly<Vote>;
  monthFirst: Readonly<Vote>;
  yearFirstLines: number;
  otherLines: number;
  mediaFor: Readonly<Record<DayMonth, number>>;
  mediaAgainst: Readonly<Record<DayMonth, number>>;
  mediaExample: string;
  inversions: Readonly<Record<DayMonth, number>>;
}

/** One rule of the decision: a decision, or null to let the next rule speak. */
export type DateOrderRule = (facts: DateOrderFacts) => DateOrderDecision | null;

const yearNote = (f: DateOrderFacts) => (f.yearFirstLines > 0 ? `; ${f.yearFirstLines} year-first lines read as Y/M/D` : '');

/** No line needs an order: every date is year-first, or there is no dated line at all. */
export const onlyYearFirst: DateOrderRule = (f) => {
  if (f.otherLines > 0) return null;
  return f.yearFirstLines > 0
    ? { value: 'YMD', ambiguous: false, locked: false, evidence: 'every date starts with a four-digit year' }
    : { value: null, ambiguous: true, locked: false, evidence: 'no dated lines' };
};

/** A field above 12 can only be a day; when both positions have one, the majority reads and it stays ambiguous. */
export const fieldAbove12: DateOrderRule = (f) => {
  const d = f.dayFirst.count;
  const m = f.monthFirst.count;
  if (d > 0 && m === 0) return decided('DMY', `a first field above 12 (line ${f.dayFirst.firstLine}: ${f.dayFirst.example}) on ${d} lines${yearNote(f)}`);
  if (m > 0 && d === 0) return decided('MDY', `a second field above 12 (line ${f.monthFirst.firstLine}: ${f.monthFirst.example}) on ${m} lines${yearNote(f)}`);
  if (d === 0 || m === 0) return null;
  const value: DayMonth = d >= m ? 'DMY' : 'MDY';
  return {
    value,
    ambiguous: true,
    locked: false,
    evidence: `contradictory: ${d} lines have a first field above 12 (line ${f.dayFirst.firstLine}) and ${m} a second field above 12 (line ${f.monthFirst.firstLine}); read as ${value} by majority — lock the order to confirm${yearNote(f)}`,
  };
};

/** Dated media file names that agree with one reading only. */
export const mediaNames: DateOrderRule = (f) => {
  const ok = (o: DayMonth) => f.mediaFor[o] > 0 && f.mediaAgainst[o] === 0;
  const value: DayMonth | null = ok('DMY') && !ok('MDY') && f.mediaAgainst.MDY > 0 ? 'DMY' : ok('MDY') && !ok('DMY') && f.mediaAgainst.DMY > 0 ? 'MDY' : null;
  return value ? decided(value, `media file names agree only with ${value} (${f.mediaExample})${yearNote(f)}`) : null;
};

/** The reading that keeps the dates in order, when the other steps back clearly more often. */
export const datesInOrder: DateOrderRule = (f) => {
  const inv = f.inversions;
  if (inv.DMY === inv.MDY || Math.max(inv.DMY, inv.MDY) < 2 * Math.min(inv.DMY, inv.MDY) + 2) return null;
  const value: DayMonth = inv.DMY < inv.MDY ? 'DMY' : 'MDY';
  const other: DayMonth = value === 'DMY' ? 'MDY' : 'DMY';
  return decided(value, `dates stay in order when read as ${value} (${inv[value]} steps back) but not as ${other} (${inv[other]} steps back)${yearNote(f)}`);
};

/** Nothing decided: read provisionally as D/M/Y and say so. */
export const undecided = (f: DateOrderFacts): DateOrderDecision => ({
  value: 'DMY',
  ambiguous: true,
  locked: false,
  evidence: `nothing in the file decides between D/M/Y and M/D/Y (no field above 12, no dated media names, both readings keep the dates in order); read provisionally as D/M/Y — lock the order to confirm${yearNote(f)}`,
});

/** The rules in the order they speak; the first decision wins, and when none decides, `undecided`. */
export const DATE_ORDER_RULES: readonly DateOrderRule[] = [onlyYearFirst, fieldAbove12, mediaNames, datesInOrder];

export class DateOrderEvidence {
  private dayFirst: Vote = { count: 0, firstLine: 0, example: '' };
  private monthFirst: Vote = { count: 0, firstLine: 0, example: '' };
  private yearFirstLines = 0;
  private otherLines = 0;
  private mediaFor: Record<DayMonth, number> = { DMY: 0, MDY: 0 };
  private mediaAgainst: Record<DayMonth, number> = { DMY: 0, MDY: 0 };
  private mediaExample = '';
  private previous: [number, number, number] | null = null;
  private inversions: Record<DayMonth, number> = { DMY: 0, MDY: 0 };

  addHeader(h: HeaderMatch, line: number): void {
    if (isYearFirst(h.fields)) {
      this.yearFirstLines++;
      return;
    }
    this.otherLines++;
    const a = Number(h.fields[0]);
    const b = Number(h.fields[1]);
    const y = Number(h.fields[2]);
    if (a > 12 && a <= 31) vote(this.dayFirst, line, h.stampRaw);
    if (b > 12 && b <= 31) vote(this.monthFirst, line, h.stampRaw);
    if (this.previous) {
      const [pa, pb, py] = this.previous;
      if (compareDates(py, pb, pa, y, b, a) > 0) this.inversions.DMY++;
      if (compareDates(py, pa, pb, y, a, b) > 0) this.inversions.MDY++;
    }
    this.previous = [a, b, y];
  }

  /**
   * A media file name that carries a date: iOS names carry the message's own date, Android names the
   * date the file was written on the phone, which is on or after the message date (docs/formats.md).
   */
  addMediaName(name: string, h: HeaderMatch): void {
    if (isYearFirst(h.fields)) return;
    const ios = /(?:PHOTO|VIDEO|AUDIO|GIF|STICKER)-(\d{4})-(\d{2})-(\d{2})-\d{2}-\d{2}-\d{2}/i.exec(name);
    const android = /(?:IMG|VID|PTT|STK|AUD|GIF|DOC)-(\d{4})(\d{2})(\d{2})-WA\d{4}/i.exec(name);
    const m = ios ?? android;
    if (!m) return;
    const fileDate = [Number(m[1]), Number(m[2]), Number(m[3])] as const;
    const a = Number(h.fields[0]);
    const b = Number(h.fields[1]);
    const year = fullYear(Number(h.fields[2]), h);
    for (const order of ['DMY', 'MDY'] as const) {
      const [day, month] = order === 'DMY' ? [a, b] : [b, a];
      if (!isValidCalendarDate(year, month, day)) {
        this.mediaAgainst[order]++;
        continue;
      }
      const diffDays = (Date.UTC(fileDate[0], fileDate[1] - 1, fileDate[2]) - Date.UTC(year, month - 1, day)) / 86_400_000;
      const consistent = ios ? Math.abs(diffDays) <= 1 : diffDays >= 0 && diffDays <= 366;
      if (consistent) this.mediaFor[order]++;
      else this.mediaAgainst[order]++;
    }
    if (!this.mediaExample) this.mediaExample = `${name} on a message dated ${h.stampRaw}`;
  }

  facts(): DateOrderFacts {
    const { dayFirst, monthFirst, yearFirstLines, otherLines, mediaFor, mediaAgainst, mediaExample, inversions } = this;
    return { dayFirst, monthFirst, yearFirstLines, otherLines, mediaFor, mediaAgainst, mediaExample, inversions };
  }

  decide(locked?: DateOrder): DateOrderDecision {
    if (locked) return { value: locked, ambiguous: false, locked: true, evidence: `locked by the reviewer as ${locked}` };
    const facts = this.facts();
    for (const rule of DATE_ORDER_RULES) {
      const decision = rule(facts);
      if (decision) return decision;
    }
    return undecided(facts);
  }
}

function vote(v: Vote, line: number, example: string): void {
  if (v.count === 0) {
    v.firstLine = line;
    v.example = example;
  }
  v.count++;
}

function decided(value: DateOrder, evidence: string): DateOrderDecision {
  return { value, ambiguous: false, locked: false, evidence };
}

function compareDates(y1: number, m1: number, d1: number, y2: number, m2: number, d2: number): number {
  return y1 - y2 || m1 - m2 || d1 - d2;
}

/** Gregorian year of a header's year field: two-digit years, Thai Buddhist and Japanese eras. */
export function fullYear(field: number, h: Pick<HeaderMatch, 'era' | 'buddhist'>): number {
  if (h.era) return (ERA_START[h.era] ?? 0) + field - 1;
  if (h.buddhist) return field - 543;
  if (field < 100) return 2000 + field;
  return field;
}

/** First Gregorian year of each Japanese era, by its letter (docs/formats.md). */
const ERA_START: Record<string, number> = { R: 2019, H: 1989, S: 1926, T: 1912, M: 1868 };
