import type { Lexicon } from './types';

// Italian. Evidence: docs/formats.md#whatsapp-texts, Tables S1–S5. Rows are [device export] unless a comment
// names another label.
//
// Notice kinds: all 29 of the catalogue (docs/formats.md#whatsapp-lexicon). Backed by an export, the app's strings
// or another parser: encryption, group created, added, left, removed, subject changed, icon changed, description
// changed, number changed, joined via link, admin, timer on, timer off, pinned, blocked, unblocked, security code
// changed, admin deletion, edited suffix; every other notice row is a [translation].
export const it: Lexicon = {
  lang: 'it',
  system: [
    { id: 'system.encryption', text: 'I messaggi e le chiamate sono crittografati end-to-end. Nessuno al di fuori di questa chat, nemmeno WhatsApp, può leggerne o ascoltarne il contenuto.' },
    // Table S4 [iOS strings]
    { id: 'system.group_created', text: '{X} ha creato il gruppo "{N}".' },
    { id: 'system.added', text: '{X} ti ha aggiunto.' },
    { id: 'system.left', text: '{X} ha abbandonato.' },
    { id: 'system.removed', text: '{X} ha rimosso {Y}' },
    { id: 'system.icon_changed', text: "{X} ha cambiato l'immagine di questo gruppo" },
    { id: 'system.security_code_changed', text: 'Il tuo codice di sicurezza con {X} è cambiato.' },
    { id: 'system.timer_on', text: '{X} ha attivato i messaggi effimeri.' },
    { id: 'system.timer_off', text: '{X} ha disattivato i messaggi effimeri.' },
    // Issue 16: [issue 16] rows have the shape of a device export line quoted there; [parser code] rows come
    // from other parsers' lists; [translation] rows translate the en row of the same id, unverified in an export.
    { id: 'system.added', text: '{X} ha aggiunto {Y}' }, // [parser code] (an Italian export reader's notice list)
    { id: 'system.pinned', text: '{X} ha fissato un messaggio' }, // [parser code] (a keyword list of a chat reader)
    { id: 'system.blocked', text: 'Hai bloccato questo contatto. Tocca per sbloccare' }, // [parser code] (an Italian export reader's notice list)
    { id: 'system.blocked', text: 'Hai bloccato questo contatto' }, // [parser code] (an Italian export reader's notice list)
    { id: 'system.unblocked', text: 'Hai sbloccato questo contatto' }, // [parser code] (an Italian export reader's notice list)
    { id: 'system.left', text: '{X} è uscito' }, // [parser code]
    { id: 'system.left', text: '{X} è uscita' }, // [parser code]
    { id: 'system.subject_changed', text: '{X} ha cambiato l\'oggetto da "{N}" a "{N}"' }, // [parser code] (the end assumed)
    { id: 'system.subject_changed', text: '{X} ha cambiato il nome del gruppo in "{N}"' }, // [translation]
    { id: 'system.icon_changed', text: "{X} ha cambiato l'icona del gruppo" }, // [parser code]
    { id: 'system.description_changed', text: '{X} ha cambiato la descrizione del gruppo' }, // [parser code] (an Italian export reader's notice list)
    // The translation `{X} si è unito/a tramite il link di invito di questo gruppo` was contradicted by other parsers' lists.
    { id: 'system.joined_via_link', text: "{X} è entrato usando il link d'invito al gruppo" }, // [parser code] (an Italian export reader's notice list)
    { id: 'system.joined', text: '{X} si è unito/a' }, // [translation]
    { id: 'system.number_changed', text: '{X} ha cambiato il proprio numero di telefono{U}' }, // [translation]
    { id: 'system.number_changed', text: '{X} ha cambiato numero in {Y}' }, // [parser code] (an Italian export reader's notice list)
    { id: 'system.number_changed', text: '{X} è stato cambiato con {Y}' }, // [parser code] (an Italian export reader's notice list)
    { id: 'system.admin', text: 'Ora sei un amministratore' }, // [parser code] (an Italian export reader's notice list)
    { id: 'system.admin', text: 'Non sei più un amministratore' }, // [parser code] (an Italian export reader's notice list)
    { id: 'system.invite_link_reset', text: '{X} ha reimpostato il link di invito di questo gruppo' }, // [translation]
    { id: 'system.settings_changed', text: "{X} ha attivato l'approvazione degli amministratori per unirsi a questo gruppo" }, // [translation]
    { id: 'system.contact', text: '{X} è un contatto' }, // [translation]
    { id: 'system.unpinned', text: '{X} ha tolto un messaggio dai fissati' }, // [translation]
    { id: 'system.call_started', text: '{X} ha avviato una chiamata' }, // [translation]
    { id: 'system.call_started', text: '{X} ha avviato una videochiamata' }, // [translation]
    { id: 'system.ai', text: 'Solo i messaggi che menzionano @Meta AI vengono inviati a Meta{U}' }, // [translation]
    { id: 'system.business', text: 'Questa chat è con un account business{U}' }, // [translation]
    { id: 'system.community', text: '{X} si è unito/a dalla community' }, // [translation]
    { id: 'system.join_requested', text: '{X} ha chiesto di unirsi' }, // [translation]
  ],
  tombstones: [
    { id: 'deleted.incoming', text: 'Questo messaggio è stato eliminato.' },
    { id: 'deleted.own', text: 'Hai eliminato questo messaggio.' },
    // [iOS strings], partial in the spec (`…eliminato da un amministratore.`); the start is assumed
    // from the incoming tombstone.
    { id: 'deleted.admin', text: 'Questo messaggio è stato eliminato da un amministratore.' },
  ],
  mediaOmitted: [
    { id: 'media.omitted', text: '<Media omessi>' }, // [parser code]
    { id: 'media.omitted', text: '<Media omesso>' }, // [Android strings, old]
    { id: 'media.omitted', text: 'immagine omessa' },
    { id: 'media.omitted', text: 'video omesso' },
    { id: 'media.omitted', text: 'audio omesso' },
    { id: 'media.omitted', text: 'sticker non incluso' },
    { id: 'media.omitted', text: 'GIF esclusa' },
    { id: 'contact.omitted', text: 'Scheda contatto omessa' },
    { id: 'media.omitted', text: '{F} • {n} pagine documento omesso' },
    { id: 'media.omitted', text: '{F} documento omesso' },
  ],
  attached: [
    { id: 'media.attached', text: '{F} (file allegato)' }, // [Android strings, old]
    { id: 'media.attached', text: '<allegato: {F}>' }, // [iOS strings]
    { id: 'media.attached', text: '{F} <allegato: {F}>' }, // document line, shape as en (assumed)
  ],
  calls: [
    { id: 'call.missed_voice', text: 'Chiamata vocale persa' }, // [iOS strings]/[Android strings, old]
    { id: 'call.missed_video', text: 'Videochiamata persa' }, // [parser code]
  ],
  locations: [
    { id: 'location.pin', text: 'Posizione: {U}' },
    { id: 'location.live', text: 'posizione attuale condivisa' }, // [Android strings, old]
  ],
  polls: [{ id: 'poll', text: 'SONDAGGIO:' }], // [parser: tijmenroes/whatsapp-chat-visualiser] (unverified)
  editedSuffixes: [
    { id: 'edited', text: '<Questo messaggio è stato modificato>' }, // [parser code] (a keyword list of a chat reader)
  ],
  exporterWords: ['tu', 'te'],
  listAnd: 'e',
};
