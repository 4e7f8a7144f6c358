import type { Lexicon } from './types';

// Simplified Chinese. Evidence: docs/formats.md#whatsapp-texts [iOS strings] unless a comment names another label.
export const zhHans: Lexicon = {
  lang: 'zh-Hans',
  system: [],
  tombstones: [
    { id: 'deleted.incoming', text: '这条消息已被删除。' },
    { id: 'deleted.incoming', text: '这条消息已删除' }, // Android [parser: ChatLab]
    { id: 'deleted.own', text: '您已删除这条消息。' },
  ],
  mediaOmitted: [
    { id: 'media.omitted', text: '<省略影音内容>' }, // [parser: ChatLab]
    { id: 'media.omitted', text: '照片已忽略' },
  ],
  attached: [
    // Full-width colon, no space (docs/formats.md#whatsapp-texts).
    { id: 'media.attached', text: '<附件：{F}>' },
    { id: 'media.attached', text: '{F} <附件：{F}>' }, // document line, shape as en (assumed)
  ],
  calls: [],
  locations: [],
  polls: [],
  editedSuffixes: [],
};
