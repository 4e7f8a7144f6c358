import type { Lexicon } from './types';

// Albanian. No export, strings file or other parser's list with Albanian WhatsApp texts was found, so
// every row is a [translation] of the en row with the same id (issue 16's set had Albanian chats; the
// rows are to be checked against such an export). Has the core rows (encryption, tombstones, omitted
// media, attachments, calls, locations, polls, the edited suffix) and the notice catalogue: group
// created, joins (by link too), adds, leaves, removals, admin changes and admin approval, subject, icon
// and description changes, number and security-code changes, timers, pins, "is a contact", blocking,
// invite-link resets, group calls and the Meta AI notice.
export const sq: Lexicon = {
  lang: 'sq',
  system: [
    { id: 'system.encryption', text: "Mesazhet dhe telefonatat janë të enkriptuara nga skaji në skaj. Askush jashtë kësaj bisede, as edhe WhatsApp, nuk mund t'i lexojë ose t'i dëgjojë ato." }, // [translation]
    { id: 'system.encryption', text: 'Mesazhet dhe telefonatat janë të enkriptuara nga skaji në skaj{U}' }, // [translation]
    { id: 'system.group_created', text: '{X} krijoi grupin "{N}"' }, // [translation]
    { id: 'system.added', text: '{X} të shtoi' }, // [translation]
    { id: 'system.added', text: '{X} shtoi {Y}' }, // [translation]
    { id: 'system.left', text: '{X} doli' }, // [translation]
    { id: 'system.unpinned', text: '{X} hoqi fiksimin e një mesazhi' }, // [translation]
    { id: 'system.removed', text: '{X} hoqi {Y}' }, // [translation]
    { id: 'system.joined_via_link', text: '{X} u bashkua duke përdorur lidhjen e ftesës së këtij grupi' }, // [translation]
    { id: 'system.joined', text: '{X} u bashkua' }, // [translation]
    { id: 'system.subject_changed', text: '{X} ndryshoi emrin e grupit në "{N}"' }, // [translation]
    { id: 'system.icon_changed', text: '{X} ndryshoi ikonën e këtij grupi' }, // [translation]
    { id: 'system.description_changed', text: '{X} ndryshoi përshkrimin e grupit' }, // [translation]
    { id: 'system.admin', text: 'Tani je administrator' }, // [translation]
    { id: 'system.admin', text: 'Nuk je më administrator' }, // [translation]
    { id: 'system.settings_changed', text: "{X} aktivizoi miratimin e administratorit për t'u bashkuar me këtë grup" }, // [translation]
    { id: 'system.security_code_changed', text: 'Kodi yt i sigurisë me {X} ndryshoi' }, // [translation]
    { id: 'system.number_changed', text: '{X} ndryshoi numrin e telefonit me një numër të ri{U}' }, // [translation]
    { id: 'system.number_changed', text: '{X} ndryshoi në {Y}' }, // [translation]
    { id: 'system.timer_on', text: '{X} aktivizoi mesazhet që zhduken' }, // [translation]
    { id: 'system.timer_off', text: '{X} çaktivizoi mesazhet që zhduken' }, // [translation]
    { id: 'system.invite_link_reset', text: '{X} rivendosi lidhjen e ftesës së këtij grupi' }, // [translation]
    { id: 'system.pinned', text: '{X} fiksoi një mesazh' }, // [translation]
    { id: 'system.contact', text: '{X} është kontakt' }, // [translation]
    { id: 'system.blocked', text: 'E bllokove këtë kontakt' }, // [translation]
    { id: 'system.unblocked', text: 'E zhbllokove këtë kontakt' }, // [translation]
    { id: 'system.call_started', text: '{X} nisi një telefonatë' }, // [translation]
    { id: 'system.call_started', text: '{X} nisi një videotelefonatë' }, // [translation]
    { id: 'system.ai', text: 'Vetëm mesazhet që përmendin @Meta AI i dërgohen Meta-s{U}' }, // [translation]
    { id: 'system.business', text: 'Kjo bisedë është me një llogari biznesi{U}' }, // [translation]
    { id: 'system.community', text: '{X} u bashkua nga komuniteti' }, // [translation]
    { id: 'system.join_requested', text: '{X} kërkoi të bashkohej' }, // [translation]
  ],
  tombstones: [
    { id: 'deleted.incoming', text: 'Ky mesazh u fshi' }, // [translation]
    { id: 'deleted.own', text: 'E fshive këtë mesazh' }, // [translation]
    { id: 'deleted.admin', text: 'Ky mesazh u fshi nga një administrator' }, // [translation]
    { id: 'deleted.admin', text: 'Ky mesazh u fshi nga administratori {X}' }, // [translation]
  ],
  mediaOmitted: [
    { id: 'media.omitted', text: '<Media e përjashtuar>' }, // [translation]
    { id: 'media.omitted', text: 'imazh i përjashtuar' }, // [translation]
    { id: 'media.omitted', text: 'video e përjashtuar' }, // [translation]
    { id: 'media.omitted', text: 'audio e përjashtuar' }, // [translation]
    { id: 'media.omitted', text: 'ngjitëse e përjashtuar' }, // [translation]
    { id: 'media.omitted', text: 'GIF i përjashtuar' }, // [translation]
    { id: 'contact.omitted', text: 'Karta e kontaktit e përjashtuar' }, // [translation]
    { id: 'media.omitted', text: '{F} dokument i përjashtuar' }, // [translation]
  ],
  attached: [
    { id: 'media.attached', text: '{F} (skedari u bashkëngjit)' }, // [translation]
    { id: 'media.attached', text: '<bashkëngjitur: {F}>' }, // [translation]
    { id: 'media.attached', text: '{F} <bashkëngjitur: {F}>' }, // [translation]
  ],
  calls: [
    { id: 'call.missed_voice', text: 'Telefonatë zanore e humbur' }, // [translation]
    { id: 'call.missed_video', text: 'Videotelefonatë e humbur' }, // [translation]
  ],
  locations: [
    { id: 'location.pin', text: 'vendndodhja: {U}' }, // [translation]
    { id: 'location.live', text: 'vendndodhja e drejtpërdrejtë u nda' }, // [translation]
  ],
  polls: [{ id: 'poll', text: 'SONDAZH:' }], // [translation]
  editedSuffixes: [{ id: 'edited', text: '<Ky mesazh u modifikua>' }], // [translation]
};
