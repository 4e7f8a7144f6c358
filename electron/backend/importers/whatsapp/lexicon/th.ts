import type { Lexicon } from './types';

// Thai. Evidence: docs/formats.md#whatsapp-texts, Tables S1–S3, S5 [device export].
//
// Notice kinds: all 29 of the catalogue (docs/formats.md#whatsapp-lexicon). Backed by an export, the app's
// strings or another parser: encryption; every other notice row is a [translation].
export const th: Lexicon = {
  lang: 'th',
  system: [
    { id: 'system.encryption', text: 'ข้อความและการโทรได้รับการเข้ารหัสจากต้นทางถึงปลายทาง ผู้ที่ไม่ได้อยู่ในแชทนี้จะไม่สามารถอ่านหรือฟังได้แม้แต่ WhatsApp เอง' },
    { id: 'system.group_created', text: '{X} สร้างกลุ่ม "{N}"' }, // [translation]
    { id: 'system.added', text: '{X} เพิ่มคุณ' }, // [translation]
    { id: 'system.added', text: '{X} เพิ่ม {Y}' }, // [translation]
    { id: 'system.left', text: '{X} ออกจากกลุ่มแล้ว' }, // [translation]
    { id: 'system.removed', text: '{X} นำ {Y} ออก' }, // [translation]
    { id: 'system.joined_via_link', text: '{X} เข้าร่วมโดยใช้ลิงก์คำเชิญของกลุ่มนี้' }, // [translation]
    { id: 'system.subject_changed', text: '{X} เปลี่ยนชื่อกลุ่มเป็น "{N}"' }, // [translation]
    { id: 'system.icon_changed', text: '{X} เปลี่ยนไอคอนของกลุ่มนี้' }, // [translation]
    { id: 'system.description_changed', text: '{X} เปลี่ยนคำอธิบายกลุ่ม' }, // [translation]
    { id: 'system.admin', text: 'ตอนนี้คุณเป็นผู้ดูแลแล้ว' }, // [translation]
    { id: 'system.admin', text: 'คุณไม่ได้เป็นผู้ดูแลอีกต่อไป' }, // [translation]
    { id: 'system.security_code_changed', text: 'รหัสความปลอดภัยของคุณกับ {X} เปลี่ยนแปลงแล้ว' }, // [translation]
    { id: 'system.timer_on', text: '{X} เปิดข้อความที่หายไป' }, // [translation]
    { id: 'system.timer_off', text: '{X} ปิดข้อความที่หายไป' }, // [translation]
    { id: 'system.number_changed', text: '{X} เปลี่ยนหมายเลขโทรศัพท์เป็นหมายเลขใหม่{U}' }, // [translation]
    { id: 'system.invite_link_reset', text: '{X} รีเซ็ตลิงก์คำเชิญของกลุ่มนี้' }, // [translation]
    { id: 'system.pinned', text: '{X} ปักหมุดข้อความ' }, // [translation]
    { id: 'system.contact', text: '{X} เป็นผู้ติดต่อ' }, // [translation]
    { id: 'system.blocked', text: 'คุณบล็อกผู้ติดต่อนี้' }, // [translation]
    { id: 'system.unblocked', text: 'คุณเลิกบล็อกผู้ติดต่อนี้' }, // [translation]
    { id: 'system.call_started', text: '{X} เริ่มการโทร' }, // [translation]
    { id: 'system.ai', text: 'เฉพาะข้อความที่กล่าวถึง @Meta AI เท่านั้นที่จะถูกส่งไปยัง Meta{U}' }, // [translation]
    { id: 'system.joined', text: '{X} เข้าร่วมแล้ว' }, // [translation]
    { id: 'system.settings_changed', text: '{X} เปิดการอนุมัติจากผู้ดูแลเพื่อเข้าร่วมกลุ่มนี้' }, // [translation]
    { id: 'system.settings_changed', text: '{X} ปิดการอนุมัติจากผู้ดูแลเพื่อเข้าร่วมกลุ่มนี้' }, // [translation]
    { id: 'system.unpinned', text: '{X} เลิกปักหมุดข้อความ' }, // [translation]
    { id: 'system.business', text: 'แชทนี้เป็นแชทกับบัญชีธุรกิจ{U}' }, // [translation]
    { id: 'system.community', text: '{X} เข้าร่วมจากชุมชน' }, // [translation]
    { id: 'system.join_requested', text: '{X} ขอเข้าร่วม' }, // [translation]
  ],
  tombstones: [
    { id: 'deleted.incoming', text: 'ข้อความนี้ถูกลบแล้ว' },
    { id: 'deleted.own', text: 'คุณได้ลบข้อความนี้' },
    { id: 'deleted.admin', text: 'ข้อความนี้ถูกลบโดยผู้ดูแล' }, // [translation]
  ],
  mediaOmitted: [
    { id: 'media.omitted', text: 'ไม่มีรูปภาพ' },
    // Literally "video deleted", but a media placeholder, never a tombstone (docs/formats.md#whatsapp-texts, traps).
    { id: 'media.omitted', text: 'วิดีโอถูกลบ' },
    { id: 'media.omitted', text: 'ไม่มีไฟล์เสียง' },
    { id: 'media.omitted', text: 'ไม่มีสติกเกอร์' },
    { id: 'media.omitted', text: 'ละเว้น GIF' },
    { id: 'contact.omitted', text: 'บัตรรายชื่อที่ละเว้น' },
    { id: 'media.omitted', text: '{F} • {n} หน้า ละเว้นเอกสาร' },
    { id: 'media.omitted', text: '{F} ละเว้นเอกสาร' },
  ],
  attached: [],
  calls: [],
  locations: [{ id: 'location.pin', text: 'ตำแหน่งที่ตั้ง: {U}' }],
  polls: [],
  editedSuffixes: [
    { id: 'edited', text: '<ข้อความนี้ถูกแก้ไขแล้ว>' }, // [translation]
  ],
  listAnd: 'และ',
};
