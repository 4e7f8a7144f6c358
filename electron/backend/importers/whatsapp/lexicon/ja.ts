import type { Lexicon } from './types';

// Japanese. Evidence: docs/formats.md#whatsapp-texts, Tables S1–S3, S5 [device export] unless a comment names
// another label. The final `。` counts as the optional final period when matching.
export const ja: Lexicon = {
  lang: 'ja',
  system: [
    { id: 'system.encryption', text: 'メッセージと通話はエンドツーエンド暗号化されています。チャットの参加者以外は、たとえWhatsAppでも読んだり聞いたりすることはできません。' },
  ],
  tombstones: [
    { id: 'deleted.incoming', text: 'このメッセージは削除されました。' },
    { id: 'deleted.own', text: 'このメッセージを削除しました。' },
  ],
  mediaOmitted: [
    { id: 'media.omitted', text: '<メディアは含まれていません>' }, // [Android strings, old]
    { id: 'media.omitted', text: '画像は含まれていません' },
    { id: 'media.omitted', text: 'ビデオは含まれていません' },
    { id: 'media.omitted', text: '音声は含まれていません' },
    { id: 'media.omitted', text: 'スタンプは含まれていません' },
    { id: 'media.omitted', text: 'GIFは含まれていません' },
    { id: 'contact.omitted', text: '連絡先カードを省略' },
    // The page count has `: ` inside the body (docs/formats.md#whatsapp-texts, traps).
    { id: 'media.omitted', text: '{F} • ページ数: {n} ドキュメントは含まれていません' },
    { id: 'media.omitted', text: '{F} ドキュメントは含まれていません' },
  ],
  attached: [
    { id: 'media.attached', text: '<添付ファイル: {F}>' }, // [iOS strings]
    { id: 'media.attached', text: '{F} <添付ファイル: {F}>' }, // document line, shape as en (assumed)
  ],
  calls: [],
  locations: [{ id: 'location.pin', text: '位置情報: {U}' }],
  polls: [],
  editedSuffixes: [],
};
