// The shape of one language's WhatsApp texts (docs/formats.md#whatsapp-texts, tables S1–S5). Each language is
// one data file of rows; a new language is a new file, not new code.
//
// Templates are written as the app writes them. Placeholders: {X} the person who acts (or whom the
// notice is about), {Y} the person acted on, {N} a group name, {F} a file name, {U} the rest of the line
// (a URL, or the tail of a long notice), {n} a number. Evidence labels beside rows: [device export],
// [iOS strings], [Android strings], [parser code] (another parser's list), [parser: name] (that
// parser), [web strings] (WhatsApp Web's own texts, `Click` read as `Tap`), [issue 16] (a device-export
// shape quoted in the project's issue 16), [translation] (the en row translated, not yet seen in an
// export). Matching ignores case, bidi marks, U+FEFF, the kind of space and quote mark, and one final
// period, on NFC-normalized text. Rows are tried in order, so a looser row comes after the rows it would
// swallow (`{X} joined` after `{X} joined from the community`); a test reads every row's own example
// back to its id. Whole sentences come before templates, and a body that is a whole tombstone,
// placeholder or call sentence is never a notice (the view-once sentence holds `added`). Each file also
// holds the language's words for reading a notice's people (`exporterWords`, `listAnd`).

export interface LexiconRow {
  /** What the text means, e.g. `deleted.own`, `system.group_created`, `media.omitted`. */
  id: string;
  text: string;
}

export interface Lexicon {
  /** BCP 47 language tag: `en`, `de`, `pt-BR` … */
  lang: string;
  /** Notices written by WhatsApp (Tables S1, S4): encryption, group events, timers, security codes. */
  system: LexiconRow[];
  /** Deletion tombstones (Table S2): `deleted.incoming`, `deleted.own`, `deleted.admin`. */
  tombstones: LexiconRow[];
  /** Whole-body placeholders for media not in the export (Table S3): `media.omitted`, `contact.omitted`. */
  mediaOmitted: LexiconRow[];
  /** Attachment markers naming a file ({F}) on the first line: `media.attached`. */
  attached: LexiconRow[];
  /** Authored call lines (Table S5): `call.missed_voice`, `call.missed_video`. */
  calls: LexiconRow[];
  /** Location shares (Table S5): `location.pin` with {U}, `location.live`. */
  locations: LexiconRow[];
  /** Poll headers (Table S5), matched on the first line: `poll`. */
  polls: LexiconRow[];
  /** Suffixes the app appends to an edited message's final text: `edited`. */
  editedSuffixes: LexiconRow[];
  /**
   * The words a notice writes in a name's place for the account that exported the chat (`You added Ben`,
   * `Ana added you`), lower-case: such a party is left out rather than stored as a person called "You"
   * (docs/formats.md#whatsapp-parties). Absent: every party a notice names is a person.
   */
  exporterWords?: string[];
  /** The word between the last two of several names a notice lists (`Ben, Carl and Dana`); absent: commas only. */
  listAnd?: string;
}
