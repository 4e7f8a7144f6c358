import type { Lexicon } from './types';

// Czech. Evidence: docs/formats.md#whatsapp-texts, Tables S1–S3, S5. Rows are [device export] unless a comment
// names another label.
export const cs: Lexicon = {
  lang: 'cs',
  system: [
    { id: 'system.encryption', text: 'Zprávy a hovory jsou zabezpečeny koncovým šifrováním. Nikdo, kdo není přímým účastníkem této konverzace, ji nemůže sledovat ani poslouchat. Dokonce ani WhatsApp. Další informace zobrazíte klepnutím.' },
  ],
  tombstones: [
    { id: 'deleted.incoming', text: 'Tato zpráva byla odstraněna.' },
    { id: 'deleted.own', text: 'Tuto zprávu jste odstranil/a.' },
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
  editedSuffixes: [],
};
