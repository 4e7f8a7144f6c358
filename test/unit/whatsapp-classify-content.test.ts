// docs/formats.md#whatsapp-texts, table S5: missed calls, locations, live locations, view-once media, polls and
// edited-message suffixes. All are authored lines that keep their author.
import { describe, expect, it } from 'vitest';
import { Classifier } from '../../electron/backend/importers/whatsapp/classify';
import { LEXICONS } from '../../electron/backend/importers/whatsapp/lexicon';
import { LRM, parseText } from './whatsapp-helpers';

const classifier = new Classifier(LEXICONS);
const URL = 'https://maps.google.com/?q=48.2082,16.3738';

describe('Table S5 missed calls', () => {
  it.each([
    ['en', 'call.missed_voice', 'Missed voice call'],
    ['en', 'call.missed_voice', 'Missed voice call. Tap to call back'],
    ['nl', 'call.missed_voice', 'Gemiste spraakoproep'],
    ['cs', 'call.missed_voice', 'Zmeškaný hovor'],
    ['ru', 'call.missed_voice', 'Пропущенный аудиозвонок'],
    ['de', 'call.missed_voice', 'Verpasster Sprachanruf'],
    ['fr', 'call.missed_voice', 'Appel vocal manqué'],
    ['es', 'call.missed_voice', 'Llamada perdida'],
    ['pt-BR', 'call.missed_voice', 'Chamada de voz perdida'],
    ['it', 'call.missed_voice', 'Chiamata vocale persa'],
  ])('%s %s: %s', (lang, subtype, body) => {
    expect(classifier.classifyAuthored(body)).toMatchObject({ kind: 'call', subtype, lang });
  });
  it('a missed call is an authored line from the caller', async () => {
    const { messages } = await parseText('18/03/2022, 10:00 - Dmitry: Missed voice call\n');
    expect(messages[0]).toMatchObject({ author: 'Dmitry', kind: 'call', subtype: 'call.missed_voice' });
  });
});

describe('Table S5 locations', () => {
  it.each([
    ['en', `location: ${URL}`],
    ['en', `${LRM}Location: ${URL}`],
    ['de', `Standort: ${URL}`],
    ['fr', `Localisation: ${URL}`],
    ['nl', `locatie: ${URL}`],
    ['es', `Ubicación: ${URL}`],
    ['it', `Posizione: ${URL}`],
    ['pt-PT', `Localização: ${URL}`],
    ['ru', `местоположение: ${URL}`],
    ['ru', `${LRM}Местоположение: ${URL}`],
    ['uk', `Розташування: ${URL}`],
    ['cs', `poloha: ${URL}`],
    ['ar', `موقع: ${URL}`],
    ['hi', `लोकेशन: ${URL}`],
    ['id', `Lokasi: ${URL}`],
    ['ja', `位置情報: ${URL}`],
    ['th', `ตำแหน่งที่ตั้ง: ${URL}`],
    ['vi', `Vị trí: ${URL}`],
  ])('%s %s', (lang, body) => {
    expect(classifier.classifyAuthored(body)).toMatchObject({ kind: 'location', subtype: 'location.pin', lang });
  });
  it('the location line keeps its author and body end to end (`: ` inside the body)', async () => {
    const { messages } = await parseText(`[3/27/22, 21:45:00] Ana: ${LRM}Location: ${URL}\n`);
    expect(messages[0]).toMatchObject({ author: 'Ana', kind: 'location', body: `${LRM}Location: ${URL}` });
  });
  it.each([
    ['en', 'live location shared'],
    ['de', 'Live-Standort wird geteilt.'],
    ['fr', 'Localisation en direct partagée'],
    ['es', 'ubicación en tiempo real compartida'],
    ['pt-BR', 'localização atual compartilhada'],
    ['it', 'posizione attuale condivisa'],
    ['nl', 'live locatie gedeeld'],
    ['ru', 'Геоданные отправлены'],
  ])('live location %s: %s', (lang, body) => {
    expect(classifier.classifyAuthored(body)).toMatchObject({ kind: 'location', subtype: 'location.live', lang });
  });
});

describe('Table S5 view-once media', () => {
  it('Android 2022: body `null`', async () => {
    const { messages } = await parseText('18/03/2022, 10:00 - Ana: null\n');
    expect(messages[0]).toMatchObject({ author: 'Ana', kind: 'media', subtype: 'media.view_once', body: 'null' });
  });
  it('Android 2018: empty body', async () => {
    const { messages } = await parseText('29/01/2018, 10:00 - Carol: \n');
    expect(messages[0]).toMatchObject({ author: 'Carol', kind: 'media', subtype: 'media.view_once', body: '' });
  });
  it('`null` inside a sentence is text', () => {
    expect(classifier.classifyAuthored('null pointer again')).toMatchObject({ kind: 'text' });
  });
});

describe('Table S5 polls', () => {
  it.each([
    ['en', 'POLL:'],
    ['de', 'UMFRAGE:'],
    ['fr', 'SONDAGE:'],
    ['es', 'ENCUESTA:'],
    ['pt-BR', 'ENQUETE:'],
    ['it', 'SONDAGGIO:'],
    ['nl', 'PEILING:'],
    ['ru', 'ОПРОС:'],
  ])('%s %s', (lang, keyword) => {
    expect(classifier.classifyAuthored(`${keyword}\nWhere?\nOPTION: Park (2 votes)`)).toMatchObject({ kind: 'poll', subtype: 'poll', lang });
  });
  it('a poll end to end keeps question and options as its body', async () => {
    const { messages } = await parseText('[20.06.19, 16:00:00] Ana: POLL:\nWhere?\nOPTION: Park (2 votes)\nOPTION: Beach (1 vote)\n');
    expect(messages[0]).toMatchObject({ author: 'Ana', kind: 'poll', body: 'POLL:\nWhere?\nOPTION: Park (2 votes)\nOPTION: Beach (1 vote)' });
  });
  it('`POLL:` with text after it on the same line is text', () => {
    expect(classifier.classifyAuthored('POLL: who wants pizza?')).toMatchObject({ kind: 'text' });
  });
});

describe('Table S5 edited messages', () => {
  it.each([
    ['en', 'see you at 9 <This message was edited>'],
    ['de', 'bis gleich <Diese Nachricht wurde bearbeitet>'],
    ['fr', 'à tout à l’heure <Ce message a été modifié>'],
  ])('%s suffix: %s', (lang, body) => {
    expect(classifier.classifyAuthored(body)).toMatchObject({ kind: 'text', subtype: 'edited', lang, edited: true });
  });
  it('the suffix on a multi-line message, end to end; the body keeps the suffix', async () => {
    const { messages } = await parseText('18/03/2022, 10:00 - Ana: line one\nline two <This message was edited>\n');
    expect(messages[0]).toMatchObject({ author: 'Ana', kind: 'text', edited: true, body: 'line one\nline two <This message was edited>' });
  });
  it('the suffix words in the middle of a message do not mark it edited', () => {
    expect(classifier.classifyAuthored('<This message was edited> is what it says')).toMatchObject({ edited: false, subtype: null });
  });
});

describe('Table S5 things that are not in the export', () => {
  it('a reply is plain text', () => {
    expect(classifier.classifyAuthored('This message is reply to another')).toMatchObject({ kind: 'text', subtype: null });
  });
  it('an iOS place `Name (Address): https://foursquare…` is one authored line with `: ` in the body', async () => {
    const { messages } = await parseText('[3/27/22, 21:45:00] Ana: Cafe Central (Herrengasse 14): https://foursquare.com/v/4b0586a2f964a520\n');
    expect(messages[0]).toMatchObject({ author: 'Ana', body: 'Cafe Central (Herrengasse 14): https://foursquare.com/v/4b0586a2f964a520' });
  });
});
