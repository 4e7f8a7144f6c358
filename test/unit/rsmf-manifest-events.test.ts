// Cutting a manifest into its root and its events (manifest-events.ts): whatever it cuts reads exactly
// as JSON.parse reads the whole, and whatever it cannot be sure of it leaves to the whole parse.
import { describe, expect, it } from 'vitest';
import { mapManifest, mapManifestInSlices } from '../../electron/backend/importers/rsmf/manifest';
import { NotSplittable, splitManifest } from '../../electron/backend/importers/rsmf/manifest-events';
import { LOOSE_TYPES_MANIFEST, legacyManifest, MISSING_ID_MANIFEST } from '../fixtures/rsmf';

const LIMIT = 256;
const cut = (text: string | Buffer) => splitManifest(Buffer.isBuffer(text) ? text : Buffer.from(text, 'utf8'), LIMIT);

/** The split read back as one value, for comparison with JSON.parse of the whole. */
function reassembled(text: string): unknown {
  const split = cut(text);
  if (!split) throw new Error('not split');
  return { ...split.root, events: Array.from({ length: split.events.length }, (_, i) => split.events.at(i)) };
}

describe('splitManifest', () => {
  it('reads root and events as JSON.parse does: a BOM, any JSON whitespace, an escaped key, braces and quotes inside strings, events of any kind', () => {
    const text =
      '\uFEFF {\r\n\t"version" : "2.0.0",\n "x":{"a":[1,{"b":"}]\\"{"}]},' +
      '"ev\\u0065nts" :\t[ {"id":"e1","body":"a \\"quoted\\" } brace ]"} , 42,"text",[1,[2]],null,true,-1.5e3,{"nested":{"deep":[{"k":"v"}]}} ],' +
      ' "participants": [{"id":"p"}] }\n';
    expect(reassembled(text)).toEqual(JSON.parse(text.replace(/^\uFEFF/, '')));
    expect(Object.keys(cut(text)!.root)).toEqual(['version', 'x', 'events', 'participants']);
    expect(reassembled('{"events":[]}')).toEqual({ events: [] });
  });

  it('leaves to the whole parse what it cannot be sure of', () => {
    const unusual = [
      '{"events":[{"a":1} {"b":2}]}',
      '{"events":[{"a":1},]}',
      '{"events":[{"a":1}],"events":[]}',
      '{"events":{"a":1}}',
      '{"participants":[]}',
      '[{"events":[]}]',
      '{"events":[]} trailing',
      '{"events":[{"a":"unclosed}]}',
      '{"events":[],"version":}',
    ];
    for (const text of unusual) expect(cut(text), text).toBeNull();
    expect(cut(Buffer.concat([Buffer.from('{"events":[{"body":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}]}')]))).toBeNull();
  });

  it('an event that does not parse, or nests past the limit, is refused when it is read', () => {
    const broken = cut('{"events":[{"a":1},{"b":tru}]}')!;
    expect(broken.events.at(0)).toEqual({ a: 1 });
    expect(() => broken.events.at(1)).toThrow(NotSplittable);
    const deep = `{"events":[${'['.repeat(LIMIT - 2)}${']'.repeat(LIMIT - 2)},${'['.repeat(LIMIT - 1)}${']'.repeat(LIMIT - 1)}]}`;
    const split = cut(deep)!;
    expect(split.events.at(0)).toBeInstanceOf(Array);
    expect(() => split.events.at(1)).toThrow(NotSplittable);
  });

  it('maps a cut manifest exactly as the parsed whole', () => {
    const ctx = { label: 'm.json', files: null, filesWhere: 'the zip', headers: new Map([['x-rsmf-eventcount', '99']]) };
    for (const manifest of [legacyManifest(), MISSING_ID_MANIFEST, LOOSE_TYPES_MANIFEST]) {
      const split = cut(JSON.stringify(manifest, null, 1))!;
      const { conversations, release, ...facts } = mapManifestInSlices(split.root, ctx, split.events);
      const sliced = { ...facts, conversations: conversations.map((c) => c.slice(0, c.size)) };
      release();
      expect(sliced).toEqual(mapManifest(manifest, ctx));
    }
  });
});

describe('mayHave', () => {
  it('says no only when the event text holds neither the key nor an escape that could spell it', () => {
    const split = cut('{"events":[{"attachments":[]},{"body":"no files"},{"\\u0061ttachments":[]},{"body":"line\\nbreak"}],"attachments":1}')!;
    expect([0, 1, 2, 3].map((i) => split.events.mayHave(i, 'attachments'))).toEqual([true, false, true, true]);
  });
});
