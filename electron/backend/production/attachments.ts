// The bytes of a document's attachments, read from the evidence (read-only) for RSMF to carry. A
// redacted attachment is never read; one absent from the export, or larger than a production file
// should carry, is listed without its bytes.
import { attachmentLocation } from '../case/queries';
import type { Db } from '../case/open';
import { mediaTypeOf, openMedia } from '../files/evidence-media';
import type { ProducedMessage } from './content';

const LARGEST = 100 * 1024 * 1024;
/** An image larger than this is listed, not drawn: a transcript page stays printable. */
const LARGEST_INLINE = 5 * 1024 * 1024;
const INLINE_TYPES = new Set(['image/jpeg', 'image/png', 'image/gif', 'image/webp']);

export async function readAttachments(db: Db, messages: readonly ProducedMessage[]): Promise<Map<number, Uint8Array>> {
  const out = new Map<number, Uint8Array>();
  for (const m of messages) {
    for (const a of m.attachments) {
      if (a.redacted !== null || !a.present) continue;
      const location = attachmentLocation(db, a.id);
      if (!location || location.size > LARGEST) continue;
      const chunks: Buffer[] = [];
      for await (const chunk of await openMedia(location, null)) chunks.push(chunk as Buffer);
      out.set(a.id, Buffer.concat(chunks));
    }
  }
  return out;
}

/** The images among them as data URLs, for the transcript to show inline. */
export function inlineImages(messages: readonly ProducedMessage[], files: ReadonlyMap<number, Uint8Array>): Map<number, string> {
  const out = new Map<number, string>();
  for (const m of messages) {
    for (const a of m.attachments) {
      const bytes = files.get(a.id);
      const type = mediaTypeOf(a.name);
      if (bytes && type && INLINE_TYPES.has(type) && bytes.length <= LARGEST_INLINE) out.set(a.id, `data:${type};base64,${Buffer.from(bytes).toString('base64')}`);
    }
  }
  return out;
}
