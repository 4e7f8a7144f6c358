// The records lens (docs/gaps.md#rk-1): 44 U.S.C. 2911 lets an agency employee send a record from
// a personal account only if an official account is copied when it is sent or receives a complete
// copy within 20 days. For each message the holder of a personal account wrote, this looks for that
// copy among the messages of sources marked official: the same words (as the aligner compares them)
// or the same attachment (by SHA-256), dated from the message's own time to 20 days after.
import { BASE_TOLERANCE_MS, comparableText } from '../align/align';
import type { Db } from '../case/open';

export const COPY_DEADLINE_MS = 20 * 86_400_000;
/** Texts shorter than this many words match by coincidence too easily to count as a sure copy. */
const SHORT_TEXT_WORDS = 3;

export interface HolderMessage {
  id: number;
  seq: number;
  sentAt: number | null;
  sentAtLocal: string | null;
  lineStart: number | null;
  record: string | null;
}

export type CopyVerdict =
  | { kind: 'copied'; copyId: number; lagMs: number; shortText: boolean }
  | { kind: 'not_copied' }
  /** No copy yet, and the official sources stop before the deadline: nothing can be said. */
  | { kind: 'undecided'; officialEnd: number }
  | { kind: 'untestable'; why: 'no_time' | 'no_content' };

interface Sighting {
  at: number;
  id: number;
}

/** Every message of the official sources, by what it says and by its attachments' hashes. */
export class OfficialCopies {
  private readonly byText = new Map<string, Sighting[]>();
  private readonly byHash = new Map<string, Sighting[]>();
  /** The latest time any official source covers; copies cannot be looked for after it. */
  readonly end: number | null;
  readonly sourceCount: number;

  constructor(db: Db) {
    const official = `JOIN conversations c ON c.id = m.conversation_id JOIN sources s ON s.id = c.source_id
                      WHERE s.account_kind = 'official' AND s.status = 'complete' AND m.sent_at IS NOT NULL`;
    const texts = db.prepare(`SELECT m.id, m.kind, m.subtype, m.body, m.sent_at AS at FROM messages m ${official} AND m.kind <> 'system'`);
    for (const m of texts.iterate() as Iterable<{ id: number; kind: string; subtype: string | null; body: string; at: number }>) {
      const text = comparableText(m.kind, m.subtype, m.body);
      if (isComparable(text)) push(this.byText, text, { at: m.at, id: m.id });
    }
    const hashes = db.prepare(`SELECT m.id, a.sha256, m.sent_at AS at FROM attachments a JOIN messages m ON m.id = a.message_id ${official} AND a.sha256 IS NOT NULL`);
    for (const a of hashes.iterate() as Iterable<{ id: number; sha256: string; at: number }>) push(this.byHash, a.sha256, { at: a.at, id: a.id });
    for (const list of [...this.byText.values(), ...this.byHash.values()]) list.sort((x, y) => x.at - y.at);
    this.end = db.prepare(`SELECT max(m.sent_at) FROM messages m ${official}`).pluck().get() as number | null;
    this.sourceCount = db.prepare(`SELECT count(*) FROM sources WHERE account_kind = 'official' AND status = 'complete'`).pluck().get() as number;
  }

  /** The earliest copy inside the window, by text or by any of the hashes. */
  find(text: string | null, hashes: string[], at: number): { copy: Sighting; byText: boolean } | null {
    const candidates: { copy: Sighting; byText: boolean }[] = [];
    const byText = text === null ? undefined : earliestIn(this.byText.get(text), at);
    if (byText) candidates.push({ copy: byText, byText: true });
    for (const h of hashes) {
      const byHash = earliestIn(this.byHash.get(h), at);
      if (byHash) candidates.push({ copy: byHash, byText: false });
    }
    // A hash match is the stronger evidence; between equals the earlier copy counts.
    candidates.sort((x, y) => Number(x.byText) - Number(y.byText) || x.copy.at - y.copy.at);
    return candidates[0] ?? null;
  }
}

function push(map: Map<string, Sighting[]>, key: string, s: Sighting): void {
  const list = map.get(key);
  if (list) list.push(s);
  else map.set(key, [s]);
}

/** Placeholders (`<media>`, `<deleted>`) say nothing a copy could repeat. */
function isComparable(text: string): boolean {
  return text !== '' && !/^<[^>]+>$/.test(text);
}

function earliestIn(list: Sighting[] | undefined, at: number): Sighting | undefined {
  if (!list) return undefined;
  const from = at - BASE_TOLERANCE_MS;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.at < from) lo = mid + 1;
    else hi = mid;
  }
  const hit = list[lo];
  return hit !== undefined && hit.at <= at + COPY_DEADLINE_MS ? hit : undefined;
}

/** The messages the holder wrote in one conversation of a personal source, with a verdict each. */
export function checkCopies(db: Db, conversationId: number, holder: string, official: OfficialCopies): { message: HolderMessage; verdict: CopyVerdict }[] {
  const rows = db
    .prepare(
      `SELECT m.id, m.seq, m.kind, m.subtype, m.body, m.sent_at AS sentAt, m.sent_at_local AS sentAtLocal, m.line_start AS lineStart, m.record,
              (SELECT json_group_array(a.sha256) FROM attachments a WHERE a.message_id = m.id AND a.sha256 IS NOT NULL) AS hashes
       FROM messages m JOIN participants p ON p.id = m.author_id
       WHERE m.conversation_id = ? AND p.name = ? AND m.kind NOT IN ('system', 'deleted') ORDER BY m.seq`,
    )
    .all(conversationId, holder) as (HolderMessage & { kind: string; subtype: string | null; body: string; hashes: string })[];
  return rows.map((r) => {
    const message: HolderMessage = { id: r.id, seq: r.seq, sentAt: r.sentAt, sentAtLocal: r.sentAtLocal, lineStart: r.lineStart, record: r.record };
    const text = comparableText(r.kind, r.subtype, r.body);
    const hashes = JSON.parse(r.hashes) as string[];
    if (!isComparable(text) && hashes.length === 0) return { message, verdict: { kind: 'untestable', why: 'no_content' } };
    if (r.sentAt === null) return { message, verdict: { kind: 'untestable', why: 'no_time' } };
    const found = official.find(isComparable(text) ? text : null, hashes, r.sentAt);
    if (found) {
      const shortText = found.byText && text.split(' ').length < SHORT_TEXT_WORDS;
      return { message, verdict: { kind: 'copied', copyId: found.copy.id, lagMs: Math.max(0, found.copy.at - r.sentAt), shortText } };
    }
    if (official.end === null || official.end < r.sentAt + COPY_DEADLINE_MS) return { message, verdict: { kind: 'undecided', officialEnd: official.end ?? r.sentAt } };
    return { message, verdict: { kind: 'not_copied' } };
  });
}

export interface PersonalAccount {
  sourceId: number;
  holder: string | null;
}

export function personalAccountOf(db: Db, sourceId: number): PersonalAccount | null {
  const r = db.prepare(`SELECT id AS sourceId, account_holder AS holder FROM sources WHERE id = ? AND account_kind = 'personal'`).get(sourceId) as PersonalAccount | undefined;
  return r ?? null;
}
