import type { Lexicon } from './types';

// Russian. Evidence: docs/formats.md#whatsapp-texts, Tables S1–S5. Rows are [device export] unless a comment
// names another label.
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
  calls: [{ id: 'call.missed_voice', text: 'Пропущенный аудиозвонок' }],
  locations: [
    // Android `местоположение: …`, iOS `Местоположение: …`: one row, matching ignores case.
    { id: 'location.pin', text: 'местоположение: {U}' },
    { id: 'location.live', text: 'Геоданные отправлены' }, // [Android strings, old]
  ],
  polls: [{ id: 'poll', text: 'ОПРОС:' }], // [parser: tijmenroes/whatsapp-chat-visualiser] (unverified)
  editedSuffixes: [],
};
