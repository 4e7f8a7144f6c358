// Issue 16, newer WhatsApp notices in Russian and Ukrainian (docs/formats.md#whatsapp-lexicon): Android lines
// without an author and iOS lines under the actor's name are system lines with their subtype, with no
// false author. The lines are invented in the shapes the app writes.
import { describe, it } from 'vitest';
import { cases, expectAndroidNotice, expectIosNotice, title } from './whatsapp-notices-helpers';

const CYRILLIC = cases([
  ['ru', 'system.added', 'Иван Петров', 'Иван Петров добавил(-а) Ольга Смирнова'],
  ['ru', 'system.joined_via_link', 'Иван Петров', 'Иван Петров присоединился(-ась) к группе по ссылке-приглашению'],
  ['ru', 'system.number_changed', 'Иван Петров', 'Иван Петров изменил(-а) свой номер телефона на новый. Нажмите, чтобы написать'],
  ['ru', 'system.pinned', 'Иван Петров', 'Иван Петров закрепил(-а) сообщение'],
  ['ru', 'system.timer_on', 'Иван Петров', 'Иван Петров включил(-а) исчезающие сообщения.'],
  ['ru', 'system.blocked', null, 'Вы заблокировали этот контакт'],
  ['ru', 'system.admin', null, 'Теперь вы админ'],
  ['uk', 'system.added', 'Оксана Бойко', 'Оксана Бойко додав(-ла) Тарас Шевчук'],
  ['uk', 'system.left', 'Оксана Бойко', 'Оксана Бойко вийшов(-ла)'],
  ['uk', 'system.joined_via_link', 'Оксана Бойко', 'Оксана Бойко приєднався(-лася) за посиланням-запрошенням до цієї групи'],
  ['uk', 'system.timer_off', 'Оксана Бойко', 'Оксана Бойко вимкнув(-ла) зникаючі повідомлення'],
  ['uk', 'system.unblocked', null, 'Ви розблокували цей контакт'],
]);

describe('Cyrillic: an Android notice is a system line with its subtype, not unclassified', () => {
  it.each(CYRILLIC.map((c) => [title(c), c] as const))('%s', (_, c) => expectAndroidNotice(c));
});

describe('Cyrillic: an iOS notice under the actor’s name adds no false author', () => {
  it.each(CYRILLIC.map((c) => [title(c), c] as const))('%s', (_, c) => expectIosNotice(c));
});
