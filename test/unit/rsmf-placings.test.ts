// Where an RSMF reading keeps its events (manifest.ts Placings): the order of the whole parse (by time,
// stably, an event without a time after the one before it), and event ids kept per conversation.
import { describe, expect, it } from 'vitest';
import { mapManifest, Placings } from '../../electron/backend/importers/rsmf/manifest';

/** The order as the reading defined it before it was kept in typed arrays: objects sorted. */
function orderOfObjects(events: { index: number; key: number | null }[]): number[] {
  let previous = Number.NEGATIVE_INFINITY;
  const keyed = events.map((p) => ({ index: p.index, k: (previous = p.key ?? previous) }));
  keyed.sort((a, b) => a.k - b.k || a.index - b.index);
  return keyed.map((x) => x.index);
}

describe('Placings', () => {
  it('orders events by time, stably, each without a time right after the one read before it', () => {
    const events = [
      { index: 0, key: null },
      { index: 3, key: 5_000_000 },
      { index: 4, key: null },
      { index: 7, key: 1_000_000 },
      { index: 8, key: 5_000_000 },
      { index: 9, key: null },
      { index: 12, key: -(2 ** 52) },
      { index: 15, key: 1_000_000 },
    ];
    const placings = new Placings();
    for (const e of events) placings.add(e.index, e.key, null);
    expect(placings.sourceOrder()).toEqual([0, 12, 7, 15, 3, 4, 8, 9]);
    expect(placings.sourceOrder()).toEqual(orderOfObjects(events));
  });

  it('orders thousands of events as the objects were ordered, past where its store grows', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const events = Array.from({ length: 5000 }, (_, i) => ({ index: 2 * i, key: random() < 0.1 ? null : Math.floor(random() * 50) * 1e6 }));
    const placings = new Placings();
    for (const e of events) placings.add(e.index, e.key, null);
    expect(placings.sourceOrder()).toEqual(orderOfObjects(events));
  });

  it('keeps the events naming a parent, with it', () => {
    const placings = new Placings();
    placings.add(0, 1, null);
    placings.add(1, 2, 'e0');
    expect(placings.parents).toEqual([{ index: 1, parent: 'e0' }]);
  });
});

describe('event ids, per conversation', () => {
  it('an id is repeated only within its own conversation, however its conversation and id join', () => {
    const manifest = {
      version: '2.0.0',
      participants: [{ id: 'p', display: 'P' }],
      conversations: ['a', 'ab'].map((id) => ({ id, platform: 'slack', participants: ['p'] })),
      events: [
        { id: 'bc', type: 'message', conversation: 'a', participant: 'p', timestamp: '2024-01-01T10:00:00Z', body: '1' },
        { id: 'c', type: 'message', conversation: 'ab', participant: 'p', timestamp: '2024-01-01T10:01:00Z', body: '2' },
        { id: 'c', type: 'message', conversation: 'ab', participant: 'p', timestamp: '2024-01-01T10:02:00Z', body: '3', parent: 'bc' },
        { id: 'd', type: 'message', conversation: 'a', participant: 'p', timestamp: '2024-01-01T10:03:00Z', body: '4', parent: 'bc' },
      ],
    };
    const r = mapManifest(manifest, { label: 'm.json', files: new Map(), filesWhere: 'the zip', headers: null });
    expect(r.warnings.filter((w) => w.code === 'rsmf_duplicate_id').map((w) => w.message)).toEqual(["m.json, events[2]: repeats the event id 'c' in conversation 'ab' (ids must be unique per conversation)."]);
    expect(r.warnings.filter((w) => w.code === 'rsmf_orphan_parent').map((w) => w.message)).toEqual(["m.json, events[2]: the thread parent 'bc' is not an event of conversation 'ab' (RS-3)."]);
  });
});
