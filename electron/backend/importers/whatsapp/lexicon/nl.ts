import type { Lexicon } from './types';

// Dutch. Evidence: docs/formats.md#whatsapp-texts (corpus/whatsapp/starkdmi__whats_json__deutch_android_media.txt; iOS strings).
//
// Notice kinds: all 29 of the catalogue (docs/formats.md#whatsapp-lexicon). Backed by an export, the app's strings
// or another parser: encryption, group created, added, left, removed, icon changed, timer off, pinned, security
// code changed, admin deletion, edited suffix; every other notice row is a [translation].
export const nl: Lexicon = {
  lang: 'nl',
  system: [
    { id: 'system.encryption', text: 'Berichten en oproepen worden end-to-end versleuteld. Niemand buiten deze chat kan ze lezen of beluisteren, zelfs WhatsApp niet. Tik voor meer informatie.' },
    { id: 'system.encryption', text: 'Berichten en oproepen worden end-to-end versleuteld. Niemand buiten deze chat kan ze lezen of beluisteren, zelfs WhatsApp niet.' },
    { id: 'system.encryption', text: 'Berichten en gesprekken worden end-to-end versleuteld. Niemand buiten deze chat kan ze lezen of beluisteren, zelfs WhatsApp niet.' },
    { id: 'system.group_created', text: '{X} heeft de groep {N} gemaakt' },
    { id: 'system.added', text: '{X} heeft u toegevoegd' },
    { id: 'system.left', text: '{X} heeft de groep verlaten' },
    { id: 'system.removed', text: '{X} heeft {Y} verwijderd' },
    { id: 'system.icon_changed', text: '{X} heeft de groepsafbeelding gewijzigd' },
    { id: 'system.security_code_changed', text: 'Uw beveiligingscode voor {X} is gewijzigd' },
    { id: 'system.timer_off', text: '{X} heeft berichten met vervaldatum uitgeschakeld' },
    // Issue 16: [issue 16] rows have the shape of a device export line quoted there; [parser code] rows come
    // from other parsers' lists; [translation] rows translate the en row of the same id, unverified in an export.
    { id: 'system.timer_on', text: '{X} heeft berichten met vervaldatum ingeschakeld' }, // [translation]
    { id: 'system.added', text: '{X} heeft {Y} toegevoegd' }, // [translation]
    { id: 'system.joined_via_link', text: '{X} neemt deel via de uitnodigingslink van deze groep' }, // [translation]
    { id: 'system.pinned', text: '{X} heeft een bericht vastgezet' }, // [parser code] (a keyword list of a chat reader)
    { id: 'system.blocked', text: 'Je hebt dit contact geblokkeerd' }, // [translation]
    { id: 'system.unblocked', text: 'Je hebt dit contact gedeblokkeerd' }, // [translation]
    { id: 'system.number_changed', text: '{X} heeft het telefoonnummer gewijzigd in een nieuw nummer{U}' }, // [translation]
    { id: 'system.number_changed', text: '{X} is gewijzigd in {Y}' }, // [translation]
    { id: 'system.subject_changed', text: '{X} heeft de groepsnaam gewijzigd in "{N}"' }, // [translation]
    { id: 'system.subject_changed', text: '{X} heeft het onderwerp gewijzigd van "{N}" in "{N}"' }, // [translation]
    { id: 'system.description_changed', text: '{X} heeft de groepsbeschrijving gewijzigd' }, // [translation]
    { id: 'system.admin', text: 'U bent nu beheerder' }, // [translation]
    { id: 'system.admin', text: 'U bent geen beheerder meer' }, // [translation]
    { id: 'system.invite_link_reset', text: '{X} heeft de uitnodigingslink van deze groep opnieuw ingesteld' }, // [translation]
    { id: 'system.settings_changed', text: '{X} heeft goedkeuring door beheerders voor deelname aan deze groep ingeschakeld' }, // [translation]
    { id: 'system.contact', text: '{X} is een contact' }, // [translation]
    { id: 'system.unpinned', text: '{X} heeft een bericht losgemaakt' }, // [translation]
    { id: 'system.call_started', text: '{X} heeft een oproep gestart' }, // [translation]
    { id: 'system.call_started', text: '{X} heeft een video-oproep gestart' }, // [translation]
    { id: 'system.ai', text: 'Alleen berichten waarin @Meta AI wordt genoemd, worden naar Meta verzonden{U}' }, // [translation]
    { id: 'system.joined', text: '{X} is lid geworden' }, // [translation]
    { id: 'system.business', text: 'Deze chat is met een zakelijk account{U}' }, // [translation]
    { id: 'system.community', text: '{X} is lid geworden via de community' }, // [translation]
    { id: 'system.join_requested', text: '{X} heeft gevraagd om lid te worden' }, // [translation]
  ],
  tombstones: [
    { id: 'deleted.incoming', text: 'Dit bericht is verwijderd' },
    { id: 'deleted.own', text: 'U hebt dit bericht verwijderd' },
    // [iOS strings], partial in the spec (`…verwijderd door een beheerder.`); the start is assumed
    // from the incoming tombstone.
    { id: 'deleted.admin', text: 'Dit bericht is verwijderd door een beheerder' },
  ],
  mediaOmitted: [
    { id: 'media.omitted', text: '<Media weggelaten>' },
    { id: 'media.omitted', text: 'afbeelding weggelaten' },
    { id: 'media.omitted', text: 'video weggelaten' },
    { id: 'media.omitted', text: 'audio weggelaten' },
    { id: 'media.omitted', text: 'sticker weggelaten' },
    { id: 'media.omitted', text: 'GIF weggelaten' },
    { id: 'contact.omitted', text: 'Visitekaartje weggelaten' },
  ],
  attached: [
    { id: 'media.attached', text: '{F} (bestand bijgevoegd)' },
    { id: 'media.attached', text: '<bijgevoegd: {F}>' }, // [iOS strings]
    { id: 'media.attached', text: '{F} <bijgevoegd: {F}>' }, // document line, shape as en (assumed)
  ],
  calls: [
    { id: 'call.missed_voice', text: 'Gemiste spraakoproep' },
    { id: 'call.missed_video', text: 'Gemiste video-oproep' },
  ],
  locations: [
    { id: 'location.pin', text: 'locatie: {U}' },
    { id: 'location.live', text: 'live locatie gedeeld' },
  ],
  polls: [{ id: 'poll', text: 'PEILING:' }],
  editedSuffixes: [
    { id: 'edited', text: '<Dit bericht is bewerkt>' }, // [parser code] (a keyword list of a chat reader)
  ],
  exporterWords: ['u', 'jij', 'je'],
  listAnd: 'en',
};
