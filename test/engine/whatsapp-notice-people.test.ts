// The people a notice names are participants like authors, so People groups them by the folded name:
// `~` + U+202F + name as an author, `~ name` with a plain space in a notice, and `name` in another
// custodian's export are one identity name (a suggestion, never a merge), while every participant keeps
// its name exactly as its source wrote it. Every chat here is invented.
import { expect, it } from 'vitest';
import { openEngine } from '../support/engines';
import { tempDir, writeText } from '../support/temp';

const NNBSP = '\u202F';

it('groups `~\\u202FSam`, `~ Sam` and `Sam` under one identity name, and keeps each as written', async () => {
  const engine = openEngine();
  const dir = tempDir();
  // Sam writes as an unsaved contact; the admin-added notice names him with a plain space after the `~`.
  const first = [
    `02/05/2024, 07:00 - Ana Ruiz added ~ Sam Okoro`,
    `02/05/2024, 07:01 - ~${NNBSP}Sam Okoro: hello all`,
    `02/05/2024, 07:02 - Ana Ruiz: welcome`,
  ].join('\n');
  const second = [`03/05/2024, 09:00 - Sam Okoro: morning`, `03/05/2024, 09:01 - Ben Ito: hi Sam`].join('\n');
  await engine.runImport({ paths: [writeText(dir, 'WhatsApp Chat with Club.txt', `${first}\n`)], timeZone: 'UTC', dateOrder: 'DMY' }).done;
  await engine.runImport({ paths: [writeText(dir, 'WhatsApp Chat with Sam Okoro.txt', `${second}\n`)], timeZone: 'UTC', dateOrder: 'DMY' }).done;

  const db = engine.caseFile.writer;
  const sams = db
    .prepare(`SELECT p.name, i.kind, i.key FROM participants p JOIN participant_identities i ON i.participant_id = p.id WHERE p.name LIKE '%Sam%' ORDER BY p.id`)
    .all();
  expect(sams).toEqual([
    { name: '~ Sam Okoro', kind: 'name', key: 'sam okoro' },
    { name: `~${NNBSP}Sam Okoro`, kind: 'name', key: 'sam okoro' },
    { name: 'Sam Okoro', kind: 'name', key: 'sam okoro' },
  ]);

  const persons = await engine.api.listPersons({});
  const samPersons = persons.filter((p) => p.participants.some((x) => x.name.includes('Sam')));
  // Names never merge: three persons, each labelled by the folded, readable name.
  expect(samPersons.map((p) => p.name)).toEqual(['Sam Okoro', 'Sam Okoro', 'Sam Okoro']);
  const suggestions = await engine.api.personSuggestions({});
  const bySam = suggestions.filter((s) => s.reason === 'same_name' && s.value === 'Sam Okoro');
  expect(bySam.map((s) => s.personIds.length)).toEqual([3]);
  expect([...bySam[0]!.personIds].sort()).toEqual(samPersons.map((p) => p.id).sort());
});
