import type { Lexicon } from './types';

// Korean. Evidence: docs/formats.md#whatsapp-texts [iOS strings]; the Android placeholder is [Android strings, old].
export const ko: Lexicon = {
  lang: 'ko',
  system: [],
  tombstones: [
    { id: 'deleted.incoming', text: '이 메시지는 삭제되었습니다.' },
    { id: 'deleted.own', text: '이 메시지를 삭제했습니다.' },
  ],
  mediaOmitted: [
    { id: 'media.omitted', text: '<미디어 파일을 생략한 대화내용>' }, // [Android strings, old]
    { id: 'media.omitted', text: '이미지 생략됨' },
  ],
  attached: [
    // A space after `<` (docs/formats.md#whatsapp-texts).
    { id: 'media.attached', text: '< 첨부됨: {F}>' },
    { id: 'media.attached', text: '{F} < 첨부됨: {F}>' }, // document line, shape as en (assumed)
  ],
  calls: [],
  locations: [],
  polls: [],
  editedSuffixes: [],
};
