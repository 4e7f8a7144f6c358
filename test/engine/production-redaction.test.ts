// Redaction and withholding through the engine API: a redacted span, a whole message and an
// attachment never reach a produced byte in any format (PDF streams inflated and their text read back,
// RSMF e-mails and zips expanded), while every format shows where and why; the evidence is untouched;
// each redaction is audited and listed; a withheld day keeps its number behind a slip sheet; and the
// privilege log lists what was kept back without its text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvRow } from '../../electron/backend/exports/csv';
import { PNG, produce, productionCase, SECRET } from './production-fixture';
import { expandedContents, occurrences, pdfPageTexts, rsmfParts } from './production-files';

const WHOLE = 'permit memo removed';

async function redactedCase() {
  const c = await productionCase();
  const body = c.engine.caseFile.reader.prepare('SELECT body FROM messages WHERE id = ?').pluck().get(c.ids.e2) as string;
  const start = body.indexOf(SECRET);
  const span = await c.engine.api.addRedaction({ messageId: c.ids.e2!, kind: 'text', start, end: start + SECRET.length, reason: 'Personal data' });
  const whole = await c.engine.api.addRedaction({ messageId: c.ids.e6!, kind: 'message', reason: 'Privileged' });
  return { ...c, span, whole };
}

describe('redaction', () => {
  it('keeps the redacted text out of every byte of every format, and shows a box or marker with the reason', async () => {
    const c = await redactedCase();
    const out = join(c.dir, 'p');
    const job = await produce(c.engine, { query: 'permit OR approved', batesPrefix: 'RED-', formats: ['pdf', 'html', 'rsmf', 'dat', 'text'], outDir: out });
    expect(job.state).toBe('done');
    expect(job.production!.redactions).toBe(2);
    const contents = expandedContents(out);
    expect(contents.some((x) => x.file.endsWith('(text)'))).toBe(true);
    expect(occurrences(contents, SECRET)).toEqual([]);
    expect(occurrences(contents, WHOLE)).toEqual([]);
    // The check finds text that is there: the words around the redaction are, in every format.
    for (const suffix of ['.html', '.txt', '.rsmf (text part)', '.pdf (text)']) {
      expect(occurrences(contents, 'Call counsel, the password is').some((f) => f.endsWith(suffix))).toBe(true);
    }
    expect(readFileSync(join(out, 'TEXT', 'RED-0000001.txt'), 'utf8')).toContain('the password is [REDACTED: Personal data] for the permit folder.');
    expect(readFileSync(join(out, 'HTML', 'RED-0000001.html'), 'utf8')).toContain('<span class="redaction">Redacted: Personal data</span>');
    const manifest = JSON.parse(rsmfParts(readFileSync(join(out, 'NATIVES', 'RED-0000004.rsmf'))).zip.get('rsmf_manifest.json')!.toString('utf8')) as { events: { id: string; body: string }[] };
    expect(manifest.events.find((e) => e.id === 'e6')!.body).toBe('[REDACTED: Privileged]');
    const pdfText = pdfPageTexts(readFileSync(join(out, 'PDF', 'RED-0000001.pdf'))).join('\n');
    expect(pdfText).toContain('Redacted: Personal data');
  }, 60_000);

  it('leaves the evidence as it was, and audits and lists each redaction without its text', async () => {
    const c = await redactedCase();
    const db = c.engine.caseFile.reader;
    expect(db.prepare('SELECT body FROM messages WHERE id = ?').pluck().get(c.ids.e2)).toContain(SECRET);
    const verify = await c.engine.verifySources({});
    expect(JSON.stringify(verify)).not.toMatch(/CHANGED|MISSING/);
    const audit = db.prepare("SELECT actor, detail FROM audit WHERE action = 'redaction.add' ORDER BY id").all() as { actor: string; detail: string }[];
    expect(audit.map((a) => a.actor)).toEqual(['Pat Lee', 'Pat Lee']);
    expect(audit.map((a) => a.detail).join('')).not.toContain(SECRET);
    const listed = await c.engine.api.listRedactions({});
    expect(listed.map((r) => [r.kind, r.reason])).toEqual([
      ['message', 'Privileged'],
      ['text', 'Personal data'],
    ]);
    expect(JSON.stringify(listed)).not.toContain(SECRET);
    await c.engine.api.removeRedaction({ redactionId: c.whole.id, reason: 'not privileged after all' });
    expect((await c.engine.api.listRedactions({})).map((r) => r.id)).toEqual([c.span.id]);
    expect((await c.engine.api.listRedactions({ removed: true })).find((r) => r.id === c.whole.id)!.removedAt).not.toBeNull();
  });

  it('shows an image inline and carries it in RSMF, and leaves a redacted attachment out of both, name and bytes', async () => {
    const c = await productionCase();
    const attachmentId = c.engine.caseFile.reader.prepare('SELECT id FROM attachments WHERE message_id = ?').pluck().get(c.ids.e4) as number;
    const shown = join(c.dir, 'shown');
    await produce(c.engine, { query: 'lunch', batesPrefix: 'I-', formats: ['html', 'rsmf'], outDir: shown });
    expect(readFileSync(join(shown, 'HTML', 'I-0000001.html'), 'utf8')).toContain(`<img class="inline" src="data:image/png;base64,${PNG.toString('base64')}" alt="lunch.png"/>`);
    expect(rsmfParts(readFileSync(join(shown, 'NATIVES', 'I-0000001.rsmf'))).zip.get(`${attachmentId}-lunch.png`)).toEqual(PNG);
    await c.engine.api.addRedaction({ messageId: c.ids.e4!, kind: 'attachment', attachmentId, reason: 'Personal data' });
    const hidden = join(c.dir, 'hidden');
    await produce(c.engine, { query: 'lunch', batesPrefix: 'J-', formats: ['html', 'rsmf', 'text'], outDir: hidden });
    const contents = expandedContents(hidden);
    expect(occurrences(contents, 'lunch.png')).toEqual([]);
    expect(contents.filter((x) => x.bytes.includes(PNG))).toEqual([]);
    expect(readFileSync(join(hidden, 'TEXT', 'J-0000001.txt'), 'utf8')).toContain('  attachment: [REDACTED: Personal data]');
  });

  it('merges overlapping spans into one box and keeps the text between separate spans', async () => {
    const c = await productionCase();
    const redact = (start: number, end: number) => c.engine.api.addRedaction({ messageId: c.ids.e1!, kind: 'text', start, end, reason: 'Personal data' });
    // 'The permit fee is due Friday.': 'permit' 4–10 and 'permit fee' 4–14 overlap; 'Friday' 22–28 stands apart.
    await redact(4, 10);
    await redact(4, 14);
    await redact(22, 28);
    const out = join(c.dir, 'p');
    await produce(c.engine, { query: 'due', batesPrefix: 'S-', formats: ['text'], outDir: out });
    expect(readFileSync(join(out, 'TEXT', 'S-0000001.txt'), 'utf8')).toContain('\n  The [REDACTED: Personal data] is due [REDACTED: Personal data].\n');
  });

  it('refuses a span outside the message and a redaction without a reason', async () => {
    const c = await productionCase();
    await expect(c.engine.api.addRedaction({ messageId: c.ids.e4!, kind: 'text', start: 2, end: 99, reason: 'Privileged' })).rejects.toThrow(/within the message's 6 characters/);
    await expect(c.engine.api.addRedaction({ messageId: c.ids.e4!, kind: 'message', reason: '  ' })).rejects.toThrow(/needs a reason/);
    await expect(c.engine.api.addRedaction({ messageId: c.ids.e1!, kind: 'attachment', attachmentId: 1, reason: 'Privileged' })).rejects.toThrow(/one of message \d+'s attachments/);
  });
});

describe('withheld documents and the privilege log', () => {
  it('withholds a day whose messages are all privileged behind a slip sheet that keeps its number, and logs it', async () => {
    const c = await redactedCase();
    await c.engine.api.applyTag({ tag: 'Privileged', target: { scope: 'day', conversationId: c.engine.caseFile.reader.prepare('SELECT conversation_id FROM messages WHERE id = ?').pluck().get(c.ids.e7) as number, day: '2024-03-03' } });
    const out = join(c.dir, 'p');
    const job = await produce(c.engine, { query: 'permit', batesPrefix: 'W-', formats: ['html', 'text', 'dat', 'rsmf'], withholdTag: 'Privileged', outDir: out });
    expect(job.production).toMatchObject({ documents: 3, withheldDocuments: 1, batesBegin: 'W-0000001', batesEnd: 'W-0000006' });
    const slip = readFileSync(join(out, 'TEXT', 'W-0000006.txt'), 'utf8');
    expect(slip).toBe('W-0000006\nWithheld: privileged\nDeal room — 2024-03-03\n');
    expect(readFileSync(join(out, 'HTML', 'W-0000006.html'), 'utf8')).toContain('<h1>Withheld: privileged</h1>');
    const contents = expandedContents(out);
    expect(occurrences(contents, 'privileged advice from counsel')).toEqual([]);
    const log = readFileSync(join(out, 'DATA', 'privilege-log.csv'), 'utf8');
    // The slip sheet hides what was written, not who wrote it.
    expect(log).toContain(csvRow(['W-0000006', '2024-03-03', 'Ben Okafor', '', 'Privileged', 'Withheld document: 1 message of Deal room, 2024-03-03']));
    expect(log).toContain(csvRow(['W-0000002', '2024-03-01 09:05:00', 'Ben Okafor', 'Ana Ruiz', 'Personal data', 'text redacted (text)']));
    expect(log).toContain(csvRow(['W-0000005', '2024-03-02 10:02:00', 'Ben Okafor', 'Ana Ruiz', 'Privileged', 'message redacted (text)']));
    const dat = readFileSync(join(out, 'DATA', 'loadfile.dat'), 'utf8');
    expect(dat).toContain('þW-0000006þ\u0014þW-0000006þ\u0014þAna Ruizþ\u0014þDeal roomþ\u0014þBen Okaforþ');
    const frozen = c.engine.caseFile.reader.prepare('SELECT bates_number FROM production_messages WHERE message_id = ?').pluck().get(c.ids.e7);
    expect(frozen).toBe(6);
  });

  it('boxes a privileged message inside a produced day and logs it with the reviewer\'s note as its description', async () => {
    const c = await productionCase();
    await c.engine.api.applyTag({ tag: 'Privileged', target: { scope: 'message', messageIds: [c.ids.e1!] } });
    const out = join(c.dir, 'p');
    await c.engine.api.addNote({ target: { scope: 'message', messageId: c.ids.e1! }, text: 'Legal advice on the permit fee from outside counsel.' });
    const job = await produce(c.engine, { query: 'permit', batesPrefix: 'B-', formats: ['text'], withholdTag: 'Privileged', outDir: out });
    expect(job.production!.withheldDocuments).toBe(0);
    const text = readFileSync(join(out, 'TEXT', 'B-0000001.txt'), 'utf8');
    expect(text).toContain('B-0000001 2024-03-01 09:00:00 (UTC) Ana Ruiz\n  [REDACTED: Privileged]\n');
    expect(text).not.toContain('The permit fee is due Friday');
    // The reply on 2 March quotes it, naming the number it went out under: the quote is withheld too.
    expect(readFileSync(join(out, 'TEXT', 'B-0000004.txt'), 'utf8')).toContain('  > Ana Ruiz (B-0000001): [REDACTED: Privileged]');
    expect(readFileSync(join(out, 'DATA', 'privilege-log.csv'), 'utf8')).toContain(csvRow(['B-0000001', '2024-03-01 09:00:00', 'Ana Ruiz', 'Ben Okafor', 'Privileged', 'Legal advice on the permit fee from outside counsel.']));
  });
});
