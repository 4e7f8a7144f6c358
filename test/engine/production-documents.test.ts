// Productions through the engine API: documents per conversation-day, a reply's parent brought in as
// context, Bates numbers continuous across documents and productions and never reused, the frozen
// record of which message went out under which number, the cover's sources and audit head, the load
// file, the output folder's rules, and a cancel that leaves nothing behind.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planDocuments } from '../../electron/backend/production/documents';
import { cancelAndExpectNothingLeft, produce, productionCase } from './production-fixture';

const frozen = (c: Awaited<ReturnType<typeof productionCase>>, productionId: number) =>
  c.engine.caseFile.reader.prepare('SELECT message_id AS id, doc_index AS doc, bates_number AS n, context FROM production_messages WHERE production_id = ? ORDER BY n').all(productionId) as {
    id: number;
    doc: number;
    n: number;
    context: number;
  }[];

describe('documents and Bates numbers', () => {
  it('makes one document per conversation-day, numbered without a gap, and records every number', async () => {
    const c = await productionCase();
    const job = await produce(c.engine, { query: 'permit', batesPrefix: 'ABC-', formats: ['text', 'dat'], outDir: join(c.dir, 'p1') });
    expect(job.state).toBe('done');
    const p = job.production!;
    expect([p.batesBegin, p.batesEnd, p.documents, p.messages]).toEqual(['ABC-0000001', 'ABC-0000006', 3, 6]);
    const rows = frozen(c, p.id);
    expect(rows.map((r) => r.n)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(rows.map((r) => r.id)).toEqual([c.ids.e1, c.ids.e2, c.ids.e3, c.ids.e5, c.ids.e6, c.ids.e7]);
    expect(rows.map((r) => r.doc)).toEqual([0, 0, 0, 1, 1, 2]);
    expect(readdirSync(join(c.dir, 'p1', 'TEXT')).sort()).toEqual(['ABC-0000001.txt', 'ABC-0000004.txt', 'ABC-0000006.txt']);
    const audit = c.engine.caseFile.reader.prepare("SELECT actor, detail FROM audit WHERE action = 'production.create'").get() as { actor: string; detail: string };
    expect(audit.actor).toBe('Pat Lee');
    expect(JSON.parse(audit.detail)).toMatchObject({ batesBegin: 'ABC-0000001', batesEnd: 'ABC-0000006', documents: 3 });
  });

  it('continues the numbering in a later production, says what changed, and refuses a start that reuses a number', async () => {
    const c = await productionCase();
    await produce(c.engine, { query: 'permit', batesPrefix: 'ABC-', formats: ['text'], outDir: join(c.dir, 'p1') });
    await c.engine.api.applyTag({ tag: 'Responsive', target: { scope: 'message', messageIds: [c.ids.e4!] } });
    const second = await produce(c.engine, { query: 'permit', batesPrefix: 'ABC-', formats: ['text'], outDir: join(c.dir, 'p2') });
    expect([second.production!.batesBegin, second.production!.batesEnd]).toEqual(['ABC-0000007', 'ABC-0000012']);
    expect(second.production!.changes).toEqual({ previousProductionId: 1, added: 0, removed: 0 });
    const third = await produce(c.engine, { query: 'permit OR lunch', batesPrefix: 'ABC-', formats: ['text'], outDir: join(c.dir, 'p3') });
    expect(third.production!.batesBegin).toBe('ABC-0000013');
    expect(third.production!.changes).toBeNull();
    await expect(c.engine.api.produce({ query: 'permit', batesPrefix: 'ABC-', start: 10, formats: ['text'], outDir: join(c.dir, 'p4') })).rejects.toThrow(/would reuse production 2's range/);
    expect(frozen(c, 1).map((r) => r.n)).toEqual([1, 2, 3, 4, 5, 6]);
    const other = await produce(c.engine, { query: 'permit', batesPrefix: 'XYZ', start: 100, padding: 4, formats: ['text'], outDir: join(c.dir, 'p5') });
    expect([other.production!.batesBegin, other.production!.batesEnd]).toEqual(['XYZ0100', 'XYZ0105']);
  });

  it('brings the parent of a selected reply into its document as context, with a number of its own', async () => {
    const c = await productionCase();
    const job = await produce(c.engine, { query: 'approved', batesPrefix: 'CTX-', formats: ['text', 'html'], outDir: join(c.dir, 'p') });
    const rows = frozen(c, job.production!.id);
    expect(rows).toEqual([
      { id: c.ids.e1, doc: 0, n: 1, context: 1 },
      { id: c.ids.e5, doc: 0, n: 2, context: 0 },
    ]);
    const text = readFileSync(join(c.dir, 'p', 'TEXT', 'CTX-0000001.txt'), 'utf8');
    expect(text).toContain('CTX-0000001 2024-03-01 09:00:00 (UTC) Ana Ruiz [context]');
    expect(text).toContain('  > Ana Ruiz: The permit fee is due Friday.');
    expect(readFileSync(join(c.dir, 'p', 'HTML', 'CTX-0000001.html'), 'utf8')).toContain('context: parent of a produced reply');
  });

  it('slices a day above the limit (into 8-hour parts when a 12-hour half is still above it), and makes one document of a whole conversation', async () => {
    const c = await productionCase();
    const db = c.engine.caseFile.reader;
    const ids = db.prepare("SELECT id FROM messages WHERE native_id LIKE 'e%' ORDER BY id").pluck().all() as number[];
    const byDay = planDocuments(db, ids, 'day', 'UTC', 2);
    expect(byDay.map((d) => [d.label, d.entries.length])).toEqual([
      ['2024-03-01 (08:00–16:00, part 2 of 3)', 3],
      ['2024-03-02 (08:00–16:00, part 2 of 3)', 3],
      ['2024-03-03', 1],
    ]);
    expect(planDocuments(db, ids, 'day', 'UTC', 3).map((d) => d.label)).toEqual(['2024-03-01', '2024-03-02', '2024-03-03']);
    const whole = planDocuments(db, ids, 'conversation', 'UTC');
    expect(whole.map((d) => [d.label, d.entries.length])).toEqual([['whole conversation', 7]]);
    // A day is counted in the production's zone: in Honolulu (UTC−10) 09:00 UTC on 1 March is 23:00 on 29 February, and
    // 10:00 UTC on 2 March and 08:00 UTC on 3 March fall on the same local day.
    expect(planDocuments(db, ids, 'day', 'Pacific/Honolulu').map((d) => [d.label, d.entries.length])).toEqual([
      ['2024-02-29', 3],
      ['2024-03-02', 4],
    ]);
  });
});

describe('the cover sheet and the load file', () => {
  it('names each source with its SHA-256, the counts, the Bates range and the audit head', async () => {
    const c = await productionCase();
    const job = await produce(c.engine, { query: 'permit OR hello', batesPrefix: 'ABC-', formats: ['html'], outDir: join(c.dir, 'p') });
    const html = readFileSync(join(c.dir, 'p', 'production.html'), 'utf8');
    const hashes = c.engine.caseFile.reader.prepare('SELECT sha256 FROM sources').pluck().all() as string[];
    expect(hashes).toHaveLength(2);
    for (const h of hashes) expect(html).toContain(h);
    expect(html).toContain(`${job.production!.batesBegin} – ${job.production!.batesEnd}`);
    expect(html).toContain(job.production!.auditHead);
    expect(html).toMatch(/<th>Deleted messages<\/th><td>1<\/td>/);
    expect(html).toContain('<th>Date range</th><td>2023-03-01 09:00:00 – 2024-03-03 08:00:00 (UTC)</td>');
    const meta = JSON.parse(readFileSync(join(c.dir, 'p', 'DATA', 'production.json'), 'utf8')) as { auditHead: string; cover: { sources: unknown[] } };
    expect(meta.auditHead).toBe(job.production!.auditHead);
    expect(meta.cover.sources).toHaveLength(2);
  });

  it('writes a Concordance DAT naming every file of every document', async () => {
    const c = await productionCase();
    await produce(c.engine, { query: 'permit', batesPrefix: 'ABC-', formats: ['dat', 'rsmf'], outDir: join(c.dir, 'p') });
    const dat = readFileSync(join(c.dir, 'p', 'DATA', 'loadfile.dat'), 'utf8');
    expect(dat.startsWith('\ufeffþBEGBATESþ\u0014þENDBATESþ')).toBe(true);
    const rows = dat.slice(1).trimEnd().split('\r\n').map((l) => l.split('\u0014').map((f) => f.replace(/^þ|þ$/g, '')));
    const header = rows[0]!;
    const records = rows.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
    expect(records.map((r) => [r.BEGBATES, r.ENDBATES, r.MESSAGECOUNT])).toEqual([
      ['ABC-0000001', 'ABC-0000003', '3'],
      ['ABC-0000004', 'ABC-0000005', '2'],
      ['ABC-0000006', 'ABC-0000006', '1'],
    ]);
    for (const r of records) {
      for (const path of [r.NATIVEPATH!, r.TEXTPATH!]) expect(existsSync(join(c.dir, 'p', path))).toBe(true);
      expect(r.CUSTODIAN).toBe('Ana Ruiz');
      expect(r.SOURCEHASH).toMatch(/^[0-9a-f]{64}$/);
    }
  });
});

describe('the preview', () => {
  it('shows the cover and the first document as numbered now, and records nothing', async () => {
    const c = await productionCase();
    const preview = await c.engine.api.previewProduction({ query: 'permit', batesPrefix: 'ABC-' });
    expect(preview).toMatchObject({ documents: 3, messages: 6, withheldDocuments: 0, batesBegin: 'ABC-0000001', batesEnd: 'ABC-0000006' });
    expect(preview.html).toContain('<h1>Production ABC-0000001 – ABC-0000006</h1>');
    expect(preview.html).toContain('The permit fee is due Friday.');
    expect(preview.html).not.toContain('permit privileged advice');
    expect(await c.engine.api.listProductions({})).toEqual([]);
  });
});

describe('the redactions the cover counts', () => {
  const applied = (html: string) => /<th>Redactions applied<\/th><td>(\d+)<\/td>/.exec(html)?.[1];

  it('counts in the preview the redactions in force on what would go out, as the production then records them', async () => {
    const c = await productionCase();
    expect(applied((await c.engine.api.previewProduction({ query: 'permit', batesPrefix: 'ABC-' })).html)).toBe('0');
    await c.engine.api.addRedaction({ messageId: c.ids.e2!, kind: 'text', start: 0, end: 4, reason: 'Personal data' });
    await c.engine.api.addRedaction({ messageId: c.ids.e6!, kind: 'message', reason: 'Privileged' });
    const removed = await c.engine.api.addRedaction({ messageId: c.ids.e3!, kind: 'message', reason: 'Privileged' });
    await c.engine.api.removeRedaction({ redactionId: removed.id });
    // The WhatsApp conversation is not selected by 'permit': its redaction goes out nowhere.
    const hello = c.engine.caseFile.reader.prepare("SELECT id FROM messages WHERE body = 'hello 0'").pluck().get() as number;
    await c.engine.api.addRedaction({ messageId: hello, kind: 'message', reason: 'Personal data' });
    const preview = await c.engine.api.previewProduction({ query: 'permit', batesPrefix: 'ABC-' });
    expect(preview.redactions).toBe(2);
    expect(applied(preview.html)).toBe('2');
    const job = await produce(c.engine, { query: 'permit', batesPrefix: 'ABC-', formats: ['html'], outDir: join(c.dir, 'p') });
    expect(job.production!.redactions).toBe(2);
    expect(applied(readFileSync(join(c.dir, 'p', 'production.html'), 'utf8'))).toBe('2');
  });

  it('counts a redaction of a parent quoted by a reply in another day, and none in a withheld document', async () => {
    const c = await productionCase();
    await c.engine.api.addRedaction({ messageId: c.ids.e1!, kind: 'text', start: 4, end: 10, reason: 'Personal data' });
    await c.engine.api.addRedaction({ messageId: c.ids.e7!, kind: 'text', start: 0, end: 6, reason: 'Privileged' });
    const conversationId = c.engine.caseFile.reader.prepare('SELECT conversation_id FROM messages WHERE id = ?').pluck().get(c.ids.e7) as number;
    await c.engine.api.applyTag({ tag: 'Privileged', target: { scope: 'day', conversationId, day: '2024-03-03' } });
    // The reply alone (e5, 2 March) goes out with its parent e1 of 1 March, whose redaction applies there.
    const reply = await c.engine.api.previewProduction({ query: 'approved', batesPrefix: 'ABC-' });
    expect(reply).toMatchObject({ messages: 1, redactions: 1 });
    const withheld = await c.engine.api.previewProduction({ query: 'permit', batesPrefix: 'ABC-', withholdTag: 'Privileged' });
    expect(withheld).toMatchObject({ withheldDocuments: 1, redactions: 1 });
    const job = await produce(c.engine, { query: 'permit', batesPrefix: 'ABC-', formats: ['text'], withholdTag: 'Privileged', outDir: join(c.dir, 'p') });
    expect(job.production!.redactions).toBe(1);
  });
});

describe('the output folder', () => {
  it('holds a folder only for the formats asked for, and the DAT names no PDF when none was printed', async () => {
    const c = await productionCase();
    const out = join(c.dir, 'p');
    await produce(c.engine, { query: 'permit', batesPrefix: 'ABC-', formats: ['dat'], outDir: out });
    expect(readdirSync(out).sort()).toEqual(['DATA', 'TEXT']);
    const [header, ...records] = readFileSync(join(out, 'DATA', 'loadfile.dat'), 'utf8').slice(1).trimEnd().split('\r\n').map((l) => l.split('\u0014').map((f) => f.replace(/^þ|þ$/g, '')));
    const column = (name: string) => records.map((r) => r[header!.indexOf(name)]);
    expect(column('PDFPATH')).toEqual(['', '', '']);
    expect(column('NATIVEPATH')).toEqual(['', '', '']);
    expect(column('TEXTPATH')).toEqual(['TEXT/ABC-0000001.txt', 'TEXT/ABC-0000004.txt', 'TEXT/ABC-0000006.txt']);
  });

  it('makes no NATIVES folder when every document is withheld', async () => {
    const c = await productionCase();
    const conversationId = c.engine.caseFile.reader.prepare('SELECT conversation_id FROM messages WHERE id = ?').pluck().get(c.ids.e7) as number;
    await c.engine.api.applyTag({ tag: 'Privileged', target: { scope: 'day', conversationId, day: '2024-03-03' } });
    const out = join(c.dir, 'p');
    await produce(c.engine, { query: 'advice', batesPrefix: 'ABC-', formats: ['rsmf', 'html'], withholdTag: 'Privileged', outDir: out });
    expect(readdirSync(out).sort()).toEqual(['DATA', 'HTML', 'production.html']);
  });

  it('must be new or empty, and an empty one is used', async () => {
    const c = await productionCase();
    const full = join(c.dir, 'full');
    mkdirSync(full);
    writeFileSync(join(full, 'x.txt'), 'x');
    await expect(c.engine.api.produce({ query: 'permit', batesPrefix: 'A', formats: ['text'], outDir: full })).rejects.toThrow(/is not empty/);
    const empty = join(c.dir, 'empty');
    mkdirSync(empty);
    expect((await produce(c.engine, { query: 'permit', batesPrefix: 'A', formats: ['text'], outDir: empty })).state).toBe('done');
    expect(readdirSync(join(empty, 'TEXT'))).toHaveLength(3);
  });

  it('is left absent, with nothing recorded, when the production is cancelled', async () => {
    const c = await productionCase();
    const out = join(c.dir, 'cancelled');
    const { jobId } = await c.engine.api.produce({ query: 'permit', batesPrefix: 'A', formats: ['text', 'html', 'rsmf', 'dat'], outDir: out });
    await cancelAndExpectNothingLeft(c, jobId, out);
  });

  it('refuses a search that selects nothing, naming it', async () => {
    const c = await productionCase();
    await expect(c.engine.api.produce({ query: 'zebra', batesPrefix: 'A', formats: ['text'], outDir: join(c.dir, 'p') })).rejects.toThrow('The search "zebra" selects no messages, so there is nothing to produce.');
  });
});
