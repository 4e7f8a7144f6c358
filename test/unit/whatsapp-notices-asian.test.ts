// Issue 16, newer WhatsApp notices in Hindi, Thai, Japanese, Korean and Chinese (docs/formats.md#whatsapp-lexicon),
// scripts where the name runs into the notice without a space (`田中が参加しました`). Lines invented in the
// shapes the app writes: Android without an author, iOS under the actor's name.
import { describe, it } from 'vitest';
import { cases, expectAndroidNotice, expectIosNotice, title } from './whatsapp-notices-helpers';

const ASIAN = cases([
  ['hi', 'system.added', 'राहुल शर्मा', 'राहुल शर्मा ने प्रिया वर्मा को जोड़ा'],
  ['hi', 'system.pinned', 'राहुल शर्मा', 'राहुल शर्मा ने एक मैसेज पिन किया'],
  ['hi', 'system.community', 'राहुल शर्मा', 'राहुल शर्मा कम्युनिटी से जुड़े'],
  ['hi', 'system.blocked', null, 'आपने इस कॉन्टैक्ट को ब्लॉक किया'],
  ['th', 'system.added', 'สมชาย ใจดี', 'สมชาย ใจดี เพิ่ม สมหญิง'],
  ['th', 'system.pinned', 'สมชาย ใจดี', 'สมชาย ใจดี ปักหมุดข้อความ'],
  ['th', 'system.timer_on', 'สมชาย ใจดี', 'สมชาย ใจดี เปิดข้อความที่หายไป'],
  ['ja', 'system.joined_via_link', '田中', '田中がこのグループの招待リンクから参加しました'],
  ['ja', 'system.joined', '田中', '田中が参加しました'],
  ['ja', 'system.left', '田中', '田中が退出しました'],
  ['ja', 'system.number_changed', '田中', '田中が電話番号を変更しました'],
  ['ja', 'system.blocked', null, 'この連絡先をブロックしました。'],
  ['ko', 'system.added', '김민수', '김민수님이 이지은님을 추가했습니다'],
  ['ko', 'system.left', '김민수', '김민수님이 나갔습니다'],
  ['ko', 'system.timer_off', '김민수', '김민수님이 사라지는 메시지를 껐습니다'],
  ['zh-Hans', 'system.joined_via_link', '王伟', '王伟通过群邀请链接加入'],
  ['zh-Hans', 'system.removed', '王伟', '王伟移除了李娜'],
  ['zh-Hans', 'system.unpinned', '王伟', '王伟取消置顶了一条消息'],
  ['zh-Hans', 'system.pinned', '王伟', '王伟置顶了一条消息'],
  ['zh-Hant', 'system.joined_via_link', '陳小明', '陳小明透過群組邀請連結加入'],
  ['zh-Hant', 'system.added', '陳小明', '陳小明新增了林美玲'],
  ['zh-Hant', 'system.blocked', null, '你已封鎖此聯絡人'],
]);

describe('Hindi, Thai and CJK: an Android notice is a system line with its subtype, not unclassified', () => {
  it.each(ASIAN.map((c) => [title(c), c] as const))('%s', (_, c) => expectAndroidNotice(c));
});

describe('Hindi, Thai and CJK: an iOS notice under the actor’s name adds no false author', () => {
  it.each(ASIAN.map((c) => [title(c), c] as const))('%s', (_, c) => expectIosNotice(c));
});
