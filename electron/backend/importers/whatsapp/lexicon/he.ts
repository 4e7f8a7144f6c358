import type { Lexicon } from './types';

// Hebrew. Evidence: spec/whatsapp.md §4.2 [iOS strings].
export const he: Lexicon = {
  lang: 'he',
  system: [],
  tombstones: [
    { id: 'deleted.incoming', text: 'הודעה זו נמחקה.' },
    { id: 'deleted.own', text: 'מחקת את ההודעה הזו.' },
  ],
  mediaOmitted: [{ id: 'media.omitted', text: 'התמונה הושמטה' }],
  attached: [
    { id: 'media.attached', text: '<מצורף: {F}>' },
    { id: 'media.attached', text: '{F} <מצורף: {F}>' }, // document line, shape as en (assumed)
  ],
  calls: [],
  locations: [],
  polls: [],
  editedSuffixes: [],
};
