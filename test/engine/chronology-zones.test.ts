// Ordering across sources read in different zones: by instant, not by wall clock; a source whose
// zone was assumed is widened to every offset in use and overlaps instead of claiming an order.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openEngine } from '../support/engines';
import { androidChat, tempDir, writeText } from '../support/temp';

describe('chronology across zones', () => {
  it('orders by earliest instant and names the overlaps an assumed zone makes', async () => {
    const dir = tempDir();
    const engine = openEngine(join(dir, 'zones.threadline'), { defaultTimeZone: 'UTC' });
    const chat = (name: string, wallClock: number, words: string, timeZone?: string) =>
      engine.runImport({ paths: [writeText(dir, `WhatsApp Chat with ${name}.txt`, androidChat(1, { start: wallClock, words: () => words }))], ...(timeZone ? { timeZone } : {}) }).done;
    // Wall clocks: Tokyo 22:00 is 13:00Z, London 14:07 is 14:07Z; the third chat's zone is assumed.
    await chat('Kenji', Date.UTC(2024, 2, 5, 22, 0), 'tokyo evening', 'Asia/Tokyo');
    await chat('Lucy', Date.UTC(2024, 2, 5, 14, 7), 'london afternoon', 'Europe/London');
    await chat('Sam', Date.UTC(2024, 2, 5, 18, 0), 'zone unknown');
    const idOf = (body: string) => engine.caseFile.reader.prepare('SELECT id FROM messages WHERE body = ?').pluck().get(body) as number;
    const add = (title: string, body: string) => engine.api.addChronologyEntry({ title, evidence: { kind: 'messages', messageIds: [idOf(body)] }, reviewer: 'Dana Ito' });
    const london = await add('London', 'london afternoon');
    const tokyo = await add('Tokyo', 'tokyo evening');
    const unknown = await add('Unknown zone', 'zone unknown');
    const { entries } = await engine.api.chronology({});
    expect(entries.map((e) => e.title)).toEqual(['Unknown zone', 'Tokyo', 'London']);
    const [assumed, first, second] = entries;
    expect(first).toMatchObject({ displayTime: '2024-03-05 13:00 UTC', sourceTime: '2024-03-05 22:00 Asia/Tokyo', overlaps: [unknown.id] });
    expect(second).toMatchObject({ displayTime: '2024-03-05 14:07 UTC', sourceTime: '2024-03-05 14:07 Europe/London', overlaps: [unknown.id] });
    expect([assumed!.earliest, assumed!.latest]).toEqual([Date.UTC(2024, 2, 5, 4, 0), Date.UTC(2024, 2, 6, 6, 1)]);
    expect(assumed!.uncertainty.map((u) => u.reason)).toEqual(['minute_precision', 'assumed_zone']);
    expect(assumed!.overlaps.sort()).toEqual([london.id, tokyo.id].sort());
    await engine.close();
  });
});
