// The warning cap every importer shares: the first 200 of a code as written, then one line saying
// how many more there were, so a damaged file cannot flood the case. And the files a folder import
// skips are each said, links included.
import { describe, expect, it } from 'vitest';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { WARNINGS_PER_CODE, WarningList } from '../../electron/backend/importers/warnings';
import { expandPaths } from '../../electron/backend/ingest/expand';
import { planImport } from '../../electron/backend/ingest/plan';
import { tempDir, writeText } from '../support/temp';

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

describe('files a folder holds that are not regular files', () => {
  it('a symbolic link is skipped with a sentence saying so, never followed', async () => {
    const dir = tempDir();
    writeText(dir, 'chat.txt', '18/03/2022, 10:00 - Ana: hi\n');
    symlinkSync('/etc/hostname', join(dir, 'linked.txt'));
    const plan = await planImport(await expandPaths([dir]), { isCancelled: () => false, progress: () => {} });
    expect(plan.sources.map((s) => s.format)).toEqual(['whatsapp']);
    expect(plan.skipped).toEqual([{ path: join(dir, 'linked.txt'), reason: expect.stringMatching(/^linked\.txt is a symbolic link; links inside a folder are not followed/) }]);
  });
});
