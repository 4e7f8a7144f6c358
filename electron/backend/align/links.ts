// Finds conversations that are copies of one conversation held by different custodians, links them,
// and stores how their messages line up (docs/gaps.md#r6; the cross-custodian rule R6 reads it).
// Candidates: the same native id (a Wickr vgroupid, an RSMF conversation id), or content the two
// copies share, recognised from a sketch of each conversation's texts so that large conversations
// are compared in constant memory.
import { appendAudit } from '../audit/log';
import type { Db } from '../case/open';
import { nameKey } from '../people/identity';
import { align, comparableText, type AlignItem, type OffsetShift } from './align';

/** Texts kept per conversation in its sketch: the ones with the smallest hashes. */
const SKETCH_SIZE = 4096;
/** Shared sketch texts that make two conversations worth aligning. */
const MIN_SHARED = 8;
/** Matched messages that make an alignment a link. */
const MIN_MATCHED = 5;

interface ConversationRow {
  id: number;
  source_id: number;
  native_id: string | null;
  title: string;
  message_count: number;
}

/** FNV-1a, 32 bits: a fast, stable hash for sketches (not for security). */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The hashes of the conversation's distinctive texts (not placeholders or notices), bottom-k. Computed
 * once and kept with the conversation: its texts never change once imported.
 */
function sketchOf(db: Db, conversationId: number): Set<number> {
  const kept = db.prepare('SELECT text_sketch FROM conversations WHERE id = ?').pluck().get(conversationId) as Buffer | null;
  // Copied: a Buffer's offset in its pool need not be aligned for a Uint32Array view.
  if (kept !== null) return new Set(new Uint32Array(Uint8Array.from(kept).buffer));
  const hashes = new Set<number>();
  const rows = db.prepare(`SELECT kind, subtype, body FROM messages WHERE conversation_id = ? AND kind = 'text' AND deleted = 0`).iterate(conversationId) as Iterable<{
    kind: string;
    subtype: string | null;
    body: string;
  }>;
  for (const r of rows) {
    const text = comparableText(r.kind, r.subtype, r.body);
    if (text.length >= 8) hashes.add(hash32(text));
  }
  const sketch = [...hashes].sort((a, b) => a - b).slice(0, SKETCH_SIZE);
  db.prepare('UPDATE conversations SET text_sketch = ? WHERE id = ?').run(Buffer.from(Uint32Array.from(sketch).buffer), conversationId);
  return new Set(sketch);
}

function shared(a: Set<number>, b: Set<number>): number {
  let n = 0;
  for (const h of a) if (b.has(h)) n++;
  return n;
}

/** The messages of a conversation as the aligner compares them. */
function itemsOf(db: Db, conversationId: number): AlignItem[] {
  const rows = db
    .prepare(
      `SELECT m.seq, m.kind, m.subtype, m.body, m.sent_at AS at, m.with_seconds AS withSeconds, p.name AS author, pm.person_id AS personId
       FROM messages m LEFT JOIN participants p ON p.id = m.author_id LEFT JOIN person_members pm ON pm.participant_id = m.author_id
       WHERE m.conversation_id = ? ORDER BY m.seq`,
    )
    .iterate(conversationId) as Iterable<{ seq: number; kind: string; subtype: string | null; body: string; at: number | null; withSeconds: number; author: string | null; personId: number | null }>;
  const items: AlignItem[] = [];
  for (const r of rows) {
    items.push({
      seq: r.seq,
      authors: [...(r.personId !== null ? [`person:${r.personId}`] : []), ...(r.author !== null ? [`name:${nameKey(r.author)}`] : [])],
      text: comparableText(r.kind, r.subtype, r.body),
      at: r.at,
      minutePrecision: r.withSeconds === 0,
    });
  }
  return items;
}

export interface LinkOutcome {
  linkId: number;
  matched: number;
  conversationIds: [number, number];
}

/** Aligns two conversations and stores the link and its rows; returns null when too little matches. */
export function linkPair(db: Db, a: number, b: number, method: 'native_id' | 'participants' | 'reviewer', evidence: string, actor?: string): LinkOutcome | null {
  const itemsA = itemsOf(db, a);
  const itemsB = itemsOf(db, b);
  const alignment = align(itemsA, itemsB);
  if (method !== 'reviewer' && alignment.matched < MIN_MATCHED) return null;
  // seq is dense from 0 in every conversation, so an array maps seq → message id in one query.
  const idsOf = (conversationId: number) => (db.prepare('SELECT id FROM messages WHERE conversation_id = ? ORDER BY seq').pluck().all(conversationId) as number[]);
  const idsA = idsOf(a);
  const idsB = idsOf(b);
  const title = (db.prepare('SELECT title FROM conversations WHERE id = ?').get(a) as { title: string }).title;
  let linkId = 0;
  db.transaction(() => {
    linkId = Number(
      db
        .prepare('INSERT INTO conversation_links(title, method, evidence, offset_ms, matched, created_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(title, method, `${evidence}; ${alignment.matched} messages matched${shiftsText(alignment.offsetShifts)}`, Math.round(alignment.offsetMs), alignment.matched, Date.now())
          .lastInsertRowid,
    );
    const member = db.prepare('INSERT INTO conversation_link_members(link_id, conversation_id, position) VALUES (?, ?, ?)');
    member.run(linkId, a, 0);
    member.run(linkId, b, 1);
    const row = db.prepare('INSERT INTO aligned_rows(link_id, pos, conversation_id, message_id) VALUES (?, ?, ?, ?)');
    alignment.rows.forEach((r, pos) => {
      if (r.a !== null) row.run(linkId, pos, a, idsA[r.a]!);
      if (r.b !== null) row.run(linkId, pos, b, idsB[r.b]!);
    });
    if (actor) appendAudit(db, 'conversations.linked', { linkId, conversationIds: [a, b], matched: alignment.matched, offsetMs: alignment.offsetMs }, actor);
  })();
  return { linkId, matched: alignment.matched, conversationIds: [a, b] };
}

/** The changes of offset along the copies, as the link's evidence states them. */
function shiftsText(shifts: OffsetShift[]): string {
  if (shifts.length === 0) return '';
  const change = (s: OffsetShift) => {
    const minutes = Math.round((s.toMs - s.fromMs) / 60_000);
    const size = minutes % 60 === 0 ? `${Math.abs(minutes / 60)} h` : `${Math.abs(minutes)} min`;
    return `${minutes > 0 ? '+' : '−'}${size} on ${new Date(s.at).toISOString().slice(0, 10)}`;
  };
  return `; the offset between the two copies' times changes (${shifts.map(change).join(', ')}), as when the zones their times were read in do not change for daylight saving together`;
}

/**
 * Links the conversations of the given sources to copies of them in other sources. Conversations
 * already linked are left as they are. Returns every conversation whose links changed, so the gap
 * engine can re-run on them.
 */
export function linkNewConversations(db: Db, sourceIds: number[], progress?: (done: number, total: number) => void): number[] {
  const all = db
    .prepare(
      `SELECT c.id, c.source_id, c.native_id, c.title, c.message_count FROM conversations c JOIN sources s ON s.id = c.source_id
       WHERE s.status = 'complete'`,
    )
    .all() as ConversationRow[];
  const fresh = all.filter((c) => sourceIds.includes(c.source_id));
  const linked = new Set((db.prepare('SELECT conversation_id FROM conversation_link_members').all() as { conversation_id: number }[]).map((r) => r.conversation_id));
  const sketches = new Map<number, Set<number>>();
  const sketch = (id: number) => {
    let s = sketches.get(id);
    if (!s) sketches.set(id, (s = sketchOf(db, id)));
    return s;
  };
  const changed: number[] = [];
  fresh.forEach((c, i) => {
    progress?.(i, fresh.length);
    if (linked.has(c.id)) return;
    const others = all.filter((o) => o.source_id !== c.source_id && !linked.has(o.id));
    if (others.length === 0) return;
    const sameId = c.native_id === null ? undefined : others.find((o) => o.native_id === c.native_id);
    if (sameId) {
      const outcome = linkPair(db, sameId.id, c.id, 'native_id', `the same conversation id ${c.native_id}`);
      if (outcome) {
        linked.add(c.id).add(sameId.id);
        changed.push(sameId.id, c.id);
      }
      return;
    }
    const mine = sketch(c.id);
    if (mine.size < MIN_SHARED) return;
    const best = others
      .map((o) => ({ o, n: shared(mine, sketch(o.id)) }))
      .filter((x) => x.n >= MIN_SHARED)
      .sort((x, y) => y.n - x.n)[0];
    if (!best) return;
    const outcome = linkPair(db, best.o.id, c.id, 'participants', `${best.n} distinctive texts in common`);
    if (outcome) {
      linked.add(c.id).add(best.o.id);
      changed.push(best.o.id, c.id);
    }
  });
  progress?.(fresh.length, fresh.length);
  return changed;
}

export function unlink(db: Db, linkId: number, actor: string): number[] {
  const members = (db.prepare('SELECT conversation_id FROM conversation_link_members WHERE link_id = ?').all(linkId) as { conversation_id: number }[]).map((m) => m.conversation_id);
  db.transaction(() => {
    db.prepare('DELETE FROM conversation_links WHERE id = ?').run(linkId);
    appendAudit(db, 'conversations.unlinked', { linkId, conversationIds: members }, actor);
  })();
  return members;
}
