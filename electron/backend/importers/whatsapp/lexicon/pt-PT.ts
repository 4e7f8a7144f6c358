import type { Lexicon } from './types';

// European Portuguese. Evidence: docs/formats.md#whatsapp-texts, Tables S1–S3, S5 [device export]. The
// plain "pt" rows from [iOS strings] and [Android strings, old] are Brazilian (iOS `pt.lproj`, Android
// `values-pt`) and live in pt-BR.ts. Notices worded alike in both (`{X} criou o grupo`, `adicionou`,
// `saiu`, `removeu`, `entrou`, the timers, group calls, unpinning, join requests) are listed once, in
// pt-BR.ts: this file comes first in index.ts and would otherwise take the credit for Brazilian chats.
//
// Notice kinds: 19 of the 29 of the catalogue (docs/formats.md#whatsapp-lexicon) here, the rest in pt-BR.ts.
// Backed by an export, the app's strings or another parser: encryption; every other notice row is a
// [translation].
export const ptPT: Lexicon = {
  lang: 'pt-PT',
  system: [
    { id: 'system.encryption', text: 'As mensagens e chamadas são encriptadas ponto a ponto. Ninguém fora desta conversa, nem mesmo o WhatsApp, pode ler ou ouvi-las.' },
    // Issue 16: [issue 16] rows have the shape of a device export line quoted there; [parser code] rows come
    // from other parsers' lists; [translation] rows translate the en row of the same id, unverified in an export.
    { id: 'system.joined_via_link', text: '{X} entrou através da ligação de convite deste grupo' }, // [translation]
    { id: 'system.blocked', text: 'Bloqueou este contacto' }, // [translation]
    { id: 'system.unblocked', text: 'Desbloqueou este contacto' }, // [translation]
    { id: 'system.subject_changed', text: '{X} alterou o nome do grupo para "{N}"' }, // [translation]
    { id: 'system.icon_changed', text: '{X} alterou a imagem deste grupo' }, // [translation]
    { id: 'system.description_changed', text: '{X} alterou a descrição do grupo' }, // [translation]
    { id: 'system.admin', text: 'É agora administrador' }, // [translation]
    { id: 'system.admin', text: 'Já não é administrador' }, // [translation]
    { id: 'system.security_code_changed', text: 'O seu código de segurança com {X} mudou' }, // [translation]
    { id: 'system.number_changed', text: '{X} mudou o número de telefone para um número novo{U}' }, // [translation]
    { id: 'system.invite_link_reset', text: '{X} redefiniu a ligação de convite deste grupo' }, // [translation]
    { id: 'system.pinned', text: '{X} afixou uma mensagem' }, // [translation]
    { id: 'system.contact', text: '{X} é um contacto' }, // [translation]
    { id: 'system.ai', text: 'Apenas as mensagens que mencionam @Meta AI são enviadas para a Meta{U}' }, // [translation]
    { id: 'system.settings_changed', text: '{X} ativou a aprovação de administradores para entrar neste grupo' }, // [translation]
    { id: 'system.business', text: 'Esta conversa é com uma conta empresarial{U}' }, // [translation]
    { id: 'system.community', text: '{X} entrou a partir da comunidade' }, // [translation]
  ],
  tombstones: [
    { id: 'deleted.incoming', text: 'Esta mensagem foi apagada.' },
    { id: 'deleted.own', text: 'Apagou esta mensagem.' },
    { id: 'deleted.admin', text: 'Esta mensagem foi apagada por um administrador' }, // [translation]
  ],
  mediaOmitted: [
    { id: 'media.omitted', text: 'imagem não revelada' },
    { id: 'media.omitted', text: 'vídeo não revelado' },
    { id: 'media.omitted', text: 'ficheiro de áudio não revelado' },
    { id: 'media.omitted', text: 'sticker não revelado' },
    { id: 'media.omitted', text: 'GIF não revelada' },
    { id: 'contact.omitted', text: 'Contacto não revelado' },
    { id: 'media.omitted', text: '{F} • {n} páginas documento não revelado' },
    { id: 'media.omitted', text: '{F} documento não revelado' },
  ],
  attached: [],
  calls: [],
  locations: [{ id: 'location.pin', text: 'Localização: {U}' }],
  polls: [],
  editedSuffixes: [
    { id: 'edited', text: '<Esta mensagem foi editada>' }, // [translation]
  ],
  exporterWords: ['você', 'tu'],
  listAnd: 'e',
};
