// A manifest cut from its file a window at a time (manifest-events.ts splitManifestFile) reads exactly
// as the cut of its bytes in memory, and as JSON.parse of the whole: values and characters that straddle
// the windows' edges, a BOM, and bytes that are not UTF-8 wherever they fall (then nothing is cut).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { splitManifest, splitManifestFile } from '../../electron/backend/importers/rsmf/manifest-events';

const LIMIT = 256;
/** The window splitManifestFile reads through (manifest-events.ts FILE_WINDOW_BYTES). */
const WINDOW = 256 * 1024;
const dir = mkdtempSync(join(tmpdir(), 'threadline-rsmf-file-cut-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;
function fileOf(bytes: Buffer): string {
  const path = join(dir, `m${files++}.json`);
  writeFileSync(path, bytes);
  return path;
}

/** A manifest of some windows' worth of events in several scripts: characters of 1 to 4 bytes fall on every edge. */
function manifestText(events: number): string {
  const words = ['plain', 'naïve', 'Ελληνικά', '日本語のテキスト', 'emoji 🙂🚀', 'quote \\" and brace }]'];
  const list = Array.from({ length: events }, (_, i) => ({ id: `e${i}`, type: 'message', body: `${words[i % words.length]} ${'x'.repeat(i % 13)}`, nested: { a: [i, { b: 'c' }] } }));
  // An odd count is written with whitespace between values, an even one without.
  return JSON.stringify({ version: '2.0.0', participants: [{ id: 'p', display: 'Pé' }], events: list, conversations: [{ id: 'C1', platform: 'slack' }] }, null, events % 2);
}

/** Every event of a cut, parsed. */
function eventsOf(split: NonNullable<ReturnType<typeof splitManifest>>): unknown[] {
  return Array.from({ length: split.events.length }, (_, i) => split.events.at(i));
}

describe('splitManifestFile', () => {
  it('cuts a manifest of several windows as the bytes in memory are cut, and as JSON.parse reads it', () => {
    for (const events of [9000, 9001]) {
      const text = `\uFEFF${manifestText(events)}`;
      const bytes = Buffer.from(text, 'utf8');
      expect(bytes.length).toBeGreaterThan(3 * WINDOW);
      const fromFile = splitManifestFile(fileOf(bytes), LIMIT, (start, end) => bytes.subarray(start, end))!;
      const inMemory = splitManifest(bytes, LIMIT)!;
      const parsed = JSON.parse(text.slice(1)) as { events: unknown[] };
      expect(fromFile.root).toEqual(inMemory.root);
      expect(fromFile.root).toEqual({ ...parsed, events: [] });
      expect(eventsOf(fromFile)).toEqual(parsed.events);
    }
  });

  it('checks characters cut by a window edge whole, and cuts nothing from bytes that are not UTF-8 wherever they fall', () => {
    // One body spans several windows, so that any byte near an edge is inside a string.
    const text = JSON.stringify({ events: [{ id: 'e1', body: 'x'.repeat(3 * WINDOW) }] });
    const bodyStart = text.indexOf('xxx');
    const cuts = (bytes: Buffer) => splitManifestFile(fileOf(bytes), LIMIT, (s, e) => bytes.subarray(s, e));
    for (const edge of [WINDOW, 2 * WINDOW]) {
      // A 4-byte character on each side of the edge, and one across it (each split point).
      for (const at of [edge - 4, edge - 3, edge - 2, edge - 1, edge]) {
        const bytes = Buffer.from(text, 'utf8');
        expect(at).toBeGreaterThan(bodyStart);
        Buffer.from('🙂', 'utf8').copy(bytes, at);
        expect(cuts(bytes), `a whole character at ${at}`).not.toBeNull();
        expect((cuts(bytes)!.events.at(0) as { body: string }).body).toContain('🙂');
      }
      for (const at of [edge - 2, edge - 1, edge, edge + 1]) {
        for (const bad of [[0x80], [0xf0, 0x9f, 0x99], [0xe6, 0x97], [0xc3], [0xff]]) {
          const bytes = Buffer.from(text, 'utf8');
          Buffer.from(bad).copy(bytes, at);
          expect(cuts(bytes), `${bad.join(' ')} at ${at}`).toBeNull();
        }
      }
    }
  });

  it('cuts nothing from what is not a plain manifest, as the cut in memory', () => {
    for (const text of ['', '{"events":[{"a":1} {"b":2}]}', '{"events":[]} trailing', '{"events":[{"a":"unclosed}]}', '{"participants":[]}']) {
      const bytes = Buffer.from(text, 'utf8');
      expect(splitManifestFile(fileOf(bytes), LIMIT, (s, e) => bytes.subarray(s, e)), text).toBeNull();
      expect(splitManifest(bytes, LIMIT), text).toBeNull();
    }
  });
});
