// The chronology through the engine's API: the four kinds of entry ordered by their spans, several
// chronologies, every change audited under the reviewer named, the self-check's warnings, and the
// CSV, HTML and PDF exports with a CSV import that reports every row.
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChronologyEntry } from '../../shared/chronology';
import { removeSource } from '../../electron/backend/case/writer';
import { pdfPageTexts } from './production-files';
import { produce, productionCase, type ProductionCase } from './production-fixture';

const chromium = existsSync(process.env.THREADLINE_CHROMIUM || '/usr/bin/chromium');

/** A message, a range, a deletion finding, an outside event and a conversation-day. */
async function builtChronology(c: ProductionCase) {
  const api = c.engine.api;
  const reviewer = 'Dana Ito';
  const finding = (await api.listFindings({ type: 'deleted' })).findings[0]!;
  const password = await api.addChronologyEntry({ title: 'Password shared', description: 'Ben sends the folder password.', people: ['Ben Okafor'], labels: ['security'], evidence: { kind: 'messages', messageIds: [c.ids.e2!] }, reviewer });
  const range = await api.addChronologyEntry({ title: 'Lunch and approval', evidence: { kind: 'messages', messageIds: [c.ids.e5!, c.ids.e4!] }, reviewer });
  const deletion = await api.addChronologyEntry({ title: 'Memo deleted', evidence: { kind: 'finding', findingId: finding.id }, labels: ['spoliation'], reviewer });
  const seized = await api.addChronologyEntry({ title: 'Phone seized', evidence: { kind: 'event', at: '2024-03-02', timeZone: 'UTC' }, reviewer });
  const day = await api.addChronologyEntry({ title: 'Counsel day', evidence: { kind: 'day', conversationId: 1, day: '2024-03-03' }, reviewer });
  return { password, range, deletion, seized, day, reviewer };
}

const ids = (entries: ChronologyEntry[]) => entries.map((e) => e.id);

describe('chronology entries', () => {
  it('orders every kind by earliest instant, shows the source clock, and names overlaps instead of an order', async () => {
    const c = await productionCase();
    const { password, range, deletion, seized, day } = await builtChronology(c);
    const view = await c.engine.api.chronology({});
    expect(view.chronology.name).toBe('Master');
    expect(ids(view.entries)).toEqual([password.id, seized.id, range.id, deletion.id, day.id]);
    const [first, event, lunch, memo] = view.entries;
    expect(first!.earliest).toBe(Date.UTC(2024, 2, 1, 9, 5));
    expect(first!.sourceTime).toBe('2024-03-01 09:05:00 UTC');
    expect(first!.citations[0]).toMatchObject({ messageId: c.ids.e2, file: 'rsmf_manifest.json', record: 'events[1]', custodian: 'Ana Ruiz' });
    expect(first!.citations[0]!.sourceSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(first!.citations[0]!.text).toContain(`source SHA-256 ${first!.citations[0]!.sourceSha256}`);
    expect(first!.overlaps).toEqual([]);
    // The range spans its first message to its last, whatever order they were given in.
    expect([lunch!.earliest, lunch!.latest]).toEqual([Date.UTC(2024, 2, 2, 10, 0), Date.UTC(2024, 2, 2, 10, 1, 1)]);
    expect(lunch!.citations.map((x) => x.messageId)).toEqual([c.ids.e4, c.ids.e5]);
    // The day-precision event spans the whole day: it overlaps the messages and the finding of that day.
    expect(event!.uncertainty.map((u) => u.reason)).toEqual(['day_precision']);
    expect(event!.overlaps.sort()).toEqual([range.id, deletion.id].sort());
    expect(memo!.finding).toMatchObject({ rule: 'RS-1' });
    expect(memo!.overlaps).toEqual([seized.id]);
    await c.engine.close();
  });

  it('keeps several chronologies, an entry in several, and audits each change with its reviewer, before and after', async () => {
    const c = await productionCase();
    const { password, reviewer } = await builtChronology(c);
    const changed = await c.engine.api.changeChronologyEntry({ entryId: password.id, title: 'Folder password shared', labels: ['security', 'access'], addTo: ['The March shipment'], reviewer: 'Sam Roe' });
    expect(changed).toMatchObject({ title: 'Folder password shared', chronologies: ['Master', 'The March shipment'], createdBy: reviewer, changedBy: 'Sam Roe' });
    expect((await c.engine.api.listChronologies({})).map((l) => [l.name, l.entries])).toEqual([['Master', 5], ['The March shipment', 1]]);
    expect(ids((await c.engine.api.chronology({ chronology: 'the march shipment' })).entries)).toEqual([password.id]);
    const log = (await c.engine.api.auditLog({})).entries;
    const added = log.find((e) => e.action === 'chronology.entry.add' && (e.detail as { entryId: number }).entryId === password.id)!;
    expect(added.actor).toBe(reviewer);
    const change = log.filter((e) => e.action === 'chronology.entry.change');
    expect(change).toHaveLength(1);
    expect(change[0]!.actor).toBe('Sam Roe');
    expect(change[0]!.detail).toMatchObject({ entryId: password.id, before: { title: 'Password shared', labels: ['security'], chronologies: ['Master'] }, after: { title: 'Folder password shared', labels: ['security', 'access'], chronologies: ['Master', 'The March shipment'] } });
    // A change that changes nothing is not a change.
    await c.engine.api.changeChronologyEntry({ entryId: password.id, title: 'Folder password shared', reviewer: 'Sam Roe' });
    expect((await c.engine.api.auditLog({})).entries.filter((e) => e.action === 'chronology.entry.change')).toHaveLength(1);
    await c.engine.api.changeChronologyEntry({ entryId: password.id, removed: true, reviewer: 'Sam Roe' });
    expect(ids((await c.engine.api.chronology({})).entries)).not.toContain(password.id);
    await c.engine.close();
  });

  it('refuses evidence that is not in the case and dates that are not dates', async () => {
    const c = await productionCase();
    await expect(c.engine.api.addChronologyEntry({ title: 'x', evidence: { kind: 'messages', messageIds: [999] }, reviewer: 'Dana Ito' })).rejects.toThrow('There is no message 999 in this case.');
    await expect(c.engine.api.addChronologyEntry({ title: 'x', evidence: { kind: 'event', at: '2024-02-30' }, reviewer: 'Dana Ito' })).rejects.toThrow(/not a real date/);
    await expect(c.engine.api.chronology({ chronology: 'Nope' })).rejects.toThrow("There is no chronology 'Nope' in this case; adding an entry to it makes it.");
    await c.engine.close();
  });

  it('warns before export: a cited message deleted later, a cited source edited, a cited message tagged Privileged', async () => {
    const c = await productionCase();
    const api = c.engine.api;
    const { deletion } = await builtChronology(c);
    const whatsapp = c.engine.caseFile.reader.prepare('SELECT m.id FROM messages m JOIN conversations v ON v.id = m.conversation_id WHERE v.source_id = 2 ORDER BY m.seq LIMIT 1').pluck().get() as number;
    const hello = await api.addChronologyEntry({ title: 'Hello', evidence: { kind: 'messages', messageIds: [whatsapp] }, reviewer: 'Dana Ito' });
    const advice = await api.addChronologyEntry({ title: 'Advice', evidence: { kind: 'messages', messageIds: [c.ids.e7!] }, reviewer: 'Dana Ito' });
    const permit = await api.addChronologyEntry({ title: 'Permit', evidence: { kind: 'messages', messageIds: [c.ids.e3!] }, reviewer: 'Dana Ito' });
    expect((await api.checkChronology({})).warnings).toEqual([]);
    // A later import marking the message deleted, as a re-read of a newer export does.
    c.engine.caseFile.writer.prepare('UPDATE messages SET deleted = 1 WHERE id = ?').run(c.ids.e3);
    await api.applyTag({ tag: 'Privileged', target: { scope: 'message', messageIds: [c.ids.e7!] }, reviewer: 'Dana Ito' });
    appendFileSync(join(c.dir, 'WhatsApp Chat with Ana Ruiz.txt'), 'edited after the entry was made\n');
    const warnings = (await api.checkChronology({})).warnings;
    expect(warnings.map((w) => [w.entryId, w.kind])).toEqual([
      [hello.id, 'source_changed'],
      [permit.id, 'message_deleted'],
      [advice.id, 'privileged'],
    ]);
    expect(warnings[0]!.text).toContain('WhatsApp Chat with Ana Ruiz.txt');
    // The finding's tombstone was deleted when cited: that is its evidence, not a warning.
    expect(warnings.map((w) => w.entryId)).not.toContain(deletion.id);
    const out = join(c.dir, 'chronology.html');
    const exported = await api.exportChronology({ format: 'html', outPath: out });
    expect(exported.warnings).toHaveLength(3);
    const html = readFileSync(out, 'utf8');
    const cover = html.slice(0, html.indexOf('</section>'));
    for (const w of warnings) expect(cover).toContain(w.text);
    expect(cover).toContain(exported.auditHead);
    for (const s of await api.listSources({})) expect(cover).toContain(s.sha256);
    await c.engine.close();
  });

  it('still lists entries whose source was removed, and warns of each', async () => {
    const c = await productionCase();
    const api = c.engine.api;
    const whatsapp = (await api.listConversations({})).find((v) => v.title.includes('Ana Ruiz') && v.id !== 1)!;
    const first = c.engine.caseFile.reader.prepare('SELECT id FROM messages WHERE conversation_id = ? ORDER BY seq LIMIT 1').pluck().get(whatsapp.id) as number;
    const message = await api.addChronologyEntry({ title: 'Hello', evidence: { kind: 'messages', messageIds: [first] }, reviewer: 'Dana Ito' });
    const day = await api.addChronologyEntry({ title: 'That day', evidence: { kind: 'day', conversationId: whatsapp.id, day: '2023-03-01' }, reviewer: 'Dana Ito' });
    removeSource(c.engine.caseFile.writer, whatsapp.sourceId);
    const { entries } = await api.chronology({});
    expect(entries.map((e) => [e.id, e.earliest, e.citations.length])).toEqual([
      [message.id, null, 0],
      [day.id, null, 0],
    ]);
    expect((await api.checkChronology({})).warnings.map((w) => [w.entryId, w.kind])).toEqual([
      [message.id, 'message_missing'],
      [day.id, 'conversation_missing'],
    ]);
    await c.engine.close();
  });

  it('exports HTML with text escaped, evidence quoted and Bates numbers where it was produced', async () => {
    const c = await productionCase();
    const api = c.engine.api;
    await api.addChronologyEntry({ title: '<script>alert(1)</script>', evidence: { kind: 'messages', messageIds: [c.ids.e1!] }, reviewer: 'Dana Ito' });
    const job = await produce(c.engine, { query: 'permit', batesPrefix: 'ABC-', formats: ['text'], outDir: join(c.dir, 'prod') });
    expect(job.state).toBe('done');
    const out = join(c.dir, 'c.html');
    await api.exportChronology({ format: 'html', outPath: out });
    const html = readFileSync(out, 'utf8');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Ana Ruiz: The permit fee is due Friday.');
    expect(html).toMatch(/produced as ABC-\d+/);
    const view = await api.chronology({});
    expect(view.entries[0]!.citations[0]!.bates).toHaveLength(1);
    await c.engine.close();
  });

  it.skipIf(!chromium)('prints the chronology as PDF with its cover', async () => {
    const c = await productionCase();
    await builtChronology(c);
    const out = join(c.dir, 'c.pdf');
    const exported = await c.engine.api.exportChronology({ format: 'pdf', outPath: out });
    const text = pdfPageTexts(readFileSync(out)).join('\n');
    expect(text).toContain('Chronology: Master');
    expect(text).toContain(exported.auditHead.slice(0, 20));
    expect(text).toContain('Phone seized');
    await c.engine.close();
  });
});

describe('chronology CSV', () => {
  it('round-trips through export and import, formula-looking text included', async () => {
    const c = await productionCase();
    const api = c.engine.api;
    await builtChronology(c);
    await api.addChronologyEntry({ title: '=HYPERLINK("http://x")', description: 'line one\nline two, "quoted"', people: ['Ana Ruiz', 'Ben Okafor'], evidence: { kind: 'event', at: '2024-04', approximate: true, timeZone: 'Europe/Paris' }, reviewer: 'Dana Ito' });
    const out = join(c.dir, 'c.csv');
    await api.exportChronology({ format: 'csv', outPath: out });
    expect(readFileSync(out, 'utf8')).toContain(`'=HYPERLINK`);
    const imported = await api.importChronology({ chronology: 'Copy', csvPath: out, reviewer: 'Dana Ito' });
    expect(imported.refused).toEqual([]);
    expect(imported.added).toHaveLength(imported.rows);
    const comparable = (e: ChronologyEntry) => ({ ...e, id: 0, overlaps: e.overlaps.length, chronologies: [], createdAt: 0, changedAt: 0, evidence: e.evidence });
    const original = (await api.chronology({})).entries.map(comparable);
    const copy = (await api.chronology({ chronology: 'Copy' })).entries.map(comparable);
    expect(copy).toEqual(original);
    await c.engine.close();
  });

  it('reports every problem of every row by line and loses none', async () => {
    const c = await productionCase();
    const csv = join(c.dir, 'spreadsheet.csv');
    writeFileSync(
      csv,
      [
        'Date,Title,Description,Labels',
        '2024-03-01,Hold issued,Litigation hold to all staff,hold; legal',
        ',No date,,',
        '2024-02-30,Bad date,,',
        '2024-03-05,,Untitled,',
        '2024-03,Month event,"multi',
        'line",x',
        '2024-03-06,Too,many,cells,here',
      ].join('\r\n'),
    );
    const result = await c.engine.api.importChronology({ csvPath: csv, reviewer: 'Dana Ito' });
    expect(result.rows).toBe(6);
    expect(result.added.map((a) => a.line)).toEqual([2, 6]);
    expect(result.refused.map((r) => r.line)).toEqual([3, 4, 5, 8]);
    expect(result.refused[0]!.problems).toEqual(['spreadsheet.csv, line 3: it names no evidence: give message_ids, finding_key, conversation_id with day, or event_at.']);
    expect(result.refused[1]!.problems[0]).toMatch(/^spreadsheet\.csv, line 4: '2024-02-30' is not a real date/);
    expect(result.refused[2]!.problems).toEqual(['spreadsheet.csv, line 5: it has no title.']);
    expect(result.refused[3]!.problems).toEqual(['spreadsheet.csv, line 8: it has 5 cells where the header names 4.']);
    const view = await c.engine.api.chronology({});
    // Both begin on 1 March; the day ends first, so it comes first.
    expect(view.entries.map((e) => [e.title, e.labels, e.description])).toEqual([
      ['Hold issued', ['hold', 'legal'], 'Litigation hold to all staff'],
      ['Month event', ['x'], 'multi\r\nline'],
    ]);
    await c.engine.close();
  });
});
