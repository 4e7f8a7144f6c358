// PDFs printed by Chromium: the Bates range and the confidentiality legend on every page, text that
// a viewer can select and copy (read back through the fonts' ToUnicode maps), right-to-left script,
// the combined file with its cover, the privilege log; progress while printing, and a cancel that
// leaves no folder and no record.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiEvent } from '../../shared/api';
import { androidChat, writeText } from '../support/temp';
import { cancelAndExpectNothingLeft, produce, productionCase, RTL } from './production-fixture';
import { pdfPageTexts } from './production-files';

const chromium = existsSync(process.env.THREADLINE_CHROMIUM || '/usr/bin/chromium');

/** The case with a busy WhatsApp day besides: 400 messages from 09:00, long enough for several pages. */
async function busyCase() {
  const c = await productionCase();
  const chat = androidChat(400, { start: Date.UTC(2024, 3, 1, 9, 0), words: (i) => `status report ${i} on the harbour works` });
  await c.engine.runImport({ paths: [writeText(c.dir, 'WhatsApp Chat with Harbour.txt', chat)], timeZone: 'UTC' }).done;
  return c;
}

describe.skipIf(!chromium)('PDF', () => {
  it('prints the Bates range, the legend and the page number on every page, with selectable text', async () => {
    const c = await busyCase();
    const out = join(c.dir, 'p');
    const job = await produce(c.engine, { query: 'harbour', batesPrefix: 'H-', formats: ['pdf'], confidentiality: 'CONFIDENTIAL - ATTORNEYS EYES ONLY', outDir: out });
    expect(job.production).toMatchObject({ batesBegin: 'H-0000001', batesEnd: 'H-0000400', documents: 1 });
    const pages = pdfPageTexts(readFileSync(join(out, 'PDF', 'H-0000001.pdf')));
    expect(pages.length).toBeGreaterThan(3);
    pages.forEach((text, i) => {
      expect(text).toContain('H-0000001 – H-0000400');
      expect(text).toContain('CONFIDENTIAL - ATTORNEYS EYES ONLY');
      expect(text.replace(/\s+/g, ' ')).toContain(`Page ${i + 1} of ${pages.length}`);
    });
    const all = pages.join('\n');
    expect(all).toContain('status report 0 on the harbour works');
    expect(all).toContain('H-0000400');
    const combined = pdfPageTexts(readFileSync(join(out, 'production.pdf')));
    expect(combined[0]).toContain('Production H-0000001 – H-0000400');
    expect(combined.length).toBeGreaterThan(pages.length);
    expect(pdfPageTexts(readFileSync(join(out, 'DATA', 'privilege-log.pdf')))[0]).toContain('Nothing was withheld or redacted.');
  }, 120_000);

  it('lays right-to-left words out right to left, Arabic shaped', async () => {
    const c = await productionCase();
    const out = join(c.dir, 'p');
    await produce(c.engine, { query: 'permit', batesPrefix: 'A-', formats: ['pdf'], outDir: out });
    // A PDF holds glyphs in visual order, Arabic in its joined presentation forms: reversed and
    // normalised, each word reads as written.
    const text = pdfPageTexts(readFileSync(join(out, 'PDF', 'A-0000001.pdf'))).join('\n').normalize('NFKC');
    for (const word of RTL.split(' ')) expect(text).toContain([...word].reverse().join(''));
    expect(text).not.toContain('שלום');
  }, 60_000);

  it('reports progress, and a cancel while printing leaves no folder and records nothing', async () => {
    const c = await busyCase();
    const out = join(c.dir, 'p');
    const { jobId } = await c.engine.api.produce({ query: 'harbour OR permit', batesPrefix: 'X-', formats: ['pdf'], outDir: out });
    const started = await new Promise<ApiEvent>((resolve) => {
      const seen = () => c.events.find((e) => e.type === 'job.progress' && e.jobId === jobId && e.phase === 'writing documents');
      const wait = () => (seen() ? resolve(seen()!) : setTimeout(wait, 10));
      wait();
    });
    expect(started).toMatchObject({ phase: 'writing documents', total: 4 });
    await cancelAndExpectNothingLeft(c, jobId, out);
  }, 120_000);
});
