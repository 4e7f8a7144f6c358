// RSMF 2.0 from a production: the e-mail layer's headers, one zip holding the manifest and the
// attachments carried, slices of one conversation sharing an event collection id, and a round trip:
// the files re-import into a new case with the same messages, authors, times, flags, edits, reactions
// and reply parents.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openEngine } from '../support/engines';
import { PNG, produce, productionCase } from './production-fixture';
import { rsmfParts } from './production-files';

interface Row {
  native_id: string;
  author: string | null;
  body: string;
  sent_at: number;
  deleted: number;
  edited: number;
  thread_parent: string | null;
  events: string | null;
}

const ROWS = `SELECT m.native_id, p.name AS author, m.body, m.sent_at, m.deleted, m.edited, m.thread_parent,
                     (SELECT group_concat(e.kind || ':' || coalesce(e.value, ''), '|') FROM message_events e WHERE e.target_message_id = m.id) AS events
              FROM messages m LEFT JOIN participants p ON p.id = m.author_id WHERE m.native_id LIKE 'e%' ORDER BY m.sent_at, m.native_id`;

describe('RSMF', () => {
  it('writes one valid container per document with the collection headers, slices sharing one collection id', async () => {
    const c = await productionCase();
    const out = join(c.dir, 'p');
    await produce(c.engine, { query: 'permit OR lunch', batesPrefix: 'R-', formats: ['rsmf'], outDir: out });
    const files = readdirSync(join(out, 'NATIVES')).sort();
    expect(files).toEqual(['R-0000001.rsmf', 'R-0000004.rsmf', 'R-0000007.rsmf']);
    const parts = files.map((f) => rsmfParts(readFileSync(join(out, 'NATIVES', f))));
    const first = parts[0]!;
    expect(Object.fromEntries([...first.headers].filter(([k]) => k.startsWith('x-rsmf-') && !['x-rsmf-eventcollectionid', 'x-rsmf-sourcesha256', 'x-rsmf-generator'].includes(k)))).toEqual({
      'x-rsmf-version': '2.0.0',
      'x-rsmf-application': 'slack',
      'x-rsmf-custodian': 'Ana Ruiz',
      'x-rsmf-participants': 'Ana Ruiz, Ben Okafor',
      'x-rsmf-eventcount': '3',
      'x-rsmf-attachmentcount': '0',
      'x-rsmf-begindate': '2024-03-01T09:00:00.000Z',
      'x-rsmf-enddate': '2024-03-01T09:10:00.000Z',
      'x-rsmf-begbates': 'R-0000001',
      'x-rsmf-endbates': 'R-0000003',
    });
    expect(new Set(parts.map((p) => p.headers.get('x-rsmf-eventcollectionid'))).size).toBe(1);
    expect([...first.zip.keys()]).toEqual(['rsmf_manifest.json']);
    const manifest = JSON.parse(first.zip.get('rsmf_manifest.json')!.toString('utf8')) as { eventcollectionid: string; events: { custom: { name: string; value: string }[] }[] };
    expect(manifest.eventcollectionid).toBe(first.headers.get('x-rsmf-eventcollectionid'));
    expect(manifest.events.map((e) => e.custom.find((x) => x.name === 'bates')!.value)).toEqual(['R-0000001', 'R-0000002', 'R-0000003']);
    expect(first.text).toContain('Ana Ruiz\r\n\r\nThe permit fee is due Friday.\r\n');
    // A reply whose parent went out in another slice names it in custom, as a parent must be in its own slice.
    const second = JSON.parse(parts[1]!.zip.get('rsmf_manifest.json')!.toString('utf8')) as { events: { id: string; parent?: string; custom: { name: string; value: string }[] }[] };
    const reply = second.events.find((e) => e.id === 'e5')!;
    expect(reply.parent).toBeUndefined();
    expect(reply.custom).toContainEqual({ name: 'parent_outside_slice', value: 'e1' });
  });

  it('re-imports into a new case with the same messages, authors, times, flags, edits, reactions and parents', async () => {
    const c = await productionCase();
    const out = join(c.dir, 'p');
    // One document per conversation, so that every reply's parent is in its file.
    await produce(c.engine, { query: 'permit OR lunch', batesPrefix: 'R-', formats: ['rsmf'], unit: 'conversation', outDir: out });
    const before = c.engine.caseFile.reader.prepare(ROWS).all() as Row[];
    const again = openEngine(join(c.dir, 'again.threadline'), { defaultTimeZone: 'UTC' });
    const natives = readdirSync(join(out, 'NATIVES')).map((f) => join(out, 'NATIVES', f));
    await again.runImport({ paths: natives, timeZone: 'UTC' }).done;
    const after = again.caseFile.reader.prepare(ROWS).all() as Row[];
    expect(after).toEqual(before);
    expect(before.map((r) => r.native_id)).toEqual(['e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7']);
    expect(before.find((r) => r.native_id === 'e6')!.deleted).toBe(1);
    expect(before.find((r) => r.native_id === 'e5')!.thread_parent).toBe('e1');
    expect(again.caseFile.reader.prepare('SELECT code, message FROM source_warnings').all()).toEqual([]);
    // The attachment travelled in the zip: the same bytes, hashed alike.
    const attachment = (e: typeof again) => e.caseFile.reader.prepare('SELECT name, present, size, sha256 FROM attachments').all();
    expect(attachment(again)).toEqual(attachment(c.engine));
    expect(attachment(again)).toEqual([{ name: 'lunch.png', present: 1, size: PNG.length, sha256: createHash('sha256').update(PNG).digest('hex') }]);
  });
});
