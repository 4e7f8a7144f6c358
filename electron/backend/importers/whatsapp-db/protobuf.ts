// The quote inside an iOS media item's ZMETADATA protobuf: field 5 is the quoted message's stanza id,
// field 6 the quoted sender's JID, field 19 a copy of the quoted text. The bytes come from a seized
// file, so every length is checked against what is left before it is trusted.

export interface Quote {
  stanzaId: string;
  sender: string | null;
  text: string | null;
}

interface Field {
  number: number;
  bytes: Uint8Array | null;
}

function varint(buf: Uint8Array, at: number): [number, number] | null {
  let value = 0;
  let scale = 1;
  for (let i = at; i < buf.length && i < at + 10; i++) {
    value += (buf[i]! & 0x7f) * scale;
    scale *= 128;
    if ((buf[i]! & 0x80) === 0) return Number.isSafeInteger(value) ? [value, i + 1] : null;
  }
  return null;
}

/** The top-level fields of a protobuf message, or null when the bytes are not one. */
export function protobufFields(buf: Uint8Array): Field[] | null {
  const fields: Field[] = [];
  let at = 0;
  while (at < buf.length) {
    const tag = varint(buf, at);
    if (!tag || tag[0] < 8) return null;
    at = tag[1];
    const number = Math.floor(tag[0] / 8);
    const wire = tag[0] % 8;
    if (wire === 0) {
      const v = varint(buf, at);
      if (!v) return null;
      at = v[1];
      fields.push({ number, bytes: null });
    } else if (wire === 1 || wire === 5) {
      at += wire === 1 ? 8 : 4;
      if (at > buf.length) return null;
      fields.push({ number, bytes: null });
    } else if (wire === 2) {
      const len = varint(buf, at);
      if (!len || len[1] + len[0] > buf.length) return null;
      fields.push({ number, bytes: buf.subarray(len[1], len[1] + len[0]) });
      at = len[1] + len[0];
    } else return null;
  }
  return fields;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function utf8(bytes: Uint8Array | null | undefined): string | null {
  if (!bytes) return null;
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

/** A stanza id is a short run of letters and digits (WhatsApp message keys). */
const STANZA_ID = /^[A-Za-z0-9]{6,64}$/;

/** The quote ZMETADATA carries; null when it carries none; 'invalid' when the bytes are not a protobuf. */
export function readQuote(buf: Uint8Array): Quote | null | 'invalid' {
  if (buf.length === 0) return null;
  const fields = protobufFields(buf);
  if (!fields) return 'invalid';
  const field = (n: number) => fields.find((f) => f.number === n)?.bytes;
  const stanzaId = utf8(field(5));
  if (stanzaId === null || !STANZA_ID.test(stanzaId)) return null;
  return { stanzaId, sender: utf8(field(6)), text: utf8(field(19)) };
}
