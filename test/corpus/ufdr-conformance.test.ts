// Corpus conformance for Cellebrite reports: each sample of the corpus's ufdr folder imports, as a
// bare XML report, with the messages, conversations and deletions its expected.json states; the
// invented report also inside a .ufdr zip built around it here.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { Engine } from '../../electron/backend/api';
import { openEngine } from '../support/engines';
import { tempDir } from '../support/temp';
import { ufdrZip } from '../fixtures/ufdr';
import { corpusJson, corpusPath, describeCorpus, itHasSamples } from './locate';

interface Expected {
  file: string;
  messages: number;
  conversations: number;
  deleted: number;
  deletedStates?: Record<string, number>;
  apps?: Record<string, number>;
}

const samples = corpusJson<Expected>('ufdr', 'expected.json');

async function importReport(path: string): Promise<{ engine: Engine; source: Awaited<ReturnType<Engine['runImport']>['done']>['sources'][number] }> {
  const engine = openEngine(join(tempDir(), 'c.threadline'));
  const summary = await engine.runImport({ paths: [path], timeZone: 'UTC' }).done;
  return { engine, source: summary.sources[0]! };
}

/** Messages of the case counted by a value their provenance (messages.raw) records. */
function countedBy(engine: Engine, path: string, where = '1'): Record<string, number> {
  const rows = engine.caseFile.reader.prepare(`SELECT json_extract(raw, ?) AS k, count(*) AS n FROM messages WHERE ${where} GROUP BY k`).all(path) as { k: string; n: number }[];
  return Object.fromEntries(rows.map((r) => [r.k, r.n]));
}

const texts = (engine: Engine) => engine.caseFile.reader.prepare('SELECT body FROM messages ORDER BY conversation_id, seq').pluck().all();

describeCorpus('Cellebrite report', () => {
  itHasSamples(samples, 'Cellebrite report samples');

  it.each(samples.items)('$file gives the counts expected.json states', async (expected) => {
    const { engine, source } = await importReport(corpusPath('ufdr', expected.file));
    expect(source).toMatchObject({ format: 'ufdr', messages: expected.messages, conversations: expected.conversations });
    expect(countedBy(engine, '$.deletedState', 'deleted = 1')).toEqual(expected.deletedStates ?? {});
    expect(engine.caseFile.reader.prepare('SELECT count(*) FROM messages WHERE deleted = 1').pluck().get()).toBe(expected.deleted);
    if (expected.apps) expect(countedBy(engine, '$.app')).toEqual(expected.apps);
  });

  it('the invented report inside a .ufdr imports alike, its Confide items unrecoverable by design', async () => {
    const dir = tempDir();
    const ufdr = join(dir, 'phone.ufdr');
    writeFileSync(ufdr, ufdrZip(readFileSync(corpusPath('ufdr', 'invented__synthetic-report.xml'), 'utf8')));
    const zipped = await importReport(ufdr);
    expect(zipped.source).toMatchObject({ format: 'ufdr', messages: 30, conversations: 3 });
    const confide = zipped.engine.caseFile.reader.prepare(`SELECT count(*) FROM messages WHERE content_status = 'unrecoverable_by_design'`).pluck().get() as number;
    expect(confide).toBeGreaterThanOrEqual(8);
    const bare = join(dir, 'report.xml');
    copyFileSync(corpusPath('ufdr', 'invented__synthetic-report.xml'), bare);
    expect(texts((await importReport(bare)).engine)).toEqual(texts(zipped.engine));
  });
});
