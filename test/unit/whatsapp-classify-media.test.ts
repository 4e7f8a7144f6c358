// docs/formats.md#whatsapp-texts, table S3: Android `<…>` placeholders, Android `F (file attached)` markers,
// iOS `<attached: F>` tags per language, and iOS omitted placeholders per language with document lines.
import { describe, expect, it } from 'vitest';
import { Classifier } from '../../electron/backend/importers/whatsapp/classify';
import { LEXICONS } from '../../electron/backend/importers/whatsapp/lexicon';
import { LRM, parseText, RLM } from './whatsapp-helpers';

const classifier = new Classifier(LEXICONS);

describe('Table S3, Android media omitted (whole body)', () => {
  it.each([
    ['en', '<Media omitted>'],
    ['de', '<Medien ausgeschlossen>'],
    ['de', '<Medien weggelassen>'],
    ['nl', '<Media weggelaten>'],
    ['cs', '<Média vynechány>'],
    ['ru', '<Без медиафайлов>'],
    ['ru', '<Файл пропущен>'],
    ['fr', '<Médias omis>'],
    ['fr', '<Fichier omis>'],
    ['es', '<Multimedia omitido>'],
    ['es', '<Archivo omitido>'],
    ['pt-BR', '<Mídia omitida>'],
    ['it', '<Media omessi>'],
    ['it', '<Media omesso>'],
    ['pl', '<pliki pominięto>'],
    ['tr', '<Medya atlanmış>'],
    ['ar', '<تم استبعاد الوسائط>'],
    ['id', '<Media tidak disertakan>'],
    ['ja', '<メディアは含まれていません>'],
    ['ko', '<미디어 파일을 생략한 대화내용>'],
    ['zh-Hans', '<省略影音内容>'],
    ['zh-Hant', '<已省略多媒體檔案>'],
  ])('%s %s', (lang, body) => {
    expect(classifier.classifyAuthored(body)).toMatchObject({ kind: 'media', subtype: 'media.omitted', lang, attached: false });
  });
  it('a document name on the next line does not stop the match', () => {
    expect(classifier.classifyAuthored('<Media omitted>\nResume.pdf')).toMatchObject({ kind: 'media', subtype: 'media.omitted' });
  });
});

describe('Table S3, Android file attached (file name first)', () => {
  it.each([
    ['en', 'IMG-20220323-WA0002.jpg (file attached)', 'IMG-20220323-WA0002.jpg'],
    ['de', '4f2680f1db95a8454775cc2eefc95bfc.jpg (Datei angehängt)', '4f2680f1db95a8454775cc2eefc95bfc.jpg'],
    ['nl', `${LRM}PTT-20220323-WA0000.opus (bestand bijgevoegd)`, 'PTT-20220323-WA0000.opus'],
    ['cs', 'IMG-20220323-WA0002.jpg (soubor byl přiložen)', 'IMG-20220323-WA0002.jpg'],
    ['ru', 'IMG-20220323-WA0002.jpg (файл добавлен)', 'IMG-20220323-WA0002.jpg'],
    ['fr', 'IMG-20220323-WA0002.jpg (fichier joint)', 'IMG-20220323-WA0002.jpg'],
    ['es', 'IMG-20220323-WA0002.jpg (archivo adjunto)', 'IMG-20220323-WA0002.jpg'],
    ['es', 'IMG-20220323-WA0002.jpg (archivo adjuntado)', 'IMG-20220323-WA0002.jpg'],
    ['pt-BR', 'IMG-20220323-WA0002.jpg (arquivo anexado)', 'IMG-20220323-WA0002.jpg'],
    ['it', 'IMG-20220323-WA0002.jpg (file allegato)', 'IMG-20220323-WA0002.jpg'],
  ])('%s %s', (lang, body, name) => {
    expect(classifier.classifyAuthored(body)).toMatchObject({ kind: 'media', subtype: 'media.attached', lang, attached: true, attachmentNames: [name] });
  });
  it('a name with spaces and non-ASCII letters', () => {
    expect(classifier.classifyAuthored(`${LRM}Übersicht März 2022 (final).pdf (file attached)`)).toMatchObject({ attachmentNames: ['Übersicht März 2022 (final).pdf'], attached: true });
  });
  it('uploaded audio that lost its extension `AUD-20190101-WA0000. (file attached)`', () => {
    expect(classifier.classifyAuthored('AUD-20190101-WA0000. (file attached)')).toMatchObject({ attachmentNames: ['AUD-20190101-WA0000.'] });
  });
  it('a contact card `Alex.vcf (file attached)` is a contact, even without media', () => {
    expect(classifier.classifyAuthored('Alex.vcf (file attached)')).toMatchObject({ kind: 'contact', subtype: 'contact.attached', attachmentNames: ['Alex.vcf'] });
  });
  it('a caption on the next line keeps the attachment', () => {
    expect(classifier.classifyAuthored('IMG-20220323-WA0002.jpg (file attached)\nlook at this')).toMatchObject({ subtype: 'media.attached', attachmentNames: ['IMG-20220323-WA0002.jpg'] });
  });
});

describe('Table S3, iOS attachment tags per language', () => {
  const F = '00000035-PHOTO-2022-03-27-21-41-55.jpg';
  it.each([
    ['en', `<attached: ${F}>`],
    ['de', `<Anhang: ${F}>`],
    ['fr', `< pièce jointe : ${F} >`],
    ['es', `<adjunto: ${F}>`],
    ['pt-BR', `<anexado: ${F}>`],
    ['it', `<allegato: ${F}>`],
    ['nl', `<bijgevoegd: ${F}>`],
    ['ru', `<прикреплено: ${F}>`],
    ['cs', `<příloha: ${F}>`],
    ['pl', `<załączono: ${F}>`],
    ['uk', `<додано: ${F}>`],
    ['ar', `<المُرفق: ${F}>`],
    ['he', `<מצורף: ${F}>`],
    ['fa', `<پیوست: ${F}>`],
    ['hi', `<अटैच किया गया: ${F}>`],
    ['id', `<terlampir: ${F}>`],
    ['ja', `<添付ファイル: ${F}>`],
    ['tr', `<${F} eklendi>`],
    ['ko', `< 첨부됨: ${F}>`],
    ['zh-Hans', `<附件：${F}>`],
  ])('%s %s', (lang, tag) => {
    expect(classifier.classifyAuthored(LRM + tag)).toMatchObject({ kind: 'media', subtype: 'media.attached', lang, attached: true, attachmentNames: [F] });
  });
  it('an iOS document line `Resume.pdf • ‎2 pages ‎<attached: …>` names the attached file', () => {
    const c = classifier.classifyAuthored(`Resume.pdf • ${LRM}2 pages ${LRM}<attached: 00000047-Resume.pdf>`);
    expect(c).toMatchObject({ kind: 'media', subtype: 'media.attached', attached: true, attachmentNames: ['00000047-Resume.pdf'] });
  });
  it('an iOS document name with spaces `<attached: 00000046-Some file.txt>`', () => {
    expect(classifier.classifyAuthored(`Some file.txt ${LRM}<attached: 00000046-Some file.txt>`)).toMatchObject({ attachmentNames: ['00000046-Some file.txt'] });
  });
  it('an iOS contact card `<attached: 00000042-TR.vcf>` is a contact', () => {
    expect(classifier.classifyAuthored(`${LRM}<attached: 00000042-TR.vcf>`)).toMatchObject({ kind: 'contact', subtype: 'contact.attached', attachmentNames: ['00000042-TR.vcf'] });
  });
  it('iOS up to ~2017 `2013-08-06-PHOTO-00000006.jpg <attached>`', () => {
    expect(classifier.classifyAuthored('2013-08-06-PHOTO-00000006.jpg <attached>')).toMatchObject({ subtype: 'media.attached', attachmentNames: ['2013-08-06-PHOTO-00000006.jpg'] });
  });
  it('Turkish and Chinese document lines', () => {
    expect(classifier.classifyAuthored(`Rapor.pdf ${LRM}<00000047-Rapor.pdf eklendi>`)).toMatchObject({ lang: 'tr', attachmentNames: ['00000047-Rapor.pdf'] });
    expect(classifier.classifyAuthored(`报告.pdf ${LRM}<附件：00000047-报告.pdf>`)).toMatchObject({ subtype: 'media.attached', attachmentNames: ['00000047-报告.pdf'] });
  });
});

type Omitted = [lang: string, image: string, video?: string, audio?: string, sticker?: string, gif?: string, contact?: string, doc?: string, pages?: string];

// Table S3, iOS omitted placeholders, as the spec gives them (… cells left out).
const IOS_OMITTED: Omitted[] = [
  ['en', 'image omitted', 'video omitted', 'audio omitted', 'sticker omitted', 'GIF omitted', 'Contact card omitted', 'document omitted', '2 pages'],
  ['de', 'Bild weggelassen', 'Video weggelassen', 'Audio weggelassen', 'Sticker weggelassen', 'GIF weggelassen', 'Kontaktkarte ausgelassen', 'Dokument weggelassen', '2 Seiten'],
  ['fr', 'image absente', 'vidéo absente', 'audio omis', 'sticker omis', 'GIF retiré', 'Fiche contact manquante', 'document manquant', '2 pages'],
  ['es', 'imagen omitida', 'Video omitido', 'audio omitido', 'sticker omitido', 'GIF omitido', 'Tarjeta de contacto omitida', 'documento omitido', '2 páginas'],
  ['it', 'immagine omessa', 'video omesso', 'audio omesso', 'sticker non incluso', 'GIF esclusa', 'Scheda contatto omessa', 'documento omesso', '2 pagine'],
  ['pt-PT', 'imagem não revelada', 'vídeo não revelado', 'ficheiro de áudio não revelado', 'sticker não revelado', 'GIF não revelada', 'Contacto não revelado', 'documento não revelado', '2 páginas'],
  ['pt-BR', 'imagem ocultada', 'vídeo omitido', 'áudio ocultado', 'figurinha omitida'],
  ['nl', 'afbeelding weggelaten', 'video weggelaten', 'audio weggelaten', 'sticker weggelaten', 'GIF weggelaten', 'Visitekaartje weggelaten'],
  ['ru', 'изображение отсутствует', 'видео отсутствует', 'аудиофайл отсутствует', 'стикер не добавлен', 'GIF отсутствует', 'Карточка контакта отсутствует', 'документ отсутствует', '2 страницы'],
  ['uk', 'зображення відсутнє', 'відео відсутнє', 'аудіо відсутнє', 'Наклейку не додано', 'GIF-анімацію пропущено', 'Картка контакту відсутня', 'документ пропущено', '2 сторінки'],
  ['cs', 'obrázek vynechán'],
  ['pl', 'obraz pominięty'],
  ['tr', 'görüntü dahil edilmedi'],
  ['ar', 'لم يتم إدراج الصورة', 'لم يتم إدراج الفيديوهات', 'لم يتم إدراج المقاطع الصوتية', 'تم حذف الملصقات', 'لم يتم إدراج صورة GIF', 'لم يتم إدراج بطاقة جهة اتصال', 'لم يتم إدراج المستند', 'صفحتان ٢'],
  ['he', 'התמונה הושמטה'],
  ['fa', 'تصویر حذف شد'],
  ['hi', 'फ़ोटो हटाई गई', 'वीडियो छोड़ा गया', 'ऑडियो हटाई गयी', 'स्टिकर छोड़ा गया', 'GIF छोड़ा गया', 'कॉन्टैक्ट कार्ड छोड़ा गया', 'डॉक्यूमेंट छोड़ा गया', '2 पन्ने'],
  ['id', 'gambar tidak disertakan', 'video tidak disertakan', 'audio tidak disertakan', 'stiker tidak disertakan', 'GIF tidak disertakan', 'Kartu kontak tidak disertakan', 'dokumen tidak disertakan', '2 halaman'],
  ['ja', '画像は含まれていません', 'ビデオは含まれていません', '音声は含まれていません', 'スタンプは含まれていません', 'GIFは含まれていません', '連絡先カードを省略', 'ドキュメントは含まれていません', 'ページ数: 2'],
  ['ko', '이미지 생략됨'],
  ['zh-Hans', '照片已忽略'],
  ['zh-Hant', '圖像已省略'],
  ['zh-Hant', '圖片已略去'],
  ['th', 'ไม่มีรูปภาพ', 'วิดีโอถูกลบ', 'ไม่มีไฟล์เสียง', 'ไม่มีสติกเกอร์', 'ละเว้น GIF', 'บัตรรายชื่อที่ละเว้น', 'ละเว้นเอกสาร', '2 หน้า'],
  ['vi', 'đã bỏ qua hình ảnh', 'đã bỏ video', 'bỏ qua tệp âm thanh', 'đã bỏ sticker', 'Đã bỏ qua ảnh GIF', 'Bỏ qua thẻ liên lạc', 'đã bỏ qua tài liệu', '2 trang'],
];

const KINDS = ['image', 'video', 'audio', 'sticker', 'GIF'] as const;
const placeholderCases = IOS_OMITTED.flatMap(([lang, ...cells]) =>
  KINDS.flatMap((what, i) => (cells[i] ? [{ lang, what, body: cells[i]! }] : [])),
);
const contactCases = IOS_OMITTED.filter((r) => r[6]).map(([lang, , , , , , contact]) => ({ lang, body: contact! }));
const docCases = IOS_OMITTED.filter((r) => r[7]).map(([lang, , , , , , , doc, pages]) => ({ lang, doc: doc!, pages: pages! }));

describe('Table S3, iOS omitted placeholders (export without media)', () => {
  it.each(placeholderCases)('$lang $what: $body', ({ lang, body }) => {
    const mark = lang === 'ar' || lang === 'he' || lang === 'fa' ? RLM : LRM;
    expect(classifier.classifyAuthored(mark + body)).toMatchObject({ kind: 'media', subtype: 'media.omitted', lang, attached: false });
  });
  it.each(contactCases)('$lang contact card: $body', ({ lang, body }) => {
    expect(classifier.classifyAuthored(LRM + body)).toMatchObject({ kind: 'contact', subtype: 'contact.omitted', lang });
  });
  it.each(docCases)('$lang document line without pages: Resume.pdf $doc', ({ lang, doc }) => {
    expect(classifier.classifyAuthored(`Resume.pdf ${LRM}${doc}`)).toMatchObject({ kind: 'media', subtype: 'media.omitted', lang, attachmentNames: ['Resume.pdf'], attached: false });
  });
  it.each(docCases)('$lang document line with pages: Resume.pdf • $pages $doc', ({ lang, doc, pages }) => {
    expect(classifier.classifyAuthored(`Resume.pdf • ${LRM}${pages} ${LRM}${doc}`)).toMatchObject({ kind: 'media', subtype: 'media.omitted', lang, attachmentNames: ['Resume.pdf'] });
  });
  it('Hindi written with precomposed U+095C (`छोड़ा`) matches the NFC row', () => {
    expect(classifier.classifyAuthored(`${LRM}वीडियो छो\u095Cा गया`)).toMatchObject({ kind: 'media', subtype: 'media.omitted', lang: 'hi' });
  });
  it('Japanese `ページ数: 2` keeps its `: ` inside the body end to end', async () => {
    const line = `[3/18/22 14:56:01] 田中: 資料.pdf • ${LRM}ページ数: 2 ${LRM}ドキュメントは含まれていません`;
    const { messages } = await parseText(`[3/18/22 14:56:00] 田中: こんにちは\n${line}\n`);
    expect(messages[1]).toMatchObject({ author: '田中', kind: 'media', subtype: 'media.omitted', body: `資料.pdf • ${LRM}ページ数: 2 ${LRM}ドキュメントは含まれていません` });
    expect(messages[1]!.attachments.map((a) => a.name)).toEqual(['資料.pdf']);
  });
  it('a with-media placeholder counts toward the omitted-media signal', async () => {
    const { result } = await parseText(`[3/18/22, 14:56:01] Ana: ${LRM}image omitted\n[3/18/22, 14:56:02] Ana: ${LRM}<attached: 00000035-PHOTO-2022-03-18-14-56-02.jpg>\n`);
    expect(result.signals.mediaOmitted).toBe(1);
    expect(result.signals.mediaAttached).toBe(1);
    expect(result.signals.iosMediaCounters).toEqual([{ seq: 1, counter: 35 }]);
  });
});
