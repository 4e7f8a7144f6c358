import type { Lexicon } from './types';

// Spanish. Evidence: docs/formats.md#whatsapp-texts, Tables S1–S5. Rows are [device export] unless a comment
// names another label.
//
// Notice kinds: all 29 of the catalogue (docs/formats.md#whatsapp-lexicon). Backed by an export, the app's strings
// or another parser: encryption, group created, added, left, removed, subject changed, icon changed, description
// changed, number changed, joined via link, joined, admin, timer on, timer off, pinned, blocked, unblocked,
// security code changed, business, admin deletion, edited suffix; every other notice row is a [translation].
export const es: Lexicon = {
  lang: 'es',
  system: [
    { id: 'system.encryption', text: 'Los mensajes y las llamadas están cifrados de extremo a extremo. Nadie fuera de este chat, ni siquiera WhatsApp, puede leerlos ni escucharlos.' },
    // 2024 onward [parser: hotosm/chatmap]
    { id: 'system.encryption', text: 'Los mensajes y las llamadas están cifrados de extremo a extremo. Solo las personas en este chat pueden leerlos, escucharlos o compartirlos.' },
    // Table S4 [iOS strings]
    { id: 'system.group_created', text: '{X} creó el grupo “{N}”' },
    { id: 'system.added', text: '{X} te añadió.' },
    { id: 'system.left', text: '{X} salió del grupo.' },
    { id: 'system.removed', text: '{X} eliminó a {Y}' },
    { id: 'system.icon_changed', text: '{X} cambió el ícono de este grupo' },
    // Before the short form below, whose {X} would take the tail.
    { id: 'system.security_code_changed', text: 'Cambió tu código de seguridad con {X}. Toca para más información' }, // [translation]
    { id: 'system.security_code_changed', text: 'Cambió tu código de seguridad con {X}.' },
    { id: 'system.timer_on', text: '{X} activó los mensajes temporales.' },
    { id: 'system.timer_off', text: '{X} desactivó los mensajes temporales.' },
    // Issue 16: [issue 16] rows have the shape of a device export line quoted there; [parser code] rows come
    // from other parsers' lists; [translation] rows translate the en row of the same id, unverified in an export.
    { id: 'system.number_changed', text: '{X} cambió su número de teléfono' }, // [issue 16]
    { id: 'system.number_changed', text: '{X} cambió su número de teléfono a uno nuevo. Toca para enviarle un mensaje o añadir el nuevo número' }, // [translation]
    { id: 'system.joined_via_link', text: '{X} se unió usando el enlace de invitación' }, // [issue 16]
    { id: 'system.joined_via_link', text: '{X} se unió usando el enlace de invitación de este grupo' }, // [translation]
    { id: 'system.added', text: '{X} añadió a {Y}' }, // [translation]
    { id: 'system.left', text: '{X} salió' }, // [translation]
    { id: 'system.pinned', text: '{X} fijó un mensaje' }, // [parser code] (a keyword list of a chat reader)
    { id: 'system.encryption', text: 'Los mensajes y las llamadas están cifrados de extremo a extremo. Nadie fuera de este chat, ni siquiera WhatsApp, puede leerlos ni escucharlos. Toca para obtener más información' }, // [parser code]
    { id: 'system.group_created', text: 'Creaste el grupo "{N}"' }, // [parser code]
    { id: 'system.added', text: 'Añadiste a {Y}' }, // [parser code]
    { id: 'system.joined', text: '{X} se unió' }, // [parser code]
    { id: 'system.subject_changed', text: '{X} cambió el asunto de "{N}" a "{N}"' }, // [parser code] (the end assumed)
    { id: 'system.subject_changed', text: '{X} cambió el nombre del grupo a "{N}"' }, // [translation]
    { id: 'system.icon_changed', text: '{X} cambió el icono de este grupo' }, // [translation]
    { id: 'system.description_changed', text: '{X} cambió la descripción del grupo' }, // [parser code]
    { id: 'system.description_changed', text: 'Cambiaste la descripción del grupo' }, // [parser code]
    { id: 'system.admin', text: 'Ahora eres admin. del grupo' }, // [parser code]
    { id: 'system.admin', text: 'Ya no eres admin. del grupo' }, // [translation]
    { id: 'system.number_changed', text: '{X} cambió a {Y}' }, // [translation]
    { id: 'system.invite_link_reset', text: '{X} restableció el enlace de invitación de este grupo' }, // [translation]
    { id: 'system.settings_changed', text: '{X} activó la aprobación de admins. para unirse a este grupo' }, // [translation]
    { id: 'system.settings_changed', text: '{X} desactivó la aprobación de admins. para unirse a este grupo' }, // [translation]
    { id: 'system.contact', text: '{X} es un contacto' }, // [translation]
    { id: 'system.blocked', text: 'Bloqueaste a este contacto. Toca para desbloquearlo' }, // [parser code]
    { id: 'system.blocked', text: 'Bloqueaste a este contacto' }, // [parser code]
    { id: 'system.unblocked', text: 'Desbloqueaste a este contacto' }, // [parser code]
    { id: 'system.unpinned', text: '{X} dejó de fijar un mensaje' }, // [translation]
    { id: 'system.business', text: 'Este chat es con una cuenta de empresa. Toca para obtener más información' }, // [parser code]
    { id: 'system.business', text: 'Esta cuenta de empresa ahora se ha registrado como una cuenta estándar. Toca para más información' }, // [parser code]
    { id: 'system.call_started', text: '{X} inició una llamada' }, // [translation]
    { id: 'system.call_started', text: '{X} inició una videollamada' }, // [translation]
    { id: 'system.community', text: '{X} se unió desde la comunidad' }, // [translation]
    { id: 'system.ai', text: 'Solo los mensajes que mencionan a @Meta AI se envían a Meta{U}' }, // [translation]
    { id: 'system.join_requested', text: '{X} solicitó unirse' }, // [translation]
  ],
  tombstones: [
    { id: 'deleted.incoming', text: 'Se eliminó este mensaje.' },
    { id: 'deleted.incoming', text: 'Este mensaje fue eliminado' }, // [Android strings, old]
    { id: 'deleted.own', text: 'Eliminaste este mensaje.' },
    { id: 'deleted.admin', text: 'Un admin. eliminó este mensaje.' }, // [iOS strings]
    { id: 'deleted.admin', text: 'Este mensaje fue eliminado por un admin' }, // [translation]
  ],
  mediaOmitted: [
    { id: 'media.omitted', text: '<Multimedia omitido>' }, // [parser: hotosm/chatmap]
    { id: 'media.omitted', text: '<Archivo omitido>' }, // older (unverified)
    { id: 'media.omitted', text: 'imagen omitida' },
    { id: 'media.omitted', text: 'Video omitido' },
    { id: 'media.omitted', text: 'audio omitido' },
    { id: 'media.omitted', text: 'sticker omitido' },
    { id: 'media.omitted', text: 'GIF omitido' },
    { id: 'contact.omitted', text: 'Tarjeta de contacto omitida' },
    { id: 'media.omitted', text: '{F} • {n} páginas documento omitido' },
    { id: 'media.omitted', text: '{F} documento omitido' },
  ],
  attached: [
    { id: 'media.attached', text: '{F} (archivo adjunto)' }, // [parser code, 2025]
    { id: 'media.attached', text: '{F} (archivo adjuntado)' }, // [Android strings, old]
    { id: 'media.attached', text: '<adjunto: {F}>' }, // [iOS strings]
    { id: 'media.attached', text: '{F} <adjunto: {F}>' }, // document line, shape as en (assumed)
  ],
  calls: [
    { id: 'call.missed_voice', text: 'Llamada perdida' }, // [iOS strings]/[Android strings, old]
    { id: 'call.missed_video', text: 'Videollamada perdida' }, // [parser code]
  ],
  locations: [
    { id: 'location.pin', text: 'Ubicación: {U}' },
    { id: 'location.live', text: 'ubicación en tiempo real compartida' }, // [Android strings, old]
  ],
  polls: [{ id: 'poll', text: 'ENCUESTA:' }], // [parser: tijmenroes/whatsapp-chat-visualiser] (unverified)
  editedSuffixes: [
    { id: 'edited', text: '<Se editó este mensaje.>' }, // [parser code] (two chat readers)
  ],
  exporterWords: ['tú', 'usted'],
  listAnd: 'y',
};
