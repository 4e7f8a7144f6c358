// How the WhatsApp classifier reads a notice's people (docs/formats.md#whatsapp-parties): several people
// acted on are split at commas and the language's "and"; the word for "you" is the exporting account,
// no person; an admin tombstone keeps its admin as written. Then, end to end, an iOS notice in wording
// the tables lack names its actor only when the body repeats the name it was printed under.
import { describe, expect, it } from 'vitest';
import { Classifier } from '../../electron/backend/importers/whatsapp/classify';
import { LEXICONS } from '../../electron/backend/importers/whatsapp/lexicon';
import { openEngine } from '../support/engines';
import { tempDir, writeText } from '../support/temp';

const LRM = '\u200E';
const classifier = new Classifier(LEXICONS);

describe('the people of a notice', () => {
  it.each([
    ['Ana Ruiz added Ben Ito, Carl Day and Dee Fox', 'Ana Ruiz', ['Ben Ito', 'Carl Day', 'Dee Fox']],
    ['Marta López añadió a Pablo Ruiz y Lucía Gil', 'Marta López', ['Pablo Ruiz', 'Lucía Gil']],
    ['Joana Lima adicionou Rui Costa, Inês Sá e Tiago Reis', 'Joana Lima', ['Rui Costa', 'Inês Sá', 'Tiago Reis']],
    ['Jonas Weber hat Lena Koch und Paul Roth hinzugefügt', 'Jonas Weber', ['Lena Koch', 'Paul Roth']],
    ['Budi Santoso menambahkan Sari Dewi dan Agus Salim', 'Budi Santoso', ['Sari Dewi', 'Agus Salim']],
    // A name with "and" inside a word is one name.
    ['Ana Ruiz added Sandy Anderson', 'Ana Ruiz', ['Sandy Anderson']],
  ])('%s', (body, actor, targets) => {
    expect(classifier.classifyAuthorless(body).parties).toMatchObject({ actor, targets });
  });

  it.each([
    ['You added Ben Ito', null, ['Ben Ito']],
    ['Ana Ruiz removed you', 'Ana Ruiz', []],
    ['Você adicionou Rui Costa', null, ['Rui Costa']],
    ['Du hast Lena Koch hinzugefügt', null, ['Lena Koch']],
  ])('%s: the exporting account is no person', (body, actor, targets) => {
    expect(classifier.classifyAuthorless(body).parties).toMatchObject({ actor, targets });
  });

  it('keeps an author’s own name whole, though it holds the word for "and"', () => {
    const withAuthors = new Classifier(LEXICONS, new Set(['Ortega y Gasset']));
    expect(withAuthors.classifyAuthorless('Marta López añadió a Ortega y Gasset').parties).toMatchObject({ targets: ['Ortega y Gasset'] });
    expect(withAuthors.classifyAuthorless('Marta López añadió a Pablo Ruiz y Lucía Gil').parties).toMatchObject({ targets: ['Pablo Ruiz', 'Lucía Gil'] });
    expect(classifier.classifyAuthorless('Marta López añadió a Ortega y Gasset').parties).toMatchObject({ targets: ['Ortega', 'Gasset'] });
  });

  it('keeps the admin of a tombstone as written, the word for "you" included', () => {
    expect(classifier.classifyAuthored(`${LRM}Mensagem apagada por um admin (você)`).parties).toMatchObject({ actor: 'você', targets: [] });
  });
});

describe('an iOS notice in wording the tables lack', () => {
  it('names the person it was printed under when the body repeats the name, and no one under the chat’s name', async () => {
    const engine = openEngine();
    const chat = [
      `[02/05/2024, 07:00:00] Club: ${LRM}Ana Ruiz hat etwas Neues gemacht`,
      `[02/05/2024, 07:01:00] Club: ${LRM}Gruppe wurde irgendwie geändert`,
      `[02/05/2024, 07:02:00] Ana Ruiz: ${LRM}Ana Ruiz hat etwas Unbekanntes getan`,
      `[02/05/2024, 07:03:00] Ana Ruiz: hallo`,
      `[02/05/2024, 07:04:00] Ana Ruiz: bis dann`,
    ].join('\r\n');
    await engine.runImport({ paths: [writeText(tempDir(), 'WhatsApp Chat - Club.txt', `${chat}\r\n`)], timeZone: 'UTC', dateOrder: 'DMY' }).done;
    const rows = engine.caseFile.writer
      .prepare(
        `SELECT m.line_start AS line, m.subtype, (SELECT p.name FROM notice_parties n JOIN participants p ON p.id = n.participant_id
           WHERE n.message_id = m.id AND n.role = 'actor') AS actor FROM messages m WHERE m.kind = 'system' ORDER BY m.seq`,
      )
      .all();
    expect(rows).toEqual([
      { line: 1, subtype: 'system.unlisted', actor: null },
      { line: 2, subtype: 'system.unlisted', actor: null },
      { line: 3, subtype: 'system.unlisted', actor: 'Ana Ruiz' },
    ]);
    expect(engine.caseFile.writer.prepare('SELECT name FROM participants ORDER BY id').pluck().all()).toEqual(['Ana Ruiz']);
  });
});

describe('a chat whose author’s name holds the word for "and"', () => {
  it('stores that author as the one person a notice adds', async () => {
    const engine = openEngine();
    const chat = [
      '02/05/2024, 07:00 - Marta López añadió a Ortega y Gasset',
      '02/05/2024, 07:01 - Ortega y Gasset: hola a todos',
      '02/05/2024, 07:02 - Marta López: bienvenido',
    ].join('\n');
    await engine.runImport({ paths: [writeText(tempDir(), 'WhatsApp Chat with Club.txt', `${chat}\n`)], timeZone: 'UTC', dateOrder: 'DMY' }).done;
    const targets = engine.caseFile.writer
      .prepare(`SELECT p.name FROM notice_parties n JOIN participants p ON p.id = n.participant_id WHERE n.role = 'target'`)
      .pluck()
      .all();
    expect(targets).toEqual(['Ortega y Gasset']);
  });
});
