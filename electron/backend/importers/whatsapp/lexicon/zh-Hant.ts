import type { Lexicon } from './types';

// Traditional Chinese. Evidence: docs/formats.md#whatsapp-texts [iOS strings] unless a comment names another label.
//
// Notice kinds: all 29 of the catalogue (docs/formats.md#whatsapp-lexicon). Backed by an export, the app's
// strings or another parser: group created, added, icon changed, joined via link; every other notice row is
// a [translation].
export const zhHant: Lexicon = {
  lang: 'zh-Hant',
  system: [
    { id: 'system.encryption', text: '訊息和通話都經過端對端加密{U}' }, // [translation]
    { id: 'system.group_created', text: '{X}建立了群組「{N}」' }, // [parser code] (the name brackets assumed)
    { id: 'system.added', text: '{X}將你加入群組' }, // [translation]
    { id: 'system.added', text: '{X}新增了{Y}' }, // [parser code]
    { id: 'system.left', text: '{X}已離開' }, // [translation]
    { id: 'system.removed', text: '{X}移除了{Y}' }, // [translation]
    { id: 'system.joined_via_link', text: '{X}透過群組邀請連結加入' }, // [parser code]
    { id: 'system.subject_changed', text: '{X}將群組名稱更改為「{N}」' }, // [translation]
    { id: 'system.icon_changed', text: '{X}更換了群組圖示' }, // [parser code]
    { id: 'system.description_changed', text: '{X}變更了群組描述' }, // [translation]
    { id: 'system.admin', text: '你現在是管理員' }, // [translation]
    { id: 'system.admin', text: '你已不再是管理員' }, // [translation]
    { id: 'system.security_code_changed', text: '你與{X}的安全碼已變更' }, // [translation]
    { id: 'system.timer_on', text: '{X}開啟了限時訊息' }, // [translation]
    { id: 'system.timer_off', text: '{X}關閉了限時訊息' }, // [translation]
    { id: 'system.number_changed', text: '{X}已將電話號碼變更為新號碼{U}' }, // [translation]
    { id: 'system.invite_link_reset', text: '{X}重設了此群組的邀請連結' }, // [translation]
    { id: 'system.unpinned', text: '{X}取消置頂了一則訊息' }, // [translation]
    { id: 'system.pinned', text: '{X}置頂了一則訊息' }, // [translation]
    { id: 'system.contact', text: '{X}是聯絡人' }, // [translation]
    { id: 'system.blocked', text: '你已封鎖此聯絡人' }, // [translation]
    { id: 'system.unblocked', text: '你已解除封鎖此聯絡人' }, // [translation]
    { id: 'system.call_started', text: '{X}開始了通話' }, // [translation]
    { id: 'system.ai', text: '只有提及 @Meta AI 的訊息才會傳送給 Meta{U}' }, // [translation]
    { id: 'system.joined', text: '{X}已加入' }, // [translation]
    { id: 'system.settings_changed', text: '{X}開啟了加入此群組需經管理員批准' }, // [translation]
    { id: 'system.settings_changed', text: '{X}關閉了加入此群組需經管理員批准' }, // [translation]
    { id: 'system.business', text: '此對話的對象是商業帳號{U}' }, // [translation]
    { id: 'system.community', text: '{X}從社群加入' }, // [translation]
    { id: 'system.join_requested', text: '{X}要求加入' }, // [translation]
  ],
  tombstones: [
    { id: 'deleted.incoming', text: '此訊息已刪除。' },
    { id: 'deleted.own', text: '您已刪除此訊息。' },
    { id: 'deleted.own', text: '你已刪除此訊息' }, // [parser code]
    { id: 'deleted.admin', text: '此訊息已被管理員刪除' }, // [translation]
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
  editedSuffixes: [
    { id: 'edited', text: '<此訊息已編輯>' }, // [translation]
  ],
};
