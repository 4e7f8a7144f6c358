// Choices the doors offer that no other contract module names yet: the file formats of exports and
// how a source can be marked. The CLI's option tables and the validators read them from here.

/** Message exports: JSON lines or CSV, one record per message (docs/design.md, the CLI). */
export const MESSAGE_EXPORT_FORMATS = ['jsonl', 'csv'] as const;
export type MessageExportFormat = (typeof MESSAGE_EXPORT_FORMATS)[number];

/** One conversation or day as a transcript (HTML) or an RSMF file, without Bates numbers. */
export const TRANSCRIPT_EXPORT_FORMATS = ['html', 'rsmf'] as const;
export type TranscriptExportFormat = (typeof TRANSCRIPT_EXPORT_FORMATS)[number];

/** The completeness report: HTML to read and print, CSV to sort. */
export const COMPLETENESS_FORMATS = ['html', 'csv'] as const;
export type CompletenessFormat = (typeof COMPLETENESS_FORMATS)[number];

/** How a source is marked for the records lens; `none` takes a mark away. */
export const ACCOUNT_MARKS = ['official', 'personal', 'none'] as const;
export type AccountMark = (typeof ACCOUNT_MARKS)[number];
