// The answer both doors give for an attachment the thread shows inline (desktop evidence://, browser
// mode /evidence/<id>): the engine says where the bytes are, the door streams them read-only.
import type { Readable } from 'node:stream';
import { mediaTypeOf, openMedia, parseRange } from '../backend/files/evidence-media';
import type { EngineHost } from './types';

export interface EvidenceReply {
  status: number;
  headers: Record<string, string>;
  body: Readable | null;
}

const NEVER_ACTIVE = {
  'X-Content-Type-Options': 'nosniff',
  // Even if a browser were to treat the bytes as a document, it could run nothing.
  'Content-Security-Policy': "default-src 'none'; sandbox",
  'Cache-Control': 'no-store',
};

function refusal(status: number, message: string): EvidenceReply {
  return { status, headers: { ...NEVER_ACTIVE, 'Content-Type': 'text/plain; charset=utf-8', 'X-Threadline-Reason': message }, body: null };
}

export async function evidenceReply(host: EngineHost, attachmentId: number, rangeHeader: string | null): Promise<EvidenceReply> {
  const answer = await host.call('attachmentLocation', { attachmentId });
  const location = answer.ok ? answer.value : null;
  if (!location) return refusal(404, 'no such attachment in the export');
  const type = mediaTypeOf(location.name);
  if (!type) return refusal(415, 'this attachment is not an image, audio or video file');
  const range = parseRange(rangeHeader, location.size);
  if (rangeHeader && !range) {
    return { ...refusal(416, 'range not satisfiable'), headers: { ...refusal(416, '').headers, 'Content-Range': `bytes */${location.size}` } };
  }
  const headers: Record<string, string> = { ...NEVER_ACTIVE, 'Content-Type': type, 'Accept-Ranges': 'bytes' };
  if (range) {
    headers['Content-Range'] = `bytes ${range.start}-${range.end}/${location.size}`;
    headers['Content-Length'] = String(range.end - range.start + 1);
  } else {
    headers['Content-Length'] = String(location.size);
  }
  try {
    return { status: range ? 206 : 200, headers, body: await openMedia(location, range) };
  } catch {
    // E.g. an RSMF e-mail, whose zip sits inside a MIME part: its files are hashed at import but cannot be streamed in place.
    return refusal(404, 'this attachment cannot be read in place from its container');
  }
}
