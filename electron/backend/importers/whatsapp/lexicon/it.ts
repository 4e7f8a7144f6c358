import type { Lexicon } from './types';

// Italian. Evidence: docs/formats.md#whatsapp-texts, Tables S1–S5. Rows are [device export] unless a comment
// names another label.
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
    { id: 'system.added', text: '{X} ha aggiunto {Y}' }, // [translation]
    { id: 'system.pinned', text: '{X} ha fissato un messaggio' }, // [translation]
    { id: 'system.blocked', text: 'Hai bloccato questo contatto' }, // [translation]
    { id: 'system.unblocked', text: 'Hai sbloccato questo contatto' }, // [translation]
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
  calls: [{ id: 'call.missed_voice', text: 'Chiamata vocale persa' }], // [iOS strings]/[Android strings, old]
  locations: [
    { id: 'location.pin', text: 'Posizione: {U}' },
    { id: 'location.live', text: 'posizione attuale condivisa' }, // [Android strings, old]
  ],
  polls: [{ id: 'poll', text: 'SONDAGGIO:' }], // [parser: tijmenroes/whatsapp-chat-visualiser] (unverified)
  editedSuffixes: [],
};
