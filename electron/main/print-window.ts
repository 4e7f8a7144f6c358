// The desktop's PDF printer: the engine's page printed by Electron's own Chromium
// (webContents.printToPDF) on the CLI's page layout (backend/production/page-layout.ts), so the
// installed app needs no second browser. Each page is loaded into a hidden, sandboxed window without
// JavaScript, in an in-memory session of its own that answers one URL per page and nothing else. It
// stays offline three ways: the shell's policy (security.ts) hardens that window as it does every
// webContents and cancels any request but its own schemes, this session serves no other app: page and
// no evidence:, and the page's content security policy allows inline styles and data: images only.
// The page is served rather than put in a data: URL, which Chromium refuses beyond 2 MB.
import { randomUUID } from 'node:crypto';
import { BrowserWindow, session, type Session, type WebPreferences } from 'electron';
import { PAGE_MARGINS_MM, PAGE_SIZE, type PdfPage } from '../backend/production/page-layout';

/** Without the 'persist:' prefix: nothing of a printed page is written to the profile. */
export const PRINT_PARTITION = 'threadline-print';
/**
 * app: is privileged already (protocol.ts); the host 'print' is not the trusted viewer, so the page
 * could reach no IPC and no navigation even if it tried. This session serves only pages being printed.
 */
const PRINT_ORIGIN = 'app://print';
/** Our escaped markup: its own styles and inline images, nothing else. */
export const PRINT_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";
const MM_PER_INCH = 25.4;

/** The documents being printed, by the token in their URL. */
const pages = new Map<string, string>();

function printWindowPreferences(printSession: Session): WebPreferences {
  return {
    session: printSession,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    javascript: false,
    webSecurity: true,
    webviewTag: false,
    devTools: false,
    spellcheck: false,
  };
}

function servePage(request: Request): Response {
  const url = new URL(request.url);
  const html = url.host === 'print' ? pages.get(url.pathname.slice(1)) : undefined;
  if (html === undefined) return new Response(null, { status: 404 });
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': PRINT_CONTENT_SECURITY_POLICY } });
}

function printSession(): Session {
  const printing = session.fromPartition(PRINT_PARTITION);
  if (!printing.protocol.isProtocolHandled('app')) printing.protocol.handle('app', servePage);
  return printing;
}

const inches = (mm: number) => mm / MM_PER_INCH;

/** The engine's PrintToPdf in the desktop: one hidden window per page, closed when its PDF is made. */
export async function printInHiddenWindow(page: PdfPage): Promise<Uint8Array> {
  const token = `${randomUUID()}.html`;
  pages.set(token, page.html);
  const window = new BrowserWindow({ show: false, webPreferences: printWindowPreferences(printSession()) });
  try {
    await window.loadURL(`${PRINT_ORIGIN}/${token}`);
    return await window.webContents.printToPDF({
      pageSize: PAGE_SIZE,
      margins: { top: inches(PAGE_MARGINS_MM.top), bottom: inches(PAGE_MARGINS_MM.bottom), left: inches(PAGE_MARGINS_MM.left), right: inches(PAGE_MARGINS_MM.right) },
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: page.headerTemplate,
      footerTemplate: page.footerTemplate,
      generateTaggedPDF: true,
    });
  } finally {
    pages.delete(token);
    window.destroy();
  }
}
