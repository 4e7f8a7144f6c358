import type { Lexicon } from './types';

// Dutch. Evidence: docs/formats.md#whatsapp-texts (corpus/whatsapp/starkdmi__whats_json__deutch_android_media.txt; iOS strings).
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
    { id: 'system.pinned', text: '{X} heeft een bericht vastgezet' }, // [translation]
    { id: 'system.blocked', text: 'Je hebt dit contact geblokkeerd' }, // [translation]
    { id: 'system.unblocked', text: 'Je hebt dit contact gedeblokkeerd' }, // [translation]
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
  editedSuffixes: [],
};
