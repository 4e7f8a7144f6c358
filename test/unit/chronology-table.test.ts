// The chronology table's rows: filters by label, person, kind and words; sorting by title or kind
// keeping time order among equals; "order uncertain" only towards entries shown.
import { describe, expect, it } from 'vitest';
import { filterChoices, NO_FILTER, tableRows } from '../../renderer/src/chronology/table';
import { entry, MINUTE, T0 } from './chronology-entry';

const ana = { id: 1, name: 'Ana Ruiz' };
const outsider = { id: null, name: 'Detective Roe' };

const entries = [
  entry(1, T0, T0 + MINUTE, { title: 'Password shared', labels: ['security'], persons: [ana], overlaps: [2] }),
  entry(2, T0, T0 + 2 * MINUTE, { title: 'Approval', kind: 'finding', overlaps: [1], description: 'The memo was deleted' }),
  entry(3, T0 + 60 * MINUTE, T0 + 61 * MINUTE, { title: 'Phone seized', kind: 'event', persons: [outsider], labels: ['custody', 'security'] }),
];
const ids = (rows: { entry: { id: number } }[]) => rows.map((r) => r.entry.id);

describe('chronology table', () => {
  it('keeps the engine’s time order, or its reverse', () => {
    expect(ids(tableRows(entries, NO_FILTER, 'time', false))).toEqual([1, 2, 3]);
    expect(ids(tableRows(entries, NO_FILTER, 'time', true))).toEqual([3, 2, 1]);
  });

  it('sorts by title and by kind', () => {
    expect(ids(tableRows(entries, NO_FILTER, 'title', false))).toEqual([2, 1, 3]);
    expect(ids(tableRows(entries, NO_FILTER, 'kind', false))).toEqual([3, 2, 1]);
  });

  it('filters by label, person (of People or a free name), kind and every word searched', () => {
    expect(ids(tableRows(entries, { ...NO_FILTER, label: 'security' }, 'time', false))).toEqual([1, 3]);
    expect(ids(tableRows(entries, { ...NO_FILTER, person: 'id:1' }, 'time', false))).toEqual([1]);
    expect(ids(tableRows(entries, { ...NO_FILTER, person: 'name:Detective Roe' }, 'time', false))).toEqual([3]);
    expect(ids(tableRows(entries, { ...NO_FILTER, kind: 'finding' }, 'time', false))).toEqual([2]);
    expect(ids(tableRows(entries, { ...NO_FILTER, text: 'MEMO deleted' }, 'time', false))).toEqual([2]);
    expect(ids(tableRows(entries, { ...NO_FILTER, text: 'memo seized' }, 'time', false))).toEqual([]);
  });

  it('says an entry’s order is uncertain only towards the overlapping entries still shown', () => {
    const all = tableRows(entries, NO_FILTER, 'time', false);
    expect(all.map((r) => r.overlapsShown)).toEqual([[2], [1], []]);
    const filtered = tableRows(entries, { ...NO_FILTER, label: 'security' }, 'time', false);
    expect(filtered.map((r) => r.overlapsShown)).toEqual([[], []]);
  });

  it('offers the labels and persons the entries use as filter choices', () => {
    expect(filterChoices(entries)).toEqual({
      labels: ['custody', 'security'],
      persons: [
        { key: 'id:1', name: 'Ana Ruiz' },
        { key: 'name:Detective Roe', name: 'Detective Roe' },
      ],
    });
  });
});
