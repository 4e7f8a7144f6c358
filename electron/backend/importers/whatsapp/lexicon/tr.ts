import type { Lexicon } from './types';

// Turkish. Evidence: docs/formats.md#whatsapp-texts [iOS strings]; the Android placeholder is [Android strings, old].
export const tr: Lexicon = {
  lang: 'tr',
  system: [],
  tombstones: [
    { id: 'deleted.incoming', text: 'Bu mesaj silindi.' },
    { id: 'deleted.own', text: 'Bu mesajı sildiniz.' },
  ],
  mediaOmitted: [
    { id: 'media.omitted', text: '<Medya atlanmış>' }, // [Android strings, old]
    { id: 'media.omitted', text: 'görüntü dahil edilmedi' },
  ],
  attached: [
    // The file name comes first and there is no colon (docs/formats.md#whatsapp-known-failures).
    { id: 'media.attached', text: '<{F} eklendi>' },
    { id: 'media.attached', text: '{F} <{F} eklendi>' }, // document line, shape as en (assumed)
  ],
  calls: [],
  locations: [],
  polls: [],
  editedSuffixes: [],
};
