import type { Lexicon } from './types';

// Polish. Evidence: docs/formats.md#whatsapp-texts [iOS strings]; the Android placeholder is [Android strings, old].
export const pl: Lexicon = {
  lang: 'pl',
  system: [],
  tombstones: [
    { id: 'deleted.incoming', text: 'Ta wiadomość została usunięta.' },
    { id: 'deleted.own', text: 'Usunąłeś(-ęłaś) tę wiadomość.' },
  ],
  mediaOmitted: [
    { id: 'media.omitted', text: '<pliki pominięto>' }, // [Android strings, old]
    { id: 'media.omitted', text: 'obraz pominięty' },
  ],
  attached: [
    { id: 'media.attached', text: '<załączono: {F}>' },
    { id: 'media.attached', text: '{F} <załączono: {F}>' }, // document line, shape as en (assumed)
  ],
  calls: [],
  locations: [],
  polls: [],
  editedSuffixes: [],
};
