// Issue 16, newer WhatsApp notices in the Latin-script languages of the lexicon (docs/formats.md#whatsapp-lexicon):
// each line, invented in the shape WhatsApp writes, is a system line with its subtype on Android (no
// author) and on iOS (printed under the actor's name), where it adds no false author.
import { describe, it } from 'vitest';
import { NNBSP } from './whatsapp-helpers';
import { cases, expectAndroidNotice, expectIosNotice, title } from './whatsapp-notices-helpers';

const MARTA = `~${NNBSP}Marta`;

const LATIN = cases([
  ['en', 'system.joined_via_link', 'Ana Ruiz', "Ana Ruiz joined using this group's invite link"],
  ['en', 'system.invite_link_reset', 'Ana Ruiz', "Ana Ruiz reset this group's invite link"],
  ['en', 'system.settings_changed', 'Ana Ruiz', 'Ana Ruiz turned on admin approval to join this group'],
  ['en', 'system.unpinned', MARTA, `${MARTA} unpinned a message`],
  ['en', 'system.call_started', 'Ana Ruiz', 'Ana Ruiz started a video call'],
  ['en', 'system.community', 'Ana Ruiz', 'Ana Ruiz joined from the community'],
  ['en', 'system.admin', null, "You're now an admin"],
  ['es', 'system.number_changed', 'Ana Ruiz', 'Ana Ruiz cambió a +51 912 000 111'],
  ['es', 'system.admin', null, 'Ahora eres admin. del grupo'],
  ['es', 'system.blocked', null, 'Bloqueaste a este contacto. Toca para desbloquearlo.'],
  ['es', 'system.description_changed', 'Ana Ruiz', 'Ana Ruiz cambió la descripción del grupo'],
  ['es', 'system.contact', 'Ana Ruiz', 'Ana Ruiz es un contacto.'],
  ['es', 'system.call_started', MARTA, `${MARTA} inició una videollamada`],
  ['pt-BR', 'system.joined_via_link', 'João Lima', 'João Lima entrou usando o link de convite deste grupo'],
  ['pt-BR', 'system.community', 'João Lima', 'João Lima entrou neste grupo através da comunidade'],
  ['pt-BR', 'system.admin', null, 'Você agora é admin'],
  ['pt-BR', 'system.pinned', 'João Lima', 'João Lima fixou uma mensagem'],
  ['pt-PT', 'system.pinned', 'Rui Costa', 'Rui Costa afixou uma mensagem'],
  ['pt-PT', 'system.contact', 'Rui Costa', 'Rui Costa é um contacto'],
  ['pt-PT', 'system.admin', null, 'É agora administrador'],
  ['de', 'system.number_changed', 'Jonas Weber', 'Jonas Weber hat eine neue Telefonnummer. Tippe, um eine Nachricht zu schreiben oder die neue Nummer hinzuzufügen.'],
  ['de', 'system.call_started', 'Jonas Weber', 'Jonas Weber hat einen Videoanruf gestartet.'],
  ['de', 'system.blocked', null, 'Du hast diesen Kontakt blockiert.'],
  ['de', 'system.joined', 'Jonas Weber', 'Jonas Weber ist beigetreten'],
  ['nl', 'system.timer_on', 'Sanne de Vries', 'Sanne de Vries heeft berichten met vervaldatum ingeschakeld'],
  ['nl', 'system.invite_link_reset', 'Sanne de Vries', 'Sanne de Vries heeft de uitnodigingslink van deze groep opnieuw ingesteld'],
  ['nl', 'system.admin', null, 'U bent nu beheerder'],
  ['fr', 'system.number_changed', 'Claire Petit', 'Claire Petit a changé de numéro'],
  ['fr', 'system.joined_via_link', 'Claire Petit', "Claire Petit a rejoint le groupe via le lien d'invitation"],
  ['fr', 'system.unblocked', null, 'Vous avez débloqué ce contact'],
  ['it', 'system.left', 'Luca Bianchi', 'Luca Bianchi è uscito'],
  ['it', 'system.joined_via_link', 'Luca Bianchi', "Luca Bianchi è entrato usando il link d'invito al gruppo"],
  ['it', 'system.blocked', null, 'Hai bloccato questo contatto'],
  ['id', 'system.number_changed', 'Budi Santoso', 'Budi Santoso telah mengganti nomor teleponnya ke nomor baru. Ketuk untuk mengirim pesan atau menambahkan nomor baru.'],
  ['id', 'system.timer_on', 'Budi Santoso', 'Budi Santoso mengaktifkan pesan sementara'],
  ['id', 'system.pinned', 'Budi Santoso', 'Budi Santoso menyematkan pesan'],
  ['tr', 'system.joined_via_link', 'Ayşe Yılmaz', 'Ayşe Yılmaz bu grubun davet bağlantısını kullanarak katıldı'],
  ['tr', 'system.community', 'Ayşe Yılmaz', 'Ayşe Yılmaz topluluktan katıldı'],
  ['tr', 'system.blocked', null, 'Bu kişiyi engellediniz'],
  ['cs', 'system.timer_off', 'Petr Novák', 'Petr Novák vypnul(a) mizející zprávy'],
  ['cs', 'system.pinned', 'Petr Novák', 'Petr Novák připnul(a) zprávu'],
  ['pl', 'system.left', 'Anna Nowak', 'Anna Nowak opuścił(a) grupę'],
  ['pl', 'system.number_changed', 'Anna Nowak', 'Anna Nowak zmienił(a) numer telefonu na nowy. Dotknij, aby wysłać wiadomość'],
  ['sq', 'system.joined_via_link', 'Dritan Hoxha', 'Dritan Hoxha u bashkua duke përdorur lidhjen e ftesës së këtij grupi'],
  ['sq', 'system.number_changed', 'Dritan Hoxha', 'Dritan Hoxha ndryshoi numrin e telefonit me një numër të ri. Trokit për t’i dërguar mesazh.'],
  ['sq', 'system.timer_on', 'Dritan Hoxha', 'Dritan Hoxha aktivizoi mesazhet që zhduken.'],
  ['sq', 'system.pinned', 'Dritan Hoxha', 'Dritan Hoxha fiksoi një mesazh'],
  ['sq', 'system.added', 'Dritan Hoxha', 'Dritan Hoxha shtoi Arta Kola'],
  ['sq', 'system.blocked', null, 'E bllokove këtë kontakt'],
  ['vi', 'system.joined_via_link', 'Nguyễn Văn An', 'Nguyễn Văn An đã tham gia bằng liên kết mời vào nhóm này'],
  ['vi', 'system.removed', 'Nguyễn Văn An', 'Nguyễn Văn An đã xóa Trần Bình khỏi nhóm'],
  ['vi', 'system.pinned', 'Nguyễn Văn An', 'Nguyễn Văn An đã ghim một tin nhắn'],
]);

describe('Latin-script languages: an Android notice is a system line with its subtype, not unclassified', () => {
  it.each(LATIN.map((c) => [title(c), c] as const))('%s', (_, c) => expectAndroidNotice(c));
});

describe('Latin-script languages: an iOS notice under the actor’s name adds no false author', () => {
  it.each(LATIN.map((c) => [title(c), c] as const))('%s', (_, c) => expectIosNotice(c));
});
