import type { Lexicon } from './types';

// Persian. Evidence: docs/formats.md#whatsapp-texts [iOS strings].
//
// Notice kinds: all 29 of the catalogue (docs/formats.md#whatsapp-lexicon). Every notice row is a
// [translation]: no export, strings file or parser list in this language was found.
export const fa: Lexicon = {
  lang: 'fa',
  system: [
    { id: 'system.encryption', text: 'پیام‌ها و تماس‌ها رمزگذاری سرتاسری شده‌اند{U}' }, // [translation]
    { id: 'system.group_created', text: '{X} گروه "{N}" را ایجاد کرد' }, // [translation]
    { id: 'system.added', text: '{X} شما را اضافه کرد' }, // [translation]
    { id: 'system.added', text: '{X}، {Y} را اضافه کرد' }, // [translation]
    { id: 'system.left', text: '{X} خارج شد' }, // [translation]
    { id: 'system.removed', text: '{X}، {Y} را از گروه حذف کرد' }, // [translation]
    { id: 'system.joined_via_link', text: '{X} با استفاده از پیوند دعوت این گروه پیوست' }, // [translation]
    { id: 'system.subject_changed', text: '{X} نام گروه را به "{N}" تغییر داد' }, // [translation]
    { id: 'system.icon_changed', text: '{X} نماد این گروه را تغییر داد' }, // [translation]
    { id: 'system.description_changed', text: '{X} شرح گروه را تغییر داد' }, // [translation]
    { id: 'system.admin', text: 'اکنون مدیر هستید' }, // [translation]
    { id: 'system.admin', text: 'دیگر مدیر نیستید' }, // [translation]
    { id: 'system.security_code_changed', text: 'کد امنیتی شما با {X} تغییر کرد' }, // [translation]
    { id: 'system.timer_on', text: '{X} پیام‌های ناپدیدشونده را روشن کرد' }, // [translation]
    { id: 'system.timer_off', text: '{X} پیام‌های ناپدیدشونده را خاموش کرد' }, // [translation]
    { id: 'system.number_changed', text: '{X} شماره تلفن خود را به شماره جدیدی تغییر داد{U}' }, // [translation]
    { id: 'system.invite_link_reset', text: '{X} پیوند دعوت این گروه را بازنشانی کرد' }, // [translation]
    { id: 'system.pinned', text: '{X} پیامی را سنجاق کرد' }, // [translation]
    { id: 'system.contact', text: '{X} یک مخاطب است' }, // [translation]
    { id: 'system.blocked', text: 'این مخاطب را مسدود کردید' }, // [translation]
    { id: 'system.unblocked', text: 'این مخاطب را رفع انسداد کردید' }, // [translation]
    { id: 'system.call_started', text: '{X} تماسی را شروع کرد' }, // [translation]
    { id: 'system.ai', text: 'فقط پیام‌هایی که به @Meta AI اشاره می‌کنند به Meta ارسال می‌شوند{U}' }, // [translation]
    { id: 'system.settings_changed', text: '{X} تأیید مدیر برای پیوستن به این گروه را روشن کرد' }, // [translation]
    { id: 'system.settings_changed', text: '{X} تأیید مدیر برای پیوستن به این گروه را خاموش کرد' }, // [translation]
    { id: 'system.unpinned', text: '{X} سنجاق پیامی را برداشت' }, // [translation]
    { id: 'system.business', text: 'این گفتگو با یک حساب تجاری است{U}' }, // [translation]
    { id: 'system.community', text: '{X} از انجمن پیوست' }, // [translation]
    { id: 'system.joined', text: '{X} پیوست' }, // [translation]
    { id: 'system.join_requested', text: '{X} درخواست پیوستن داد' }, // [translation]
  ],
  tombstones: [
    { id: 'deleted.incoming', text: 'این پیام حذف شده است.' },
    { id: 'deleted.own', text: 'شما این پیام را حذف کردید.' },
    { id: 'deleted.admin', text: 'این پیام توسط مدیر حذف شد' }, // [translation]
  ],
  // Literally "image deleted", but a media placeholder, not a tombstone.
  mediaOmitted: [
    { id: 'media.omitted', text: 'تصویر حذف شد' },
  ],
  attached: [
    { id: 'media.attached', text: '<پیوست: {F}>' },
    { id: 'media.attached', text: '{F} <پیوست: {F}>' }, // document line, shape as en (assumed)
  ],
  calls: [],
  locations: [],
  polls: [],
  editedSuffixes: [
    { id: 'edited', text: '<این پیام ویرایش شد>' }, // [translation]
  ],
};
