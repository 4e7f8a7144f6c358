// Tags: the default set and the reviewer's own, each with a colour, a description and an optional
// shortcut key. Renaming and removing are audited with before and after; a removed tag keeps its row
// and its applications (no longer in force), so the history stays readable.
import { ApiError } from '../../../shared/api';
import type { TagCounts, TagInfo, TagSummary } from '../../../shared/review';
import { appendAudit } from '../audit/log';
import type { Db, Writer } from '../case/open';
import { groupNamed } from './tag-groups';

interface TagRow {
  id: number;
  name: string;
  color: string;
  description: string;
  shortcut: string | null;
  group_id: number | null;
  group_name: string | null;
  exclusive: number | null;
  coding: number | null;
  removed_at: number | null;
}

const SELECT_TAGS = `SELECT t.id, t.name, t.color, t.description, t.shortcut, t.group_id, g.name AS group_name, g.exclusive, g.coding, t.removed_at
                     FROM tags t LEFT JOIN tag_groups g ON g.id = t.group_id`;

function toTag(r: TagRow): TagInfo {
  return {
    id: r.id,
    name: r.name,
    color: r.color,
    description: r.description,
    shortcut: r.shortcut,
    group: r.group_id === null ? null : { id: r.group_id, name: r.group_name!, exclusive: r.exclusive === 1, coding: r.coding === 1 },
    removed: r.removed_at !== null,
  };
}

/** Tags in force, in their order; with `removed`, the removed ones after them. */
export function listTags(db: Db, opts: { removed?: boolean } = {}): TagInfo[] {
  const rows = db.prepare(`${SELECT_TAGS} ${opts.removed ? '' : 'WHERE t.removed_at IS NULL'} ORDER BY t.removed_at IS NOT NULL, t.position, t.id`).all() as TagRow[];
  return rows.map(toTag);
}

export function tagById(db: Db, id: number): TagInfo {
  const row = db.prepare(`${SELECT_TAGS} WHERE t.id = ?`).get(id) as TagRow | undefined;
  if (!row) throw new ApiError('not_found', `There is no tag ${id} in this case.`);
  return toTag(row);
}

/** The tag in force with this name (ignoring case), or a sentence listing the tags there are. */
export function tagNamed(db: Db, name: string): TagInfo {
  const wanted = name.trim().toLowerCase();
  const tag = listTags(db).find((t) => t.name.toLowerCase() === wanted);
  if (!tag) throw new ApiError('not_found', `There is no tag '${name.trim()}' in this case; the tags are ${listTags(db).map((t) => t.name).join(', ')}.`);
  return tag;
}

/** A tag in force, named by id or by name. */
export function liveTag(db: Db, ref: number | string): TagInfo {
  const tag = typeof ref === 'number' ? tagById(db, ref) : tagNamed(db, ref);
  if (tag.removed) throw new ApiError('invalid_argument', `The tag '${tag.name}' was removed; it cannot be applied.`);
  return tag;
}

export interface TagFields {
  name?: string;
  color?: string;
  description?: string;
  /** '' clears the key. */
  shortcut?: string;
  /** A group's name; '' takes the tag out of its group. */
  group?: string;
}

function checkFree(db: Db, fields: TagFields, except: number | null): void {
  const live = listTags(db).filter((t) => t.id !== except);
  if (fields.name !== undefined && live.some((t) => t.name.toLowerCase() === fields.name!.trim().toLowerCase())) {
    throw new ApiError('invalid_argument', `A tag named '${fields.name.trim()}' exists already.`);
  }
  const holder = fields.shortcut ? live.find((t) => t.shortcut === fields.shortcut) : undefined;
  if (holder) throw new ApiError('invalid_argument', `The key '${fields.shortcut}' is already the shortcut of '${holder.name}'.`);
}

export function createTag(db: Writer, fields: TagFields & { name: string }, reviewer: string): TagInfo {
  checkFree(db, fields, null);
  const position = (db.prepare('SELECT coalesce(max(position), 0) + 1 FROM tags').pluck().get() as number);
  const groupId = fields.group ? groupNamed(db, fields.group).id : null;
  const id = Number(
    db
      .prepare('INSERT INTO tags(name, color, description, shortcut, group_id, position, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(fields.name.trim(), fields.color ?? '#607d8b', fields.description ?? '', fields.shortcut || null, groupId, position, reviewer, Date.now()).lastInsertRowid,
  );
  const tag = tagById(db, id);
  appendAudit(db, 'tag.create', { after: tag }, reviewer);
  return tag;
}

export function updateTag(db: Writer, id: number, fields: TagFields, reviewer: string, reason?: string): TagInfo {
  const before = liveTag(db, id);
  checkFree(db, fields, id);
  const groupId = fields.group === undefined ? before.group?.id ?? null : fields.group === '' ? null : groupNamed(db, fields.group).id;
  db.prepare('UPDATE tags SET name = ?, color = ?, description = ?, shortcut = ?, group_id = ? WHERE id = ?').run(
    fields.name?.trim() ?? before.name,
    fields.color ?? before.color,
    fields.description ?? before.description,
    fields.shortcut === undefined ? before.shortcut : fields.shortcut || null,
    groupId,
    id,
  );
  const after = tagById(db, id);
  appendAudit(db, before.name === after.name ? 'tag.update' : 'tag.rename', { before, after, ...(reason ? { reason } : {}) }, reviewer);
  return after;
}

/** Takes a tag out of use: its row and applications stay for the history, no longer in force. */
export function removeTag(db: Writer, id: number, reviewer: string, reason?: string): TagInfo {
  const before = liveTag(db, id);
  db.prepare('UPDATE tags SET removed_at = ?, removed_by = ? WHERE id = ?').run(Date.now(), reviewer, id);
  const applied = db
    .prepare('SELECT (SELECT count(*) FROM message_tags WHERE tag_id = ?) + (SELECT count(*) FROM day_tags WHERE tag_id = ?) + (SELECT count(*) FROM conversation_tags WHERE tag_id = ?)')
    .pluck()
    .get(id, id, id) as number;
  appendAudit(db, 'tag.remove', { before, applications: applied, ...(reason ? { reason } : {}) }, reviewer);
  return tagById(db, id);
}

/** Every tag in force (with `removed`, the removed ones too) with where it is applied: counts per scope, and per reviewer. */
export function tagSummaries(db: Db, opts: { removed?: boolean } = {}): TagSummary[] {
  const rows = db
    .prepare(
      `SELECT tag_id, reviewer, 'message' AS scope, count(*) AS n FROM message_tags GROUP BY 1, 2
       UNION ALL SELECT tag_id, reviewer, 'day', count(*) FROM day_tags GROUP BY 1, 2
       UNION ALL SELECT tag_id, reviewer, 'conversation', count(*) FROM conversation_tags GROUP BY 1, 2`,
    )
    .all() as { tag_id: number; reviewer: string; scope: keyof TagCounts; n: number }[];
  return listTags(db, opts).map((tag) => {
    const counts: TagCounts = { message: 0, day: 0, conversation: 0 };
    const byReviewer = new Map<string, TagCounts & { reviewer: string }>();
    for (const r of rows.filter((x) => x.tag_id === tag.id)) {
      counts[r.scope] += r.n;
      const mine = byReviewer.get(r.reviewer) ?? { reviewer: r.reviewer, message: 0, day: 0, conversation: 0 };
      mine[r.scope] += r.n;
      byReviewer.set(r.reviewer, mine);
    }
    const total = (c: TagCounts) => c.message + c.day + c.conversation;
    return { ...tag, counts, byReviewer: [...byReviewer.values()].sort((a, b) => total(b) - total(a) || a.reviewer.localeCompare(b.reviewer)) };
  });
}
