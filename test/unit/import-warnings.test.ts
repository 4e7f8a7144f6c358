// The warning cap every importer shares: the first 200 of a code as written, then one line saying
// how many more there were, so a damaged file cannot flood the case.
import { describe, expect, it } from 'vitest';
import { WARNINGS_PER_CODE, WarningList } from '../../electron/backend/importers/warnings';

describe('WarningList', () => {
  it('keeps the first warnings of each code and sums the rest in one closing line', () => {
    const w = new WarningList();
    for (let i = 1; i <= WARNINGS_PER_CODE + 5; i++) w.add(i, 'damaged_header', `line ${i} is damaged`);
    w.add(7, 'pasted_line', 'line 7 looks pasted');
    expect(w.count('damaged_header')).toBe(WARNINGS_PER_CODE + 5);
    const list = w.finish('chat.txt');
    expect(list).toHaveLength(WARNINGS_PER_CODE + 2);
    expect(list[WARNINGS_PER_CODE - 1]).toEqual({ line: WARNINGS_PER_CODE, code: 'damaged_header', message: `line ${WARNINGS_PER_CODE} is damaged` });
    expect(list.at(-1)).toEqual({ line: null, code: 'damaged_header', message: "chat.txt: 5 more 'damaged_header' warnings not listed." });
    expect(list.filter((x) => x.code === 'pasted_line')).toHaveLength(1);
  });

  it('writes into a list the caller already holds', () => {
    const held = [{ line: null, code: 'zone_assumed', message: 'the zone was assumed' }];
    const w = new WarningList(held);
    w.add(3, 'pasted_line', 'line 3 looks pasted');
    expect(w.finish('chat.txt')).toBe(held);
    expect(held.map((x) => x.code)).toEqual(['zone_assumed', 'pasted_line']);
  });
});
