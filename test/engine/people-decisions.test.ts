// A reviewer's merge and unmerge through the engine API: each is audited with the persons before and
// after in the hash-chained log, the thread and exports name the person while `author` stays as
// written, and nothing the reviewer decided is undone by the next import.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listAudit, verifyAudit } from '../../electron/backend/audit/log';
import { exportRecords } from '../../electron/backend/exports/messages';
import { openEngine } from '../support/engines';
import { tempDir, writeText } from '../support/temp';

const group = ['01/03/2024, 09:00 - Dana Whitfield: Permit fee is due Friday', '01/03/2024, 09:05 - Tom Kessler: I will pay it', '01/03/2024, 09:06 - Dana Whitfield: Thanks'].join('\n');
const direct = ['02/03/2024, 18:00 - Dana W.: Did Tom pay?', '02/03/2024, 18:01 - Dana Whitfield: Not yet'].join('\n');

async function twoExports() {
  const dir = tempDir();
  const engine = openEngine(join(dir, 'case.threadline'));
  await engine.runImport({ paths: [writeText(dir, 'WhatsApp Chat with Harbor.txt', group), writeText(dir, 'WhatsApp Chat with Tom.txt', direct)], timeZone: 'UTC' }).done;
  const persons = await engine.api.listPersons({});
  const ids = (name: string) => persons.filter((p) => p.participants.some((x) => x.name === name)).map((p) => p.id);
  return { dir, engine, persons, ids };
}

describe('merge', () => {
  it('joins the suggested persons, audited with both before and the one after', async () => {
    const { engine, ids } = await twoExports();
    const [suggestion] = await engine.api.personSuggestions({});
    expect(suggestion).toMatchObject({ reason: 'same_name', value: 'Dana Whitfield', personIds: ids('Dana Whitfield') });

    const merged = await engine.api.mergePersons({ personIds: suggestion!.personIds });
    expect(merged.participants.map((p) => [p.name, p.sourceFile, p.method])).toEqual([
      ['Dana Whitfield', 'WhatsApp Chat with Harbor.txt', 'single'],
      ['Dana Whitfield', 'WhatsApp Chat with Tom.txt', 'reviewer'],
    ]);
    expect(await engine.api.personSuggestions({})).toEqual([]);

    const [entry] = listAudit(engine.caseFile.reader, 1);
    expect(entry).toMatchObject({ action: 'people.merge' });
    const detail = entry!.detail as { before: { id: number; participants: unknown[] }[]; after: { id: number; participants: { method: string }[] } };
    expect(detail.before.map((p) => [p.id, p.participants.length])).toEqual(suggestion!.personIds.map((id) => [id, 1]));
    expect(detail.after).toMatchObject({ id: merged.id, name: 'Dana Whitfield' });
    expect(detail.after.participants.map((p) => p.method)).toEqual(['single', 'reviewer']);
    expect(verifyAudit(engine.caseFile.reader)).toBeNull();
    await engine.close();
  });

  it('names the person as the reviewer says, while threads and exports keep the author as written', async () => {
    const { engine, ids } = await twoExports();
    const merged = await engine.api.mergePersons({ personIds: [...ids('Dana Whitfield'), ...ids('Dana W.')], displayName: '  Dana  Whitfield (Harbor Authority) ' });
    expect(merged).toMatchObject({ name: 'Dana Whitfield (Harbor Authority)', nameSource: 'reviewer', participants: [{}, {}, {}] });

    const tom = (await engine.api.listConversations({})).find((c) => c.title === 'Tom')!;
    expect(tom.personIds).toEqual([merged.id]);
    const { messages } = await engine.api.threadPage({ conversationId: tom.id, fromSeq: 0, limit: 10 });
    expect(messages.map((m) => [m.author, m.authorPerson])).toEqual([
      ['Dana W.', 'Dana Whitfield (Harbor Authority)'],
      ['Dana Whitfield', 'Dana Whitfield (Harbor Authority)'],
    ]);
    const exported = [...exportRecords(engine.caseFile.reader, { conversationId: tom.id })];
    expect(exported.map((r) => [r.author, r.authorPersonId, r.authorPerson])).toEqual([
      ['Dana W.', merged.id, 'Dana Whitfield (Harbor Authority)'],
      ['Dana Whitfield', merged.id, 'Dana Whitfield (Harbor Authority)'],
    ]);
    await engine.close();
  });

  it('refuses unknown persons and a single person, changing nothing', async () => {
    const { engine, ids, persons } = await twoExports();
    await expect(engine.api.mergePersons({ personIds: [ids('Tom Kessler')[0]!, 9999] })).rejects.toMatchObject({ code: 'not_found' });
    await expect(engine.api.mergePersons({ personIds: [ids('Tom Kessler')[0]!] })).rejects.toMatchObject({ code: 'invalid_argument' });
    expect(await engine.api.listPersons({})).toEqual(persons);
    await engine.close();
  });
});

describe('unmerge', () => {
  it('takes a participant out into a person of its own, audited, and keeps it out after the next import', async () => {
    const { dir, engine, ids } = await twoExports();
    const merged = await engine.api.mergePersons({ personIds: [...ids('Dana Whitfield'), ...ids('Dana W.')] });
    const leaving = merged.participants.find((p) => p.name === 'Dana W.')!;

    const { person, from } = await engine.api.unmergeParticipant({ participantId: leaving.id });
    expect(from.id).toBe(merged.id);
    expect(from.participants.map((p) => p.name)).toEqual(['Dana Whitfield', 'Dana Whitfield']);
    expect(person).toMatchObject({ name: 'Dana W.', participants: [{ id: leaving.id, method: 'reviewer', evidence: expect.stringContaining(`from person ${merged.id}`) }] });

    const [entry] = listAudit(engine.caseFile.reader, 1);
    expect(entry).toMatchObject({ action: 'people.unmerge', detail: { participantId: leaving.id, before: { id: merged.id }, after: [{ id: merged.id }, { id: person.id }] } });
    expect((entry!.detail as { before: { participants: unknown[] } }).before.participants).toHaveLength(3);

    await engine.runImport({ paths: [writeText(dir, 'WhatsApp Chat with Dana.txt', '03/03/2024, 08:00 - Dana W.: Paid\n')], timeZone: 'UTC' }).done;
    const persons = await engine.api.listPersons({});
    expect(persons.find((p) => p.id === person.id)!.participants.map((p) => p.id)).toEqual([leaving.id]);
    expect(persons.find((p) => p.id === merged.id)!.participants).toHaveLength(2);
    expect(verifyAudit(engine.caseFile.reader)).toBeNull();
    await engine.close();
  });

  it('refuses a participant that is already alone, or unknown', async () => {
    const { engine, persons } = await twoExports();
    const tom = persons.find((p) => p.name === 'Tom Kessler')!;
    await expect(engine.api.unmergeParticipant({ participantId: tom.participants[0]!.id })).rejects.toMatchObject({ code: 'invalid_argument', message: 'Tom Kessler is already a person of its own.' });
    await expect(engine.api.unmergeParticipant({ participantId: 9999 })).rejects.toMatchObject({ code: 'not_found' });
    await engine.close();
  });
});
