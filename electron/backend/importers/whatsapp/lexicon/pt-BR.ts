import type { Lexicon } from './types';

// Brazilian Portuguese. Evidence: docs/formats.md#whatsapp-texts. Rows are [iOS strings] unless a comment names
// another label; the spec's plain "pt" rows are listed here (iOS `pt.lproj` and Android `values-pt` are
// Brazilian).
//
// Notice kinds: all 29 of the catalogue (docs/formats.md#whatsapp-lexicon). Backed by an export, the app's strings
// or another parser: encryption, group created, added, left, removed, subject changed, icon changed, description
// changed, joined via link, admin, settings changed, timer on, timer off, pinned, blocked, unblocked, security
// code changed, business, community, admin deletion, edited suffix; every other notice row is a [translation].
export const ptBR: Lexicon = {
  lang: 'pt-BR',
  system: [
    // The spec quotes only the start (`…`); the rest of the sentence is matched as any text.
    { id: 'system.encryption', text: 'As mensagens e as chamadas são protegidas com a criptografia de ponta a ponta{U}' },
    // Table S4
    { id: 'system.group_created', text: '{X} criou o grupo “{N}”' },
    { id: 'system.added', text: '{X} adicionou você' },
    { id: 'system.left', text: '{X} saiu' },
    { id: 'system.removed', text: '{X} removeu {Y}' },
    { id: 'system.icon_changed', text: '{X} mudou a imagem deste grupo.' },
    { id: 'system.security_code_changed', text: 'Seu código de segurança com {X} mudou.' },
    { id: 'system.timer_on', text: '{X} ativou as mensagens temporárias.' },
    { id: 'system.timer_off', text: '{X} desativou as mensagens temporárias' },
    // Issue 16: [issue 16] rows have the shape of a device export line quoted there; [parser code] rows come
    // from other parsers' lists; [translation] rows translate the en row of the same id, unverified in an export.
    { id: 'system.added', text: '{X} adicionou {Y}' }, // [translation]
    { id: 'system.joined_via_link', text: '{X} entrou usando o link de convite deste grupo' }, // [parser code]
    { id: 'system.number_changed', text: '{X} mudou o número de telefone para um novo número. Toque para enviar uma mensagem ou adicionar o novo número' }, // [translation]
    { id: 'system.pinned', text: '{X} fixou uma mensagem' }, // [parser code] (a keyword list of a chat reader)
    { id: 'system.blocked', text: 'Você bloqueou este contato' }, // [parser code] (WhatsApp bots' filters of the app's notices)
    { id: 'system.unblocked', text: 'Você desbloqueou este contato' }, // [parser code] (WhatsApp bots' filters of the app's notices)
    { id: 'system.group_created', text: 'Você criou este grupo' }, // [parser code]
    { id: 'system.subject_changed', text: '{X} mudou o nome para "{N}"' }, // [parser code] (the quotes assumed)
    { id: 'system.description_changed', text: '{X} mudou a descrição do grupo' }, // [parser code]
    { id: 'system.icon_changed', text: '{X} mudou o ícone deste grupo' }, // [parser code]
    { id: 'system.admin', text: '{X} agora é admin' }, // [parser code]
    { id: 'system.admin', text: '{X} deixou de ser admin' }, // [parser code]
    { id: 'system.removed', text: '{X} foi removido' }, // [parser code]
    { id: 'system.settings_changed', text: '{X} alterou as configurações{U}' }, // [parser code]
    { id: 'system.community', text: '{X} entrou neste grupo através da comunidade' }, // [parser code]
    { id: 'system.joined', text: '{X} entrou' }, // [translation]
    { id: 'system.number_changed', text: '{X} mudou para {Y}' }, // [translation]
    { id: 'system.invite_link_reset', text: '{X} redefiniu o link de convite deste grupo' }, // [translation]
    { id: 'system.contact', text: '{X} é um contato' }, // [translation]
    { id: 'system.unpinned', text: '{X} desafixou uma mensagem' }, // [translation]
    { id: 'system.call_started', text: '{X} iniciou uma chamada' }, // [translation]
    { id: 'system.call_started', text: '{X} iniciou uma chamada de vídeo' }, // [translation]
    { id: 'system.ai', text: 'Somente as mensagens que mencionam a @Meta AI são enviadas à Meta{U}' }, // [translation]
    { id: 'system.business', text: 'Esta conversa é com uma conta comercial{U}' }, // [parser code] (WhatsApp bots' filters of the app's notices)
    { id: 'system.business', text: 'Esta empresa usa o serviço seguro da Meta{U}' }, // [parser code] (WhatsApp bots' filters of the app's notices)
    { id: 'system.join_requested', text: '{X} pediu para entrar' }, // [translation]
  ],
  tombstones: [
    // Incoming and own deletions read the same (`Mensagem apagada`), so both import as deleted.incoming.
    { id: 'deleted.incoming', text: 'Mensagem apagada' },
    { id: 'deleted.admin', text: 'Mensagem apagada por um admin' },
    { id: 'deleted.admin', text: 'Mensagem apagada por um admin ({X})' }, // [issue 16]: the admin named, `(você)` when it was the phone's owner
    { id: 'deleted.own', text: 'Você apagou esta mensagem' }, // [parser code]
  ],
  mediaOmitted: [
    { id: 'media.omitted', text: '<Mídia omitida>' }, // [Android strings, old]
    { id: 'media.omitted', text: 'imagem ocultada' },
    { id: 'media.omitted', text: 'vídeo omitido' },
    { id: 'media.omitted', text: 'áudio ocultado' },
    { id: 'media.omitted', text: 'figurinha omitida' },
    { id: 'media.omitted', text: '<Arquivo de mídia oculto>' }, // [parser code]
  ],
  attached: [
    { id: 'media.attached', text: '{F} (arquivo anexado)' }, // [Android strings, old]
    { id: 'media.attached', text: '<anexado: {F}>' },
    { id: 'media.attached', text: '{F} <anexado: {F}>' }, // document line, shape as en (assumed)
  ],
  calls: [{ id: 'call.missed_voice', text: 'Chamada de voz perdida' }], // [iOS strings]/[Android strings, old]
  locations: [{ id: 'location.live', text: 'localização atual compartilhada' }], // [Android strings, old]
  polls: [{ id: 'poll', text: 'ENQUETE:' }], // [parser: tijmenroes/whatsapp-chat-visualiser] (unverified)
  editedSuffixes: [
    { id: 'edited', text: '<Esta mensagem foi editada>' }, // [parser code] (a keyword list of a chat reader)
  ],
  exporterWords: ['você'],
  listAnd: 'e',
};
