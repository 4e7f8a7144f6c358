import type { Lexicon } from './types';

// English. Evidence for each row: docs/formats.md#whatsapp-texts (public sample exports).
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
};
