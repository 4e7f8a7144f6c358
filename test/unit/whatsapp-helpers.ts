// Shared helpers for the WhatsApp quirk tests: run the importer's two passes on a string, the way
// electron/backend/importers/whatsapp/index.ts runs them on a file.
import type { DateOrder, DateOrderDecision } from '../../shared/model';
import { matchHeader, type HeaderMatch } from '../../electron/backend/importers/whatsapp/header';
import { emptyParseResult, parseWhatsApp, scanWhatsApp, type ParseResult, type WhatsAppMessage, type WhatsAppScan } from '../../electron/backend/importers/whatsapp/parse';
import type { ByteSource } from '../../electron/backend/text/lines';

/** A ByteSource over fixed chunks (strings are UTF-8 encoded; byte arrays are passed as they are). */
export function sourceOf(...chunks: (string | Uint8Array)[]): ByteSource {
  const bytes = chunks.map((c) => (typeof c === 'string' ? new TextEncoder().encode(c) : c));
  return () =>
    (async function* () {
      for (const b of bytes) yield b;
    })();
}

export interface Parsed {
  scan: WhatsAppScan;
  dateOrder: DateOrderDecision;
  messages: WhatsAppMessage[];
  result: ParseResult;
}

export const emptyResult = emptyParseResult;

/** scanWhatsApp + parseWhatsApp over `source`, with an optional locked date order. */
export async function parseSource(source: ByteSource, lock?: DateOrder): Promise<Parsed> {
  const scan = await scanWhatsApp(source, () => false);
  const dateOrder = scan.evidence.decide(lock);
  const result = emptyResult();
  const messages: WhatsAppMessage[] = [];
  const ctx = { fileLabel: 'chat.txt', conversationKey: 'chat', dateOrder, isCancelled: () => false, progress: () => {} };
  for await (const batch of parseWhatsApp(source, scan, ctx, result)) messages.push(...batch);
  return { scan, dateOrder, messages, result };
}

export function parseText(text: string, lock?: DateOrder): Promise<Parsed> {
  return parseSource(sourceOf(text), lock);
}

/** matchHeader that fails the test when the line is not a header. */
export function header(line: string): HeaderMatch {
  const h = matchHeader(line);
  if (!h) throw new Error(`not a header: ${JSON.stringify(line)}`);
  return h;
}

export const LRM = '\u200E';
export const RLM = '\u200F';
export const NBSP = '\u00A0';
export const NNBSP = '\u202F';
export const BOM = '\uFEFF';
