// An entry's people are persons of People: the authors of its messages unless others are chosen,
// chosen by id or by name, free names only on an outside event; they follow a merge of persons. A
// chronology can be made empty, once per name.
import { describe, expect, it } from 'vitest';
import { productionCase } from './production-fixture';

describe('chronology people', () => {
  it('names the authors of the cited messages as persons when nobody is chosen', async () => {
    const c = await productionCase();
    const api = c.engine.api;
    const range = await api.addChronologyEntry({ title: 'Lunch and approval', evidence: { kind: 'messages', messageIds: [c.ids.e4!, c.ids.e5!] }, reviewer: 'Dana Ito' });
    const persons = await api.listPersons({});
    const idOf = (name: string) => persons.filter((p) => p.name === name && p.participants.some((x) => x.sourceFile === 'rsmf_manifest.json')).map((p) => p.id);
    expect(range.persons.map((p) => p.id).sort()).toEqual([...idOf('Ben Okafor'), ...idOf('Ana Ruiz')].sort());
    expect(range.persons.every((p) => p.id !== null)).toBe(true);
    expect(range.people).toEqual(expect.arrayContaining(['Ana Ruiz', 'Ben Okafor']));
    await c.engine.close();
  });

  it('takes persons by id, refuses a name that is no person on an entry with evidence, and keeps it on an outside event', async () => {
    const c = await productionCase();
    const api = c.engine.api;
    const ana = (await api.listPersons({})).find((p) => p.name === 'Ana Ruiz')!;
    const chosen = await api.addChronologyEntry({ title: 'Password shared', personIds: [ana.id], evidence: { kind: 'messages', messageIds: [c.ids.e2!] }, reviewer: 'Dana Ito' });
    expect(chosen.persons).toEqual([{ id: ana.id, name: 'Ana Ruiz' }]);
    await expect(api.addChronologyEntry({ title: 'x', people: ['Detective Roe'], evidence: { kind: 'messages', messageIds: [c.ids.e2!] }, reviewer: 'Dana Ito' })).rejects.toThrow(
      /'Detective Roe' is not a person of this case/,
    );
    const seized = await api.addChronologyEntry({ title: 'Phone seized', people: ['Detective Roe', 'ana ruiz'], evidence: { kind: 'event', at: '2024-03-04' }, reviewer: 'Dana Ito' });
    expect(seized.persons.map((p) => [p.id === null, p.name])).toEqual(expect.arrayContaining([[true, 'Detective Roe'], [false, 'Ana Ruiz']]));
    const cleared = await api.changeChronologyEntry({ entryId: chosen.id, personIds: [], reviewer: 'Dana Ito' });
    expect(cleared.persons).toEqual([]);
    await c.engine.close();
  });

  it('follows its persons through a merge, and the audit log keeps the persons before and after', async () => {
    const c = await productionCase();
    const api = c.engine.api;
    const bens = (await api.listPersons({})).filter((p) => p.name === 'Ben Okafor');
    const rsmfBen = bens.find((p) => p.participants.some((x) => x.sourceFile === 'rsmf_manifest.json'))!;
    const entry = await api.addChronologyEntry({ title: 'Password shared', evidence: { kind: 'messages', messageIds: [c.ids.e2!] }, reviewer: 'Dana Ito' });
    expect(entry.persons).toEqual([{ id: rsmfBen.id, name: 'Ben Okafor' }]);
    const others = (await api.listPersons({})).filter((p) => p.id !== rsmfBen.id);
    const merged = await api.mergePersons({ personIds: [others[0]!.id, rsmfBen.id], displayName: 'Benjamin Okafor', reviewer: 'Dana Ito' });
    const after = (await api.chronology({})).entries.find((e) => e.id === entry.id)!;
    expect(after.persons).toEqual([{ id: merged.id, name: 'Benjamin Okafor' }]);
    await api.changeChronologyEntry({ entryId: entry.id, personIds: [], reviewer: 'Sam Roe' });
    const change = (await api.auditLog({})).entries.filter((a) => a.action === 'chronology.entry.change').at(-1)!;
    expect(change.actor).toBe('Sam Roe');
    expect(JSON.stringify(change.detail)).toContain('Benjamin Okafor');
    await c.engine.close();
  });

  it('makes an empty chronology once per name', async () => {
    const c = await productionCase();
    const api = c.engine.api;
    const made = await api.createChronology({ name: 'Records retention', reviewer: 'Dana Ito' });
    expect(made).toMatchObject({ name: 'Records retention', entries: 0, createdBy: 'Dana Ito' });
    expect((await api.chronology({ chronology: 'records retention' })).entries).toEqual([]);
    await expect(api.createChronology({ name: 'RECORDS RETENTION', reviewer: 'Dana Ito' })).rejects.toThrow(/already has a chronology 'RECORDS RETENTION'/);
    await c.engine.close();
  });
});
