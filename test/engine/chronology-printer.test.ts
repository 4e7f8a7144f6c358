// A door's printer prints the chronology too: an engine given printToPdf (the desktop shell passes
// Electron's) writes the chronology's PDF through it, never through a Chromium of its own, and a
// printer that fails is the export's answer.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PdfPage } from '../../electron/backend/production/page-layout';
import { openEngine } from '../support/engines';
import { productionCase } from './production-fixture';

const DOOR_PDF = '%PDF-printed-by-the-door\n';

beforeEach(() => {
  // Were the engine to fall back on its own Chromium, it would fail on this path.
  vi.stubEnv('THREADLINE_CHROMIUM', '/nonexistent/chromium');
});
afterEach(() => vi.unstubAllEnvs());

async function chronologyCase(printToPdf: (page: PdfPage) => Promise<Uint8Array>) {
  const c = await productionCase();
  await c.engine.api.addChronologyEntry({ title: 'Fee due', evidence: { kind: 'messages', messageIds: [c.ids.e1!] }, reviewer: 'Dana Ito' });
  await c.engine.close();
  return { dir: c.dir, engine: openEngine(join(c.dir, 'matter.threadline'), { create: false, printToPdf }) };
}

describe('chronology PDF through the door’s printer', () => {
  it('prints the chronology’s pages through the function the door gave, with its marks', async () => {
    const pages: PdfPage[] = [];
    const { dir, engine } = await chronologyCase(async (page) => (pages.push(page), new TextEncoder().encode(DOOR_PDF)));
    const out = join(dir, 'chronology.pdf');
    const exported = await engine.api.exportChronology({ format: 'pdf', outPath: out });
    expect(exported).toMatchObject({ format: 'pdf', entries: 1 });
    expect(readFileSync(out, 'utf8')).toBe(DOOR_PDF);
    expect(pages).toHaveLength(1);
    expect(pages[0]!.html).toContain('Fee due');
    expect(pages[0]!.headerTemplate).toContain('Chronology: Master');
  });

  it('answers with the printer’s reason when the door cannot print', async () => {
    const { dir, engine } = await chronologyCase(() => Promise.reject(new Error('the print window crashed')));
    await expect(engine.api.exportChronology({ format: 'pdf', outPath: join(dir, 'chronology.pdf') })).rejects.toThrow(/the print window crashed/);
  });
});
