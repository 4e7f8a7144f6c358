import type { Lexicon } from './types';

// European Portuguese. Evidence: spec/whatsapp.md §4.2, Tables S1–S3, S5 [device export]. The spec's
// plain "pt" rows from [iOS strings] and [Android strings, old] are Brazilian (iOS `pt.lproj`, Android
// `values-pt`) and live in pt-BR.ts.
export const ptPT: Lexicon = {
  lang: 'pt-PT',
  system: [
    { id: 'system.encryption', text: 'As mensagens e chamadas são encriptadas ponto a ponto. Ninguém fora desta conversa, nem mesmo o WhatsApp, pode ler ou ouvi-las.' },
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
