import type { Lexicon } from './types';

// Korean. Evidence: docs/formats.md#whatsapp-texts [iOS strings]; the Android placeholder is [Android strings, old].
//
// Notice kinds: all 29 of the catalogue (docs/formats.md#whatsapp-lexicon). Backed by an export, the app's
// strings or another parser: added, left, removed, number changed; every other notice row is a
// [translation].
export const ko: Lexicon = {
  lang: 'ko',
  system: [
    { id: 'system.encryption', text: '메시지와 통화는 종단간 암호화됩니다{U}' }, // [translation]
    { id: 'system.group_created', text: '{X}님이 "{N}" 그룹을 만들었습니다' }, // [translation]
    { id: 'system.added', text: '{X}님이 회원님을 추가했습니다' }, // [translation]
    { id: 'system.added', text: '{X}님이 {Y}님을 추가했습니다' }, // [parser code] (the start assumed)
    { id: 'system.left', text: '{X}님이 나갔습니다' }, // [parser code]
    { id: 'system.removed', text: '{X}님이 {Y}님을 내보냈습니다' }, // [parser code] (the start assumed)
    { id: 'system.joined_via_link', text: '{X}님이 이 그룹의 초대 링크로 참여했습니다' }, // [translation]
    { id: 'system.subject_changed', text: '{X}님이 그룹 이름을 "{N}"(으)로 변경했습니다' }, // [translation]
    { id: 'system.icon_changed', text: '{X}님이 이 그룹의 아이콘을 변경했습니다' }, // [translation]
    { id: 'system.description_changed', text: '{X}님이 그룹 설명을 변경했습니다' }, // [translation]
    { id: 'system.admin', text: '회원님은 이제 관리자입니다' }, // [translation]
    { id: 'system.admin', text: '회원님은 더 이상 관리자가 아닙니다' }, // [translation]
    { id: 'system.security_code_changed', text: '{X}님과의 보안 코드가 변경되었습니다' }, // [translation]
    { id: 'system.timer_on', text: '{X}님이 사라지는 메시지를 켰습니다' }, // [translation]
    { id: 'system.timer_off', text: '{X}님이 사라지는 메시지를 껐습니다' }, // [translation]
    { id: 'system.number_changed', text: '{X}님이 번호를 변경했습니다' }, // [parser code] (the start assumed)
    { id: 'system.invite_link_reset', text: '{X}님이 이 그룹의 초대 링크를 재설정했습니다' }, // [translation]
    { id: 'system.pinned', text: '{X}님이 메시지를 고정했습니다' }, // [translation]
    { id: 'system.contact', text: '{X}님은 연락처에 있습니다' }, // [translation]
    { id: 'system.blocked', text: '이 연락처를 차단했습니다' }, // [translation]
    { id: 'system.unblocked', text: '이 연락처를 차단 해제했습니다' }, // [translation]
    { id: 'system.call_started', text: '{X}님이 통화를 시작했습니다' }, // [translation]
    { id: 'system.ai', text: '@Meta AI를 언급한 메시지만 Meta로 전송됩니다{U}' }, // [translation]
    { id: 'system.joined', text: '{X}님이 참여했습니다' }, // [translation]
    { id: 'system.settings_changed', text: '{X}님이 이 그룹 참여에 대한 관리자 승인을 켰습니다' }, // [translation]
    { id: 'system.settings_changed', text: '{X}님이 이 그룹 참여에 대한 관리자 승인을 껐습니다' }, // [translation]
    { id: 'system.unpinned', text: '{X}님이 메시지 고정을 해제했습니다' }, // [translation]
    { id: 'system.business', text: '이 채팅은 비즈니스 계정과의 채팅입니다{U}' }, // [translation]
    { id: 'system.community', text: '{X}님이 커뮤니티에서 참여했습니다' }, // [translation]
    { id: 'system.join_requested', text: '{X}님이 참여를 요청했습니다' }, // [translation]
  ],
  tombstones: [
    { id: 'deleted.incoming', text: '이 메시지는 삭제되었습니다.' },
    { id: 'deleted.own', text: '이 메시지를 삭제했습니다.' },
    { id: 'deleted.admin', text: '관리자가 이 메시지를 삭제했습니다' }, // [translation]
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
  editedSuffixes: [
    { id: 'edited', text: '<수정된 메시지입니다>' }, // [translation]
  ],
};
