import type { Lexicon } from './types';

// European Portuguese. Evidence: docs/formats.md#whatsapp-texts, Tables S1–S3, S5 [device export]. The
// plain "pt" rows from [iOS strings] and [Android strings, old] are Brazilian (iOS `pt.lproj`, Android
// `values-pt`) and live in pt-BR.ts.
export const ptPT: Lexicon = {
  lang: 'pt-PT',
  system: [
    { id: 'system.encryption', text: 'As mensagens e chamadas são encriptadas ponto a ponto. Ninguém fora desta conversa, nem mesmo o WhatsApp, pode ler ou ouvi-las.' },
    // Issue 16: [issue 16] rows have the shape of a device export line quoted there; [parser code] rows come
    // from other parsers' lists; [translation] rows translate the en row of the same id, unverified in an export.
    { id: 'system.joined_via_link', text: '{X} entrou através da ligação de convite deste grupo' }, // [translation]
    { id: 'system.blocked', text: 'Bloqueou este contacto' }, // [translation]
    { id: 'system.unblocked', text: 'Desbloqueou este contacto' }, // [translation]
  ],
  tombstones: [
    { id: 'deleted.incoming', text: 'Esta mensagem foi apagada.' },
    { id: 'deleted.own', text: 'Apagou esta mensagem.' },
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
  editedSuffixes: [],
};
