import type { Lexicon } from './types';

// Vietnamese. Evidence: docs/formats.md#whatsapp-texts, Tables S1–S3, S5 [device export]. The tone mark of `xóa`
// sits on the o in one export and on the a (`xoá`) in another; NFC keeps them apart, so both tombstones
// are listed in both spellings.
export const vi: Lexicon = {
  lang: 'vi',
  system: [
    { id: 'system.encryption', text: 'Tin nhắn và cuộc gọi được mã hóa đầu cuối. Những người bên ngoài cuộc trò chuyện này, kể cả WhatsApp, sẽ không đọc hoặc nghe được.' },
  ],
  tombstones: [
    { id: 'deleted.incoming', text: 'Tin nhắn này đã bị xóa.' },
    { id: 'deleted.incoming', text: 'Tin nhắn này đã bị xoá.' }, // the other accent placement (assumed for this row)
    { id: 'deleted.own', text: 'Bạn đã xoá tin nhắn này.' },
    { id: 'deleted.own', text: 'Bạn đã xóa tin nhắn này.' }, // the other accent placement (assumed for this row)
  ],
  mediaOmitted: [
    { id: 'media.omitted', text: 'đã bỏ qua hình ảnh' },
    { id: 'media.omitted', text: 'đã bỏ video' },
    { id: 'media.omitted', text: 'bỏ qua tệp âm thanh' },
    { id: 'media.omitted', text: 'đã bỏ sticker' },
    { id: 'media.omitted', text: 'Đã bỏ qua ảnh GIF' },
    { id: 'contact.omitted', text: 'Bỏ qua thẻ liên lạc' },
    { id: 'media.omitted', text: '{F} • {n} trang đã bỏ qua tài liệu' },
    { id: 'media.omitted', text: '{F} đã bỏ qua tài liệu' },
  ],
  attached: [],
  calls: [],
  locations: [{ id: 'location.pin', text: 'Vị trí: {U}' }],
  polls: [],
  editedSuffixes: [],
};
