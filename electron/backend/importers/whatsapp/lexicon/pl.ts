import type { Lexicon } from './types';

// Polish. Evidence: docs/formats.md#whatsapp-texts [iOS strings]; the Android placeholder is [Android strings, old].
//
// Notice kinds: all 29 of the catalogue (docs/formats.md#whatsapp-lexicon). Every notice row is a
// [translation]: no export, strings file or parser list in this language was found.
export const pl: Lexicon = {
  lang: 'pl',
  system: [
    { id: 'system.encryption', text: 'Wiadomości i połączenia są szyfrowane end-to-end{U}' }, // [translation]
    { id: 'system.group_created', text: '{X} utworzył(a) grupę "{N}"' }, // [translation]
    { id: 'system.added', text: '{X} dodał(a) Cię' }, // [translation]
    { id: 'system.added', text: '{X} dodał(a) {Y}' }, // [translation]
    { id: 'system.left', text: '{X} opuścił(a) grupę' }, // [translation]
    { id: 'system.removed', text: '{X} usunął(-ęła) {Y}' }, // [translation]
    { id: 'system.joined_via_link', text: '{X} dołączył(a) za pomocą linku z zaproszeniem do tej grupy' }, // [translation]
    { id: 'system.subject_changed', text: '{X} zmienił(a) nazwę grupy na "{N}"' }, // [translation]
    { id: 'system.icon_changed', text: '{X} zmienił(a) ikonę tej grupy' }, // [translation]
    { id: 'system.description_changed', text: '{X} zmienił(a) opis grupy' }, // [translation]
    { id: 'system.admin', text: 'Jesteś teraz administratorem' }, // [translation]
    { id: 'system.admin', text: 'Nie jesteś już administratorem' }, // [translation]
    { id: 'system.security_code_changed', text: 'Twój kod zabezpieczenia z {X} zmienił się' }, // [translation]
    { id: 'system.timer_on', text: '{X} włączył(a) znikające wiadomości' }, // [translation]
    { id: 'system.timer_off', text: '{X} wyłączył(a) znikające wiadomości' }, // [translation]
    { id: 'system.number_changed', text: '{X} zmienił(a) numer telefonu na nowy{U}' }, // [translation]
    { id: 'system.invite_link_reset', text: '{X} zresetował(a) link z zaproszeniem do tej grupy' }, // [translation]
    { id: 'system.pinned', text: '{X} przypiął(-ęła) wiadomość' }, // [translation]
    { id: 'system.contact', text: '{X} jest kontaktem' }, // [translation]
    { id: 'system.blocked', text: 'Zablokowano ten kontakt' }, // [translation]
    { id: 'system.unblocked', text: 'Odblokowano ten kontakt' }, // [translation]
    { id: 'system.call_started', text: '{X} rozpoczął(-ęła) połączenie' }, // [translation]
    { id: 'system.ai', text: 'Do Meta są wysyłane tylko wiadomości, w których wspomniano @Meta AI{U}' }, // [translation]
    { id: 'system.joined', text: '{X} dołączył(a)' }, // [translation]
    { id: 'system.settings_changed', text: '{X} włączył(a) zatwierdzanie przez administratora dołączania do tej grupy' }, // [translation]
    { id: 'system.settings_changed', text: '{X} wyłączył(a) zatwierdzanie przez administratora dołączania do tej grupy' }, // [translation]
    { id: 'system.unpinned', text: '{X} odpiął(-ęła) wiadomość' }, // [translation]
    { id: 'system.business', text: 'Ten czat jest prowadzony z kontem firmowym{U}' }, // [translation]
    { id: 'system.community', text: '{X} dołączył(a) ze społeczności' }, // [translation]
    { id: 'system.join_requested', text: '{X} poprosił(a) o dołączenie' }, // [translation]
  ],
  tombstones: [
    { id: 'deleted.incoming', text: 'Ta wiadomość została usunięta.' },
    { id: 'deleted.own', text: 'Usunąłeś(-ęłaś) tę wiadomość.' },
    { id: 'deleted.admin', text: 'Ta wiadomość została usunięta przez administratora' }, // [translation]
  ],
  mediaOmitted: [
    { id: 'media.omitted', text: '<pliki pominięto>' }, // [Android strings, old]
    { id: 'media.omitted', text: 'obraz pominięty' },
  ],
  attached: [
    { id: 'media.attached', text: '<załączono: {F}>' },
    { id: 'media.attached', text: '{F} <załączono: {F}>' }, // document line, shape as en (assumed)
  ],
  calls: [],
  locations: [],
  polls: [],
  editedSuffixes: [
    { id: 'edited', text: '<Ta wiadomość została edytowana>' }, // [translation]
  ],
  exporterWords: ['ty', 'cię'],
  listAnd: 'i',
};
