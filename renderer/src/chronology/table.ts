// The chronology table's rows: filtered by label, person, kind and a text search, sorted by time,
// title or kind. Only the time order can be wrong, so only it says "order uncertain": an entry
// whose span overlaps another's shown in the table has no claimed place before or after it.
import type { ChronologyEntry, ChronologyKind } from '../../../shared/chronology';

export type SortKey = 'time' | 'title' | 'kind';

export interface TableFilter {
  label: string | null;
  /** A person by `id:<n>` or `name:<free name>` (personKey). */
  person: string | null;
  kind: ChronologyKind | null;
  text: string;
}

export const NO_FILTER: TableFilter = { label: null, person: null, kind: null, text: '' };

export interface TableRow {
  entry: ChronologyEntry;
  /** Entries shown in the table whose spans overlap this one's. */
  overlapsShown: number[];
}

export function personKey(p: { id: number | null; name: string }): string {
  return p.id === null ? `name:${p.name}` : `id:${p.id}`;
}

/** Everything a search can find an entry by: its words, people, labels, the evidence quoted and cited. */
function searchableText(e: ChronologyEntry): string {
  return [e.title, e.description, e.displayTime, e.sourceTime ?? '', ...e.people, ...e.labels, e.finding?.explanation ?? '', ...e.citations.flatMap((c) => [c.body, c.author ?? '', c.file])]
    .join('\n')
    .toLocaleLowerCase();
}

function matches(e: ChronologyEntry, f: TableFilter): boolean {
  if (f.label !== null && !e.labels.includes(f.label)) return false;
  if (f.person !== null && !e.persons.some((p) => personKey(p) === f.person)) return false;
  if (f.kind !== null && e.kind !== f.kind) return false;
  const words = f.text.toLocaleLowerCase().split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return true;
  const text = searchableText(e);
  return words.every((w) => text.includes(w));
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** The entries as the engine listed them (earliest first) filtered, then sorted by `sort`. */
export function tableRows(entries: readonly ChronologyEntry[], filter: TableFilter, sort: SortKey, descending: boolean): TableRow[] {
  const shown = entries.filter((e) => matches(e, filter));
  const ids = new Set(shown.map((e) => e.id));
  const order = (a: ChronologyEntry, b: ChronologyEntry) => (sort === 'title' ? collator.compare(a.title, b.title) : sort === 'kind' ? collator.compare(a.kind, b.kind) : 0);
  // A stable sort keeps the engine's time order within equal titles or kinds.
  const sorted = sort === 'time' ? [...shown] : [...shown].sort(order);
  if (descending) sorted.reverse();
  return sorted.map((entry) => ({ entry, overlapsShown: entry.overlaps.filter((id) => ids.has(id)) }));
}

/** The labels and persons the entries use, for the filters' choices. */
export function filterChoices(entries: readonly ChronologyEntry[]): { labels: string[]; persons: { key: string; name: string }[] } {
  const labels = [...new Set(entries.flatMap((e) => e.labels))].sort(collator.compare);
  const persons = new Map<string, string>();
  for (const p of entries.flatMap((e) => e.persons)) persons.set(personKey(p), p.name);
  return { labels, persons: [...persons].map(([key, name]) => ({ key, name })).sort((a, b) => collator.compare(a.name, b.name)) };
}
