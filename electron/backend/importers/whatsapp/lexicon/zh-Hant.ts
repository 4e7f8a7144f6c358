import type { Lexicon } from './types';

// Traditional Chinese. Evidence: docs/formats.md#whatsapp-texts [iOS strings] unless a comment names another label.
export const zhHant: Lexicon = {
  lang: 'zh-Hant',
  system: [],
  tombstones: [
    { id: 'deleted.incoming', text: '此訊息已刪除。' },
    { id: 'deleted.own', text: '您已刪除此訊息。' },
    { id: 'deleted.own', text: '你已刪除此訊息' }, // [parser code]
  ],
  mediaOmitted: [
    { id: 'media.omitted', text: '<已省略多媒體檔案>' }, // [parser: ChatLab]
    { id: 'media.omitted', text: '圖像已省略' },
    { id: 'media.omitted', text: '圖片已略去' }, // [parser code]
  ],
  attached: [
    // The spec gives one zh tag for both scripts (full-width colon).
    { id: 'media.attached', text: '<附件：{F}>' },
    { id: 'media.attached', text: '{F} <附件：{F}>' }, // document line, shape as en (assumed)
  ],
  calls: [],
  locations: [],
  polls: [],
  editedSuffixes: [],
};
