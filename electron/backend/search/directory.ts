// What a search needs to know about the case beside the messages: conversations, sources and
// participants (to turn field filters into id sets), which sources are visible, the display zone.
// Small tables, read once per change of the case rather than once per search.
import { displayTimeZone } from '../case/display-zone';
import type { Db } from '../case/open';

export interface ConversationEntry {
  id: number;
  title: string;
  sourceId: number;
  fileName: string;
  chatEntry: string | null;
  custodian: string | null;
  format: string;
  platform: string | null;
  visible: boolean;
  messageCount: number;
}

export interface ParticipantEntry {
  id: number;
  name: string;
}

export interface CaseSnapshot {
  /** Changes whenever an import, a removal or a zone change could change a search's answer. */
  key: string;
  conversations: Map<number, ConversationEntry>;
  participants: ParticipantEntry[];
  /** A source is being imported: its committed rows must be filtered out. */
  importing: boolean;
  visibleConversationIds: number[];
  visibleMessages: number;
  /** The case's display zone (its default zone, until a display-zone setting exists). */
  timeZone: string;
  custodians: (string | null)[];
}

export class CaseDirectory {
  private readonly stateKey;
  private readonly conversations;
  private readonly participants;
  private snapshot: CaseSnapshot | null = null;

  constructor(private readonly db: Db) {
    this.stateKey = db
      .prepare(
        `SELECT coalesce((SELECT group_concat(id || ':' || status || ':' || coalesce(indexed_through, '') || ':' || message_count) FROM sources), '')
                || '|' || coalesce((SELECT value FROM case_meta WHERE key = 'default_time_zone'), '')
                || '|' || coalesce((SELECT value FROM case_meta WHERE key = 'display_time_zone'), '')`,
      )
      .pluck();
    // The application a conversation belongs to is recorded by newer importers (schema 3).
    const hasPlatform = db.prepare("SELECT 1 FROM pragma_table_info('conversations') WHERE name = 'platform'").get() !== undefined;
    this.conversations = db.prepare(
      `SELECT c.id, c.title, c.source_id, s.file_name, s.chat_entry, s.custodian, s.format, ${hasPlatform ? 'c.platform' : 'NULL'} AS platform,
              s.status = 'complete' AS visible, c.message_count
       FROM conversations c JOIN sources s ON s.id = c.source_id`,
    );
    this.participants = db.prepare('SELECT id, name FROM participants');
  }

  current(): CaseSnapshot {
    const key = this.stateKey.get() as string;
    if (this.snapshot?.key === key) return this.snapshot;
    const rows = this.conversations.all() as {
      id: number;
      title: string;
      source_id: number;
      file_name: string;
      chat_entry: string | null;
      custodian: string | null;
      format: string;
      platform: string | null;
      visible: number;
      message_count: number;
    }[];
    const conversations = new Map<number, ConversationEntry>();
    for (const r of rows) {
      conversations.set(r.id, {
        id: r.id,
        title: r.title,
        sourceId: r.source_id,
        fileName: r.file_name,
        chatEntry: r.chat_entry,
        custodian: r.custodian,
        format: r.format,
        platform: r.platform,
        visible: r.visible === 1,
        messageCount: r.message_count,
      });
    }
    const visible = [...conversations.values()].filter((c) => c.visible);
    const sources = this.db.prepare("SELECT status, message_count, custodian FROM sources ORDER BY id").all() as { status: string; message_count: number; custodian: string | null }[];
    const complete = sources.filter((s) => s.status === 'complete');
    this.snapshot = {
      key,
      conversations,
      participants: this.participants.all() as ParticipantEntry[],
      importing: complete.length !== sources.length,
      visibleConversationIds: visible.map((c) => c.id),
      visibleMessages: complete.reduce((n, s) => n + s.message_count, 0),
      // Days (date filters, the day facet, conversation-days of a term report) are the reviewer's display zone's days.
      timeZone: displayTimeZone(this.db),
      custodians: [...new Set(complete.map((s) => s.custodian))].sort(byCustodian),
    };
    return this.snapshot;
  }
}

/** Named custodians alphabetically, then sources without one. */
function byCustodian(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a.localeCompare(b);
}
