// PDFs from the transcript's HTML. The CLI, browser mode and the tests print through an installed
// Chromium (playwright-core); the desktop shell passes its own PrintToPdf (webContents.printToPDF), so
// the engine never needs a Chromium of its own there. Both lay the same page out (page-layout.ts).
// Chromium lays out right-to-left and mixed scripts and keeps the text selectable. The page runs
// without JavaScript and offline: it is our escaped markup, and evidence must never make the machine
// contact the network (docs/security.md).
import { existsSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Browser, BrowserContext } from 'playwright-core';
import { PAGE_MARGINS_MM, PAGE_SIZE, type PdfPage, type PrintToPdf } from './page-layout';

export const CHROMIUM_VARIABLE = 'THREADLINE_CHROMIUM';
const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export function chromiumPath(): string {
  const path = process.env[CHROMIUM_VARIABLE] || DEFAULT_CHROMIUM;
  if (!existsSync(path)) throw new Error(`PDF needs Chromium, and ${path} does not exist; install it or set ${CHROMIUM_VARIABLE} to its path (or leave pdf out of the formats).`);
  return path;
}

export interface PageMarks {
  /** The Bates number or range printed at the top of every page. */
  bates: string;
  /** The confidentiality legend printed at the bottom of every page. */
  legend: string;
}

const MARK_STYLE = { fontSize: '8px', width: '100%', padding: '0 12mm', display: 'flex', justifyContent: 'space-between', fontFamily: 'DejaVu Sans, sans-serif' } as const;

function header(marks: PageMarks): string {
  return renderToStaticMarkup(
    <div style={MARK_STYLE}>
      <span>{marks.bates}</span>
      <span>{marks.legend}</span>
    </div>,
  );
}

function footer(marks: PageMarks): string {
  return renderToStaticMarkup(
    <div style={MARK_STYLE}>
      <span>{marks.bates}</span>
      <span>
        Page <span className="pageNumber" /> of <span className="totalPages" />
      </span>
    </div>,
  );
}

/** The document with the marks of its pages, ready for any printer. */
export function pdfPage(html: string, marks: PageMarks): PdfPage {
  return { html, headerTemplate: header(marks), footerTemplate: footer(marks) };
}

const millimetres = (mm: number) => `${mm}mm`;

/** The engine's own printer: a headless Chromium, launched once and used for every page of a job. */
class ChromiumPrinter {
  private constructor(
    private readonly browser: Browser,
    private readonly context: BrowserContext,
  ) {}

  static async launch(): Promise<ChromiumPrinter> {
    // Loaded only when a PDF is asked for: every other command starts without it.
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
      await context.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
      return new ChromiumPrinter(browser, context);
    } catch (e) {
      await browser.close();
      throw e;
    }
  }

  async print({ html, headerTemplate, footerTemplate }: PdfPage): Promise<Uint8Array> {
    const page = await this.context.newPage();
    try {
      await page.setContent(html, { waitUntil: 'load' });
      return await page.pdf({
        format: PAGE_SIZE,
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate,
        footerTemplate,
        margin: { top: millimetres(PAGE_MARGINS_MM.top), bottom: millimetres(PAGE_MARGINS_MM.bottom), left: millimetres(PAGE_MARGINS_MM.left), right: millimetres(PAGE_MARGINS_MM.right) },
        tagged: true,
      });
    } finally {
      await page.close();
    }
  }

  close(): Promise<void> {
    return this.browser.close();
  }
}

/** Prints the documents of one job; closed when the job ends. */
export class PdfPrinter {
  private constructor(
    private readonly printPage: PrintToPdf,
    private readonly release: () => Promise<void>,
  ) {}

  /** Through `printToPdf` when a door gave one (the desktop shell), else through an installed Chromium. */
  static async open(printToPdf?: PrintToPdf): Promise<PdfPrinter> {
    if (printToPdf) return new PdfPrinter(printToPdf, async () => {});
    const chromium = await ChromiumPrinter.launch();
    return new PdfPrinter((page) => chromium.print(page), () => chromium.close());
  }

  async print(html: string, marks: PageMarks): Promise<Uint8Array> {
    return this.printPage(pdfPage(html, marks));
  }

  close(): Promise<void> {
    return this.release();
  }
}
