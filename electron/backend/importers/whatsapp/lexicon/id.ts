import type { Lexicon } from './types';

// Indonesian. Evidence: docs/formats.md#whatsapp-texts, Tables S1–S5. Rows are [device export] unless a comment
// names another label.
export const id: Lexicon = {
  lang: 'id',
  system: [
    { id: 'system.encryption', text: 'Pesan dan panggilan terenkripsi secara end-to-end. Tidak seorang pun di luar chat ini, termasuk WhatsApp, yang dapat membaca atau mendengarkannya.' },
    { id: 'system.security_code_changed', text: '\u200E\u200EKode keamanan Anda dengan {X} telah berubah. \u200EKetuk untuk info selengkapnya.' },
    // Issue 16: [issue 16] rows have the shape of a device export line quoted there; [parser code] rows come
    // from other parsers' lists; [translation] rows translate the en row of the same id, unverified in an export.
    { id: 'system.added', text: '{X} menambahkan {Y}' }, // [parser code]
    { id: 'system.joined_via_link', text: '{X} telah bergabung menggunakan tautan undangan grup ini' }, // [parser code]
    { id: 'system.number_changed', text: '{X} telah mengganti nomor teleponnya ke nomor baru. Ketuk untuk mengirim pesan atau menambahkan nomor baru' }, // [parser code]
    { id: 'system.left', text: '{X} keluar' }, // [translation]
    { id: 'system.removed', text: '{X} mengeluarkan {Y}' }, // [translation]
    { id: 'system.pinned', text: '{X} menyematkan pesan' }, // [translation]
    { id: 'system.blocked', text: 'Anda memblokir kontak ini' }, // [translation]
    { id: 'system.unblocked', text: 'Anda membuka blokir kontak ini' }, // [translation]
  ],
  tombstones: [
    { id: 'deleted.incoming', text: 'Pesan ini dihapus.' },
    { id: 'deleted.own', text: 'Anda menghapus pesan ini.' },
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
  editedSuffixes: [],
};
