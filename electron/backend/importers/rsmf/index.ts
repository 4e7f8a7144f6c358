// The RSMF importer (docs/formats.md#rsmf): an .rsmf file (an EML whose one attachment is rsmf.zip), an
// rsmf.zip, or a bare rsmf_manifest.json with the files it references beside it.
import { isUtf8 } from 'node:buffer';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ImportWarning } from '../../../../shared/model';
import { sha256File, sha256Stream } from '../../files/hash';
import { fileSource, spanFile, type SpanFile } from '../../files/read';
import { tooDeepAt } from '../../text/json-depth';
import { listingWarnings, listZip, memberPath, readEntries, repeatedNames, unreadableEntry } from '../../files/zip';
import { WarningList } from '../warnings';
import { BadInputError, CancelledError, type ImportOptions, type ImportStream, type RecordBatch, type SourceFileRecord } from '../types';
import { readEml, type EmlPart } from './eml';
import { mapManifestInSlices, type AvailableFile, type SlicedManifest } from './manifest';
import { listedEvents, NotSplittable, splitManifestFile, type ManifestEvents } from './manifest-events';

export const RSMF_PARSER_VERSION = 'rsmf/1';
export const MANIFEST_NAME = 'rsmf_manifest.json';
/** A manifest the events cut cannot split (manifest-events.ts) is parsed whole; beyond this it is not one a review tool should hold in memory. */
export const MANIFEST_LIMIT = 128 << 20;
/** RSMF nests a few levels (events, their attachments and reactions); far deeper is hostile. */
const MANIFEST_DEPTH_LIMIT = 256;
/** Events made into records and written as one batch: small enough that they die young (see files/read.ts RECORD_BATCH_BYTES). */
const BATCH = 1250;

/** The manifest inside a zip: `rsmf_manifest.json` at the root (any case), else the only one in a folder. */
export function manifestEntry(entries: { name: string }[]): string | null {
  const files = entries.map((e) => e.name).filter((n) => !/(^|\/)__MACOSX\//.test(n));
  return files.find((n) => n.toLowerCase() === MANIFEST_NAME) ?? (files.filter((n) => basename(n).toLowerCase() === MANIFEST_NAME).length === 1 ? files.find((n) => basename(n).toLowerCase() === MANIFEST_NAME)! : null);
}

/** True when the head of a text looks like an RSMF EML: an X-RSMF-Version header, or a multipart mail naming rsmf.zip. */
export function looksLikeRsmfEml(text: string): boolean {
  const headerBlock = text.split(/\r?\n\r?\n|\r\r/, 1)[0] ?? '';
  if (/^X-RSMF-Version\s*:/im.test(headerBlock)) return true;
  return /^Content-Type\s*:\s*multipart\//im.test(headerBlock) && /rsmf\.zip/i.test(text);
}

/**
 * True when a JSON text is a manifest: an object whose own top-level keys include RSMF's lists. A
 * JSON Schema that describes those keys (the official rsmf_schema_2_0_0.json) is not one. `complete`
 * says the text is the whole file, so it can be parsed.
 */
export function looksLikeRsmfManifest(text: string, complete = false): boolean {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (!start.startsWith('{')) return false;
  if (complete) {
    try {
      const root = JSON.parse(start) as Record<string, unknown>;
      if (!root || typeof root !== 'object' || Array.isArray(root) || '$schema' in root) return false;
      return ['participants', 'conversations', 'events'].some((k) => Array.isArray(root[k]));
    } catch {
      // a manifest with a syntax error is still a manifest: the key test below decides, and reading it says where it breaks
    }
  }
  if (/"\$schema"\s*:/.test(start.slice(0, 2048))) return false;
  const lists = ['participants', 'conversations', 'events'].filter((k) => new RegExp(`"${k}"\\s*:\\s*\\[`).test(start)).length;
  return lists >= 2 || (lists >= 1 && /"version"\s*:/.test(start));
}

/** The position of a JSON syntax error as a line number, for the one-sentence error (control characters escaped). */
function jsonError(text: string, e: Error): string {
  const escape = (c: string) => (c < ' ' || c === '\u007f' ? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}` : c);
  return [...jsonErrorText(text, e)].map(escape).join('');
}

function jsonErrorText(text: string, e: Error): string {
  const pos = /position (\d+)/.exec(e.message);
  if (!pos) return e.message.replace(/^Unexpected/, 'unexpected');
  const upto = text.slice(0, Number(pos[1]));
  const line = upto.split(/\r\n|\n|\r/).length;
  return `${e.message.replace(/ in JSON at position \d+.*$/, '').replace(/^Unexpected/, 'unexpected')} on line ${line}`;
}

function tooLarge(label: string, size: number): BadInputError {
  return new BadInputError(`${label} is ${Math.round(size / 1048576)} MB, larger than the ${MANIFEST_LIMIT / 1048576} MB an RSMF manifest may have here (it is parsed whole); split it into slices.`);
}

/**
 * A manifest's text, as UTF-8. Bytes that are not valid UTF-8 are read as U+FFFD and reported on their
 * first line; the manifest's own bytes stay in the source (it is a hashed member).
 */
function decodeManifest(bytes: Buffer, label: string): { text: string; warnings: ImportWarning[] } {
  if (isUtf8(bytes)) return { text: bytes.toString('utf8'), warnings: [] };
  const text = new TextDecoder().decode(bytes);
  const line = text.slice(0, text.indexOf('\uFFFD')).split(/\r\n|\n|\r/).length;
  return {
    text,
    warnings: [{ line, code: 'invalid_bytes', message: `${label}, line ${line}: bytes that are not valid UTF-8 (read as U+FFFD, here and wherever else they occur); the manifest's own bytes are kept as a member of the source.` }],
  };
}

function parseManifest(text: string, label: string): unknown {
  const deep = tooDeepAt(text, MANIFEST_DEPTH_LIMIT);
  if (deep >= 0) {
    const line = text.slice(0, deep).split(/\r\n|\n|\r/).length;
    throw new BadInputError(`${label} nests objects and arrays more than ${MANIFEST_DEPTH_LIMIT} levels deep (line ${line}), which no RSMF manifest does, so it is not read.`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new BadInputError(`${label} is not valid JSON (${jsonError(text, e as Error)}), so no RSMF manifest can be read from it.`);
  }
}

/** Every file name a manifest may reference: avatars, icons, attachment ids. */
export function referencedNames(json: unknown, given: ManifestEvents | null): Set<string> {
  const names = new Set<string>();
  if (!json || typeof json !== 'object') return names;
  const root = json as Record<string, unknown>;
  const each = (v: unknown) => (Array.isArray(v) ? v : []) as Record<string, unknown>[];
  for (const p of each(root.participants)) if (p && typeof p.avatar === 'string') names.add(p.avatar);
  for (const c of each(root.conversations)) if (c && typeof c.icon === 'string') names.add(c.icon);
  const events = given ?? listedEvents(each(root.events));
  for (let i = 0; i < events.length; i++) {
    if (!events.mayHave(i, 'attachments')) continue;
    const e = events.at(i) as Record<string, unknown> | null;
    for (const a of each(e?.attachments)) if (a && typeof a.id === 'string') names.add(a.id);
  }
  return names;
}

interface Loaded {
  result: SlicedManifest;
  members: SourceFileRecord[];
  extraWarnings: ImportWarning[];
  detail: string;
  chatEntry: string | null;
  custodian: string | null;
  cleanup: () => Promise<void>;
}

/** Writes a manifest entry to `path`, within the manifest cap and consulting cancel on every chunk. */
async function manifestToFile(stream: Readable, path: string, label: string, opts: ImportOptions): Promise<void> {
  await pipeline(
    stream,
    async function* (chunks: AsyncIterable<Buffer>) {
      let size = 0;
      for await (const c of chunks) {
        if (opts.isCancelled()) throw new CancelledError();
        size += c.length;
        if (size > MANIFEST_LIMIT) throw tooLarge(label, size);
        yield c;
      }
    },
    createWriteStream(path, { flags: 'wx', mode: 0o600 }),
  );
}

/**
 * Reads the manifest at `path` with `read`: its events one by one when the manifest can be cut into
 * them (manifest-events.ts), checked as they are read from the file and read from it again when their
 * records are made, slice by slice, so the manifest is never in memory whole. A manifest the cut cannot
 * be sure of is parsed whole, as before, with the warnings decoding gave. The source is hashed again
 * after the import, so a manifest changed meanwhile is refused. The caller closes the returned file.
 */
async function readManifestFile<T>(path: string, label: string, read: (json: unknown, events: ManifestEvents | null) => Promise<T>): Promise<{ value: T; warnings: ImportWarning[]; file: SpanFile }> {
  const file = spanFile(path);
  try {
    const split = splitManifestFile(path, MANIFEST_DEPTH_LIMIT, file.read);
    if (split) {
      try {
        return { value: await read(split.root, split.events), warnings: [], file };
      } catch (e) {
        if (!(e instanceof NotSplittable)) throw e;
      }
    }
    // The text of a whole parse is garbage once parsed.
    const { text, warnings } = decodeManifest(await readFile(path), label);
    return { value: await read(parseManifest(text, label), null), warnings, file };
  } catch (e) {
    file.close();
    throw e;
  }
}

/** Reads an RSMF zip; its manifest is written into `temp` (a folder the caller removes) to be read from there. */
async function fromZip(
  zipPath: string,
  containerLabel: string,
  memberPrefix: string,
  headers: Map<string, string> | null,
  temp: string,
  opts: ImportOptions,
): Promise<Omit<Loaded, 'detail' | 'chatEntry' | 'custodian' | 'cleanup'> & { manifestFile: SpanFile }> {
  const listing = await listZip(zipPath, containerLabel);
  const entries = listing.entries;
  const manifestName = manifestEntry(entries);
  if (!manifestName) throw new BadInputError(`${containerLabel} holds no ${MANIFEST_NAME}, so it is not an RSMF zip (it holds ${entries.length} other file${entries.length === 1 ? '' : 's'}).`);
  const manifest = entries.find((e) => e.name === manifestName)!;
  const label = `${containerLabel}!${manifestName}`;
  if (manifest.size > MANIFEST_LIMIT) throw tooLarge(label, manifest.size);
  const repeated = repeatedNames(entries);
  const extraWarnings: ImportWarning[] = listingWarnings(containerLabel, listing);
  const unreadable = new WarningList(extraWarnings);
  const files = new Map<string, AvailableFile>();
  const members: SourceFileRecord[] = [];
  const total = entries.reduce((n, e) => n + e.size, 0);
  let done = 0;
  await readEntries(
    zipPath,
    () => true,
    async (entry, stream) => {
      const { sha256, size } = await sha256Stream(stream, (n) => {
        if (opts.isCancelled()) throw new CancelledError();
        opts.progress('hashing the zip', (done += n), total);
      });
      const isManifest = entry.index === manifest.index;
      members.push({ path: memberPath(memberPrefix, entry, repeated.has(entry.name)), sha256, size, role: isManifest ? 'manifest' : 'other' });
      // A repeated name is referenced by its first entry; the symlink entries are never content.
      if (!isManifest && !entry.symlink && !files.has(entry.name)) files.set(entry.name, { sha256, size, entry: entry.name, memberFile: null });
    },
    (entry, why) => unreadable.add(null, 'zip_entry_unreadable', unreadableEntry(containerLabel, entry, why)),
  );
  unreadable.finish(containerLabel);
  // Assigned inside the entry callback, so typed by assertion (a plain `= null` would be narrowed to null).
  const ctx = { label, files, filesWhere: `the zip ${containerLabel}`, headers };
  let mapped = null as { value: SlicedManifest; warnings: ImportWarning[]; file: SpanFile } | null;
  const manifestCopy = join(temp, MANIFEST_NAME);
  await readEntries(
    zipPath,
    (entry) => entry.index === manifest.index,
    async (_entry, stream) => {
      await manifestToFile(stream, manifestCopy, label, opts);
      mapped = await readManifestFile(manifestCopy, label, async (json, events) => mapManifestInSlices(json, ctx, events));
    },
    (_entry, why) => {
      throw new BadInputError(`${label} cannot be read from the zip (${why}), so no RSMF manifest can be read from it.`);
    },
  );
  if (mapped === null) throw new BadInputError(`${label} cannot be read from the zip, so no RSMF manifest can be read from it.`);
  const { value: result, warnings, file: manifestFile } = mapped;
  extraWarnings.push(...warnings);
  for (const m of members) if (m.role === 'other' && result.referencedFiles.has(m.path.slice(memberPrefix.length + 1))) m.role = 'attachment';
  const unreferenced = [...files.keys()].filter((n) => !result.referencedFiles.has(n));
  if (unreferenced.length) {
    extraWarnings.push({
      line: null,
      code: 'rsmf_unreferenced_file',
      message: `${containerLabel}: ${unreferenced.length} file${unreferenced.length === 1 ? ' is' : 's are'} in the zip but referenced by nothing in the manifest (${unreferenced.slice(0, 5).join(', ')}${unreferenced.length > 5 ? ', …' : ''}); hashed and kept as members.`,
    });
  }
  return { result, members, extraWarnings, manifestFile };
}

async function loadManifest(path: string, opts: ImportOptions): Promise<Loaded> {
  const label = basename(path);
  const { size } = await stat(path);
  if (size > MANIFEST_LIMIT) throw tooLarge(label, size);
  const dir = dirname(path);
  const names = await readdir(dir).catch(() => [] as string[]);
  const present = new Set(names);
  const members: SourceFileRecord[] = [];
  const read = async (json: unknown, events: ManifestEvents | null) => {
    const files = new Map<string, AvailableFile>();
    members.length = 0;
    for (const name of referencedNames(json, events)) {
      if (opts.isCancelled()) throw new CancelledError();
      if (!present.has(name) || name.includes('/') || name.includes('\\')) continue;
      const full = join(dir, name);
      if (!(await stat(full).then((s) => s.isFile()).catch(() => false))) continue;
      const { sha256, size: n } = await sha256File(full);
      files.set(name, { sha256, size: n, entry: null, memberFile: full });
      members.push({ path: full, sha256, size: n, role: 'attachment' });
    }
    return mapManifestInSlices(json, { label, files, filesWhere: `the manifest's folder`, headers: null }, events);
  };
  const { value: result, warnings, file } = await readManifestFile(path, label, read);
  return { result, members, extraWarnings: warnings, detail: `a bare ${MANIFEST_NAME}`, chatEntry: null, custodian: null, cleanup: async () => file.close() };
}

async function loadEml(path: string, opts: ImportOptions): Promise<Loaded> {
  const label = basename(path);
  const temp = await mkdtemp(join(tmpdir(), 'threadline-rsmf-'));
  const cleanup = () => rm(temp, { recursive: true, force: true });
  try {
    opts.progress('reading the EML', 0, 0);
    const isZip = (p: EmlPart) => (p.fileName ?? '').toLowerCase() === 'rsmf.zip';
    let eml = await readEml(fileSource(path), temp, isZip, opts.isCancelled);
    const warnings: ImportWarning[] = [];
    if (!eml.zip) {
      // The spec names the attachment rsmf.zip; a producer that named it otherwise still made a zip.
      const zips = eml.parts.filter((p) => p.encoding === 'base64' && (/\.zip$/i.test(p.fileName ?? '') || p.contentType === 'application/zip' || p.contentType === 'application/x-zip-compressed'));
      if (zips.length === 1) {
        const chosen = zips[0]!;
        eml = await readEml(fileSource(path), temp, (p) => p.line === chosen.line, opts.isCancelled);
        warnings.push({ line: chosen.line, code: 'rsmf_container', message: `${label}: the zip attachment is named '${chosen.fileName ?? '(no name)'}', not 'rsmf.zip' as RSMF requires; read anyway.` });
      }
    }
    if (!eml.zip) {
      const names = eml.parts.filter((p) => p.fileName).map((p) => p.fileName);
      throw new BadInputError(`${label} is an e-mail without an rsmf.zip attachment${names.length ? ` (it has ${names.join(', ')})` : ''}, so it holds no RSMF manifest.`);
    }
    const h = eml.headers;
    if (!h.has('x-rsmf-version')) warnings.push({ line: null, code: 'rsmf_container', message: `${label}: the EML has no X-RSMF-Version header, the one header RSMF requires; read as RSMF anyway.` });
    const others = eml.parts.filter((p) => p !== eml.zip && (p.disposition === 'attachment' || (p.fileName !== null && p.contentType !== 'text/plain')));
    for (const p of others) {
      warnings.push({
        line: p.line,
        code: 'rsmf_container',
        message: `${label}, line ${p.line}: the EML carries a second attachment '${p.fileName ?? p.contentType}' beside rsmf.zip; RSMF allows exactly one, so the file is not valid RSMF. The extra attachment is not read.`,
      });
    }
    const zipLabel = `${label}!rsmf.zip`;
    const loaded = await fromZip(join(temp, 'rsmf.zip'), zipLabel, zipLabel, h, temp, opts);
    const generator = h.get('x-rsmf-generator');
    const custodian = h.get('x-rsmf-custodian') ?? fromDisplay(h.get('from'));
    return {
      ...loaded,
      extraWarnings: [...warnings, ...loaded.extraWarnings],
      detail: `an .rsmf e-mail${h.get('x-rsmf-version') ? ` (X-RSMF-Version ${h.get('x-rsmf-version')})` : ''}${generator ? `, generator '${generator}'` : ''}${others.length ? `, with ${others.length} extra attachment${others.length === 1 ? '' : 's'}` : ''}`,
      chatEntry: `rsmf.zip!${MANIFEST_NAME}`,
      custodian: custodian ?? null,
      cleanup: async () => {
        loaded.manifestFile.close();
        await cleanup();
      },
    };
  } catch (e) {
    await cleanup();
    throw e;
  }
}

async function loadZip(path: string, label: string, opts: ImportOptions): Promise<Loaded> {
  const temp = await mkdtemp(join(tmpdir(), 'threadline-rsmf-'));
  const removeTemp = () => rm(temp, { recursive: true, force: true });
  try {
    const z = await fromZip(path, label, label, null, temp, opts);
    const cleanup = async () => {
      z.manifestFile.close();
      await removeTemp();
    };
    return { ...z, detail: 'an rsmf.zip', chatEntry: MANIFEST_NAME, custodian: null, cleanup };
  } catch (e) {
    await removeTemp();
    throw e;
  }
}

/** `Dana Whitfield <dana@example.com>` → `Dana Whitfield`. */
function fromDisplay(from: string | undefined): string | null {
  if (!from) return null;
  const name = from.replace(/<[^>]*>/, '').replace(/^"|"$/g, '').trim();
  return name || null;
}

export async function openRsmf(path: string, container: 'eml' | 'zip' | 'manifest', opts: ImportOptions): Promise<ImportStream> {
  const label = basename(path);
  let loaded: Loaded;
  if (container === 'eml') loaded = await loadEml(path, opts);
  else if (container === 'zip') loaded = await loadZip(path, label, opts);
  else loaded = await loadManifest(path, opts);
  const { result } = loaded;
  const events = result.conversations.reduce((n, c) => n + c.size, 0);
  const platforms = [...new Set(result.conversations.map((c) => c.record.platform).filter(Boolean))];
  const formatDetail = `RSMF ${result.version ?? '(no version)'} from ${loaded.detail}: ${result.conversations.length} conversation${result.conversations.length === 1 ? '' : 's'}, ${events} event${events === 1 ? '' : 's'}${platforms.length ? `, platform ${platforms.join(', ')}` : ''}; events ordered by timestamp within each conversation`;
  let written = 0;
  // Every event parsed when the manifest was read; one that no longer does was changed in the file since.
  const sliceOf = (c: (typeof result.conversations)[number], from: number) => {
    try {
      return c.slice(from, from + BATCH);
    } catch (e) {
      if (e instanceof NotSplittable) throw new BadInputError(`${path} changed while it was being imported; nothing was stored from it.`);
      throw e;
    }
  };
  return {
    head: {
      format: 'rsmf',
      formatDetail,
      parserVersion: RSMF_PARSER_VERSION,
      chatEntry: loaded.chatEntry,
      dateOrder: { value: null, ambiguous: false, locked: false, evidence: 'RSMF timestamps are ISO 8601 (year first): no day/month order to decide' },
      conversationKeys: result.conversations.map((c) => c.record.key),
      timeBasis: result.timeBasis,
      files: loaded.members,
      custodian: loaded.custodian,
    },
    async *batches(): AsyncGenerator<RecordBatch> {
      for (const c of result.conversations) {
        for (let i = 0; i < c.size; i += BATCH) {
          if (opts.isCancelled()) throw new CancelledError();
          const { messages, events: about } = sliceOf(c, i);
          yield { messages, events: about };
          written += messages.length;
          opts.progress('reading', written, events);
        }
      }
      result.release();
    },
    tail: () => ({
      conversations: result.conversations.map((c) => c.record),
      preamble: null,
      lineCount: null,
      signals: result.signals,
      warnings: [...loaded.extraWarnings, ...result.warnings],
      caveats: result.caveats,
      contentNature: result.caveats.some((c) => c.code === 'confide_by_design') && result.conversations.every((c) => /confide/i.test(c.record.platform ?? '')) ? 'metadata_only' : 'content',
    }),
    close: loaded.cleanup,
  };
}
