// What a produced document holds of each message, read once and redacted once, so that every format
// (transcript, text, RSMF, load file) writes the same thing and none can carry a redacted passage:
// the body, the edits' earlier texts and a reply's quote of its parent all pass through the Redactor.
import type { Db } from '../case/open';
import { AttachmentReader, EventReader, MESSAGE_SELECT, utcIso, type MessageRow } from '../threads/rows';
import type { DocumentEntry } from './documents';
import { plainText, Redactor, type Segment } from './redactions';

export interface ProducedAttachment {
  id: number;
  name: string;
  sha256: string | null;
  size: number | null;
  present: boolean;
  /** The reason when the attachment is redacted: its name and hash are then withheld too. */
  redacted: string | null;
}

export interface ProducedMessage {
  id: number;
  bates: string;
  /** Brought in as the parent of a selected reply. */
  context: boolean;
  /** Carries the withholding tag inside a produced document: shown as a box, listed in the privilege log. */
  withheld: string | null;
  seq: number;
  kind: string;
  subtype: string | null;
  author: string | null;
  authorNativeId: string | null;
  /** UTC ISO with `Z`; null when the source gives no time. */
  sentAtUtc: string | null;
  sentAt: number | null;
  /** The wall clock of the source as written, with the source's zone. */
  sentAtLocal: string | null;
  timeZone: string;
  stampRaw: string | null;
  body: Segment[];
  deleted: boolean;
  edited: boolean;
  nativeId: string | null;
  threadParent: string | null;
  direction: 'incoming' | 'outgoing' | null;
  contentStatus: string | null;
  /** The parent a reply quotes; `bates` when the parent went out under a number of this production in another document. */
  quote: { author: string | null; text: string; bates: string | null } | null;
  edits: { by: string | null; at: string | null; previous: string | null; next: string | null }[];
  reactions: { by: string | null; value: string }[];
  attachments: ProducedAttachment[];
}

export interface FindingBand {
  /** The band sits before this message (null: after the last). */
  beforeMessageId: number | null;
  rule: string;
  strength: string;
  text: string;
}

interface ParentRow {
  id: number;
  author: string | null;
  body: string;
}

/** Reads documents' messages in production form; one instance per production. */
export class ContentReader {
  private readonly rows;
  private readonly attachments: AttachmentReader;
  private readonly events: EventReader;
  private readonly parent;
  private readonly authorNative;
  private readonly findings;
  /** The bodies as stored of the messages last read, for passages to be found and removed elsewhere. */
  private originals = new Map<number, string>();

  constructor(private readonly db: Db) {
    this.rows = db.prepare(`${MESSAGE_SELECT} WHERE m.id IN (SELECT value FROM json_each(?)) ORDER BY m.conversation_id, m.seq`);
    this.attachments = new AttachmentReader(db);
    this.events = new EventReader(db);
    this.parent = db.prepare(
      'SELECT m.id, p.name AS author, m.body FROM messages m LEFT JOIN participants p ON p.id = m.author_id WHERE m.conversation_id = ? AND m.native_id = ? ORDER BY m.seq LIMIT 1',
    );
    this.authorNative = db.prepare('SELECT p.native_id FROM messages m JOIN participants p ON p.id = m.author_id WHERE m.id = ?').pluck();
    this.findings = db.prepare(
      `SELECT f.rule, f.strength, f.explanation, f.message_id, f.after_message_id, f.before_seq, f.after_seq FROM findings f
       WHERE f.conversation_id = ? AND ((f.before_seq BETWEEN ? AND ?) OR (f.after_seq BETWEEN ? AND ?) OR f.message_id IN (SELECT value FROM json_each(?)))
       ORDER BY coalesce(f.after_seq, f.before_seq), f.id`,
    );
  }

  /**
   * The document's messages in source order, each numbered by `batesOf`, redacted, the withheld ones
   * boxed; a reply whose parent went out in another document names that parent's number (`producedAs`).
   */
  messages(
    entries: readonly DocumentEntry[],
    batesOf: (i: number) => string,
    withheld: ReadonlySet<number>,
    withholdReason: string,
    producedAs: (messageId: number) => string | null,
  ): { messages: ProducedMessage[]; redactor: Redactor } {
    const ids = entries.map((e) => e.messageId);
    const context = new Set(entries.filter((e) => e.context).map((e) => e.messageId));
    const rows = this.rows.all(JSON.stringify(ids)) as MessageRow[];
    const parents = new Map<number, ParentRow>();
    for (const r of rows) {
      const p = r.thread_parent === null ? undefined : (this.parent.get(r.conversation_id, r.thread_parent) as ParentRow | undefined);
      if (p) parents.set(r.id, p);
    }
    const redactor = new Redactor(this.db, [...ids, ...[...parents.values()].map((p) => p.id)]);
    this.originals = new Map(rows.map((r) => [r.id, r.body]));
    for (const p of parents.values()) this.originals.set(p.id, p.body);
    const order = new Map(ids.map((id, i) => [id, i]));
    const messages = rows
      .sort((a, b) => order.get(a.id)! - order.get(b.id)!)
      .map((r, i) => {
        const parent = parents.get(r.id);
        const reasonFor = (id: number) => (withheld.has(id) ? withholdReason : null);
        const inThisDocument = parent !== undefined && order.has(parent.id);
        return this.produce(r, batesOf(i), context.has(r.id), reasonFor(r.id), parent && { ...parent, withheld: reasonFor(parent.id), bates: inThisDocument ? null : producedAs(parent.id) }, redactor);
      });
    return { messages, redactor };
  }

  private produce(r: MessageRow, bates: string, context: boolean, withheld: string | null, parent: (ParentRow & { withheld: string | null; bates: string | null }) | undefined, redactor: Redactor): ProducedMessage {
    const hidden = withheld ?? redactor.wholeMessage(r.id);
    const events = this.events.for(r);
    const scrub = (text: string | null) => (text === null || hidden !== null ? null : redactor.scrub(r.id, r.body, text));
    const parentQuote = parent && plainText(parent.withheld === null ? redactor.body(parent.id, parent.body) : [{ redacted: parent.withheld }]);
    return {
      id: r.id,
      bates,
      context,
      withheld,
      seq: r.seq,
      kind: r.kind,
      subtype: r.subtype,
      author: r.author,
      authorNativeId: (this.authorNative.get(r.id) as string | null | undefined) ?? null,
      sentAtUtc: utcIso(r.sent_at, r.sent_at_us),
      sentAt: r.sent_at,
      sentAtLocal: r.sent_at_local,
      timeZone: r.time_zone,
      stampRaw: r.stamp_raw,
      body: withheld !== null ? [{ redacted: withheld }] : redactor.body(r.id, r.body),
      deleted: r.deleted === 1,
      edited: r.edited === 1,
      nativeId: r.native_id,
      threadParent: r.thread_parent,
      direction: r.direction,
      contentStatus: r.content_status,
      quote: parent ? { author: parent.author, text: parentQuote!.slice(0, 160), bates: parent.bates } : null,
      edits:
        hidden !== null
          ? []
          : events.filter((e) => e.kind === 'edit').map((e) => ({ by: e.actor, at: utcIso(e.sentAt, e.sentAtUs), previous: scrub(typeof e.detail?.previous === 'string' ? e.detail.previous : null), next: scrub(e.value) })),
      reactions: hidden !== null ? [] : events.filter((e) => e.kind === 'reaction' && e.value !== null && e.detail?.added !== false).map((e) => ({ by: e.actor, value: e.value! })),
      attachments: this.attachments.for(r).map((a) => {
        const redacted = hidden ?? redactor.attachment(r.id, a.id);
        return redacted === null
          ? { id: a.id, name: a.name, sha256: a.sha256, size: a.size, present: a.present, redacted: null }
          : { id: a.id, name: '', sha256: null, size: null, present: a.present, redacted };
      }),
    };
  }

  /** Gap findings touching the document's messages, each placed before the message it sits in front of. */
  bands(conversationId: number, messages: readonly ProducedMessage[], redactor: Redactor): FindingBand[] {
    if (messages.length === 0) return [];
    const first = messages[0]!.seq;
    const last = messages[messages.length - 1]!.seq;
    const rows = this.findings.all(conversationId, first, last, first, last, JSON.stringify(messages.map((m) => m.id))) as {
      rule: string;
      strength: string;
      explanation: string;
      message_id: number | null;
      after_message_id: number | null;
      after_seq: number | null;
    }[];
    const bySeq = (seq: number | null) => (seq === null ? undefined : messages.find((m) => m.seq >= seq));
    return rows.map((f) => {
      const before = f.message_id !== null && messages.some((m) => m.id === f.message_id) ? f.message_id : (bySeq(f.after_seq)?.id ?? null);
      // A finding's sentence may quote a message; a redacted passage never passes through it.
      const text = redactor.scrubEverywhere(this.originals, f.explanation);
      return { beforeMessageId: before, rule: f.rule, strength: f.strength, text };
    });
  }
}
