// Recognising retention output by content (docs/formats.md#wickr-files: S3 copies may lack `.txt`), and
// recognising client-side encrypted S3 copies (docs/formats.md#wickr-encrypted): high-entropy objects that are not JSON, whose key
// and IV live only in the S3 object metadata. Such an object is encrypted, not corrupt.

/** True when the text starts like retention output: a JSON object with a msgtype and a vgroupid or msg_ts. */
export function looksLikeWickrRecords(text: string): boolean {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (!start.startsWith('{')) return false;
  const firstLine = start.split(/\r\n|\n|\r/, 1)[0]!;
  try {
    const value = JSON.parse(firstLine) as Record<string, unknown>;
    if (value && typeof value === 'object' && 'msgtype' in value && ('vgroupid' in value || 'msg_ts' in value)) return true;
  } catch {
    // a truncated or concatenated first line: fall through to the key test
  }
  return /"msgtype"\s*:\s*"?\d/.test(start.slice(0, 8192)) && /"(vgroupid|msg_ts)"\s*:/.test(start.slice(0, 8192));
}

const MAGIC: number[][] = [
  [0x50, 0x4b], // zip and its kin (docx, xlsx, apk)
  [0x1f, 0x8b], // gzip
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0x52, 0x49, 0x46, 0x46], // RIFF (wav, webp, avi)
  [0x4f, 0x67, 0x67, 0x53], // OggS
  [0x49, 0x44, 0x33], // ID3 (mp3)
  [0x66, 0x4c, 0x61, 0x43], // fLaC
  [0x37, 0x7a, 0xbc, 0xaf], // 7z
  [0x52, 0x61, 0x72, 0x21], // Rar!
  [0x42, 0x5a, 0x68], // bzip2
  [0xfd, 0x37, 0x7a, 0x58], // xz
  [0x28, 0xb5, 0x2f, 0xfd], // zstd
  [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], // SQLite
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0x4d, 0x5a], // MZ (Windows executables)
  [0xd0, 0xcf, 0x11, 0xe0], // OLE (doc, xls, msg)
];

export function hasKnownMagic(head: Uint8Array): boolean {
  if (MAGIC.some((m) => m.every((b, i) => head[i] === b))) return true;
  // ISO media (mp4, mov, heic, 3gp): `ftyp` at offset 4.
  return head[4] === 0x66 && head[5] === 0x74 && head[6] === 0x79 && head[7] === 0x70;
}

/** Shannon entropy of the bytes, in bits per byte (8 for uniformly random bytes). */
export function byteEntropy(bytes: Uint8Array): number {
  if (bytes.length === 0) return 0;
  const counts = new Uint32Array(256);
  for (const b of bytes) counts[b]!++;
  let h = 0;
  for (const c of counts) {
    if (c === 0) continue;
    const p = c / bytes.length;
    h -= p * Math.log2(p);
  }
  return h;
}

/**
 * True for bytes that look like ciphertext: no known file signature, and close to the highest
 * entropy a sample of that size can show. Not proof of encryption: random data looks the same, so
 * callers also ask for context (a retention file name, S3 metadata) before calling a file encrypted.
 */
export function looksOpaque(head: Uint8Array): boolean {
  if (head.length < 64 || hasKnownMagic(head)) return false;
  const ceiling = Math.min(8, Math.log2(head.length));
  return byteEntropy(head) >= 0.85 * ceiling;
}

/** The S3 metadata keys of the AWS S3 Encryption Client, and the Wickr attachment markers. */
const S3_KEYS = ['x-amz-key-v2', 'x-amz-key', 'x-amz-iv', 'x-amz-matdesc', 'x-amz-tag-len', 'x-amz-cek-alg', 'x-amz-wrap-alg', 'wickrio-type', 'wickrio-file-path'];

/**
 * A JSON sidecar holding an S3 object's user metadata (e.g. `aws s3api head-object` output): the keys
 * it carries, or null when it is not one. Keys may sit at the top, under `Metadata`, or be prefixed `x-amz-meta-`.
 */
export function s3MetadataKeys(text: string): string[] | null {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return null;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const top = value as Record<string, unknown>;
  const nested = [top, top.Metadata, top.metadata].filter((v): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v));
  const found = new Set<string>();
  for (const o of nested) {
    for (const k of Object.keys(o)) {
      const key = k.toLowerCase().replace(/^x-amz-meta-/, '');
      if (S3_KEYS.includes(key)) found.add(key);
    }
  }
  return found.size > 0 ? [...found].sort() : null;
}

/** The object a sidecar describes, by name: `<object>.json`, `<object>.metadata.json`, `<object>.meta.json`, `<object>.metadata`. */
export function sidecarObjectName(sidecarName: string): string {
  return sidecarName.replace(/(\.(metadata|meta))?\.json$/i, '').replace(/\.metadata$/i, '');
}

/** A retention message file by its name: the bot's base name is `receivedMessages` unless configured otherwise. */
export function hasRetentionName(name: string): boolean {
  return /^receivedMessages/i.test(name);
}
