import type { Lexicon } from './types';

// English. Evidence for each row: docs/formats.md#whatsapp-texts (public sample exports). Has every notice
// kind of the catalogue (docs/formats.md#whatsapp-lexicon): encryption, group events, admin changes,
// settings and admin approval, invite links and their reset, number changes, security codes, timers,
// pins, "is a contact", blocking, business and Meta AI notices, communities, group calls, view-once,
// named-admin deletions and the edited suffix. Labels: see types.ts; [web strings] are WhatsApp Web's own
// English texts.
export const en: Lexicon = {
  lang: 'en',
  system: [
    { id: 'system.encryption', text: 'Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.' },
    { id: 'system.encryption', text: 'Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.' },
    { id: 'system.encryption', text: 'Messages and calls are end-to-end encrypted. Only people in this chat can read, listen to, or share them.' },
    { id: 'system.encryption', text: 'Messages and calls are end-to-end encrypted. Only people in this chat can read, listen to, or share them. Learn more.' },
    { id: 'system.encryption', text: 'Messages to this group are now secured with end-to-end encryption. Tap for more info.' },
    { id: 'system.encryption', text: 'Messages you send to this group are now secured with end-to-end encryption. Tap for more info.' },
    { id: 'system.encryption', text: 'Messages to this group are now secured with end-to-end encryption.' },
    { id: 'system.encryption', text: 'Messages you send to this chat and calls are now secured with end-to-end encryption. Tap for more info.' },
    { id: 'system.group_created', text: '{X} created group "{N}"' },
    { id: 'system.group_created', text: '{X} created this group' },
    { id: 'system.added', text: '{X} added {Y}' },
    { id: 'system.added', text: 'You were added' },
    { id: 'system.left', text: '{X} left' },
    { id: 'system.left', text: '{X} left the group' },
    { id: 'system.removed', text: '{X} removed {Y}' },
    { id: 'system.subject_changed', text: '{X} changed the group name from "{N}" to "{N}"' },
    { id: 'system.subject_changed', text: '{X} changed the group name to "{N}"' },
    { id: 'system.subject_changed', text: '{X} changed the subject from "{N}" to "{N}"' },
    { id: 'system.subject_changed', text: '{X} changed the subject to "{N}"' },
    { id: 'system.icon_changed', text: "{X} changed this group's icon" },
    { id: 'system.icon_changed', text: "{X} deleted this group's icon" },
    { id: 'system.description_changed', text: '{X} changed the group description' },
    { id: 'system.settings_changed', text: "{X} changed this group's settings to allow only admins to send messages to this group" },
    { id: 'system.settings_changed', text: "{X} changed this group's settings to allow all participants to send messages to this group" },
    { id: 'system.settings_changed', text: "{X} changed this group's settings to allow only admins to edit this group's info" },
    { id: 'system.settings_changed', text: "{X} changed this group's settings to allow all participants to edit this group's info" },
    { id: 'system.joined_via_link', text: "{X} joined using this group's invite link" },
    { id: 'system.admin', text: "You're now an admin" },
    { id: 'system.admin', text: "You're no longer an admin" },
    { id: 'system.security_code_changed', text: 'Your security code with {X} changed. Tap to learn more.' },
    { id: 'system.security_code_changed', text: "{X}'s security code changed. Tap for more info." },
    { id: 'system.timer_on', text: "{X} updated the message timer. New messages will disappear from this chat {n} {U} after they're sent. Tap to change." },
    { id: 'system.timer_on', text: "{X} updated the message timer. New messages will disappear from this chat {n} {U} after they're sent, except when kept. Tap to change." },
    { id: 'system.timer_on', text: "{X} turned on disappearing messages. New messages will disappear from this chat {n} {U} after they're sent, except when kept." },
    { id: 'system.timer_on', text: "{X} turned on disappearing messages. New messages will disappear from this chat {n} {U} after they're sent. Tap to change." },
    { id: 'system.timer_off', text: '{X} turned off disappearing messages. Tap to change.' },
    { id: 'system.timer_off', text: '{X} turned off disappearing messages.' },
    // Issue 16 and the notice catalogue on both platforms. Evidence: [device export] shapes quoted in issue 16
    // (number changes, invite links, timers, pins, blocking); other rows [parser code] (other parsers' lists).
    { id: 'system.number_changed', text: '{X} changed their phone number to a new number. Tap to message or add the new number.' },
    { id: 'system.number_changed', text: '{X} changed their phone number to a new number' },
    { id: 'system.number_changed', text: '{X} changed to {Y}' },
    { id: 'system.joined_via_link', text: '{X} joined using a group link' }, // [parser code]
    { id: 'system.joined', text: '{X} joined' },
    { id: 'system.added', text: '{X} was added' }, // [parser code]
    { id: 'system.removed', text: '{X} was removed' }, // [parser code]
    { id: 'system.admin', text: '{X} is now an admin' }, // [parser code]
    { id: 'system.admin', text: '{X} is no longer an admin' }, // [parser code]
    { id: 'system.admin', text: '{X} made {Y} an admin' }, // [parser code]
    { id: 'system.admin', text: '{X} dismissed {Y} as admin' }, // [parser code]
    { id: 'system.settings_changed', text: "{X} changed this group's settings to allow only admins to add others to this group" }, // [parser code]
    { id: 'system.settings_changed', text: '{X} changed the settings so all members can edit the group settings' }, // [parser code]
    { id: 'system.settings_changed', text: '{X} turned on admin approval to join this group' }, // [parser code]
    { id: 'system.settings_changed', text: '{X} turned off admin approval to join this group' }, // [parser code]
    { id: 'system.settings_changed', text: 'This group has over {n} members so now only admins can edit the group settings' }, // [parser code]
    { id: 'system.settings_changed', text: 'New members need admin approval to join this group' }, // [parser code]
    { id: 'system.invite_link_reset', text: "{X} reset this group's invite link" }, // [parser code]
    { id: 'system.description_changed', text: "{X} deleted this group's description" }, // [parser code]
    { id: 'system.timer_on', text: '{X} turned on disappearing messages' },
    { id: 'system.timer_on', text: "{X} turned on disappearing messages. All new messages will disappear from this chat {n} {U} after they're sent" }, // [parser code]
    { id: 'system.timer_off', text: 'Disappearing messages were turned off' }, // [parser code]
    { id: 'system.pinned', text: '{X} pinned a message' },
    { id: 'system.contact', text: '{X} is a contact' },
    { id: 'system.blocked', text: 'You blocked this contact' },
    { id: 'system.blocked', text: 'You blocked this contact. Tap to unblock' },
    { id: 'system.unblocked', text: 'You unblocked this contact' },
    { id: 'system.business', text: 'This chat is with a business account. Tap for more info' }, // [parser code]
    { id: 'system.business', text: 'This business account has now registered as a standard account. Tap for more info' }, // [parser code]
    { id: 'system.business', text: 'This business uses a secure service from Meta to manage this chat. Tap to learn more' }, // [web strings]
    // The rest of the catalogue: [web strings] rows are WhatsApp Web's own English texts (`Click` there
    // is `Tap` on a phone); [parser: WhatsR] rows come from that parser's language table.
    { id: 'system.joined_via_link', text: '{X} joined via an invite link' }, // [web strings]
    { id: 'system.joined_via_link', text: "You joined using this group's invite link" }, // [translation]
    { id: 'system.added', text: '{X} added you' }, // [device export] quoted in Pustur/whatsapp-chat-parser#258
    { id: 'system.group_created', text: 'You created group "{N}"' }, // [parser: WhatsR]
    { id: 'system.subject_changed', text: 'You changed the subject from "{N}" to "{N}"' }, // [parser: WhatsR]
    { id: 'system.icon_changed', text: "You changed this group's icon" }, // [parser: WhatsR]
    { id: 'system.left', text: 'You left' }, // [parser code]
    { id: 'system.invite_link_reset', text: "{X} reset this group's invite link. Tap to view the new invite link" }, // [web strings]
    { id: 'system.settings_changed', text: "{X} changed this group's settings to allow all members to send messages to this group" }, // [parser code]
    { id: 'system.settings_changed', text: '{X} changed the settings so only admins can edit the group settings' }, // [parser code]
    { id: 'system.settings_changed', text: "{X} changed this group's settings to not allow messages that have been forwarded many times" }, // [web strings]
    { id: 'system.settings_changed', text: "{X} changed this group's settings to allow messages that have been forwarded many times" }, // [web strings]
    { id: 'system.join_requested', text: '{X} requested to join' }, // [parser code] (cut short there; the end assumed)
    { id: 'system.timer_on', text: "{X} updated the message timer. New messages will disappear from this chat {n} {U} after they're sent, except when kept" }, // [parser code]
    { id: 'system.timer_on', text: 'Disappearing messages were turned on' }, // [parser code]
    { id: 'system.unpinned', text: '{X} unpinned a message' }, // [parser code]
    { id: 'system.call_started', text: '{X} started a call' }, // [parser: WhatsR]
    { id: 'system.call_started', text: '{X} started a video call' }, // [parser: WhatsR]
    // Communities (a group linked under a community).
    { id: 'system.community', text: '{X} joined from the community' }, // [parser code]
    { id: 'system.community', text: 'As a member, you can join groups in the community and get admin updates' }, // [parser code]
    { id: 'system.community', text: 'Your profile is visible to admins' }, // [parser code]
    { id: 'system.community', text: 'Community members have changed. Tap to view' }, // [web strings]
    // Meta AI (docs/formats.md#whatsapp-ai). The mention notice is quoted from exports by several parsers;
    // the {U} row keeps any later wording of its tail (`Learn more`, `*Tap to learn more*`).
    { id: 'system.ai', text: "Only messages that mention @Meta AI are sent to Meta. Meta can't read any other messages in this chat. Some responses may be inaccurate or inappropriate. Tap to learn more" }, // [parser code]
    { id: 'system.ai', text: 'Only messages that mention @Meta AI are sent to Meta{U}' }, // [parser code]
    { id: 'system.ai', text: 'Messages are generated by AI from Meta. Some may be inaccurate or inappropriate. You can improve the quality by sending feedback. Tap to learn more' }, // [web strings]
    { id: 'system.ai', text: 'Messages are generated by AI from Meta{U}' }, // [web strings]
    { id: 'system.ai', text: 'AI from Meta receives chats and generates messages for this business. Tap to learn more' }, // [web strings]
    { id: 'system.ai', text: 'This AI is from a third-party developer. Meta receives your AI chats to improve its AI quality. Tap to learn more' }, // [web strings]
  ],
  tombstones: [
    { id: 'deleted.incoming', text: 'This message was deleted' },
    { id: 'deleted.own', text: 'You deleted this message' },
    { id: 'deleted.admin', text: 'This message was deleted by an admin' },
    { id: 'deleted.admin', text: 'This message was deleted by admin {X}' }, // issue 16: the admin is named
  ],
  mediaOmitted: [
    { id: 'media.omitted', text: '<Media omitted>' },
    { id: 'media.omitted', text: 'image omitted' },
    { id: 'media.omitted', text: 'video omitted' },
    { id: 'media.omitted', text: 'audio omitted' },
    { id: 'media.omitted', text: 'sticker omitted' },
    { id: 'media.omitted', text: 'GIF omitted' },
    { id: 'contact.omitted', text: 'Contact card omitted' },
    // View-once media as an author's line ([parser code]: other parsers read it as the sender's view-once
    // message). Its `For added privacy` would read as `{X} added {Y}` if a whole sentence did not win.
    { id: 'media.view_once', text: 'You received a view once message. For added privacy, you can only open it on your phone.' },
    // Document lines: the page-count forms first, so that the file name is not read as `F • 2 pages`.
    { id: 'media.omitted', text: '{F} • {n} pages document omitted' },
    { id: 'media.omitted', text: '{F} • {n} page document omitted' },
    { id: 'media.omitted', text: '{F} document omitted' },
  ],
  attached: [
    { id: 'media.attached', text: '{F} (file attached)' },
    { id: 'media.attached', text: '<attached: {F}>' },
    { id: 'media.attached', text: '{F} • {n} pages <attached: {F}>' },
    { id: 'media.attached', text: '{F} <attached: {F}>' },
    { id: 'media.attached', text: '{F} <attached>' },
  ],
  calls: [
    { id: 'call.missed_voice', text: 'Missed voice call' },
    { id: 'call.missed_voice', text: 'Missed voice call. Tap to call back' },
    { id: 'call.missed_video', text: 'Missed video call' },
    { id: 'call.missed_video', text: 'Missed video call. Tap to call back' },
  ],
  locations: [
    { id: 'location.pin', text: 'location: {U}' },
    { id: 'location.live', text: 'live location shared' },
  ],
  polls: [{ id: 'poll', text: 'POLL:' }],
  editedSuffixes: [{ id: 'edited', text: '<This message was edited>' }],
  exporterWords: ['you'],
  listAnd: 'and',
};
