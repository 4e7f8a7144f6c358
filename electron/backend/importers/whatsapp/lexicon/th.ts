import type { Lexicon } from './types';

// Thai. Evidence: docs/formats.md#whatsapp-texts, Tables S1–S3, S5 [device export].
export const th: Lexicon = {
  lang: 'th',
  system: [
    { id: 'system.encryption', text: 'ข้อความและการโทรได้รับการเข้ารหัสจากต้นทางถึงปลายทาง ผู้ที่ไม่ได้อยู่ในแชทนี้จะไม่สามารถอ่านหรือฟังได้แม้แต่ WhatsApp เอง' },
  ],
  tombstones: [
    { id: 'deleted.incoming', text: 'ข้อความนี้ถูกลบแล้ว' },
    { id: 'deleted.own', text: 'คุณได้ลบข้อความนี้' },
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
  editedSuffixes: [],
};
