// Persons after real imports (docs/people.md): a one-to-one chat exported from both phones resolves
// to its two people when the exports carry their numbers; names alone only suggest; conversations and
// messages name their persons, and `threadline info --json` lists them.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Engine } from '../../electron/backend/api';
import { openEngine } from '../support/engines';
import { threadline } from '../support/cli';
import { tempDir, writeText } from '../support/temp';
import { chatsCsv } from './formats-fixtures';

const BEN = '+44 7700 900123';

/**
 * One phone's forensic report of the chat between Ana and Ben: every From cell carries the number, with
 * the owner's own account name or the name the owner saved the other under.
 */
function report(owner: 'ana' | 'ben'): string {
  const ana = owner === 'ana' ? '+34612345678 Ana Ruiz' : '+34 612 34 56 78 Ana Ruiz';
  const ben = owner === 'ben' ? '+447700900123 Ben Okafor' : '+44 7700 900123 Ben';
  const row = (n: number, from: string, body: string, time: string) => ({
    '#': String(n),
    'Chat #': '1',
    Identifier: 'chat-ana-ben',
    Participants: `${ana}\n${ben}`,
    Source: 'WhatsApp',
    'Instant Message #': String(n),
    From: from,
    Body: body,
    'Timestamp: Date': '05/03/2024',
    'Timestamp: Time': `${time}(UTC+0)`,
  });
  return chatsCsv([row(1, ana, 'Are you at the site?', '18:02:11'), row(2, ben, 'On my way', '18:03:40'), row(3, ana, 'Call me', '18:05:00')]);
}

/** Ana's own WhatsApp export: Ben is not a saved contact, so the export writes his number. */
const anaWhatsApp = [
  `05/03/2024, 18:02 - Ana Ruiz: Are you at the site?`,
  `05/03/2024, 18:03 - ${BEN}: On my way`,
  `05/03/2024, 18:05 - Ana Ruiz: Call me`,
].join('\n');

async function importAll(engine: Engine, paths: string[]): Promise<void> {
  await engine.runImport({ paths, timeZone: 'UTC' }).done;
}

describe('a one-to-one chat exported from both phones', () => {
  it('resolves to its two people by their numbers, each seen in both exports', async () => {
    const dir = tempDir();
    const engine = openEngine(join(dir, 'case.threadline'));
    await importAll(engine, [writeText(dir, 'ana-phone.csv', report('ana')), writeText(dir, 'ben-phone.csv', report('ben'))]);
    const persons = await engine.api.listPersons({});
    expect(persons.map((p) => [p.name, p.participants.map((x) => [x.name, x.identity.key, x.method])])).toEqual([
      ['Ana Ruiz', [['+34612345678 Ana Ruiz', '+34612345678', 'phone'], ['+34 612 34 56 78 Ana Ruiz', '+34612345678', 'phone']]],
      ['Ben Okafor', [['+44 7700 900123 Ben', '+447700900123', 'phone'], ['+447700900123 Ben Okafor', '+447700900123', 'phone']]],
    ]);
    const conversations = await engine.api.listConversations({});
    expect(conversations.map((c) => c.personIds)).toEqual([persons.map((p) => p.id).sort((a, b) => a - b), persons.map((p) => p.id).sort((a, b) => a - b)]);
    expect(await engine.api.personSuggestions({})).toEqual([]);
    await engine.close();
  });

  it('joins a bare number in a WhatsApp export to the person holding it, and only suggests a name', async () => {
    const dir = tempDir();
    const engine = openEngine(join(dir, 'case.threadline'));
    await importAll(engine, [writeText(dir, 'ben-phone.csv', report('ben')), writeText(dir, 'WhatsApp Chat with Ben.txt', anaWhatsApp)]);
    const persons = await engine.api.listPersons({});
    const ben = persons.find((p) => p.participants.some((x) => x.name === BEN))!;
    expect(ben.participants.map((x) => x.name)).toEqual(['+447700900123 Ben Okafor', BEN]);
    const ana = persons.filter((p) => p.participants.some((x) => x.name.includes('Ana')));
    expect(ana).toHaveLength(2);
    expect(await engine.api.personSuggestions({})).toEqual([
      expect.objectContaining({ reason: 'same_name', value: 'Ana Ruiz', personIds: ana.map((p) => p.id).sort((a, b) => a - b) }),
    ]);

    // The thread keeps the author as written and names the person beside it.
    const whatsapp = (await engine.api.listConversations({})).find((c) => c.format === 'whatsapp')!;
    const { messages } = await engine.api.threadPage({ conversationId: whatsapp.id, fromSeq: 0, limit: 10 });
    expect(messages.map((m) => [m.author, m.authorPersonId, m.authorPerson])).toEqual([
      ['Ana Ruiz', expect.any(Number), 'Ana Ruiz'],
      [BEN, ben.id, ben.name],
      ['Ana Ruiz', expect.any(Number), 'Ana Ruiz'],
    ]);
    await engine.close();
  });

  it('a merge stands when more exports are imported, and the same export twice changes nothing', async () => {
    const dir = tempDir();
    const engine = openEngine(join(dir, 'case.threadline'));
    const whatsapp = writeText(dir, 'WhatsApp Chat with Ben.txt', anaWhatsApp);
    await importAll(engine, [whatsapp, writeText(dir, 'ana-phone.csv', report('ana'))]);
    const [suggestion] = await engine.api.personSuggestions({});
    const merged = await engine.api.mergePersons({ personIds: suggestion!.personIds });
    await importAll(engine, [whatsapp, writeText(dir, 'ben-phone.csv', report('ben'))]);
    const after = (await engine.api.listPersons({})).find((p) => p.id === merged.id)!;
    expect(after.participants.map((x) => x.name)).toEqual(['Ana Ruiz', '+34612345678 Ana Ruiz', '+34 612 34 56 78 Ana Ruiz']);
    expect(after.participants.map((x) => x.method)).toEqual(['single', 'reviewer', 'phone']);
    await engine.close();
  });
});

describe('threadline info --json', () => {
  it('lists persons with their participants, and each conversation with its persons', () => {
    const dir = tempDir();
    const casePath = join(dir, 'case.threadline');
    const imported = threadline('import', writeText(dir, 'ana-phone.csv', report('ana')), writeText(dir, 'ben-phone.csv', report('ben')), '--case', casePath, '--json');
    expect(imported.status).toBe(0);
    const info = threadline('info', '--case', casePath, '--json');
    expect(info.status).toBe(0);
    const { persons, conversations } = JSON.parse(info.stdout) as {
      persons: { id: number; name: string; participants: { id: number; name: string; sourceId: number; identity: { kind: string; key: string }; method: string }[] }[];
      conversations: { id: number; personIds: number[] }[];
    };
    expect(persons).toEqual([
      {
        id: expect.any(Number),
        name: 'Ana Ruiz',
        participants: [
          { id: expect.any(Number), name: '+34612345678 Ana Ruiz', sourceId: 1, identity: { kind: 'phone', key: '+34612345678' }, method: 'phone' },
          { id: expect.any(Number), name: '+34 612 34 56 78 Ana Ruiz', sourceId: 2, identity: { kind: 'phone', key: '+34612345678' }, method: 'phone' },
        ],
      },
      expect.objectContaining({ name: 'Ben Okafor' }),
    ]);
    expect(conversations.map((c) => c.personIds)).toEqual([persons.map((p) => p.id).sort((a, b) => a - b), persons.map((p) => p.id).sort((a, b) => a - b)]);

    const people = threadline('people', '--case', casePath);
    expect(people.status).toBe(0);
    expect(people.stdout).toContain('+34612345678 Ana Ruiz in ana-phone.csv (source 1), phone +34612345678, 2 messages — phone: +34612345678');
    expect(people.stdout).toContain('0 suggestions');
  });
});
