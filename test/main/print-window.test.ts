// The desktop's PDF printer against the fake electron module: each page is served to a hidden,
// sandboxed window without JavaScript in an offline session of its own, printed with the engine's page
// layout, and the window is gone afterwards, printed or failed.
import { beforeEach, describe, expect, it } from 'vitest';
import { app, BrowserWindow, fake, FAKE_PDF_MAGIC, session, type FakeWebContents } from '../fakes/electron';
import { PRINT_CONTENT_SECURITY_POLICY, PRINT_PARTITION, printInHiddenWindow } from '../../electron/main/print-window';
import { applySecurityPolicy } from '../../electron/main/security';

beforeEach(() => fake.reset());

const PAGE = {
  html: '<!doctype html><html><body><p>ABC-0000001 The permit fee is due Friday. שלום</p></body></html>',
  headerTemplate: '<div><span>ABC-0000001</span><span>CONFIDENTIAL</span></div>',
  footerTemplate: '<div>Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
};

/** Every webContents the printer creates, as the app hears of them. */
function watchContents(): FakeWebContents[] {
  const created: FakeWebContents[] = [];
  app.on('web-contents-created', (_event, contents: FakeWebContents) => created.push(contents));
  return created;
}

const text = (pdf: Uint8Array) => Buffer.from(pdf).toString('utf8');

describe('printInHiddenWindow', () => {
  it('prints the page it was given, served to a hidden sandboxed window without JavaScript', async () => {
    const created = watchContents();
    const pdf = await printInHiddenWindow(PAGE);
    expect(text(pdf)).toBe(FAKE_PDF_MAGIC + PAGE.html);
    expect(created).toHaveLength(1);
    const [contents] = created;
    expect(contents!.loadedDocument).toEqual({ status: 200, contentType: 'text/html; charset=utf-8', csp: PRINT_CONTENT_SECURITY_POLICY, body: PAGE.html });
    expect(contents!.getURL()).toMatch(/^app:\/\/print\/[0-9a-f-]{36}\.html$/);
    expect(contents!.session).toBe(session.fromPartition(PRINT_PARTITION));
    expect(contents!.session).not.toBe(session.defaultSession);
    expect(PRINT_PARTITION.startsWith('persist:')).toBe(false);
  });

  it('opens the window hidden, sandboxed, isolated, without JavaScript, Node or DevTools', async () => {
    const seen: BrowserWindow[] = [];
    app.on('web-contents-created', () => seen.push(...BrowserWindow.getAllWindows()));
    await printInHiddenWindow(PAGE);
    const options = seen[0]!.options;
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, webSecurity: true, webviewTag: false, devTools: false });
    expect(options.webPreferences).not.toHaveProperty('preload');
  });

  it('prints on A4 with the engine margins in inches, backgrounds, tagged text and the Bates header and footer', async () => {
    const created = watchContents();
    await printInHiddenWindow(PAGE);
    const [options] = created[0]!.printCalls;
    expect(options).toMatchObject({ pageSize: 'A4', printBackground: true, displayHeaderFooter: true, generateTaggedPDF: true, headerTemplate: PAGE.headerTemplate, footerTemplate: PAGE.footerTemplate });
    const margins = options!.margins as Record<string, number>;
    expect(margins.top! * 25.4).toBeCloseTo(18, 6);
    expect(margins.bottom! * 25.4).toBeCloseTo(18, 6);
    expect(margins.left! * 25.4).toBeCloseTo(12, 6);
    expect(margins.right! * 25.4).toBeCloseTo(12, 6);
  });

  it('keeps the page offline: the shell policy refuses any request but its own schemes, and the print session serves nothing else', async () => {
    applySecurityPolicy();
    await printInHiddenWindow(PAGE);
    const printing = session.fromPartition(PRINT_PARTITION);
    expect([...printing.protocolHandlers.keys()]).toEqual(['app']);
    expect(PRINT_CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    const decide = (url: string) => new Promise<boolean | undefined>((resolve) => printing.beforeRequestListener!({ url, webContentsId: 7 }, (r) => resolve(r.cancel)));
    expect(await decide('https://example.com/tracker.png')).toBe(true);
    expect(await decide('file:///etc/passwd')).toBe(true);
    expect(await decide('data:image/png;base64,AAAA')).toBe(false);
  });

  it('destroys the window once printed, and serves a printed page no more', async () => {
    const created = watchContents();
    await printInHiddenWindow(PAGE);
    expect(BrowserWindow.getAllWindows()).toEqual([]);
    expect(created[0]!.isDestroyed()).toBe(true);
    const again = new BrowserWindow({ show: false, webPreferences: { session: session.fromPartition(PRINT_PARTITION) } });
    await again.loadURL(created[0]!.getURL());
    expect(again.webContents.loadedDocument?.status).toBe(404);
  });

  it('serves pages to no host but print', async () => {
    const created = watchContents();
    await printInHiddenWindow(PAGE);
    const token = new URL(created[0]!.getURL()).pathname;
    const elsewhere = new BrowserWindow({ show: false, webPreferences: { session: session.fromPartition(PRINT_PARTITION) } });
    await elsewhere.loadURL(`app://viewer${token}`);
    expect(elsewhere.webContents.loadedDocument?.status).toBe(404);
  });

  it('prints pages at the same time each into its own window', async () => {
    const pages = ['first', 'second', 'third'].map((word) => ({ ...PAGE, html: `<p>${word}</p>` }));
    const pdfs = await Promise.all(pages.map((p) => printInHiddenWindow(p)));
    expect(pdfs.map(text)).toEqual(pages.map((p) => FAKE_PDF_MAGIC + p.html));
    expect(BrowserWindow.getAllWindows()).toEqual([]);
  });

  it('destroys the window and rethrows when printing fails', async () => {
    const created: FakeWebContents[] = [];
    app.on('web-contents-created', (_event, contents: FakeWebContents) => {
      created.push(contents);
      contents.printToPDF = () => Promise.reject(new Error('Printing failed'));
    });
    await expect(printInHiddenWindow(PAGE)).rejects.toThrow('Printing failed');
    expect(created[0]!.isDestroyed()).toBe(true);
    expect(BrowserWindow.getAllWindows()).toEqual([]);
  });
});
