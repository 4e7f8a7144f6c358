import type { Lexicon } from './types';

// Persian. Evidence: docs/formats.md#whatsapp-texts [iOS strings].
export const fa: Lexicon = {
  lang: 'fa',
  system: [],
  tombstones: [
    { id: 'deleted.incoming', text: 'این پیام حذف شده است.' },
    { id: 'deleted.own', text: 'شما این پیام را حذف کردید.' },
  ],
  // Literally "image deleted", but a media placeholder, not a tombstone.
  mediaOmitted: [{ id: 'media.omitted', text: 'تصویر حذف شد' }],
  attached: [
    { id: 'media.attached', text: '<پیوست: {F}>' },
    { id: 'media.attached', text: '{F} <پیوست: {F}>' }, // document line, shape as en (assumed)
  ],
  calls: [],
  locations: [],
  polls: [],
  editedSuffixes: [],
};
