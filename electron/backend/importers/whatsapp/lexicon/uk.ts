import type { Lexicon } from './types';

// Ukrainian. Evidence: docs/formats.md#whatsapp-texts, Tables S1–S3, S5 [device export] unless a comment names
// another label.
export const uk: Lexicon = {
  lang: 'uk',
  system: [
    { id: 'system.encryption', text: 'Повідомлення й дзвінки захищено наскрізним шифруванням. Прочитати чи прослухати їх не зможе жодна стороння особа, навіть із WhatsApp.' },
  ],
  tombstones: [
    { id: 'deleted.incoming', text: 'Це повідомлення було видалено.' },
    { id: 'deleted.own', text: 'Ви видалили це повідомлення.' },
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
  editedSuffixes: [],
};
