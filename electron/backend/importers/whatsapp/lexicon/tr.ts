import type { Lexicon } from './types';

// Turkish. Evidence: spec/whatsapp.md §4.2 [iOS strings]; the Android placeholder is [Android strings, old].
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
    // The file name comes first and there is no colon (spec §4.2, §7).
    { id: 'media.attached', text: '<{F} eklendi>' },
    { id: 'media.attached', text: '{F} <{F} eklendi>' }, // document line, shape as en (assumed)
  ],
  calls: [],
  locations: [],
  polls: [],
  editedSuffixes: [],
};
