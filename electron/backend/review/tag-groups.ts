// Groups of tags. Members of an exclusive group exclude each other on one target (single-choice
// coding, as Responsive / Not responsive / Partly responsive); the coding group's tags mark a
// conversation-day reviewed once every message in it carries one.
import { ApiError } from '../../../shared/api';
import type { TagGroupInfo } from '../../../shared/review';
import { appendAudit } from '../audit/log';
import type { Db, Writer } from '../case/open';

interface GroupRow {
  id: number;
  name: string;
  exclusive: number;
  coding: number;
}

export function listTagGroups(db: Db): TagGroupInfo[] {
  return (db.prepare('SELECT id, name, exclusive, coding FROM tag_groups ORDER BY id').all() as GroupRow[]).map((g) => ({
    id: g.id,
    name: g.name,
    exclusive: g.exclusive === 1,
    coding: g.coding === 1,
  }));
}

export function groupNamed(db: Db, name: string): TagGroupInfo {
  const group = listTagGroups(db).find((g) => g.name.toLowerCase() === name.trim().toLowerCase());
  if (!group) throw new ApiError('not_found', `There is no tag group '${name}'; the groups are ${listTagGroups(db).map((g) => g.name).join(', ') || 'none yet'}.`);
  return group;
}

/** A new group (audited); making it the coding group takes that role from the one that had it. */
export function createTagGroup(db: Writer, a: { name: string; exclusive: boolean; coding?: boolean }, reviewer: string): TagGroupInfo {
  if (listTagGroups(db).some((g) => g.name.toLowerCase() === a.name.trim().toLowerCase())) {
    throw new ApiError('invalid_argument', `A tag group named '${a.name.trim()}' exists already.`);
  }
  if (a.coding) db.prepare('UPDATE tag_groups SET coding = 0').run();
  const id = Number(
    db.prepare('INSERT INTO tag_groups(name, exclusive, coding, created_by, created_at) VALUES (?, ?, ?, ?, ?)').run(a.name.trim(), a.exclusive ? 1 : 0, a.coding ? 1 : 0, reviewer, Date.now())
      .lastInsertRowid,
  );
  const group = listTagGroups(db).find((g) => g.id === id)!;
  appendAudit(db, 'tag.group.create', { after: group }, reviewer);
  return group;
}
