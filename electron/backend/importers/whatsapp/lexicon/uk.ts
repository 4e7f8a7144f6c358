import type { Lexicon } from './types';

// Ukrainian. Evidence: docs/formats.md#whatsapp-texts, Tables S1–S3, S5 [device export] unless a comment names
// another label.
//
// Notice kinds: all 29 of the catalogue (docs/formats.md#whatsapp-lexicon). Backed by an export, the app's
// strings or another parser: encryption; every other notice row is a [translation].
export const uk: Lexicon = {
  lang: 'uk',
  system: [
    { id: 'system.encryption', text: 'Повідомлення й дзвінки захищено наскрізним шифруванням. Прочитати чи прослухати їх не зможе жодна стороння особа, навіть із WhatsApp.' },
    { id: 'system.group_created', text: '{X} створив(-ла) групу "{N}"' }, // [translation]
    { id: 'system.added', text: '{X} додав(-ла) вас' }, // [translation]
    { id: 'system.added', text: '{X} додав(-ла) {Y}' }, // [translation]
    { id: 'system.left', text: '{X} вийшов(-ла)' }, // [translation]
    { id: 'system.removed', text: '{X} видалив(-ла) {Y}' }, // [translation]
    { id: 'system.joined_via_link', text: '{X} приєднався(-лася) за посиланням-запрошенням до цієї групи' }, // [translation]
    { id: 'system.subject_changed', text: '{X} змінив(-ла) назву групи на "{N}"' }, // [translation]
    { id: 'system.icon_changed', text: '{X} змінив(-ла) зображення групи' }, // [translation]
    { id: 'system.description_changed', text: '{X} змінив(-ла) опис групи' }, // [translation]
    { id: 'system.admin', text: 'Тепер ви адміністратор' }, // [translation]
    { id: 'system.admin', text: 'Ви більше не адміністратор' }, // [translation]
    { id: 'system.security_code_changed', text: 'Ваш код безпеки з {X} змінився' }, // [translation]
    { id: 'system.timer_on', text: '{X} увімкнув(-ла) зникаючі повідомлення' }, // [translation]
    { id: 'system.timer_off', text: '{X} вимкнув(-ла) зникаючі повідомлення' }, // [translation]
    { id: 'system.number_changed', text: '{X} змінив(-ла) номер телефону на новий{U}' }, // [translation]
    { id: 'system.invite_link_reset', text: '{X} скинув(-ла) посилання-запрошення до цієї групи' }, // [translation]
    { id: 'system.pinned', text: '{X} закріпив(-ла) повідомлення' }, // [translation]
    { id: 'system.contact', text: '{X} є вашим контактом' }, // [translation]
    { id: 'system.blocked', text: 'Ви заблокували цей контакт' }, // [translation]
    { id: 'system.unblocked', text: 'Ви розблокували цей контакт' }, // [translation]
    { id: 'system.call_started', text: '{X} розпочав(-ла) дзвінок' }, // [translation]
    { id: 'system.ai', text: 'Лише повідомлення зі згадкою @Meta AI надсилаються в Meta{U}' }, // [translation]
    { id: 'system.joined', text: '{X} приєднався(-лася)' }, // [translation]
    { id: 'system.settings_changed', text: '{X} увімкнув(-ла) схвалення адміністратором для приєднання до цієї групи' }, // [translation]
    { id: 'system.settings_changed', text: '{X} вимкнув(-ла) схвалення адміністратором для приєднання до цієї групи' }, // [translation]
    { id: 'system.unpinned', text: '{X} відкріпив(-ла) повідомлення' }, // [translation]
    { id: 'system.business', text: 'Це чат із бізнес-акаунтом{U}' }, // [translation]
    { id: 'system.community', text: '{X} приєднався(-лася) зі спільноти' }, // [translation]
    { id: 'system.join_requested', text: '{X} надіслав(-ла) запит на приєднання' }, // [translation]
  ],
  tombstones: [
    { id: 'deleted.incoming', text: 'Це повідомлення було видалено.' },
    { id: 'deleted.own', text: 'Ви видалили це повідомлення.' },
    { id: 'deleted.admin', text: 'Це повідомлення видалив адміністратор' }, // [translation]
  ],
  mediaOmitted: [
    { id: 'media.omitted', text: 'зображення відсутнє' },
    { id: 'media.omitted', text: 'відео відсутнє' },
    { id: 'media.omitted', text: 'аудіо відсутнє' },
    { id: 'media.omitted', text: 'Наклейку не додано' },
    { id: 'media.omitted', text: 'GIF-анімацію пропущено' },
    { id: 'contact.omitted', text: 'Картка контакту відсутня' },
    { id: 'media.omitted', text: '{F} • {n} сторінки документ пропущено' },
    { id: 'media.omitted', text: '{F} документ пропущено' },
  ],
  attached: [
    { id: 'media.attached', text: '<додано: {F}>' }, // [iOS strings]
    { id: 'media.attached', text: '{F} <додано: {F}>' }, // document line, shape as en (assumed)
  ],
  calls: [],
  locations: [{ id: 'location.pin', text: 'Розташування: {U}' }],
  polls: [],
  editedSuffixes: [
    { id: 'edited', text: '<Це повідомлення відредаговано>' }, // [translation]
  ],
  exporterWords: ['ви', 'вас'],
  listAnd: 'і',
};
