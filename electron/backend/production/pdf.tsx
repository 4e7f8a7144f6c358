// PDFs from the transcript's HTML, printed by an installed Chromium through playwright-core (the
// desktop shell can print the same page with webContents.printToPDF). Chromium lays out right-to-left
// and mixed scripts and keeps the text selectable. The page runs without JavaScript and offline: it is
// our escaped markup, and evidence must never make the machine contact the network (docs/security.md).
import { existsSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Browser, BrowserContext } from 'playwright-core';

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

export class PdfPrinter {
  private constructor(
    private readonly browser: Browser,
    private readonly context: BrowserContext,
  ) {}

  static async open(): Promise<PdfPrinter> {
    // Loaded only when a PDF is asked for: every other command starts without it.
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
      await context.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
      return new PdfPrinter(browser, context);
    } catch (e) {
      await browser.close();
      throw e;
    }
  }

  async print(html: string, marks: PageMarks): Promise<Buffer> {
    const page = await this.context.newPage();
    try {
      await page.setContent(html, { waitUntil: 'load' });
      return await page.pdf({
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: header(marks),
        footerTemplate: footer(marks),
        margin: { top: '18mm', bottom: '18mm', left: '12mm', right: '12mm' },
        tagged: true,
      });
    } finally {
      await page.close();
    }
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}
