import type { Lexicon } from './types';

// Russian. Evidence: docs/formats.md#whatsapp-texts, Tables S1–S5. Rows are [device export] unless a comment
// names another label.
//
// Notice kinds: all 29 of the catalogue (docs/formats.md#whatsapp-lexicon). Backed by an export, the app's
// strings or another parser: encryption, group created, added, left, removed, subject changed, icon changed,
// timer on, timer off, security code changed, admin deletion; every other notice row is a [translation].
export const ru: Lexicon = {
  lang: 'ru',
  system: [
    { id: 'system.encryption', text: 'Сообщения и звонки защищены сквозным шифрованием. Третьи лица, включая WhatsApp, не\u00A0могут прочитать ваши сообщения или прослушать звонки.' },
    { id: 'system.encryption', text: 'Сообщения и звонки защищены сквозным шифрованием. Третьи лица, включая WhatsApp, не\u00A0могут прочитать ваши сообщения или прослушать звонки. Нажмите, чтобы узнать подробнее.' },
    // Table S4 [iOS strings]
    { id: 'system.group_created', text: '{X} создал(-а) группу “{N}”' },
    { id: 'system.added', text: '{X} добавил(-а) вас' },
    { id: 'system.left', text: '{X} покинул(-а) группу' },
    { id: 'system.removed', text: '{X} удалил(-а) {Y}' },
    { id: 'system.icon_changed', text: '{X} изменил(-а) картинку группы' },
    { id: 'system.security_code_changed', text: '\u200E\u200EВаш код безопасности с контактом {X} изменился. \u200EПодробнее.' },
    { id: 'system.timer_on', text: '{X} включил(-а) исчезающие сообщения.' },
    { id: 'system.timer_off', text: '{X} отключил(-а) исчезающие сообщения.' },
    { id: 'system.added', text: '{X} добавил(-а) {Y}' }, // [translation]
    { id: 'system.joined_via_link', text: '{X} присоединился(-ась) к группе по ссылке-приглашению' }, // [translation]
    { id: 'system.joined', text: '{X} присоединился(-ась)' }, // [translation]
    { id: 'system.number_changed', text: '{X} изменил(-а) свой номер телефона на новый{U}' }, // [translation]
    { id: 'system.number_changed', text: '{X} сменил(-а) номер на {Y}' }, // [translation]
    { id: 'system.subject_changed', text: '{X} изменил(-а) название группы на "{N}"' }, // [parser code] (the end assumed)
    { id: 'system.subject_changed', text: '{X} изменил(-а) тему с "{N}" на "{N}"' }, // [translation]
    { id: 'system.description_changed', text: '{X} изменил(-а) описание группы' }, // [translation]
    { id: 'system.admin', text: 'Теперь вы админ' }, // [translation]
    { id: 'system.admin', text: 'Вы больше не админ' }, // [translation]
    { id: 'system.invite_link_reset', text: '{X} сбросил(-а) ссылку-приглашение в эту группу' }, // [translation]
    { id: 'system.settings_changed', text: '{X} включил(-а) одобрение админом для вступления в группу' }, // [translation]
    { id: 'system.pinned', text: '{X} закрепил(-а) сообщение' }, // [translation]
    { id: 'system.contact', text: '{X} есть в ваших контактах' }, // [translation]
    { id: 'system.blocked', text: 'Вы заблокировали этот контакт' }, // [translation]
    { id: 'system.unblocked', text: 'Вы разблокировали этот контакт' }, // [translation]
    { id: 'system.call_started', text: '{X} начал(-а) звонок' }, // [translation]
    { id: 'system.call_started', text: '{X} начал(-а) видеозвонок' }, // [translation]
    { id: 'system.ai', text: 'Только сообщения с упоминанием @Meta AI отправляются в Meta{U}' }, // [translation]
    { id: 'system.unpinned', text: '{X} открепил(-а) сообщение' }, // [translation]
    { id: 'system.business', text: 'Это чат с бизнес-аккаунтом{U}' }, // [translation]
    { id: 'system.community', text: '{X} присоединился(-ась) из сообщества' }, // [translation]
    { id: 'system.join_requested', text: '{X} отправил(-а) запрос на вступление' }, // [translation]
  ],
  tombstones: [
    { id: 'deleted.incoming', text: 'Данное сообщение удалено' },
    { id: 'deleted.own', text: 'Вы удалили данное сообщение' },
    { id: 'deleted.admin', text: 'Данное сообщение удалено админом.' },
  ],
  mediaOmitted: [
    { id: 'media.omitted', text: '<Без медиафайлов>' },
    { id: 'media.omitted', text: '<Файл пропущен>' }, // [Android strings, old]
    { id: 'media.omitted', text: 'изображение отсутствует' },
    { id: 'media.omitted', text: 'видео отсутствует' },
    { id: 'media.omitted', text: 'аудиофайл отсутствует' },
    { id: 'media.omitted', text: 'стикер не добавлен' },
    { id: 'media.omitted', text: 'GIF отсутствует' },
    { id: 'contact.omitted', text: 'Карточка контакта отсутствует' },
    { id: 'media.omitted', text: '{F} • {n} страницы документ отсутствует' },
    { id: 'media.omitted', text: '{F} документ отсутствует' },
  ],
  attached: [
    { id: 'media.attached', text: '{F} (файл добавлен)' },
    { id: 'media.attached', text: '<прикреплено: {F}>' }, // [iOS strings]
    { id: 'media.attached', text: '{F} <прикреплено: {F}>' }, // document line, shape as en (assumed)
  ],
  calls: [
    { id: 'call.missed_voice', text: 'Пропущенный аудиозвонок' },
    { id: 'call.missed_video', text: 'Пропущенный видеозвонок' }, // [parser code]
  ],
  locations: [
    // Android `местоположение: …`, iOS `Местоположение: …`: one row, matching ignores case.
    { id: 'location.pin', text: 'местоположение: {U}' },
    { id: 'location.live', text: 'Геоданные отправлены' }, // [Android strings, old]
  ],
  polls: [{ id: 'poll', text: 'ОПРОС:' }], // [parser: tijmenroes/whatsapp-chat-visualiser] (unverified)
  editedSuffixes: [
    { id: 'edited', text: '<Сообщение изменено>' }, // [translation]
  ],
  exporterWords: ['вы', 'вас'],
  listAnd: 'и',
};
