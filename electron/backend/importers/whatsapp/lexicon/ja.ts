import type { Lexicon } from './types';

// Japanese. Evidence: docs/formats.md#whatsapp-texts, Tables S1–S3, S5 [device export] unless a comment names
// another label. The final `。` counts as the optional final period when matching.
//
// Notice kinds: all 29 of the catalogue (docs/formats.md#whatsapp-lexicon). Backed by an export, the app's
// strings or another parser: encryption, added, left, removed, subject changed, icon changed, description
// changed, number changed, joined via link, security code changed; every other notice row is a
// [translation].
export const ja: Lexicon = {
  lang: 'ja',
  system: [
    { id: 'system.encryption', text: 'メッセージと通話はエンドツーエンド暗号化されています。チャットの参加者以外は、たとえWhatsAppでも読んだり聞いたりすることはできません。' },
    { id: 'system.group_created', text: '{X}がグループ「{N}」を作成しました' }, // [translation]
    { id: 'system.added', text: '{X}があなたを追加しました' }, // [translation]
    { id: 'system.added', text: '{X}が{Y}を追加しました' }, // [parser code] (the start assumed)
    { id: 'system.left', text: '{X}が退出しました' }, // [parser code]
    { id: 'system.removed', text: '{X}が{Y}を削除しました' }, // [parser code] (the start assumed)
    { id: 'system.joined_via_link', text: '{X}がこのグループの招待リンクから参加しました' }, // [parser code] (the start assumed)
    { id: 'system.subject_changed', text: '{X}がグループ名を「{N}」に変更しました' }, // [parser code]
    { id: 'system.icon_changed', text: '{X}がグループのアイコンを変更しました' }, // [parser code]
    { id: 'system.description_changed', text: '{X}がグループの説明を変更しました' }, // [parser code]
    { id: 'system.admin', text: 'あなたは管理者になりました' }, // [translation]
    { id: 'system.admin', text: 'あなたは管理者ではなくなりました' }, // [translation]
    { id: 'system.security_code_changed', text: '{X}のセキュリティコードが変更されました' }, // [parser code] (the start assumed)
    { id: 'system.timer_on', text: '{X}が消えるメッセージをオンにしました' }, // [translation]
    { id: 'system.timer_off', text: '{X}が消えるメッセージをオフにしました' }, // [translation]
    { id: 'system.number_changed', text: '{X}が電話番号を変更しました' }, // [parser code] (the start assumed)
    { id: 'system.invite_link_reset', text: '{X}がこのグループの招待リンクをリセットしました' }, // [translation]
    { id: 'system.pinned', text: '{X}がメッセージをピン留めしました' }, // [translation]
    { id: 'system.contact', text: '{X}は連絡先です' }, // [translation]
    { id: 'system.blocked', text: 'この連絡先をブロックしました' }, // [translation]
    { id: 'system.unblocked', text: 'この連絡先のブロックを解除しました' }, // [translation]
    { id: 'system.call_started', text: '{X}が通話を開始しました' }, // [translation]
    { id: 'system.ai', text: '@Meta AIをメンションしたメッセージのみがMetaに送信されます{U}' }, // [translation]
    { id: 'system.joined', text: '{X}が参加しました' }, // [translation]
    { id: 'system.settings_changed', text: '{X}がこのグループへの参加に管理者の承認を必要とする設定をオンにしました' }, // [translation]
    { id: 'system.settings_changed', text: '{X}がこのグループへの参加に管理者の承認を必要とする設定をオフにしました' }, // [translation]
    { id: 'system.unpinned', text: '{X}がメッセージのピン留めを解除しました' }, // [translation]
    { id: 'system.business', text: 'このチャットの相手はビジネスアカウントです{U}' }, // [translation]
    { id: 'system.community', text: '{X}がコミュニティから参加しました' }, // [translation]
    { id: 'system.join_requested', text: '{X}が参加をリクエストしました' }, // [translation]
  ],
  tombstones: [
    { id: 'deleted.incoming', text: 'このメッセージは削除されました。' },
    { id: 'deleted.own', text: 'このメッセージを削除しました。' },
    { id: 'deleted.admin', text: 'このメッセージは管理者によって削除されました' }, // [translation]
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
  editedSuffixes: [
    { id: 'edited', text: '<このメッセージは編集されました>' }, // [translation]
  ],
};
