// The language data itself (lexicon/*.ts, docs/formats.md#whatsapp-texts): every table language is
// listed once, row ids stay within the vocabulary, templates use only known placeholders, and no row
// is shadowed by a looser row of its own language.
import { describe, expect, it } from 'vitest';
import { Classifier, comparable } from '../../electron/backend/importers/whatsapp/classify';
import { LEXICONS } from '../../electron/backend/importers/whatsapp/lexicon';
import { CLOCK_MARKERS } from '../../electron/backend/importers/whatsapp/lexicon/clock';

const VOCABULARY = new Set([
  'system.encryption', 'system.group_created', 'system.added', 'system.left', 'system.removed', 'system.subject_changed',
  'system.icon_changed', 'system.description_changed', 'system.settings_changed', 'system.joined_via_link', 'system.admin',
  'system.security_code_changed', 'system.timer_on', 'system.timer_off', 'deleted.incoming', 'deleted.own', 'deleted.admin',
  'media.omitted', 'contact.omitted', 'media.view_once', 'media.attached', 'call.missed_voice', 'call.missed_video', 'location.pin',
  'location.live', 'poll', 'edited', 'system.number_changed', 'system.joined', 'system.invite_link_reset', 'system.pinned',
  'system.contact', 'system.blocked', 'system.unblocked', 'system.business', 'system.unpinned', 'system.join_requested',
  'system.call_started', 'system.community', 'system.ai',
]);

const TABLE_LANGUAGES = ['en', 'de', 'fr', 'nl', 'es', 'it', 'pt-PT', 'pt-BR', 'ru', 'uk', 'cs', 'pl', 'tr', 'ar', 'he', 'fa', 'hi', 'id', 'ja', 'ko', 'zh-Hans', 'zh-Hant', 'th', 'vi', 'sq'];

const CATEGORY_IDS: Record<string, RegExp> = {
  system: /^system\./,
  tombstones: /^deleted\./,
  mediaOmitted: /^((media|contact)\.omitted|media\.view_once)$/,
  attached: /^media\.attached$/,
  calls: /^call\./,
  locations: /^location\./,
  polls: /^poll$/,
  editedSuffixes: /^edited$/,
};

const rows = LEXICONS.flatMap((lex) =>
  Object.entries(lex)
    .filter(([k]) => k in CATEGORY_IDS)
    .flatMap(([category, list]) => (list as { id: string; text: string }[]).map((row) => ({ lang: lex.lang, category, ...row }))),
);

describe('lexicon data', () => {
  it('lists every language of Tables S1–S5 exactly once', () => {
    const langs = LEXICONS.map((l) => l.lang);
    expect([...langs].sort()).toEqual([...TABLE_LANGUAGES].sort());
  });
  it('uses only row ids of the vocabulary, each in its own category', () => {
    const wrong = rows.filter((r) => !VOCABULARY.has(r.id) || !CATEGORY_IDS[r.category]!.test(r.id));
    expect(wrong).toEqual([]);
  });
  it('uses only the placeholders of types.ts, and {F} only where a file is named', () => {
    const bad = rows.filter((r) => {
      const names = [...r.text.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]);
      if (names.some((n) => !['X', 'Y', 'N', 'F', 'U', 'n'].includes(n!))) return true;
      return names.includes('F') && r.category !== 'attached' && r.category !== 'mediaOmitted';
    });
    expect(bad).toEqual([]);
  });
  it('every attachment template names a file', () => {
    expect(rows.filter((r) => r.category === 'attached' && !r.text.includes('{F}'))).toEqual([]);
  });
  it('has no duplicate row within a language', () => {
    const seen = new Set<string>();
    const dups = rows.filter((r) => {
      const key = `${r.lang}|${r.category}|${comparable(r.text).toLowerCase()}`;
      if (seen.has(key)) return true;
      seen.add(key);
      return false;
    });
    expect(dups).toEqual([]);
  });
  it('matches every fixed row against itself with its own id and language', () => {
    const c = new Classifier(LEXICONS);
    const fixedTombstones = rows.filter((r) => r.category === 'tombstones' && !/\{/.test(r.text));
    for (const r of fixedTombstones) expect(c.classifyAuthored(r.text), r.text).toMatchObject({ kind: 'deleted', subtype: r.id, lang: r.lang });
  });
  it('never files a text as a tombstone in one language and as a placeholder in another', () => {
    const tomb = new Set(rows.filter((r) => r.category === 'tombstones').map((r) => comparable(r.text).toLowerCase()));
    expect(rows.filter((r) => r.category === 'mediaOmitted' && tomb.has(comparable(r.text).toLowerCase()))).toEqual([]);
  });
});

describe('clock markers', () => {
  it('have unique texts', () => {
    const texts = CLOCK_MARKERS.map((m) => m.text.toLowerCase());
    expect(new Set(texts).size).toBe(texts.length);
  });
  it('include every marker of docs/formats.md#whatsapp-clock', () => {
    const texts = new Set(CLOCK_MARKERS.map((m) => m.text));
    for (const t of ['AM', 'PM', 'a. m.', 'p. m.', 'ص', 'م', 'vorm.', 'nachm.', 'morgens', 'mittags', 'abends', 'nachts', 'π.μ.', 'μ.μ.', 'SA', 'CH', '上午', '下午', '午前', '午後', '오전', '오후', 'in the morning', 'in the afternoon']) {
      expect(texts.has(t), t).toBe(true);
    }
  });
});
