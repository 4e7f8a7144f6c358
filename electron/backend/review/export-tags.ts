// The tags a message carries as exports write them: its own and those it inherits from its day and
// conversation, without inherited ones a nearer tag of the same exclusive group replaces, each with
// the reviewer who applied it and when. A case with no tag applied answers without a query per
// message, so exports of uncoded cases cost nothing more.
import type { Db } from '../case/open';
import { liveTags } from './scopes';
import type { TagScope } from '../../../shared/review';

export interface ExportedTag {
  name: string;
  /** Where it is applied: `message` is the message's own tag; `day` and `conversation` are inherited. */
  scope: TagScope;
  /** Who applied it (to the message, or to the day or conversation it inherits from), and when (UTC ISO-8601). */
  reviewer: string;
  at: string;
}

export class ExportTagReader {
  private readonly tags;
  private readonly coded: boolean;
  private readonly applied;

  constructor(db: Db) {
    this.tags = new Map(liveTags(db).map((t) => [t.id, t]));
    this.coded =
      db.prepare('SELECT EXISTS (SELECT 1 FROM message_tags) OR EXISTS (SELECT 1 FROM day_tags) OR EXISTS (SELECT 1 FROM conversation_tags)').pluck().get() === 1;
    this.applied = db.prepare(
      `SELECT tag_id, 'message' AS scope, reviewer, at FROM message_tags WHERE message_id = ?
       UNION ALL SELECT tag_id, 'day', reviewer, at FROM day_tags WHERE conversation_id = ? AND start_at <= ? AND end_at > ?
       UNION ALL SELECT tag_id, 'conversation', reviewer, at FROM conversation_tags WHERE conversation_id = ?`,
    );
  }

  for(message: { id: number; conversation_id: number; sent_at: number | null }): ExportedTag[] {
    if (!this.coded) return [];
    const rows = (this.applied.all(message.id, message.conversation_id, message.sent_at, message.sent_at, message.conversation_id) as { tag_id: number; scope: TagScope; reviewer: string; at: number }[]).filter((r) =>
      this.tags.has(r.tag_id),
    );
    const rank: Record<TagScope, number> = { message: 0, day: 1, conversation: 2 };
    const group = (tagId: number) => this.tags.get(tagId)!.exclusiveGroup;
    return rows
      .filter((r) => !rows.some((o) => o.tag_id !== r.tag_id && group(r.tag_id) !== null && group(o.tag_id) === group(r.tag_id) && rank[o.scope] < rank[r.scope]))
      .sort((a, b) => rank[a.scope] - rank[b.scope] || a.tag_id - b.tag_id)
      .map((r) => ({ name: this.tags.get(r.tag_id)!.name, scope: r.scope, reviewer: r.reviewer, at: new Date(r.at).toISOString() }));
  }
}

function tagLabel(t: ExportedTag): string {
  return t.scope === 'message' ? t.name : `${t.name} (inherited from the ${t.scope})`;
}

/** `Responsive; Hot (inherited from the day)`: one cell, readable in a spreadsheet. */
export function tagsCell(tags: readonly ExportedTag[]): string {
  return tags.map(tagLabel).join('; ');
}

/** `Responsive: Pat Lee at 2024-03-01T10:00:00.000Z; …`: who applied each tag of the tags cell, in its order. */
export function tagsByCell(tags: readonly ExportedTag[]): string {
  return tags.map((t) => `${tagLabel(t)}: ${t.reviewer} at ${t.at}`).join('; ');
}
