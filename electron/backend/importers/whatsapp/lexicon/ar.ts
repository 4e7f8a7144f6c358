import type { Lexicon } from './types';

// Arabic. Evidence: docs/formats.md#whatsapp-texts, Tables S1–S3, S5. Rows are [device export] unless a comment
// names another label.
//
// Notice kinds: all 29 of the catalogue (docs/formats.md#whatsapp-lexicon). Backed by an export, the app's
// strings or another parser: encryption; every other notice row is a [translation].
//
// Notice kinds: all 29 of the catalogue (docs/formats.md#whatsapp-lexicon). Backed by an export, the app's
// strings or another parser: encryption; every other notice row is a [translation].
export const ar: Lexicon = {
  lang: 'ar',
  system: [
    { id: 'system.encryption', text: 'الرسائل والمكالمات مشفرة تمامًا بين الطرفين، بحيث لا يستطيع أحد خارج هذه الدردشة، ولا حتى شركة واتساب نفسها، قراءتها أو الاستماع إليها.' },
    { id: 'system.group_created', text: '{X} أنشأ المجموعة "{N}"' }, // [translation]
    { id: 'system.added', text: 'قام {X} بإضافة {Y}' }, // [translation]
    { id: 'system.left', text: '{X} غادر' }, // [translation]
    { id: 'system.removed', text: 'قام {X} بإزالة {Y}' }, // [translation]
    { id: 'system.joined_via_link', text: '{X} انضم باستخدام رابط الدعوة لهذه المجموعة' }, // [translation]
    { id: 'system.subject_changed', text: '{X} غيّر اسم المجموعة إلى "{N}"' }, // [translation]
    { id: 'system.icon_changed', text: '{X} غيّر صورة هذه المجموعة' }, // [translation]
    { id: 'system.description_changed', text: '{X} غيّر وصف المجموعة' }, // [translation]
    { id: 'system.admin', text: 'أنت الآن مشرف' }, // [translation]
    { id: 'system.admin', text: 'لم تعد مشرفًا' }, // [translation]
    { id: 'system.security_code_changed', text: 'تغيّر رمز الأمان الخاص بك مع {X}' }, // [translation]
    { id: 'system.timer_on', text: '{X} قام بتشغيل الرسائل المؤقتة' }, // [translation]
    { id: 'system.timer_off', text: '{X} قام بإيقاف الرسائل المؤقتة' }, // [translation]
    { id: 'system.number_changed', text: '{X} غيّر رقم هاتفه إلى رقم جديد{U}' }, // [translation]
    { id: 'system.invite_link_reset', text: '{X} أعاد تعيين رابط الدعوة لهذه المجموعة' }, // [translation]
    { id: 'system.pinned', text: '{X} ثبّت رسالة' }, // [translation]
    { id: 'system.contact', text: '{X} هو جهة اتصال' }, // [translation]
    { id: 'system.blocked', text: 'لقد حظرت جهة الاتصال هذه' }, // [translation]
    { id: 'system.unblocked', text: 'لقد ألغيت حظر جهة الاتصال هذه' }, // [translation]
    { id: 'system.call_started', text: '{X} بدأ مكالمة' }, // [translation]
    { id: 'system.ai', text: 'يتم إرسال الرسائل التي تشير إلى @Meta AI فقط إلى Meta{U}' }, // [translation]
    { id: 'system.joined', text: '{X} انضم' }, // [translation]
    { id: 'system.settings_changed', text: '{X} قام بتشغيل موافقة المشرف للانضمام إلى هذه المجموعة' }, // [translation]
    { id: 'system.settings_changed', text: '{X} قام بإيقاف موافقة المشرف للانضمام إلى هذه المجموعة' }, // [translation]
    { id: 'system.unpinned', text: '{X} ألغى تثبيت رسالة' }, // [translation]
    { id: 'system.business', text: 'هذه الدردشة مع حساب تجاري{U}' }, // [translation]
    { id: 'system.community', text: '{X} انضم من المجتمع' }, // [translation]
    { id: 'system.join_requested', text: '{X} طلب الانضمام' }, // [translation]
  ],
  tombstones: [
    { id: 'deleted.incoming', text: 'تم حذف هذه الرسالة.' },
    // Two wordings of the own deletion, seen in two exports.
    { id: 'deleted.own', text: 'أنت حذفت هذه الرسالة.' },
    { id: 'deleted.own', text: 'لقد حذَفت هذه الرسالة.' },
    { id: 'deleted.admin', text: 'تم حذف هذه الرسالة بواسطة مشرف' }, // [translation]
  ],
  mediaOmitted: [
    { id: 'media.omitted', text: '<تم استبعاد الوسائط>' }, // [Android strings, old]
    { id: 'media.omitted', text: 'لم يتم إدراج الصورة' },
    { id: 'media.omitted', text: 'لم يتم إدراج الفيديوهات' },
    { id: 'media.omitted', text: 'لم يتم إدراج المقاطع الصوتية' },
    // Literally "stickers deleted", but a media placeholder, never a tombstone (docs/formats.md#whatsapp-texts, traps).
    { id: 'media.omitted', text: 'تم حذف الملصقات' },
    { id: 'media.omitted', text: 'لم يتم إدراج صورة GIF' },
    { id: 'contact.omitted', text: 'لم يتم إدراج بطاقة جهة اتصال' },
    // `صفحتان ٢` is the dual "two pages" with an Arabic-Indic digit; other counts are not in the spec
    // and fall to the generic document row.
    { id: 'media.omitted', text: '{F} • صفحتان ٢ لم يتم إدراج المستند' },
    { id: 'media.omitted', text: '{F} لم يتم إدراج المستند' },
  ],
  attached: [
    { id: 'media.attached', text: '<المُرفق: {F}>' }, // [iOS strings]
    { id: 'media.attached', text: '{F} <المُرفق: {F}>' }, // document line, shape as en (assumed)
  ],
  calls: [],
  locations: [{ id: 'location.pin', text: 'موقع: {U}' }],
  polls: [],
  editedSuffixes: [
    { id: 'edited', text: '<تم تعديل هذه الرسالة>' }, // [translation]
  ],
};
