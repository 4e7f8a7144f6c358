import type { Lexicon } from './types';

// Simplified Chinese. Evidence: docs/formats.md#whatsapp-texts [iOS strings] unless a comment names another label.
//
// Notice kinds: all 29 of the catalogue (docs/formats.md#whatsapp-lexicon). Backed by an export, the app's
// strings or another parser: group created, left, removed, joined via link; every other notice row is a
// [translation].
export const zhHans: Lexicon = {
  lang: 'zh-Hans',
  system: [
    { id: 'system.encryption', text: '消息和通话都已进行端到端加密{U}' }, // [translation]
    { id: 'system.group_created', text: '{X}创建了群组"{N}"' }, // [parser code] (the quotes assumed)
    { id: 'system.added', text: '{X}将您添加到群组' }, // [translation]
    { id: 'system.added', text: '{X}添加了{Y}' }, // [translation]
    { id: 'system.left', text: '{X}退出了' }, // [parser code]
    { id: 'system.removed', text: '{X}移除了{Y}' }, // [parser code]
    { id: 'system.joined_via_link', text: '{X}通过群邀请链接加入' }, // [parser code]
    { id: 'system.subject_changed', text: '{X}将群组名称更改为"{N}"' }, // [translation]
    { id: 'system.icon_changed', text: '{X}更改了此群组的图标' }, // [translation]
    { id: 'system.description_changed', text: '{X}更改了群组描述' }, // [translation]
    { id: 'system.admin', text: '您现在是管理员' }, // [translation]
    { id: 'system.admin', text: '您不再是管理员' }, // [translation]
    { id: 'system.security_code_changed', text: '您与{X}的安全码已更改' }, // [translation]
    { id: 'system.timer_on', text: '{X}开启了限时消息' }, // [translation]
    { id: 'system.timer_off', text: '{X}关闭了限时消息' }, // [translation]
    { id: 'system.number_changed', text: '{X}已将电话号码更换为新号码{U}' }, // [translation]
    { id: 'system.invite_link_reset', text: '{X}重置了此群组的邀请链接' }, // [translation]
    { id: 'system.unpinned', text: '{X}取消置顶了一条消息' }, // [translation]
    { id: 'system.pinned', text: '{X}置顶了一条消息' }, // [translation]
    { id: 'system.contact', text: '{X}是联系人' }, // [translation]
    { id: 'system.blocked', text: '您已屏蔽此联系人' }, // [translation]
    { id: 'system.unblocked', text: '您已解除屏蔽此联系人' }, // [translation]
    { id: 'system.call_started', text: '{X}发起了通话' }, // [translation]
    { id: 'system.ai', text: '只有提及 @Meta AI 的消息才会发送给 Meta{U}' }, // [translation]
    { id: 'system.joined', text: '{X}已加入' }, // [translation]
    { id: 'system.settings_changed', text: '{X}开启了加入此群组需要管理员批准' }, // [translation]
    { id: 'system.settings_changed', text: '{X}关闭了加入此群组需要管理员批准' }, // [translation]
    { id: 'system.business', text: '此对话的对象是商业账号{U}' }, // [translation]
    { id: 'system.community', text: '{X}从社群加入' }, // [translation]
    { id: 'system.join_requested', text: '{X}请求加入' }, // [translation]
  ],
  tombstones: [
    { id: 'deleted.incoming', text: '这条消息已被删除。' },
    { id: 'deleted.incoming', text: '这条消息已删除' }, // Android [parser: ChatLab]
    { id: 'deleted.own', text: '您已删除这条消息。' },
    { id: 'deleted.admin', text: '此消息已被管理员删除' }, // [translation]
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
  editedSuffixes: [
    { id: 'edited', text: '<此消息已编辑>' }, // [translation]
  ],
};
