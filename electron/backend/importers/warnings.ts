// An importer's warnings: every code counted, the first WARNINGS_PER_CODE of each kept as written,
// the rest summed in one closing line per code, so a damaged file cannot flood the case.
import type { ImportWarning } from '../../../shared/model';

export const WARNINGS_PER_CODE = 200;

export class WarningList {
  private readonly counts = new Map<string, number>();

  /** `list` receives the warnings: a fresh array, or one the caller already holds. */
  constructor(readonly list: ImportWarning[] = []) {}

  add(line: number | null, code: string, message: string): void {
    const n = (this.counts.get(code) ?? 0) + 1;
    this.counts.set(code, n);
    if (n <= WARNINGS_PER_CODE) this.list.push({ line, code, message });
  }

  count(code: string): number {
    return this.counts.get(code) ?? 0;
  }

  /** Adds the closing line of each code over the cap (naming the file as `label`) and returns the list. */
  finish(label: string): ImportWarning[] {
    for (const [code, n] of this.counts) {
      if (n > WARNINGS_PER_CODE) this.list.push({ line: null, code, message: `${label}: ${n - WARNINGS_PER_CODE} more '${code}' warnings not listed.` });
    }
    return this.list;
  }
}
