// docs/formats.md#whatsapp-date-order: deciding the day/month order from the whole file, in rule order, and saying
// which rule decided. Nothing ever defaults silently.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWhatsApp } from '../../electron/backend/importers/whatsapp';
import { parseText } from './whatsapp-helpers';

const android = (dates: string[]) => dates.map((d, i) => `${d}, 10:${String(i).padStart(2, '0')} - Ana: m${i}`).join('\n') + '\n';

describe('§2.8 date order', () => {
  it('rule 1: a first field above 12 decides D/M/Y', async () => {
    const { dateOrder, messages } = await parseText(android(['1/2/22', '13/2/22']));
    expect(dateOrder).toMatchObject({ value: 'DMY', ambiguous: false, locked: false });
    expect(dateOrder.evidence).toContain('first field above 12');
    expect(dateOrder.evidence).toContain('line 2');
    expect(messages[0]!.local).toMatchObject({ year: 2022, month: 2, day: 1 });
  });
  it('rule 1: a second field above 12 decides M/D/Y', async () => {
    const { dateOrder, messages } = await parseText(android(['1/2/22', '2/13/22']));
    expect(dateOrder).toMatchObject({ value: 'MDY', ambiguous: false });
    expect(dateOrder.evidence).toContain('second field above 12');
    expect(messages[0]!.local).toMatchObject({ year: 2022, month: 1, day: 2 });
  });
  it('rule 1: a four-digit first field is Y/M/D', async () => {
    const { dateOrder, messages } = await parseText(android(['2022/01/02', '2022/02/01']));
    expect(dateOrder).toMatchObject({ value: 'YMD', ambiguous: false });
    expect(dateOrder.evidence).toContain('four-digit year');
    expect(messages[1]!.local).toMatchObject({ year: 2022, month: 2, day: 1 });
  });
  it('fields above 12 on both sides are contradictory: flagged ambiguous, majority reading named', async () => {
    const { dateOrder } = await parseText(android(['13/1/22', '14/1/22', '1/13/22']));
    expect(dateOrder).toMatchObject({ value: 'DMY', ambiguous: true });
    expect(dateOrder.evidence).toContain('contradictory');
  });
  it('rule 2: an iOS media name (message time) decides M/D/Y', async () => {
    const text = '[3/5/22, 21:41:55] Ana: \u200E<attached: 00000035-PHOTO-2022-03-05-21-41-55.jpg>\n[3/5/22, 21:42:00] Ana: ok\n';
    const { dateOrder, messages } = await parseText(text);
    expect(dateOrder).toMatchObject({ value: 'MDY', ambiguous: false });
    expect(dateOrder.evidence).toContain('media file names');
    expect(dateOrder.evidence).toContain('PHOTO-2022-03-05-21-41-55 on a message dated 3/5/22, 21:41:55');
    expect(messages[0]!.local).toMatchObject({ month: 3, day: 5 });
  });
  it('rule 2: an iOS media name decides D/M/Y', async () => {
    const text = '[5/3/22, 21:41:55] Ana: \u200E<attached: 00000035-PHOTO-2022-03-05-21-41-55.jpg>\n';
    const { dateOrder } = await parseText(text);
    expect(dateOrder).toMatchObject({ value: 'DMY', ambiguous: false });
    expect(dateOrder.evidence).toContain('media file names');
  });
  it('rule 2: an Android media name (written on or after the message date) decides', async () => {
    // 3/4/22 is 4 March (M/D) or 3 April (D/M); the file was written on 5 March, so only M/D fits.
    const text = '3/4/22, 10:00 - Ana: \u200EIMG-20220305-WA0002.jpg (file attached)\n';
    const { dateOrder } = await parseText(text);
    expect(dateOrder).toMatchObject({ value: 'MDY', ambiguous: false });
    expect(dateOrder.evidence).toContain('IMG-20220305-WA0002');
  });
  it('rule 3: the reading that keeps the dates in order wins', async () => {
    // As D/M: 10, 11, 12 Jan, 1–3 Feb, 1–2 Mar, in order. As M/D: Oct, Nov, Dec, Jan … steps back twice.
    const { dateOrder, messages } = await parseText(android(['10/1/22', '11/1/22', '12/1/22', '1/2/22', '2/2/22', '3/2/22', '1/3/22', '2/3/22']));
    expect(dateOrder).toMatchObject({ value: 'DMY', ambiguous: false });
    expect(dateOrder.evidence).toContain('stay in order when read as DMY');
    expect(messages[3]!.local).toMatchObject({ month: 2, day: 1 });
  });
  it('rule 3 works the other way round (M/D/Y)', async () => {
    const { dateOrder } = await parseText(android(['1/10/22', '1/11/22', '1/12/22', '2/1/22', '2/2/22', '2/3/22', '3/1/22', '3/2/22']));
    expect(dateOrder).toMatchObject({ value: 'MDY', ambiguous: false });
    expect(dateOrder.evidence).toContain('stay in order when read as MDY');
  });
  it('rule 4: nothing decides (only `11/01/2023`): ambiguous, and the evidence says so', async () => {
    const { dateOrder } = await parseText('11/01/2023, 16:14 - You changed the subject from "Trip" to "Trip 2024"\n11/01/2023, 16:15 - Ana: hi\n');
    expect(dateOrder.ambiguous).toBe(true);
    expect(dateOrder.locked).toBe(false);
    expect(dateOrder.evidence).toContain('nothing in the file decides');
  });
  it('rule 4 through openWhatsApp: the import carries a date_order_ambiguous warning', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wa-order-'));
    try {
      const path = join(dir, 'WhatsApp Chat with Group Chat XXX.txt');
      writeFileSync(path, '11/01/2023, 16:14 - You changed the subject from "Trip" to "Trip 2024"\n11/01/2023, 16:15 - Ana: hi\n');
      const stream = await openWhatsApp(path, 'text', { isCancelled: () => false, progress: () => {} });
      expect(stream.head.dateOrder.ambiguous).toBe(true);
      let count = 0;
      for await (const batch of stream.messages()) count += batch.length;
      expect(count).toBe(2);
      const warning = stream.tail().warnings.find((w) => w.code === 'date_order_ambiguous');
      expect(warning?.message).toContain('nothing in the file decides');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('a reviewer lock overrides inference and is recorded as such', async () => {
    const { dateOrder, messages } = await parseText(android(['1/2/22', '13/2/22']), 'MDY');
    expect(dateOrder).toMatchObject({ value: 'MDY', locked: true, ambiguous: false });
    expect(dateOrder.evidence).toContain('locked');
    expect(messages[0]!.local).toMatchObject({ month: 1, day: 2 });
    expect(messages[1]!.local).toBeNull();
  });
  it('a date that does not exist under the chosen order is kept without a time, with a warning', async () => {
    const { messages, result } = await parseText(android(['13/2/22', '2/30/22']));
    expect(messages).toHaveLength(2);
    expect(messages[1]!.local).toBeNull();
    expect(result.warnings.find((w) => w.code === 'invalid_date')?.line).toBe(2);
  });
});
