// The page every PDF is printed on, whichever Chromium prints it: the engine's (playwright-core) or
// the desktop shell's (webContents.printToPDF). Kept free of imports so the shell can read it
// without bundling the engine's renderers.

/** A4, with room above and below for the Bates number and the legend. */
export const PAGE_SIZE = 'A4';
export const PAGE_MARGINS_MM = { top: 18, bottom: 18, left: 12, right: 12 } as const;

/** What crosses from the engine to whoever prints: the document and the marks of every page. */
export interface PdfPage {
  html: string;
  /** Chromium header and footer templates (spans of class pageNumber and totalPages are filled in). */
  headerTemplate: string;
  footerTemplate: string;
}

/** Prints one page set to a PDF; the desktop shell passes its own, everything else prints through Chromium. */
export type PrintToPdf = (page: PdfPage) => Promise<Uint8Array>;
