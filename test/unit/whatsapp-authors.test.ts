// docs/formats.md#whatsapp-authors: where the author ends, odd names, and how the displayed author is
// normalised while the raw header stays byte-exact.
import { describe, expect, it } from 'vitest';
import { displayAuthor, splitAuthor } from '../../electron/backend/importers/whatsapp/parse';
import { NBSP, NNBSP, parseText } from './whatsapp-helpers';

describe('§3 author split', () => {
  it('`Carol:` with an empty body is an authored line (view-once media), not a system line', async () => {
    const { messages } = await parseText('1/29/18, 12:24 - Ana: hi\n1/29/18, 12:25 - Carol:\n1/29/18, 12:26 - Ana: ?\n');
    expect(messages[1]).toMatchObject({ author: 'Carol', body: '', kind: 'media', subtype: 'media.view_once' });
  });
  it('`John Doe:.` (no space after the colon) is an authored line with the body `.`', async () => {
    const { messages } = await parseText('12/12/2019, 13:00 - John Doe:.\n');
    expect(messages[0]).toMatchObject({ author: 'John Doe', body: '.', kind: 'text' });
  });
  it('the author ends at the first `: `; later `: ` stay in the body', async () => {
    const { messages } = await parseText('12/12/2019, 13:00 - Ana: Lorem ipsum : dolor sit amet.\n12/12/2019, 13:01 - Bob: note: buy milk\n');
    expect(messages.map((m) => [m.author, m.body])).toEqual([
      ['Ana', 'Lorem ipsum : dolor sit amet.'],
      ['Bob', 'note: buy milk'],
    ]);
  });
  it('a known author containing `: ` is preferred to the first `: `', () => {
    const split = splitAuthor('Team: Alpha: hi', new Set(['Team: Alpha']));
    expect(split).toMatchObject({ author: 'Team: Alpha' });
    expect('Team: Alpha: hi'.slice(split!.bodyStart)).toBe('hi');
    expect(splitAuthor('Team: Alpha: hi')).toMatchObject({ author: 'Team' });
  });
  it('a colon without a following space does not end the author (`12:30` in a name-less line)', () => {
    expect(splitAuthor('Meeting at 12:30 moved')).toBeNull();
  });
  it.each(['Jessie & James', 'Prof. Oak', 'John Doe 🤓', '🤓', '~ Pushname', "O'Brien-Smith 2", '+7 999 999-99-99', 'Ana 👩‍👩‍👧'])(
    'name with special characters: %s',
    async (name) => {
      const { messages } = await parseText(`15.04.2016, 15:04 - ${name}: hallo\n`);
      expect(messages[0]).toMatchObject({ author: name, body: 'hallo', kind: 'text' });
    },
  );
  it('an RTL-wrapped phone number: bidi controls dropped, its NBSPs kept as written; raw header kept', async () => {
    const raw = `\u202A+40${NBSP}521${NBSP}028${NBSP}61${NBSP}88\u202C`;
    const line = `[\u200F18\u200F/3\u200F/2022، 14:56:01] ${raw}: مرحبا`;
    const { messages, result } = await parseText(line + '\n');
    const written = `+40${NBSP}521${NBSP}028${NBSP}61${NBSP}88`;
    expect(messages[0]!.author).toBe(written);
    expect(messages[0]!.headerRaw).toBe(`[\u200F18\u200F/3\u200F/2022، 14:56:01] ${raw}: `);
    expect([...result.participants.keys()]).toEqual([written]);
  });
  it('displayAuthor drops U+200E/U+200F/U+202A–U+202E/U+2066–U+2069/U+FEFF and keeps U+00A0/U+202F/U+2009 as written', () => {
    expect(displayAuthor('\u200E\u2066Ana\u00A0Ruiz\u2069\uFEFF')).toBe('Ana\u00A0Ruiz');
    expect(displayAuthor('\u202BDr\u202FX\u2009Y\u202C')).toBe('Dr\u202FX\u2009Y');
  });
  it('an unsaved contact (`~` + U+202F + name) keeps its narrow space, so the author matches its source', async () => {
    const { messages } = await parseText(`[08/10/2023, 14:07:41] ~${NNBSP}Lio Varga: hi\n`);
    expect(messages[0]!.author).toBe(`~${NNBSP}Lio Varga`);
  });
  it('U+2011 in an iOS phone-number name is kept (it is part of the displayed name)', async () => {
    const { messages } = await parseText('[3/18/22, 14:56:01] +1 (777) 777\u20117777: hi\n');
    expect(messages[0]!.author).toBe('+1 (777) 777\u20117777');
  });
  it("the exporter's own deletion carries the exporter's profile name, not `You`", async () => {
    const { messages } = await parseText('23/03/2022, 13:31 - Elon: You deleted this message\n');
    expect(messages[0]).toMatchObject({ author: 'Elon', kind: 'deleted', subtype: 'deleted.own', deleted: true });
  });
});
