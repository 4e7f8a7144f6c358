import type { Lexicon } from './types';

// Hebrew. Evidence: docs/formats.md#whatsapp-texts [iOS strings].
//
// Notice kinds: all 29 of the catalogue (docs/formats.md#whatsapp-lexicon). Backed by an export, the app's
// strings or another parser: pinned; every other notice row is a [translation].
export const he: Lexicon = {
  lang: 'he',
  system: [
    // Issue 16: [issue 16] rows have the shape of a device export line quoted there; [parser code] rows come
    // from other parsers' lists; [translation] rows translate the en row of the same id, unverified in an export.
    { id: 'system.pinned', text: 'הודעה הוצמדה על ידי {X}' }, // [parser code]
    { id: 'system.blocked', text: 'חסמת את איש הקשר הזה' }, // [translation]
    { id: 'system.unblocked', text: 'ביטלת את החסימה של איש הקשר הזה' }, // [translation]
    { id: 'system.encryption', text: 'ההודעות והשיחות מוצפנות מקצה לקצה{U}' }, // [translation]
    { id: 'system.group_created', text: '{X} יצר/ה את הקבוצה "{N}"' }, // [translation]
    { id: 'system.added', text: '{X} הוסיף/ה אותך' }, // [translation]
    { id: 'system.added', text: '{X} הוסיף/ה את {Y}' }, // [translation]
    { id: 'system.left', text: '{X} יצא/ה' }, // [translation]
    { id: 'system.removed', text: '{X} הסיר/ה את {Y}' }, // [translation]
    { id: 'system.joined_via_link', text: '{X} הצטרף/ה באמצעות הקישור להזמנה לקבוצה' }, // [translation]
    { id: 'system.subject_changed', text: '{X} שינה/תה את שם הקבוצה ל"{N}"' }, // [translation]
    { id: 'system.icon_changed', text: '{X} שינה/תה את תמונת הקבוצה' }, // [translation]
    { id: 'system.description_changed', text: '{X} שינה/תה את תיאור הקבוצה' }, // [translation]
    { id: 'system.admin', text: 'את/ה מנהל/ת עכשיו' }, // [translation]
    { id: 'system.admin', text: 'את/ה כבר לא מנהל/ת' }, // [translation]
    { id: 'system.security_code_changed', text: 'קוד האבטחה שלך עם {X} השתנה' }, // [translation]
    { id: 'system.timer_on', text: '{X} הפעיל/ה הודעות זמניות' }, // [translation]
    { id: 'system.timer_off', text: '{X} כיבה/תה הודעות זמניות' }, // [translation]
    { id: 'system.number_changed', text: '{X} שינה/תה את מספר הטלפון למספר חדש{U}' }, // [translation]
    { id: 'system.invite_link_reset', text: '{X} איפס/ה את הקישור להזמנה לקבוצה' }, // [translation]
    { id: 'system.contact', text: '{X} הוא איש קשר' }, // [translation]
    { id: 'system.call_started', text: '{X} התחיל/ה שיחה' }, // [translation]
    { id: 'system.ai', text: 'רק הודעות שמזכירות את @Meta AI נשלחות ל-Meta{U}' }, // [translation]
    { id: 'system.joined', text: '{X} הצטרף/ה' }, // [translation]
    { id: 'system.settings_changed', text: '{X} הפעיל/ה אישור מנהל/ת להצטרפות לקבוצה' }, // [translation]
    { id: 'system.settings_changed', text: '{X} כיבה/תה אישור מנהל/ת להצטרפות לקבוצה' }, // [translation]
    { id: 'system.unpinned', text: '{X} ביטל/ה הצמדה של הודעה' }, // [translation]
    { id: 'system.business', text: 'הצ׳אט הזה הוא עם חשבון עסקי{U}' }, // [translation]
    { id: 'system.community', text: '{X} הצטרף/ה מהקהילה' }, // [translation]
    { id: 'system.join_requested', text: '{X} ביקש/ה להצטרף' }, // [translation]
  ],
  tombstones: [
    { id: 'deleted.incoming', text: 'הודעה זו נמחקה.' },
    { id: 'deleted.own', text: 'מחקת את ההודעה הזו.' },
    { id: 'deleted.admin', text: 'הודעה זו נמחקה על ידי מנהל/ת' }, // [translation]
  ],
  mediaOmitted: [
    { id: 'media.omitted', text: 'התמונה הושמטה' },
  ],
  attached: [
    { id: 'media.attached', text: '<מצורף: {F}>' },
    { id: 'media.attached', text: '{F} <מצורף: {F}>' }, // document line, shape as en (assumed)
  ],
  calls: [],
  locations: [],
  polls: [],
  editedSuffixes: [
    { id: 'edited', text: '<ההודעה נערכה>' }, // [translation]
  ],
};
