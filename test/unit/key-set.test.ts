// The key set importers keep hundreds of thousands of ids in (importers/key-set.ts): each key numbered
// in the order first added, found again after the store and the table grow, cleared for reuse.
import { describe, expect, it } from 'vitest';
import { KeySet } from '../../electron/backend/importers/key-set';

describe('KeySet', () => {
  it('numbers each key once, in the order first added, and finds all of 50,000 again after growing', () => {
    const keys = new KeySet('utf8');
    const key = (n: number) => (n % 5 === 0 ? `ünï-${n}` : `k${n}`);
    for (let n = 0; n < 50_000; n++) expect(keys.add(key(n))).toBe(n);
    expect(keys.size).toBe(50_000);
    for (let n = 0; n < 50_000; n += 37) {
      expect(keys.add(key(n))).toBe(n);
      expect(keys.has(key(n))).toBe(true);
    }
    expect(keys.size).toBe(50_000);
    // Longer, shorter and empty keys are other keys.
    expect(keys.has(`${key(1)}0`)).toBe(false);
    expect(keys.has(key(12).slice(1))).toBe(false);
    expect(keys.add('')).toBe(50_000);
    expect(keys.add('')).toBe(50_000);
  });

  it('keeps strings that differ only in lone surrogates apart when keyed by UTF-16, as UTF-8 cannot', () => {
    const exact = new KeySet('utf16le');
    expect([exact.add('a\uD800'), exact.add('a\uD801'), exact.add('a\uD800')]).toEqual([0, 1, 0]);
    const small = new KeySet('utf8');
    expect([small.add('a\uD800'), small.add('a\uD801')]).toEqual([0, 0]);
  });

  it('forgets every key when cleared', () => {
    const keys = new KeySet('utf16le');
    for (let n = 0; n < 1000; n++) keys.add(`id${n}`);
    keys.clear();
    expect(keys.size).toBe(0);
    expect(keys.has('id5')).toBe(false);
    expect(keys.add('id5')).toBe(0);
  });
});
