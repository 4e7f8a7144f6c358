import type { Lexicon } from './types';

// Turkish. Evidence: docs/formats.md#whatsapp-texts [iOS strings]; the Android placeholder is [Android strings, old].
//
// Notice kinds: all 29 of the catalogue (docs/formats.md#whatsapp-lexicon). Backed by an export, the app's strings
// or another parser: encryption, group created, added, left, subject changed, icon changed; every other notice row
// is a [translation].
export const tr: Lexicon = {
  lang: 'tr',
  system: [
    { id: 'system.encryption', text: 'Mesajlar ve aramalar uçtan uca şifrelidir. Yalnızca bu sohbetteki kişiler bu içerikleri okuyabilir, dinleyebilir veya paylaşabilir.' }, // [device export] quoted in mtln/chat-export#16
    { id: 'system.encryption', text: 'Mesajlar ve aramalar uçtan uca şifrelidir{U}' }, // [translation]
    { id: 'system.group_created', text: '{X}, "{N}" grubunu oluşturdu' }, // [parser code] (the start assumed)
    { id: 'system.group_created', text: '{X} bu grubu oluşturdu' }, // [device export] quoted in mtln/chat-export#16
    { id: 'system.added', text: '{X} sizi ekledi' }, // [device export] quoted in mtln/chat-export#16
    { id: 'system.added', text: '{X}, {Y} kişisini ekledi' }, // [translation]
    { id: 'system.left', text: '{X} gruptan ayrıldı' }, // [parser code]
    { id: 'system.left', text: '{X} ayrıldı' }, // [translation]
    { id: 'system.removed', text: '{X}, {Y} kişisini çıkardı' }, // [translation]
    { id: 'system.joined_via_link', text: '{X} bu grubun davet bağlantısını kullanarak katıldı' }, // [translation]
    { id: 'system.subject_changed', text: '{X} grup adını "{N}" olarak değiştirdi' }, // [device export] quoted in mtln/chat-export#16
    { id: 'system.icon_changed', text: '{X} bu grubun simgesini değiştirdi' }, // [device export] quoted in mtln/chat-export#16
    { id: 'system.description_changed', text: '{X} grup açıklamasını değiştirdi' }, // [translation]
    { id: 'system.admin', text: 'Artık yöneticisiniz' }, // [translation]
    { id: 'system.admin', text: 'Artık yönetici değilsiniz' }, // [translation]
    { id: 'system.security_code_changed', text: '{X} ile güvenlik kodunuz değişti' }, // [translation]
    { id: 'system.timer_on', text: '{X} süreli mesajları açtı' }, // [translation]
    { id: 'system.timer_off', text: '{X} süreli mesajları kapattı' }, // [translation]
    { id: 'system.number_changed', text: '{X} telefon numarasını yeni bir numarayla değiştirdi{U}' }, // [translation]
    { id: 'system.invite_link_reset', text: '{X} bu grubun davet bağlantısını sıfırladı' }, // [translation]
    { id: 'system.pinned', text: '{X} bir mesajı sabitledi' }, // [translation]
    { id: 'system.contact', text: '{X} bir kişidir' }, // [translation]
    { id: 'system.blocked', text: 'Bu kişiyi engellediniz' }, // [translation]
    { id: 'system.unblocked', text: 'Bu kişinin engelini kaldırdınız' }, // [translation]
    { id: 'system.call_started', text: '{X} bir arama başlattı' }, // [translation]
    { id: 'system.ai', text: "Yalnızca @Meta AI'dan bahseden mesajlar Meta'ya gönderilir{U}" }, // [translation]
    { id: 'system.settings_changed', text: '{X} bu gruba katılım için yönetici onayını açtı' }, // [translation]
    { id: 'system.settings_changed', text: '{X} bu gruba katılım için yönetici onayını kapattı' }, // [translation]
    { id: 'system.unpinned', text: '{X} bir mesajın sabitlemesini kaldırdı' }, // [translation]
    { id: 'system.business', text: 'Bu sohbet bir işletme hesabıyla yapılıyor{U}' }, // [translation]
    { id: 'system.community', text: '{X} topluluktan katıldı' }, // [translation]
    { id: 'system.joined', text: '{X} katıldı' }, // [translation]
    { id: 'system.join_requested', text: '{X} katılma isteği gönderdi' }, // [translation]
  ],
  tombstones: [
    { id: 'deleted.incoming', text: 'Bu mesaj silindi.' },
    { id: 'deleted.own', text: 'Bu mesajı sildiniz.' },
    { id: 'deleted.admin', text: 'Bu mesaj bir yönetici tarafından silindi' }, // [translation]
  ],
  mediaOmitted: [
    { id: 'media.omitted', text: '<Medya atlanmış>' }, // [Android strings, old]
    { id: 'media.omitted', text: 'görüntü dahil edilmedi' },
  ],
  attached: [
    // The file name comes first and there is no colon (docs/formats.md#whatsapp-known-failures).
    { id: 'media.attached', text: '<{F} eklendi>' },
    { id: 'media.attached', text: '{F} <{F} eklendi>' }, // document line, shape as en (assumed)
  ],
  calls: [],
  locations: [],
  polls: [],
  editedSuffixes: [
    { id: 'edited', text: '<Bu mesaj düzenlendi>' }, // [translation]
  ],
  exporterWords: ['siz', 'sen'],
  listAnd: 've',
};
