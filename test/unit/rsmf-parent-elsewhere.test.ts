// The round trip of a reply whose parent a production sent in another document: our RSMF names the
// parent and its Bates number in custom fields (an RSMF `parent` must be in the same file), and the
// importer reads them back, so the reply keeps its parent and RS-3 says where the parent went instead
// of calling it missing. A parent named outside the file without a number is still a lead.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportedSource } from '../../shared/model';
import type { Engine } from '../../electron/backend/api';
import { manifest, PNG, produce, productionCase } from '../engine/production-fixture';
import { rsmfParts } from '../engine/production-files';
import { openEngine } from '../support/engines';
import { tempDir, writeText } from '../support/temp';

type Event = { id: string; parent?: string; custom?: { name: string; value: string }[] };

interface Reimported {
  engine: Engine;
  source: ImportedSource;
  reply: { thread_parent: string | null };
  findings: { rule: string; type: string; strength: string; explanation: string }[];
}

async function reimport(path: string, replyId: string): Promise<Reimported> {
  const engine = openEngine(join(tempDir(), 'again.threadline'), { defaultTimeZone: 'UTC' });
  const { sources } = await engine.runImport({ paths: [path], timeZone: 'UTC' }).done;
  const db = engine.caseFile.reader;
  const reply = db.prepare('SELECT thread_parent FROM messages WHERE native_id = ?').get(replyId) as Reimported['reply'];
  const findings = db.prepare("SELECT rule, type, strength, explanation FROM findings WHERE rule = 'RS-3'").all() as Reimported['findings'];
  return { engine, source: sources[0]!, reply, findings };
}

/** 'permit' selects e1 (1 March) and its reply e5 (2 March): the reply's document cannot hold its parent. */
async function producedReply() {
  const c = await productionCase();
  const out = join(c.dir, 'p');
  await produce(c.engine, { query: 'permit', batesPrefix: 'ABC-', formats: ['rsmf', 'text'], outDir: out });
  return { out, native: join(out, 'NATIVES', 'ABC-0000004.rsmf') };
}

describe('a reply whose parent went out in another document', () => {
  it('is written with the parent’s event id and Bates number in custom fields, and the text names the number', async () => {
    const { out, native } = await producedReply();
    const { events } = JSON.parse(rsmfParts(readFileSync(native)).zip.get('rsmf_manifest.json')!.toString('utf8')) as { events: Event[] };
    const reply = events.find((e) => e.id === 'e5')!;
    expect(reply.parent).toBeUndefined();
    expect(reply.custom).toEqual(expect.arrayContaining([{ name: 'parent_outside_slice', value: 'e1' }, { name: 'parent_bates', value: 'ABC-0000001' }]));
    expect(readFileSync(join(out, 'TEXT', 'ABC-0000004.txt'), 'utf8')).toContain('> Ana Ruiz (ABC-0000001): The permit fee is due Friday.');
    // The parent's own document holds it whole: nothing of the kind is written there.
    const first = JSON.parse(rsmfParts(readFileSync(join(out, 'NATIVES', 'ABC-0000001.rsmf'))).zip.get('rsmf_manifest.json')!.toString('utf8')) as { events: Event[] };
    expect(first.events.flatMap((e) => e.custom ?? []).filter((x) => x.name.startsWith('parent_'))).toEqual([]);
  });

  it('keeps its parent when re-imported, with no orphan warning and RS-3 as context naming the Bates number', async () => {
    const { native } = await producedReply();
    const again = await reimport(native, 'e5');
    expect(again.reply.thread_parent).toBe('e1');
    expect(again.source.warnings.map((w) => w.code)).not.toContain('rsmf_orphan_parent');
    expect(again.findings).toHaveLength(1);
    expect(again.findings[0]).toMatchObject({ type: 'context', strength: 'context' });
    expect(again.findings[0]!.explanation).toContain('e1');
    expect(again.findings[0]!.explanation).toContain('ABC-0000001');
  });

  it('stays a lead (an orphan warning and a high RS-3) when the file names a parent outside it without a number', async () => {
    const dir = tempDir();
    const m = manifest() as { events: Event[] };
    m.events = m.events.filter((e) => e.id !== 'e1').map((e) => (e.id === 'e5' ? { ...e, parent: undefined, custom: [{ name: 'parent_outside_slice', value: 'e1' }] } : e));
    writeText(dir, 'lunch.png', PNG);
    const again = await reimport(writeText(dir, 'rsmf_manifest.json', JSON.stringify(m)), 'e5');
    expect(again.reply.thread_parent).toBe('e1');
    expect(again.source.warnings.map((w) => w.code)).toContain('rsmf_orphan_parent');
    expect(again.findings).toEqual([expect.objectContaining({ type: 'missing_referenced', strength: 'high' })]);
  });
});
