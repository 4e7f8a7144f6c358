// Reading back what a production wrote, as a reviewer's tools would: every file of a folder, the
// streams of a PDF inflated and its text read through its fonts' ToUnicode maps page by page, and the
// parts of an RSMF e-mail with the zip inside it expanded.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync, inflateSync } from 'node:zlib';

export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile());
}

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

function pdfObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  for (const m of text.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const body = m[2]!;
    const at = body.indexOf('stream');
    if (at < 0) {
      objects.set(Number(m[1]), { dict: body, stream: null });
      continue;
    }
    const dict = body.slice(0, at);
    const raw = body.slice(at + 'stream'.length).replace(/^\r?\n/, '');
    // The stream's own length, when given directly: compressed data may end in a CR, which stripping
    // "the end of line before endstream" would cut off (one stream in 256).
    const length = /\/Length (\d+)\s*(?:\/|>>)/.exec(dict);
    const data = length ? raw.slice(0, Number(length[1])) : raw.slice(0, raw.lastIndexOf('endstream')).replace(/\r?\n$/, '');
    const bytes = Buffer.from(data, 'latin1');
    objects.set(Number(m[1]), { dict, stream: /FlateDecode/.test(dict) ? inflateSync(bytes) : bytes });
  }
  return objects;
}

/** Every stream of a PDF, inflated. */
export function pdfStreams(pdf: Buffer): Buffer[] {
  return [...pdfObjects(pdf).values()].flatMap((o) => (o.stream ? [o.stream] : []));
}

function toUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const hexText = (h: string) => Buffer.from(h, 'hex').swap16().toString('utf16le');
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(parseInt(m[1]!, 16), hexText(m[2]!));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      const [from, to, first] = [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
      for (let g = from; g <= to; g++) map.set(g, String.fromCodePoint(first + g - from));
    }
  }
  return map;
}

/** The text of each page, in page order, as a viewer's copy would give it (glyphs mapped back to Unicode). */
export function pdfPageTexts(pdf: Buffer): string[] {
  const objects = pdfObjects(pdf);
  const ref = (dict: string, key: string) => Number(new RegExp(`/${key} (\\d+) 0 R`).exec(dict)?.[1]);
  const catalog = [...objects.values()].find((o) => /\/Type \/Catalog/.test(o.dict))!;
  // The page tree may nest: a kid is a page or another node of the tree.
  const leaves = (node: number): number[] => {
    const dict = objects.get(node)!.dict;
    if (!/\/Type \/Pages/.test(dict)) return [node];
    return [.../\/Kids \[([^\]]*)\]/.exec(dict)![1]!.matchAll(/(\d+) 0 R/g)].flatMap((m) => leaves(Number(m[1])));
  };
  return leaves(ref(catalog.dict, 'Pages')).map((pageId) => {
    const page = objects.get(pageId)!.dict;
    const fonts = new Map<string, Map<number, string>>();
    for (const m of (/\/Font <<([^>]*)>>/.exec(page)?.[1] ?? '').matchAll(/\/(\w+) (\d+) 0 R/g)) {
      const font = objects.get(Number(m[2]))!;
      const cmap = objects.get(ref(font.dict, 'ToUnicode'))?.stream;
      fonts.set(m[1]!, cmap ? toUnicode(cmap.toString('latin1')) : new Map());
    }
    const contents = /\/Contents \[([^\]]*)\]/.exec(page)?.[1] ?? /\/Contents (\d+ 0 R)/.exec(page)![1]!;
    const content = [...contents.matchAll(/(\d+) 0 R/g)].map((m) => objects.get(Number(m[1]))!.stream!.toString('latin1')).join('\n');
    let font = new Map<number, string>();
    let out = '';
    for (const m of content.matchAll(/\/(\w+) [\d.]+ Tf|\[((?:[^\]])*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj|(ET)/g)) {
      if (m[1] !== undefined) font = fonts.get(m[1]) ?? new Map();
      const hexes = m[2] !== undefined ? [...m[2].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]!) : m[3] !== undefined ? [m[3]] : [];
      for (const h of hexes) for (let i = 0; i + 4 <= h.length; i += 4) out += font.get(parseInt(h.slice(i, i + 4), 16)) ?? '';
      if (m[4] !== undefined) out += '\n';
    }
    return out;
  });
}

/** The parts of an RSMF e-mail decoded, and the files inside its rsmf.zip inflated, by name. */
export function rsmfParts(eml: Buffer): { headers: Map<string, string>; text: string; zip: Map<string, Buffer> } {
  const source = eml.toString('latin1');
  const [head, ...rest] = source.split('\r\n\r\n');
  const headers = new Map(head!.split('\r\n').map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()] as [string, string]));
  const boundary = /boundary="([^"]+)"/.exec(headers.get('content-type')!)![1]!;
  const parts = rest.join('\r\n\r\n').split(`--${boundary}`).slice(1, -1);
  const decoded = parts.map((p) => Buffer.from(p.split('\r\n\r\n')[1]!.replace(/\s+/g, ''), 'base64'));
  return { headers, text: decoded[0]!.toString('utf8'), zip: unzip(decoded[1]!) };
}

function unzip(zip: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  let at = 0;
  while (zip.readUInt32LE(at) === 0x04034b50) {
    const method = zip.readUInt16LE(at + 8);
    const size = zip.readUInt32LE(at + 18);
    const nameLength = zip.readUInt16LE(at + 26);
    const extra = zip.readUInt16LE(at + 28);
    const name = zip.subarray(at + 30, at + 30 + nameLength).toString('utf8');
    const data = zip.subarray(at + 30 + nameLength + extra, at + 30 + nameLength + extra + size);
    files.set(name, method === 8 ? inflateRawSync(data) : data);
    at += 30 + nameLength + extra + size;
  }
  return files;
}

/** Every byte sequence a production's files hold, expanded: the files, PDF streams and page text, RSMF parts and zip members. */
export function expandedContents(dir: string): { file: string; bytes: Buffer }[] {
  return filesUnder(dir).flatMap((file) => {
    const bytes = readFileSync(file);
    const out: { file: string; bytes: Buffer }[] = [{ file, bytes }];
    if (file.endsWith('.pdf')) {
      out.push(...pdfStreams(bytes).map((s) => ({ file: `${file} (stream)`, bytes: s })));
      out.push({ file: `${file} (text)`, bytes: Buffer.from(pdfPageTexts(bytes).join('\n'), 'utf8') });
    }
    if (file.endsWith('.rsmf')) {
      const parts = rsmfParts(bytes);
      out.push({ file: `${file} (text part)`, bytes: Buffer.from(parts.text, 'utf8') });
      for (const [name, data] of parts.zip) out.push({ file: `${file}!${name}`, bytes: data });
    }
    return out;
  });
}

/** Where a text occurs in any encoding a file might hold it: UTF-8, UTF-16 (both orders), or its JSON escape. */
export function occurrences(contents: readonly { file: string; bytes: Buffer }[], text: string): string[] {
  const needles = [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le'), Buffer.from(text, 'utf16le').swap16(), Buffer.from(JSON.stringify(text).slice(1, -1), 'utf8')];
  return contents.filter((c) => needles.some((n) => c.bytes.includes(n))).map((c) => c.file);
}
