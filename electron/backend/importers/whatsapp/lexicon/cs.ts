import type { Lexicon } from './types';

// Czech. Evidence: docs/formats.md#whatsapp-texts, Tables S1–S3, S5. Rows are [device export] unless a comment
// names another label.
//
// Notice kinds: all 29 of the catalogue (docs/formats.md#whatsapp-lexicon). Backed by an export, the app's
// strings or another parser: encryption; every other notice row is a [translation].
//
// Notice kinds: all 29 of the catalogue (docs/formats.md#whatsapp-lexicon). Backed by an export, the app's
// strings or another parser: encryption; every other notice row is a [translation].
export const cs: Lexicon = {
  lang: 'cs',
  system: [
    { id: 'system.encryption', text: 'Zprávy a hovory jsou zabezpečeny koncovým šifrováním. Nikdo, kdo není přímým účastníkem této konverzace, ji nemůže sledovat ani poslouchat. Dokonce ani WhatsApp. Další informace zobrazíte klepnutím.' },
    { id: 'system.group_created', text: '{X} vytvořil(a) skupinu "{N}"' }, // [translation]
    { id: 'system.added', text: '{X} vás přidal(a)' }, // [translation]
    { id: 'system.added', text: '{X} přidal(a) {Y}' }, // [translation]
    { id: 'system.left', text: '{X} odešel/odešla' }, // [translation]
    { id: 'system.removed', text: '{X} odebral(a) {Y}' }, // [translation]
    { id: 'system.joined_via_link', text: '{X} se připojil(a) pomocí odkazu s pozvánkou do této skupiny' }, // [translation]
    { id: 'system.subject_changed', text: '{X} změnil(a) název skupiny na "{N}"' }, // [translation]
    { id: 'system.icon_changed', text: '{X} změnil(a) ikonu této skupiny' }, // [translation]
    { id: 'system.description_changed', text: '{X} změnil(a) popis skupiny' }, // [translation]
    { id: 'system.admin', text: 'Nyní jste správce' }, // [translation]
    { id: 'system.admin', text: 'Už nejste správce' }, // [translation]
    { id: 'system.security_code_changed', text: 'Váš bezpečnostní kód s {X} se změnil' }, // [translation]
    { id: 'system.timer_on', text: '{X} zapnul(a) mizející zprávy' }, // [translation]
    { id: 'system.timer_off', text: '{X} vypnul(a) mizející zprávy' }, // [translation]
    { id: 'system.number_changed', text: '{X} si změnil(a) telefonní číslo na nové{U}' }, // [translation]
    { id: 'system.invite_link_reset', text: '{X} resetoval(a) odkaz s pozvánkou do této skupiny' }, // [translation]
    { id: 'system.pinned', text: '{X} připnul(a) zprávu' }, // [translation]
    { id: 'system.contact', text: '{X} je kontakt' }, // [translation]
    { id: 'system.blocked', text: 'Zablokovali jste tento kontakt' }, // [translation]
    { id: 'system.unblocked', text: 'Odblokovali jste tento kontakt' }, // [translation]
    { id: 'system.call_started', text: '{X} zahájil(a) hovor' }, // [translation]
    { id: 'system.ai', text: 'Do Meta se odesílají jen zprávy, které zmiňují @Meta AI{U}' }, // [translation]
    { id: 'system.joined', text: '{X} se připojil(a)' }, // [translation]
    { id: 'system.settings_changed', text: '{X} zapnul(a) schvalování správcem pro připojení do této skupiny' }, // [translation]
    { id: 'system.settings_changed', text: '{X} vypnul(a) schvalování správcem pro připojení do této skupiny' }, // [translation]
    { id: 'system.unpinned', text: '{X} odepnul(a) zprávu' }, // [translation]
    { id: 'system.business', text: 'Tato konverzace je s firemním účtem{U}' }, // [translation]
    { id: 'system.community', text: '{X} se připojil(a) z komunity' }, // [translation]
    { id: 'system.join_requested', text: '{X} požádal(a) o připojení' }, // [translation]
  ],
  tombstones: [
    { id: 'deleted.incoming', text: 'Tato zpráva byla odstraněna.' },
    { id: 'deleted.own', text: 'Tuto zprávu jste odstranil/a.' },
    { id: 'deleted.admin', text: 'Tuto zprávu odstranil správce' }, // [translation]
  ],
  mediaOmitted: [
    { id: 'media.omitted', text: '<Média vynechány>' },
    { id: 'media.omitted', text: 'obrázek vynechán' }, // [iOS strings]
  ],
  attached: [
    { id: 'media.attached', text: '{F} (soubor byl přiložen)' },
    { id: 'media.attached', text: '<příloha: {F}>' }, // [iOS strings]
    { id: 'media.attached', text: '{F} <příloha: {F}>' }, // document line, shape as en (assumed)
  ],
  calls: [{ id: 'call.missed_voice', text: 'Zmeškaný hovor' }],
  locations: [{ id: 'location.pin', text: 'poloha: {U}' }],
  polls: [],
  editedSuffixes: [
    { id: 'edited', text: '<Tato zpráva byla upravena>' }, // [translation]
  ],
  exporterWords: ['vy', 'vás'],
  listAnd: 'a',
};
