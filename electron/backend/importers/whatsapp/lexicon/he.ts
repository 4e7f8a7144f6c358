import type { Lexicon } from './types';

// Hebrew. Evidence: docs/formats.md#whatsapp-texts [iOS strings].
export const he: Lexicon = {
  lang: 'he',
  system: [
    // Issue 16: [issue 16] rows have the shape of a device export line quoted there; [parser code] rows come
    // from other parsers' lists; [translation] rows translate the en row of the same id, unverified in an export.
    { id: 'system.pinned', text: 'הודעה הוצמדה על ידי {X}' }, // [parser code]
    { id: 'system.blocked', text: 'חסמת את איש הקשר הזה' }, // [translation]
    { id: 'system.unblocked', text: 'ביטלת את החסימה של איש הקשר הזה' }, // [translation]
  ],
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
