// Shared shapes for the whatsapp-notices-* tests (issue 16): one notice, written once per case, is put
// in an Android chat (a line with no author) and in an iOS chat (under the name of the person it is
// about, marked with U+200E as iOS marks its own texts), and both readings are checked.
import { expect } from 'vitest';
import { LRM, parseText } from './whatsapp-helpers';

export interface NoticeCase {
  lang: string;
  subtype: string;
  /** The person the notice names first ({X}), as the body writes it; null for notices about the reader. */
  actor: string | null;
  /** The notice as WhatsApp writes it, with the actor's name in it. */
  body: string;
}

/** `[lang, subtype, actor, body]` rows, the way the tests write them. */
export function cases(rows: [string, string, string | null, string][]): NoticeCase[] {
  return rows.map(([lang, subtype, actor, body]) => ({ lang, subtype, actor, body }));
}

/** A case's title: language, subtype and body. */
export function title(c: NoticeCase): string {
  return `${c.lang} ${c.subtype}: ${c.body}`;
}

/** The Android export of a group where Ben writes before and after the notice. */
export async function expectAndroidNotice(c: NoticeCase): Promise<void> {
  const text = `25/03/2024, 10:00 - Ben: hola\n25/03/2024, 10:01 - ${c.body}\n25/03/2024, 10:02 - Ben: ok\n`;
  const { messages, result } = await parseText(text);
  expect(messages[1], c.body).toMatchObject({ author: null, kind: 'system', subtype: c.subtype });
  if (c.actor) expect(messages[1]!.parties?.actor, c.body).toBe(c.actor);
  expect(result.warnings.filter((w) => w.code === 'unclassified')).toEqual([]);
}

/**
 * The iOS export: the notice printed under the name of the person it is about (or, for a notice about
 * the reader, under the other person's name), which must not make that person an author.
 */
export async function expectIosNotice(c: NoticeCase): Promise<void> {
  const under = c.actor ?? 'Dana Ilić';
  const text = `[25/03/2024, 10:00:00] Ben: hola\n[25/03/2024, 10:01:00] ${under}: ${LRM}${c.body}\n[25/03/2024, 10:02:00] Ben: ok\n`;
  const { messages, result } = await parseText(text);
  expect(messages[1], c.body).toMatchObject({ author: null, kind: 'system', subtype: c.subtype });
  expect([...result.participants.keys()], c.body).toEqual(['Ben']);
  expect(result.warnings.filter((w) => w.code === 'unlisted_notice'), c.body).toEqual([]);
}
