// docs/formats.md#whatsapp-authors and #whatsapp-texts, tables S1 and S4: WhatsApp's own notices. Authorless lines, the iOS
// pseudo-author lines that must become system lines with no author, and unknown authorless text,
// which is 'unclassified' and never an error.
import { describe, expect, it } from 'vitest';
import { Classifier } from '../../electron/backend/importers/whatsapp/classify';
import { LEXICONS } from '../../electron/backend/importers/whatsapp/lexicon';
import { LRM, NBSP, parseText } from './whatsapp-helpers';

const classifier = new Classifier(LEXICONS);

const S1: [string, string][] = [
  ['en', 'Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.'],
  ['en', 'Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.'],
  ['en', 'Messages and calls are end-to-end encrypted. Only people in this chat can read, listen to, or share them.'],
  ['en', 'Messages and calls are end-to-end encrypted. Only people in this chat can read, listen to, or share them. Learn more.'],
  ['en', 'Messages to this group are now secured with end-to-end encryption. Tap for more info.'],
  ['en', 'Messages you send to this group are now secured with end-to-end encryption. Tap for more info.'],
  ['en', 'Messages to this group are now secured with end-to-end encryption.'],
  ['de', 'Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt. Niemand außerhalb dieses Chats kann sie lesen oder anhören, nicht einmal WhatsApp.'],
  ['de', 'Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt. Niemand außerhalb dieses Chats kann sie lesen oder anhören, nicht einmal WhatsApp. Tippe, um mehr zu erfahren.'],
  ['de', 'Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt. Nur Personen in diesem Chat können sie lesen, anhören oder teilen.'],
  ['fr', 'Les messages et les appels sont chiffrés de bout en bout. Aucun tiers, pas même WhatsApp, ne peut les lire ou les écouter.'],
  ['nl', 'Berichten en oproepen worden end-to-end versleuteld. Niemand buiten deze chat kan ze lezen of beluisteren, zelfs WhatsApp niet. Tik voor meer informatie.'],
  ['es', 'Los mensajes y las llamadas están cifrados de extremo a extremo. Nadie fuera de este chat, ni siquiera WhatsApp, puede leerlos ni escucharlos.'],
  ['es', 'Los mensajes y las llamadas están cifrados de extremo a extremo. Solo las personas en este chat pueden leerlos, escucharlos o compartirlos.'],
  ['it', 'I messaggi e le chiamate sono crittografati end-to-end. Nessuno al di fuori di questa chat, nemmeno WhatsApp, può leggerne o ascoltarne il contenuto.'],
  ['pt-PT', 'As mensagens e chamadas são encriptadas ponto a ponto. Ninguém fora desta conversa, nem mesmo o WhatsApp, pode ler ou ouvi-las.'],
  ['pt-BR', 'As mensagens e as chamadas são protegidas com a criptografia de ponta a ponta e ficam somente entre você e os participantes desta conversa.'],
  ['ru', `Сообщения и звонки защищены сквозным шифрованием. Третьи лица, включая WhatsApp, не${NBSP}могут прочитать ваши сообщения или прослушать звонки.`],
  ['ru', `Сообщения и звонки защищены сквозным шифрованием. Третьи лица, включая WhatsApp, не${NBSP}могут прочитать ваши сообщения или прослушать звонки. Нажмите, чтобы узнать подробнее.`],
  ['uk', 'Повідомлення й дзвінки захищено наскрізним шифруванням. Прочитати чи прослухати їх не зможе жодна стороння особа, навіть із WhatsApp.'],
  ['cs', 'Zprávy a hovory jsou zabezpečeny koncovým šifrováním. Nikdo, kdo není přímým účastníkem této konverzace, ji nemůže sledovat ani poslouchat. Dokonce ani WhatsApp. Další informace zobrazíte klepnutím.'],
  ['ar', 'الرسائل والمكالمات مشفرة تمامًا بين الطرفين، بحيث لا يستطيع أحد خارج هذه الدردشة، ولا حتى شركة واتساب نفسها، قراءتها أو الاستماع إليها.'],
  ['hi', 'मैसेजेस और कॉल्स एंड-टू-एंड एन्क्रिप्टेड हैं. इस चैट में शामिल लोगों के अलावा कोई भी इन्हें पढ़ या सुन नहीं सकता, WhatsApp भी नहीं.'],
  ['id', 'Pesan dan panggilan terenkripsi secara end-to-end. Tidak seorang pun di luar chat ini, termasuk WhatsApp, yang dapat membaca atau mendengarkannya.'],
  ['ja', 'メッセージと通話はエンドツーエンド暗号化されています。チャットの参加者以外は、たとえWhatsAppでも読んだり聞いたりすることはできません。'],
  ['th', 'ข้อความและการโทรได้รับการเข้ารหัสจากต้นทางถึงปลายทาง ผู้ที่ไม่ได้อยู่ในแชทนี้จะไม่สามารถอ่านหรือฟังได้แม้แต่ WhatsApp เอง'],
  ['vi', 'Tin nhắn và cuộc gọi được mã hóa đầu cuối. Những người bên ngoài cuộc trò chuyện này, kể cả WhatsApp, sẽ không đọc hoặc nghe được.'],
];

describe('Table S1 encryption notices', () => {
  it.each(S1)('%s: %s', (lang, text) => {
    expect(classifier.classifyAuthorless(text)).toMatchObject({ kind: 'system', subtype: 'system.encryption', lang });
    expect(classifier.classifyAuthorless(LRM + text)).toMatchObject({ kind: 'system', subtype: 'system.encryption', lang });
  });
  it('the nl iOS wording (`Berichten en gesprekken worden …`)', () => {
    expect(classifier.notice('Berichten en gesprekken worden end-to-end versleuteld. Niemand buiten deze chat kan ze lezen of beluisteren, zelfs WhatsApp niet.')).toMatchObject({ subtype: 'system.encryption', lang: 'nl' });
  });
});

const S4_EN: [string, string][] = [
  ['system.group_created', 'Ana Ruiz created group "Trip"'],
  ['system.group_created', 'You created group "Trip"'],
  ['system.group_created', 'Ana Ruiz created group “Hiking Club”'],
  ['system.group_created', 'Ana Ruiz created this group'],
  ['system.added', 'Ana added Bob'],
  ['system.added', 'Ana added you'],
  ['system.added', 'You added Bob'],
  ['system.added', 'You were added'],
  ['system.left', 'Bob left'],
  ['system.left', 'Bob left the group'],
  ['system.removed', 'Ana removed Bob'],
  ['system.removed', 'You removed Bob'],
  ['system.subject_changed', 'You changed the group name from "Trip" to "Trip 2024"'],
  ['system.subject_changed', 'You changed the group name to "Trip 2024"'],
  ['system.subject_changed', 'You changed the subject from "Trip" to "Trip 2024"'],
  ['system.icon_changed', "You changed this group's icon"],
  ['system.description_changed', 'Ana changed the group description'],
  ['system.settings_changed', "Ana changed this group's settings to allow only admins to send messages to this group"],
  ['system.settings_changed', "Ana changed this group's settings to allow only admins to edit this group's info"],
  ['system.settings_changed', "Ana changed this group's settings to allow all participants to edit this group's info"],
  ['system.joined_via_link', "Bob joined using this group's invite link"],
  ['system.admin', "You're now an admin"],
  ['system.admin', "You're no longer an admin"],
  ['system.security_code_changed', `${LRM}${LRM}Your security code with Bob changed. ${LRM}Tap to learn more.`],
  ['system.security_code_changed', "Bob's security code changed. Tap for more info."],
  ['system.timer_on', "You updated the message timer. New messages will disappear from this chat 24 hours after they're sent. Tap to change."],
  ['system.timer_on', "You updated the message timer. New messages will disappear from this chat 7 days after they're sent. Tap to change."],
  ['system.timer_on', "You updated the message timer. New messages will disappear from this chat 90 days after they're sent. Tap to change."],
  ['system.timer_on', "Ana turned on disappearing messages. New messages will disappear from this chat 7 days after they're sent, except when kept."],
  ['system.timer_off', 'You turned off disappearing messages. Tap to change.'],
];

const S4_DE: [string, string][] = [
  ['system.group_created', 'Du hast die Gruppe "Wandern" erstellt.'],
  ['system.group_created', 'Ana hat die Gruppe „Wandern“ erstellt.'],
  ['system.added', 'Du hast Bob hinzugefügt.'],
  ['system.added', 'Ana hat dich hinzugefügt.'],
  ['system.left', 'Bob hat die Gruppe verlassen.'],
  ['system.removed', 'Du hast Bob entfernt.'],
  ['system.removed', 'Ana hat Bob entfernt.'],
  ['system.subject_changed', 'Du hast den Gruppennamen von "Wandern" zu "Wandern 2024" geändert.'],
  ['system.subject_changed', 'Du hast den Gruppennamen zu "Wandern 2024" geändert.'],
  ['system.icon_changed', 'Du hast das Gruppenbild geändert.'],
  ['system.admin', 'Du bist jetzt ein*e Admin.'],
  ['system.security_code_changed', 'Deine Sicherheitsnummer für Bob hat sich geändert.'],
  ['system.security_code_changed', 'Dein Sicherheitscode für Bob hat sich geändert. Tippe, um mehr zu erfahren.'],
  ['system.timer_on', 'Ana hat selbstlöschende Nachrichten aktiviert.'],
  ['system.timer_off', 'Ana hat selbstlöschende Nachrichten deaktiviert.'],
];

// Table S4, other languages [iOS strings unless noted]; `pt` rows are Brazilian (see lexicon/pt-BR.ts).
const S4_OTHER: [string, string, string][] = [
  ['fr', 'system.group_created', 'Ana a créé le groupe “Rando”'],
  ['fr', 'system.added', 'Ana vous a ajouté·e'],
  ['fr', 'system.left', 'Bob est parti·e'],
  ['fr', 'system.removed', 'Ana a retiré Bob'],
  ['fr', 'system.icon_changed', "Ana a changé l'icône de ce groupe"],
  ['fr', 'system.security_code_changed', 'Votre code de sécurité avec Bob a changé.'],
  ['fr', 'system.timer_on', 'Ana a activé les messages éphémères.'],
  ['fr', 'system.timer_off', 'Ana a désactivé les messages éphémères.'],
  ['es', 'system.group_created', 'Ana creó el grupo “Viaje”'],
  ['es', 'system.added', 'Ana te añadió.'],
  ['es', 'system.left', 'Bob salió del grupo.'],
  ['es', 'system.removed', 'Ana eliminó a Bob'],
  ['es', 'system.icon_changed', 'Ana cambió el ícono de este grupo'],
  ['es', 'system.security_code_changed', 'Cambió tu código de seguridad con Bob.'],
  ['es', 'system.timer_on', 'Ana activó los mensajes temporales.'],
  ['es', 'system.timer_off', 'Ana desactivó los mensajes temporales.'],
  ['pt-BR', 'system.group_created', 'Ana criou o grupo “Viagem”'],
  ['pt-BR', 'system.added', 'Ana adicionou você'],
  ['pt-BR', 'system.left', 'Bob saiu'],
  ['pt-BR', 'system.removed', 'Ana removeu Bob'],
  ['pt-BR', 'system.icon_changed', 'Ana mudou a imagem deste grupo.'],
  ['pt-BR', 'system.security_code_changed', 'Seu código de segurança com Bob mudou.'],
  ['pt-BR', 'system.timer_on', 'Ana ativou as mensagens temporárias.'],
  ['pt-BR', 'system.timer_off', 'Ana desativou as mensagens temporárias'],
  ['it', 'system.group_created', 'Ana ha creato il gruppo "Gita".'],
  ['it', 'system.added', 'Ana ti ha aggiunto.'],
  ['it', 'system.left', 'Bob ha abbandonato.'],
  ['it', 'system.removed', 'Ana ha rimosso Bob'],
  ['it', 'system.icon_changed', "Ana ha cambiato l'immagine di questo gruppo"],
  ['it', 'system.security_code_changed', 'Il tuo codice di sicurezza con Bob è cambiato.'],
  ['it', 'system.timer_on', 'Ana ha attivato i messaggi effimeri.'],
  ['it', 'system.timer_off', 'Ana ha disattivato i messaggi effimeri.'],
  ['nl', 'system.group_created', 'Ana heeft de groep Uitje gemaakt'],
  ['nl', 'system.added', 'Ana heeft u toegevoegd'],
  ['nl', 'system.left', 'Bob heeft de groep verlaten'],
  ['nl', 'system.removed', 'Ana heeft Bob verwijderd'],
  ['nl', 'system.icon_changed', 'Ana heeft de groepsafbeelding gewijzigd'],
  ['nl', 'system.security_code_changed', 'Uw beveiligingscode voor Bob is gewijzigd.'],
  ['nl', 'system.timer_off', 'Ana heeft berichten met vervaldatum uitgeschakeld.'],
  ['ru', 'system.group_created', 'Анна создал(-а) группу “Поход”'],
  ['ru', 'system.added', 'Анна добавил(-а) вас'],
  ['ru', 'system.left', 'Борис покинул(-а) группу'],
  ['ru', 'system.removed', 'Анна удалил(-а) Борис'],
  ['ru', 'system.icon_changed', 'Анна изменил(-а) картинку группы'],
  ['ru', 'system.security_code_changed', `${LRM}${LRM}Ваш код безопасности с контактом Борис изменился. ${LRM}Подробнее.`],
  ['ru', 'system.timer_on', 'Анна включил(-а) исчезающие сообщения.'],
  ['ru', 'system.timer_off', 'Анна отключил(-а) исчезающие сообщения.'],
  ['id', 'system.security_code_changed', `${LRM}${LRM}Kode keamanan Anda dengan Budi telah berubah. ${LRM}Ketuk untuk info selengkapnya.`],
];

describe('Table S4 group and chat events', () => {
  it.each(S4_EN)('en %s: %s', (subtype, text) => {
    expect(classifier.classifyAuthorless(text)).toMatchObject({ kind: 'system', subtype, lang: 'en' });
  });
  it.each(S4_DE)('de %s: %s', (subtype, text) => {
    expect(classifier.classifyAuthorless(text)).toMatchObject({ kind: 'system', subtype, lang: 'de' });
  });
  it.each(S4_OTHER)('%s %s: %s', (lang, subtype, text) => {
    expect(classifier.classifyAuthorless(text)).toMatchObject({ kind: 'system', subtype, lang });
  });
  it('an Android system line end to end: no author, a system kind, group events seen', async () => {
    const { messages, result } = await parseText('11/01/2023, 16:14 - You changed the subject from "Trip" to "Trip 2024"\n11/01/2023, 16:15 - Ana: ok\n');
    expect(messages[0]).toMatchObject({ author: null, kind: 'system', subtype: 'system.subject_changed' });
    expect(result.hasGroupEvents).toBe(true);
  });
  it('an old iOS system line (no author) end to end', async () => {
    const { messages } = await parseText('[20.06.19, 15:58:47] Ana Ruiz created group “Hiking Club”\n[20.06.19, 15:58:50] Ana Ruiz: hi\n');
    expect(messages[0]).toMatchObject({ author: null, kind: 'system', subtype: 'system.group_created' });
    expect(messages[1]).toMatchObject({ author: 'Ana Ruiz', kind: 'text' });
  });
});

describe('§4.1 iOS new-style notices with a pseudo-author', () => {
  it('1:1 chat: the encryption notice attributed to the contact becomes a system line with no author', async () => {
    const text =
      `[3/18/22, 14:56:01] Ana Ruiz: ${LRM}Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.\n` +
      '[3/18/22, 14:57:00] Ana Ruiz: hi\n[3/18/22, 14:58:00] Elon: hello\n';
    const { messages, result } = await parseText(text);
    expect(messages[0]).toMatchObject({ author: null, kind: 'system', subtype: 'system.encryption' });
    expect(result.signals.startsWithOpeningNotice).toBe(true);
    expect(result.participants.get('Ana Ruiz')).toBe(1);
    expect(result.noticeAuthors.get('Ana Ruiz')).toBe(1);
  });
  it('group: `Hiking Club: ‎Ana Ruiz added you` (group name as pseudo-author) is a system line', async () => {
    const { messages, result } = await parseText(`[14.08.2024, 21:00:11] Hiking Club: ${LRM}Ana Ruiz added you\n[14.08.2024, 21:01:00] Ana Ruiz: welcome\n`);
    expect(messages[0]).toMatchObject({ author: null, kind: 'system', subtype: 'system.added' });
    expect(result.noticeAuthors.get('Hiking Club')).toBe(1);
    expect(result.participants.has('Hiking Club')).toBe(false);
  });
  it('an action that repeats the name (`Boris: Boris created group “…”`) is a system line', async () => {
    const { messages } = await parseText('[14.08.2024, 21:00:11] Boris: Boris created group “Hiking Club”\n[14.08.2024, 21:00:12] Boris: hi\n');
    expect(messages[0]).toMatchObject({ author: null, kind: 'system', subtype: 'system.group_created' });
    expect(messages[1]).toMatchObject({ author: 'Boris', kind: 'text' });
  });
  it('the security-code notice with two LRMs', async () => {
    const { messages } = await parseText(`[3/27/22, 21:49:10] Elon: ${LRM}${LRM}Your security code with Dmitry changed. ${LRM}Tap to learn more.\n`);
    expect(messages[0]).toMatchObject({ author: null, kind: 'system', subtype: 'system.security_code_changed' });
  });
  it('a person’s tombstone keeps its author while the notice above it does not', async () => {
    const text = `[3/18/22, 14:56:01] Ana Ruiz: ${LRM}Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.\n[3/18/22, 14:57:00] Ana Ruiz: ${LRM}This message was deleted.\n`;
    const { messages } = await parseText(text);
    expect(messages.map((m) => [m.author, m.kind])).toEqual([
      [null, 'system'],
      ['Ana Ruiz', 'deleted'],
    ]);
  });
  it('a person writing a notice-like sentence without the iOS marks stays that person’s text', async () => {
    const { messages } = await parseText('[3/18/22, 14:57:00] Ana Ruiz: Bob left\n[3/18/22, 14:58:00] Ana Ruiz: hi\n');
    expect(messages[0]).toMatchObject({ author: 'Ana Ruiz', kind: 'text' });
  });
});

describe('§4.1 unknown authorless text', () => {
  it('imports as unclassified with a warning, never an error', async () => {
    const { messages, result } = await parseText('[20.06.19, 15:58:47] Something WhatsApp will invent in 2030\n[20.06.19, 15:58:48] Ana: hi\n');
    expect(messages[0]).toMatchObject({ author: null, kind: 'unclassified', subtype: null, body: 'Something WhatsApp will invent in 2030' });
    expect(result.warnings.filter((w) => w.code === 'unclassified').map((w) => w.line)).toEqual([1]);
  });
  it('Android: an authorless line with no known text is unclassified', () => {
    expect(classifier.classifyAuthorless('Ana hat etwas Neues gemacht')).toMatchObject({ kind: 'unclassified', subtype: null, lang: null });
  });
});
