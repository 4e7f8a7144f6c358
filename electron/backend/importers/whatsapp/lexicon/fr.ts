import type { Lexicon } from './types';

// French. Evidence: docs/formats.md#whatsapp-texts (corpus/whatsapp/starkdmi__whats_json__french_ios.txt; iOS strings).
//
// Notice kinds: all 29 of the catalogue (docs/formats.md#whatsapp-lexicon). Backed by an export, the app's strings
// or another parser: encryption, group created, added, left, removed, subject changed, icon changed, description
// changed, number changed, joined via link, timer on, timer off, pinned, security code changed, Meta AI, admin
// deletion, edited suffix; every other notice row is a [translation].
export const fr: Lexicon = {
  lang: 'fr',
  system: [
    { id: 'system.encryption', text: 'Les messages et les appels sont chiffrés de bout en bout. Aucun tiers, pas même WhatsApp, ne peut les lire ou les écouter.' },
    { id: 'system.group_created', text: '{X} a créé le groupe "{N}"' },
    { id: 'system.added', text: '{X} vous a ajouté·e' },
    { id: 'system.left', text: '{X} est parti·e' },
    { id: 'system.removed', text: '{X} a retiré {Y}' },
    { id: 'system.icon_changed', text: "{X} a changé l'icône de ce groupe" },
    { id: 'system.security_code_changed', text: 'Votre code de sécurité avec {X} a changé' },
    { id: 'system.timer_on', text: '{X} a activé les messages éphémères' },
    { id: 'system.timer_off', text: '{X} a désactivé les messages éphémères' },
    // Issue 16: [issue 16] rows have the shape of a device export line quoted there; [parser code] rows come
    // from other parsers' lists; [translation] rows translate the en row of the same id, unverified in an export.
    { id: 'system.added', text: '{X} a ajouté {Y}' }, // [translation]
    { id: 'system.joined_via_link', text: "{X} a rejoint ce groupe via le lien d'invitation" }, // [translation]
    { id: 'system.pinned', text: '{X} a épinglé un message' }, // [parser code] (a French export reader's notice list)
    { id: 'system.blocked', text: 'Vous avez bloqué ce contact' }, // [translation]
    { id: 'system.unblocked', text: 'Vous avez débloqué ce contact' }, // [translation]
    { id: 'system.joined_via_link', text: "{X} a rejoint le groupe via le lien d'invitation" }, // [parser code] (the end assumed)
    { id: 'system.number_changed', text: '{X} a changé de numéro' }, // [parser code]
    { id: 'system.number_changed', text: '{X} a changé de numéro de téléphone pour un nouveau numéro{U}' }, // [translation]
    { id: 'system.description_changed', text: '{X} a changé la description du groupe' }, // [parser code]
    { id: 'system.subject_changed', text: '{X} a changé le sujet de "{N}" en "{N}"' }, // [parser code] (a French export reader's notice list)
    { id: 'system.subject_changed', text: '{X} a remplacé le nom du groupe{U}' }, // [parser code] (a French export reader's notice list)
    { id: 'system.subject_changed', text: '{X} a modifié le nom du groupe en "{N}"' }, // [translation]
    { id: 'system.joined', text: '{X} a rejoint' }, // [translation]
    { id: 'system.admin', text: 'Vous êtes maintenant admin' }, // [translation]
    { id: 'system.admin', text: "Vous n'êtes plus admin" }, // [translation]
    { id: 'system.invite_link_reset', text: "{X} a réinitialisé le lien d'invitation de ce groupe" }, // [translation]
    { id: 'system.settings_changed', text: "{X} a activé l'approbation des admins pour rejoindre ce groupe" }, // [translation]
    { id: 'system.settings_changed', text: "{X} a désactivé l'approbation des admins pour rejoindre ce groupe" }, // [translation]
    { id: 'system.contact', text: '{X} est un contact' }, // [translation]
    { id: 'system.unpinned', text: '{X} a désépinglé un message' }, // [translation]
    { id: 'system.call_started', text: '{X} a démarré un appel' }, // [translation]
    { id: 'system.call_started', text: '{X} a démarré un appel vidéo' }, // [translation]
    { id: 'system.community', text: '{X} a rejoint depuis la communauté' }, // [translation]
    // The translation `Seuls les messages qui mentionnent @Meta AI sont envoyés à Meta` was contradicted by a French reader's list.
    { id: 'system.ai', text: 'Seuls les messages partagés avec @Meta AI{U}' }, // [parser code] (a French export reader's notice list)
    { id: 'system.ai', text: "Les messages sont générés par l'IA{U}" }, // [parser code] (a French export reader's notice list)
    { id: 'system.business', text: 'Cette discussion est avec un compte professionnel{U}' }, // [translation]
    { id: 'system.join_requested', text: '{X} a demandé à rejoindre' }, // [translation]
  ],
  tombstones: [
    { id: 'deleted.incoming', text: 'Ce message a été supprimé' },
    { id: 'deleted.own', text: 'Vous avez supprimé ce message' },
    { id: 'deleted.admin', text: 'Ce message a été supprimé par un ou une admin' },
  ],
  mediaOmitted: [
    { id: 'media.omitted', text: '<Médias omis>' },
    { id: 'media.omitted', text: '<Fichier omis>' },
    { id: 'media.omitted', text: 'image absente' },
    { id: 'media.omitted', text: 'vidéo absente' },
    { id: 'media.omitted', text: 'audio omis' },
    { id: 'media.omitted', text: 'sticker omis' },
    { id: 'media.omitted', text: 'GIF retiré' },
    { id: 'contact.omitted', text: 'Fiche contact manquante' },
    { id: 'media.omitted', text: '{F} • {n} pages document manquant' },
    { id: 'media.omitted', text: '{F} document manquant' },
  ],
  attached: [
    { id: 'media.attached', text: '{F} (fichier joint)' },
    { id: 'media.attached', text: '< pièce jointe : {F} >' },
    { id: 'media.attached', text: '<pièce jointe : {F}>' },
    { id: 'media.attached', text: '{F} < pièce jointe : {F} >' }, // document line, shape as en (assumed)
  ],
  calls: [
    { id: 'call.missed_voice', text: 'Appel vocal manqué' },
    { id: 'call.missed_video', text: 'Appel vidéo manqué' }, // [parser code]
  ],
  locations: [
    { id: 'location.pin', text: 'Localisation: {U}' },
    { id: 'location.live', text: 'Localisation en direct partagée' },
  ],
  polls: [{ id: 'poll', text: 'SONDAGE:' }],
  editedSuffixes: [{ id: 'edited', text: '<Ce message a été modifié>' }],
  exporterWords: ['vous'],
  listAnd: 'et',
};
