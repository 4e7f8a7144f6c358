import type { Lexicon } from './types';

// Indonesian. Evidence: docs/formats.md#whatsapp-texts, Tables S1–S5. Rows are [device export] unless a comment
// names another label.
//
// Notice kinds: all 29 of the catalogue (docs/formats.md#whatsapp-lexicon). Backed by an export, the app's strings
// or another parser: encryption, added, left, number changed, joined via link, security code changed; every other
// notice row is a [translation].
export const id: Lexicon = {
  lang: 'id',
  system: [
    { id: 'system.encryption', text: 'Pesan dan panggilan terenkripsi secara end-to-end. Tidak seorang pun di luar chat ini, termasuk WhatsApp, yang dapat membaca atau mendengarkannya.' },
    { id: 'system.security_code_changed', text: '\u200E\u200EKode keamanan Anda dengan {X} telah berubah. \u200EKetuk untuk info selengkapnya.' },
    // Issue 16: [issue 16] rows have the shape of a device export line quoted there; [parser code] rows come
    // from other parsers' lists; [translation] rows translate the en row of the same id, unverified in an export.
    // Before `{X} menambahkan {Y}`, which would read `… atau menambahkan nomor baru` as an add.
    { id: 'system.number_changed', text: '{X} telah mengganti nomor teleponnya ke nomor baru. Ketuk untuk mengirim pesan atau menambahkan nomor baru' }, // [parser code]
    { id: 'system.added', text: '{X} menambahkan {Y}' }, // [parser code]
    { id: 'system.joined_via_link', text: '{X} telah bergabung menggunakan tautan undangan grup ini' }, // [parser code]
    { id: 'system.left', text: '{X} keluar' }, // [parser code] (three chat readers)
    { id: 'system.removed', text: '{X} mengeluarkan {Y}' }, // [translation]
    { id: 'system.pinned', text: '{X} menyematkan pesan' }, // [translation]
    { id: 'system.blocked', text: 'Anda memblokir kontak ini' }, // [translation]
    { id: 'system.unblocked', text: 'Anda membuka blokir kontak ini' }, // [translation]
    { id: 'system.group_created', text: '{X} membuat grup "{N}"' }, // [translation]
    { id: 'system.added', text: '{X} menambahkan Anda' }, // [translation]
    { id: 'system.subject_changed', text: '{X} mengubah nama grup menjadi "{N}"' }, // [translation]
    { id: 'system.subject_changed', text: '{X} mengubah subjek dari "{N}" menjadi "{N}"' }, // [translation]
    { id: 'system.icon_changed', text: '{X} mengubah ikon grup ini' }, // [translation]
    { id: 'system.description_changed', text: '{X} mengubah deskripsi grup' }, // [translation]
    { id: 'system.admin', text: 'Anda sekarang admin' }, // [translation]
    { id: 'system.admin', text: 'Anda bukan admin lagi' }, // [translation]
    { id: 'system.timer_on', text: '{X} mengaktifkan pesan sementara' }, // [translation]
    { id: 'system.timer_off', text: '{X} menonaktifkan pesan sementara' }, // [translation]
    { id: 'system.number_changed', text: '{X} telah berganti ke {Y}' }, // [translation]
    { id: 'system.invite_link_reset', text: '{X} mengatur ulang tautan undangan grup ini' }, // [translation]
    { id: 'system.settings_changed', text: '{X} mengaktifkan persetujuan admin untuk bergabung ke grup ini' }, // [translation]
    { id: 'system.contact', text: '{X} adalah kontak' }, // [translation]
    { id: 'system.call_started', text: '{X} memulai panggilan' }, // [translation]
    { id: 'system.call_started', text: '{X} memulai panggilan video' }, // [translation]
    { id: 'system.ai', text: 'Hanya pesan yang menyebut @Meta AI yang dikirim ke Meta{U}' }, // [translation]
    { id: 'system.unpinned', text: '{X} melepas sematan pesan' }, // [translation]
    { id: 'system.business', text: 'Chat ini dengan akun bisnis{U}' }, // [translation]
    { id: 'system.community', text: '{X} bergabung dari komunitas' }, // [translation]
    { id: 'system.join_requested', text: '{X} meminta untuk bergabung' }, // [translation]
    { id: 'system.joined', text: '{X} bergabung' }, // [translation]
  ],
  tombstones: [
    { id: 'deleted.incoming', text: 'Pesan ini dihapus.' },
    { id: 'deleted.own', text: 'Anda menghapus pesan ini.' },
    { id: 'deleted.admin', text: 'Pesan ini dihapus oleh admin' }, // [translation]
  ],
  mediaOmitted: [
    { id: 'media.omitted', text: '<Media tidak disertakan>' }, // [Android strings, old]
    { id: 'media.omitted', text: 'gambar tidak disertakan' },
    { id: 'media.omitted', text: 'video tidak disertakan' },
    { id: 'media.omitted', text: 'audio tidak disertakan' },
    { id: 'media.omitted', text: 'stiker tidak disertakan' },
    { id: 'media.omitted', text: 'GIF tidak disertakan' },
    { id: 'contact.omitted', text: 'Kartu kontak tidak disertakan' },
    { id: 'media.omitted', text: '{F} • {n} halaman dokumen tidak disertakan' },
    { id: 'media.omitted', text: '{F} dokumen tidak disertakan' },
  ],
  attached: [
    { id: 'media.attached', text: '<terlampir: {F}>' }, // [iOS strings]
    { id: 'media.attached', text: '{F} <terlampir: {F}>' }, // document line, shape as en (assumed)
  ],
  calls: [],
  locations: [{ id: 'location.pin', text: 'Lokasi: {U}' }],
  polls: [],
  editedSuffixes: [
    { id: 'edited', text: '<Pesan ini diedit>' }, // [translation]
  ],
  exporterWords: ['anda', 'kamu'],
  listAnd: 'dan',
};
