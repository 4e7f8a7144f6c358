import type { Lexicon } from './types';

// Arabic. Evidence: docs/formats.md#whatsapp-texts, Tables S1–S3, S5. Rows are [device export] unless a comment
// names another label.
export const ar: Lexicon = {
  lang: 'ar',
  system: [
    { id: 'system.encryption', text: 'الرسائل والمكالمات مشفرة تمامًا بين الطرفين، بحيث لا يستطيع أحد خارج هذه الدردشة، ولا حتى شركة واتساب نفسها، قراءتها أو الاستماع إليها.' },
  ],
  tombstones: [
    { id: 'deleted.incoming', text: 'تم حذف هذه الرسالة.' },
    // Two wordings of the own deletion, seen in two exports.
    { id: 'deleted.own', text: 'أنت حذفت هذه الرسالة.' },
    { id: 'deleted.own', text: 'لقد حذَفت هذه الرسالة.' },
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
  editedSuffixes: [],
};
