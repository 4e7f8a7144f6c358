// Issue 16, lexicon rows that now rest on evidence rather than on a translation of the English row
// (docs/formats.md#whatsapp-lexicon): each line, with invented names, has the wording an export or another
// parser's list shows, and is a system line with its subtype on Android and under its actor's name on iOS.
import { describe, expect, it } from 'vitest';
import { parseText } from './whatsapp-helpers';
import { cases, expectAndroidNotice, expectIosNotice, title } from './whatsapp-notices-helpers';

const EVIDENCED = cases([
  // A Turkish iOS export quoted in mtln/chat-export#16.
  ['tr', 'system.added', 'Emre Kaya', 'Emre Kaya sizi ekledi'],
  ['tr', 'system.icon_changed', 'Emre Kaya', 'Emre Kaya bu grubun simgesini değiştirdi'],
  ['tr', 'system.subject_changed', 'Emre Kaya', 'Emre Kaya grup adını "Sınıf 9/A" olarak değiştirdi'],
  ['tr', 'system.group_created', 'Emre Kaya', 'Emre Kaya bu grubu oluşturdu'],
  ['tr', 'system.encryption', null, 'Mesajlar ve aramalar uçtan uca şifrelidir. Yalnızca bu sohbetteki kişiler bu içerikleri okuyabilir, dinleyebilir veya paylaşabilir.'],
  // A German export and its reader's grammar (skowalak/whatsapp-to-sqlite).
  ['de', 'system.added', 'Till Berg', 'Till Berg wurde hinzugefügt.'],
  ['de', 'system.removed', '+49 151 0000000', '+49 151 0000000 wurde entfernt.'],
  ['de', 'system.removed', 'Bea Roth', 'Bea Roth hat dich entfernt.'],
  ['de', 'system.left', null, 'Du hast die Gruppe verlassen.'],
  ['de', 'system.subject_changed', 'Bea Roth', 'Bea Roth hat den Betreff zu „Ruderclub“ geändert.'],
  ['de', 'system.icon_changed', 'Bea Roth', 'Bea Roth hat das Gruppenbild gelöscht.'],
  ['de', 'system.number_changed', 'Bea Roth', 'Bea Roth hat ihre Nummer gewechselt.'],
  ['de', 'system.admin', null, 'Du bist jetzt ein Admin.'],
  ['de', 'system.pinned', 'Bea Roth', 'Bea Roth hat eine Nachricht angeheftet'],
  // Italian notices from an Italian export reader's list.
  ['it', 'system.joined_via_link', 'Luca Neri', "Luca Neri è entrato usando il link d'invito al gruppo"],
  ['it', 'system.number_changed', 'Luca Neri', 'Luca Neri ha cambiato numero in +39 333 000 0000'],
  ['it', 'system.number_changed', '+39 333 000 0000', '+39 333 000 0000 è stato cambiato con +39 333 000 1111'],
  ['it', 'system.blocked', null, 'Hai bloccato questo contatto. Tocca per sbloccare.'],
  ['it', 'system.admin', null, 'Non sei più un amministratore'],
  // French Meta AI and group-name notices from a French export reader's list.
  ['fr', 'system.ai', null, 'Seuls les messages partagés avec @Meta AI sont envoyés à Meta.'],
  ['fr', 'system.ai', null, "Les messages sont générés par l'IA de Meta."],
  ['fr', 'system.subject_changed', 'Claire Petit', 'Claire Petit a remplacé le nom du groupe par « Aviron »'],
  // Brazilian Portuguese business notice from bots that filter the app's notices.
  ['pt-BR', 'system.business', null, 'Esta empresa usa o serviço seguro da Meta para gerenciar esta conversa. Toque para saber mais.'],
]);

describe('rows backed by evidence: Android notices without an author', () => {
  it.each(EVIDENCED.map((c) => [title(c), c] as const))('%s', async (_title, c) => {
    await expectAndroidNotice(c);
  });
});

describe('rows backed by evidence: iOS notices under their actor’s name', () => {
  it.each(EVIDENCED.map((c) => [title(c), c] as const))('%s', async (_title, c) => {
    await expectIosNotice(c);
  });
});

describe('a wording the evidence contradicts is no longer listed', () => {
  it.each([
    // Spanish exports write `Bloqueaste a este contacto`; the translation without `a` is gone.
    ['Bloqueaste este contacto'],
    ['Desbloqueaste este contacto'],
  ])('%s is unclassified on Android, with a warning', async (body) => {
    const { messages, result } = await parseText(`25/03/2024, 10:00 - Ben: hola\n25/03/2024, 10:01 - ${body}\n`);
    expect(messages[1]).toMatchObject({ author: null, kind: 'unclassified' });
    expect(result.warnings.map((w) => w.code)).toEqual(['unclassified']);
  });
});
