// Issue 16, newer WhatsApp notices in the right-to-left languages of the lexicon: Arabic, Hebrew, Persian
// (docs/formats.md#whatsapp-lexicon). Exports put bidi marks around names and numbers; the lines are
// invented in the shapes the app writes, Android without an author and iOS under the actor's name.
import { describe, it } from 'vitest';
import { RLM } from './whatsapp-helpers';
import { cases, expectAndroidNotice, expectIosNotice, title } from './whatsapp-notices-helpers';

const RTL = cases([
  ['ar', 'system.added', 'أحمد علي', 'قام أحمد علي بإضافة سارة حسن'],
  ['ar', 'system.joined_via_link', 'أحمد علي', 'أحمد علي انضم باستخدام رابط الدعوة لهذه المجموعة'],
  ['ar', 'system.left', 'أحمد علي', `${RLM}أحمد علي غادر`],
  ['ar', 'system.pinned', 'أحمد علي', 'أحمد علي ثبّت رسالة'],
  ['ar', 'system.blocked', null, 'لقد حظرت جهة الاتصال هذه'],
  ['he', 'system.pinned', 'דנה כהן', 'הודעה הוצמדה על ידי דנה כהן'],
  ['he', 'system.added', 'דנה כהן', 'דנה כהן הוסיף/ה את יוסי לוי'],
  ['he', 'system.joined_via_link', 'דנה כהן', 'דנה כהן הצטרף/ה באמצעות הקישור להזמנה לקבוצה'],
  ['he', 'system.timer_on', 'דנה כהן', 'דנה כהן הפעיל/ה הודעות זמניות'],
  ['he', 'system.number_changed', 'דנה כהן', 'דנה כהן שינה/תה את מספר הטלפון למספר חדש. יש להקיש כדי לשלוח הודעה'],
  ['he', 'system.unblocked', null, 'ביטלת את החסימה של איש הקשר הזה'],
  ['fa', 'system.added', 'مریم رضایی', 'مریم رضایی، علی کریمی را اضافه کرد'],
  ['fa', 'system.left', 'مریم رضایی', 'مریم رضایی خارج شد'],
  ['fa', 'system.community', 'مریم رضایی', 'مریم رضایی از انجمن پیوست'],
  ['fa', 'system.joined', 'مریم رضایی', 'مریم رضایی پیوست'],
  ['fa', 'system.admin', null, 'اکنون مدیر هستید'],
]);

describe('right-to-left: an Android notice is a system line with its subtype, not unclassified', () => {
  it.each(RTL.map((c) => [title(c), c] as const))('%s', (_, c) => expectAndroidNotice(c));
});

describe('right-to-left: an iOS notice under the actor’s name adds no false author', () => {
  it.each(RTL.map((c) => [title(c), c] as const))('%s', (_, c) => expectIosNotice(c));
});
