import type { Lexicon } from './types';

// Vietnamese. Evidence: docs/formats.md#whatsapp-texts, Tables S1–S3, S5 [device export]. The tone mark of `xóa`
// sits on the o in one export and on the a (`xoá`) in another; NFC keeps them apart, so both tombstones
// are listed in both spellings.
//
// Notice kinds: all 29 of the catalogue (docs/formats.md#whatsapp-lexicon). Backed by an export, the app's
// strings or another parser: encryption; every other notice row is a [translation].
export const vi: Lexicon = {
  lang: 'vi',
  system: [
    { id: 'system.encryption', text: 'Tin nhắn và cuộc gọi được mã hóa đầu cuối. Những người bên ngoài cuộc trò chuyện này, kể cả WhatsApp, sẽ không đọc hoặc nghe được.' },
    { id: 'system.group_created', text: '{X} đã tạo nhóm "{N}"' }, // [translation]
    { id: 'system.added', text: '{X} đã thêm bạn' }, // [translation]
    { id: 'system.added', text: '{X} đã thêm {Y}' }, // [translation]
    { id: 'system.left', text: '{X} đã rời khỏi nhóm' }, // [translation]
    // `{X} đã xóa {Y}` alone would read the own tombstone `Bạn đã xóa tin nhắn này` as a removal.
    { id: 'system.removed', text: '{X} đã xóa {Y} khỏi nhóm' }, // [translation]
    { id: 'system.joined_via_link', text: '{X} đã tham gia bằng liên kết mời vào nhóm này' }, // [translation]
    { id: 'system.subject_changed', text: '{X} đã đổi tên nhóm thành "{N}"' }, // [translation]
    { id: 'system.icon_changed', text: '{X} đã thay đổi biểu tượng của nhóm này' }, // [translation]
    { id: 'system.description_changed', text: '{X} đã thay đổi mô tả nhóm' }, // [translation]
    { id: 'system.admin', text: 'Bạn hiện là quản trị viên' }, // [translation]
    { id: 'system.admin', text: 'Bạn không còn là quản trị viên' }, // [translation]
    { id: 'system.security_code_changed', text: 'Mã bảo mật của bạn với {X} đã thay đổi' }, // [translation]
    { id: 'system.timer_on', text: '{X} đã bật tin nhắn tự hủy' }, // [translation]
    { id: 'system.timer_off', text: '{X} đã tắt tin nhắn tự hủy' }, // [translation]
    { id: 'system.number_changed', text: '{X} đã đổi số điện thoại sang số mới{U}' }, // [translation]
    { id: 'system.invite_link_reset', text: '{X} đã đặt lại liên kết mời vào nhóm này' }, // [translation]
    { id: 'system.pinned', text: '{X} đã ghim một tin nhắn' }, // [translation]
    { id: 'system.contact', text: '{X} là một liên hệ' }, // [translation]
    { id: 'system.blocked', text: 'Bạn đã chặn liên hệ này' }, // [translation]
    { id: 'system.unblocked', text: 'Bạn đã bỏ chặn liên hệ này' }, // [translation]
    { id: 'system.call_started', text: '{X} đã bắt đầu cuộc gọi' }, // [translation]
    { id: 'system.ai', text: 'Chỉ những tin nhắn nhắc đến @Meta AI mới được gửi đến Meta{U}' }, // [translation]
    { id: 'system.joined', text: '{X} đã tham gia' }, // [translation]
    { id: 'system.settings_changed', text: '{X} đã bật phê duyệt của quản trị viên để tham gia nhóm này' }, // [translation]
    { id: 'system.settings_changed', text: '{X} đã tắt phê duyệt của quản trị viên để tham gia nhóm này' }, // [translation]
    { id: 'system.unpinned', text: '{X} đã bỏ ghim một tin nhắn' }, // [translation]
    { id: 'system.business', text: 'Đoạn chat này là với tài khoản doanh nghiệp{U}' }, // [translation]
    { id: 'system.community', text: '{X} đã tham gia từ cộng đồng' }, // [translation]
    { id: 'system.join_requested', text: '{X} đã yêu cầu tham gia' }, // [translation]
  ],
  tombstones: [
    { id: 'deleted.incoming', text: 'Tin nhắn này đã bị xóa.' },
    { id: 'deleted.incoming', text: 'Tin nhắn này đã bị xoá.' }, // the other accent placement (assumed for this row)
    { id: 'deleted.own', text: 'Bạn đã xoá tin nhắn này.' },
    { id: 'deleted.own', text: 'Bạn đã xóa tin nhắn này.' }, // the other accent placement (assumed for this row)
    { id: 'deleted.admin', text: 'Tin nhắn này đã bị quản trị viên xóa' }, // [translation]
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
  editedSuffixes: [
    { id: 'edited', text: '<Tin nhắn này đã được chỉnh sửa>' }, // [translation]
  ],
  listAnd: 'và',
};
