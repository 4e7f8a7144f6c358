import type { Lexicon } from './types';

// German. Evidence for each row: docs/formats.md#whatsapp-texts (public sample exports; the WhatsR parser).
//
// Notice kinds: all 29 of the catalogue (docs/formats.md#whatsapp-lexicon). Backed by an export, the app's strings
// or another parser: encryption, group created, added, left, removed, subject changed, icon changed, description
// changed, number changed, joined via link, admin, timer on, timer off, pinned, blocked, security code changed,
// call started, admin deletion, edited suffix; every other notice row is a [translation].
export const de: Lexicon = {
  lang: 'de',
  system: [
    { id: 'system.encryption', text: 'Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt. Niemand außerhalb dieses Chats kann sie lesen oder anhören, nicht einmal WhatsApp.' },
    { id: 'system.encryption', text: 'Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt. Niemand außerhalb dieses Chats kann sie lesen oder anhören, nicht einmal WhatsApp. Tippe, um mehr zu erfahren.' },
    { id: 'system.encryption', text: 'Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt. Nur Personen in diesem Chat können sie lesen, anhören oder teilen.' },
    { id: 'system.encryption', text: 'Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt. Nur Personen in diesem Chat können sie lesen, anhören oder teilen. Mehr erfahren.' },
    { id: 'system.group_created', text: 'Du hast die Gruppe "{N}" erstellt' },
    { id: 'system.group_created', text: '{X} hat die Gruppe "{N}" erstellt' },
    { id: 'system.added', text: 'Du hast {Y} hinzugefügt' },
    { id: 'system.added', text: '{X} hat {Y} hinzugefügt' },
    { id: 'system.added', text: '{X} hat dich hinzugefügt' },
    { id: 'system.left', text: '{X} hat die Gruppe verlassen' },
    { id: 'system.removed', text: 'Du hast {Y} entfernt' },
    { id: 'system.removed', text: '{X} hat {Y} entfernt' },
    { id: 'system.subject_changed', text: 'Du hast den Gruppennamen von "{N}" zu "{N}" geändert' },
    { id: 'system.subject_changed', text: 'Du hast den Gruppennamen zu "{N}" geändert' },
    { id: 'system.subject_changed', text: '{X} hat den Gruppennamen von "{N}" zu "{N}" geändert' },
    { id: 'system.subject_changed', text: '{X} hat den Gruppennamen zu "{N}" geändert' },
    { id: 'system.icon_changed', text: 'Du hast das Gruppenbild geändert' },
    { id: 'system.icon_changed', text: '{X} hat das Gruppenbild geändert' },
    { id: 'system.admin', text: 'Du bist jetzt ein*e Admin' },
    { id: 'system.security_code_changed', text: 'Deine Sicherheitsnummer für {X} hat sich geändert' },
    { id: 'system.security_code_changed', text: 'Dein Sicherheitscode für {X} hat sich geändert. Tippe, um mehr zu erfahren' },
    { id: 'system.timer_on', text: '{X} hat selbstlöschende Nachrichten aktiviert' },
    { id: 'system.timer_off', text: '{X} hat selbstlöschende Nachrichten deaktiviert' },
    // Issue 16: [issue 16] rows have the shape of a device export line quoted there; [parser code] rows come
    // from other parsers' lists; [translation] rows translate the en row of the same id, unverified in an export.
    { id: 'system.blocked', text: 'Du hast diesen Kontakt blockiert' }, // [issue 16]
    { id: 'system.unblocked', text: 'Du hast diesen Kontakt freigegeben' }, // [translation]
    { id: 'system.joined_via_link', text: '{X} ist über den Einladungslink dieser Gruppe beigetreten' }, // [parser code] (a chat reader's pattern)
    { id: 'system.number_changed', text: '{X} hat die Telefonnummer zu einer neuen Nummer gewechselt. Tippe, um eine Nachricht zu schreiben oder die neue Nummer hinzuzufügen' }, // [translation]
    { id: 'system.pinned', text: '{X} hat eine Nachricht angeheftet' }, // [parser code] (a keyword list of a chat reader)
    { id: 'system.pinned', text: '{X} hat eine Nachricht fixiert' }, // [translation]
    { id: 'system.admin', text: 'Du bist kein*e Admin mehr' }, // [translation]
    { id: 'system.number_changed', text: '{X} hat eine neue Telefonnummer. Tippe, um eine Nachricht zu schreiben oder die neue Nummer hinzuzufügen' }, // [parser: WhatsR]
    { id: 'system.number_changed', text: '{X} hat zu {Y} gewechselt' }, // [parser: WhatsR]
    { id: 'system.subject_changed', text: 'Du hast den Betreff von "{N}" zu "{N}" geändert' }, // [parser: WhatsR]
    { id: 'system.subject_changed', text: '{X} hat den Betreff von "{N}" zu "{N}" geändert' }, // [parser: WhatsR]
    { id: 'system.call_started', text: '{X} hat einen Anruf gestartet' }, // [parser: WhatsR]
    { id: 'system.call_started', text: '{X} hat einen Videoanruf gestartet' }, // [parser: WhatsR]
    { id: 'system.description_changed', text: '{X} hat die Gruppenbeschreibung geändert' }, // [parser code]
    { id: 'system.joined', text: '{X} ist beigetreten' }, // [translation]
    { id: 'system.invite_link_reset', text: '{X} hat den Einladungslink dieser Gruppe zurückgesetzt' }, // [translation]
    { id: 'system.settings_changed', text: '{X} hat die Admin-Genehmigung für den Beitritt zu dieser Gruppe aktiviert' }, // [translation]
    { id: 'system.settings_changed', text: '{X} hat die Admin-Genehmigung für den Beitritt zu dieser Gruppe deaktiviert' }, // [translation]
    { id: 'system.contact', text: '{X} ist ein Kontakt' }, // [translation]
    { id: 'system.unpinned', text: '{X} hat die Fixierung einer Nachricht aufgehoben' }, // [translation]
    { id: 'system.community', text: '{X} ist über die Community beigetreten' }, // [translation]
    { id: 'system.ai', text: 'Nur Nachrichten, in denen @Meta AI erwähnt wird, werden an Meta gesendet{U}' }, // [translation]
    { id: 'system.business', text: 'Dieser Chat ist mit einem Business-Account{U}' }, // [translation]
    { id: 'system.join_requested', text: '{X} hat den Beitritt angefragt' }, // [translation]
    // Older wordings, from a German export and its reader's grammar.
    { id: 'system.added', text: '{X} wurde hinzugefügt' }, // [device export] (skowalak/whatsapp-to-sqlite's test export)
    { id: 'system.removed', text: '{X} wurde entfernt' }, // [device export] (skowalak/whatsapp-to-sqlite's test export)
    { id: 'system.removed', text: '{X} hat dich entfernt' }, // [device export] (skowalak/whatsapp-to-sqlite's test export)
    { id: 'system.left', text: 'Du hast die Gruppe verlassen' }, // [parser: skowalak/whatsapp-to-sqlite]
    { id: 'system.subject_changed', text: 'Du hast den Betreff zu "{N}" geändert' }, // [parser: skowalak/whatsapp-to-sqlite]
    { id: 'system.subject_changed', text: '{X} hat den Betreff zu "{N}" geändert' }, // [parser: skowalak/whatsapp-to-sqlite]
    { id: 'system.description_changed', text: 'Du hast die Gruppenbeschreibung geändert' }, // [parser: skowalak/whatsapp-to-sqlite]
    { id: 'system.icon_changed', text: 'Du hast das Gruppenbild gelöscht' }, // [parser: skowalak/whatsapp-to-sqlite]
    { id: 'system.icon_changed', text: '{X} hat das Gruppenbild gelöscht' }, // [parser: skowalak/whatsapp-to-sqlite]
    { id: 'system.admin', text: 'Du bist jetzt ein Admin' }, // [parser: skowalak/whatsapp-to-sqlite]
    { id: 'system.number_changed', text: '{X} hat ihre Nummer gewechselt' }, // [parser: skowalak/whatsapp-to-sqlite]
    { id: 'system.number_changed', text: '{X} hat seine Nummer gewechselt' }, // [parser: skowalak/whatsapp-to-sqlite]
    { id: 'system.encryption', text: 'Nachrichten, die du in diesem Chat sendest, sowie Anrufe, sind jetzt mit Ende-zu-Ende-Verschlüsselung geschützt. Tippe für mehr Infos.' }, // [parser: skowalak/whatsapp-to-sqlite]
  ],
  tombstones: [
    { id: 'deleted.incoming', text: 'Diese Nachricht wurde gelöscht' },
    { id: 'deleted.own', text: 'Du hast diese Nachricht gelöscht' },
    { id: 'deleted.admin', text: 'Diese Nachricht wurde von einem*einer Admin gelöscht' },
  ],
  mediaOmitted: [
    { id: 'media.omitted', text: '<Medien ausgeschlossen>' },
    { id: 'media.omitted', text: '<Medien weggelassen>' },
    { id: 'media.omitted', text: 'Bild weggelassen' },
    { id: 'media.omitted', text: 'Video weggelassen' },
    { id: 'media.omitted', text: 'Audio weggelassen' },
    { id: 'media.omitted', text: 'Sticker weggelassen' },
    { id: 'media.omitted', text: 'GIF weggelassen' },
    { id: 'contact.omitted', text: 'Kontaktkarte ausgelassen' },
    { id: 'media.omitted', text: '{F} • {n} Seiten Dokument weggelassen' },
    { id: 'media.omitted', text: '{F} Dokument weggelassen' },
  ],
  attached: [
    { id: 'media.attached', text: '{F} (Datei angehängt)' },
    { id: 'media.attached', text: '<Anhang: {F}>' },
    { id: 'media.attached', text: '{F} <Anhang: {F}>' },
  ],
  calls: [
    { id: 'call.missed_voice', text: 'Verpasster Sprachanruf' },
    { id: 'call.missed_video', text: 'Verpasster Videoanruf' },
  ],
  locations: [
    { id: 'location.pin', text: 'Standort: {U}' },
    { id: 'location.live', text: 'Live-Standort wird geteilt' },
  ],
  polls: [{ id: 'poll', text: 'UMFRAGE:' }],
  editedSuffixes: [{ id: 'edited', text: '<Diese Nachricht wurde bearbeitet>' }],
  exporterWords: ['du', 'dich', 'sie'],
  listAnd: 'und',
};
