// Chronologies and their entries: adding, changing and listing, each change audited with the
// reviewer, the time, and the entry before and after. An entry is kept as what it rests on (message
// ids, a finding's stable key, a conversation-day, an investigator's date); its span, citations and
// overlaps are read from the case each time it is listed, so they follow the case as it is.
import { ApiError } from '../../../shared/api';
import { MASTER_CHRONOLOGY, type ChronologyEntry, type ChronologySummary, type ChronologyView, type EntryEvidence, type EventPrecision } from '../../../shared/chronology';
import { appendAudit } from '../audit/log';
import { displayTimeZone } from '../case/display-zone';
import type { Db, Writer } from '../case/open';
import { listFindings } from '../gaps/queries';
import { findingById, findingKey } from '../review/finding-reviews';
import { daySpan, requireMessages } from '../review/scopes';
import { canonicalTimeZone } from '../time/zone';
import { citedMessages } from './evidence';
import { currentPeople, messagesBetween, storedPeople, type PeopleChoice, type StoredPerson } from './people';
import { byEarliest, eventSpan, overlapsOf, parseEventDate, spanText, unionSpan, type Span } from './time';

interface EntryRow {
  id: number;
  kind: ChronologyEntry['kind'];
  title: string;
  description: string;
  people: string;
  labels: string;
  message_ids: string | null;
  deleted_when_cited: string | null;
  finding_key: string | null;
  conversation_id: number | null;
  day: string | null;
  event_at: string | null;
  event_precision: EventPrecision | null;
  approximate: number;
  time_zone: string | null;
  created_by: string;
  created_at: number;
  changed_by: string;
  changed_at: number;
}

export interface EntryFields extends PeopleChoice {
  title: string;
  description?: string;
  labels?: string[];
}

/** The chronology of that name (the master one when none is named), made when it does not exist yet. */
function chronologyId(db: Writer, name: string | undefined, reviewer: string): number {
  const wanted = (name ?? MASTER_CHRONOLOGY).trim();
  const found = db.prepare('SELECT id FROM chronologies WHERE name = ?').pluck().get(wanted) as number | undefined;
  if (found !== undefined) return found;
  const id = Number(db.prepare('INSERT INTO chronologies(name, created_by, created_at) VALUES (?, ?, ?)').run(wanted, reviewer, Date.now()).lastInsertRowid);
  appendAudit(db, 'chronology.create', { chronologyId: id, after: { name: wanted } }, reviewer);
  return id;
}

export function createChronology(db: Writer, name: string, reviewer: string): ChronologySummary {
  const wanted = name.trim();
  if (wanted === '') throw new ApiError('invalid_argument', 'A chronology needs a name.');
  if (listChronologies(db).some((c) => c.name.toLowerCase() === wanted.toLowerCase())) throw new ApiError('invalid_argument', `This case already has a chronology '${wanted}'.`);
  chronologyId(db, wanted, reviewer);
  return existingChronology(db, wanted);
}

function existingChronology(db: Db, name: string | undefined): ChronologySummary {
  const wanted = (name ?? MASTER_CHRONOLOGY).trim();
  const summary = listChronologies(db).find((c) => c.name.toLowerCase() === wanted.toLowerCase());
  if (!summary) throw new ApiError('not_found', `There is no chronology '${wanted}' in this case; adding an entry to it makes it.`);
  return summary;
}

export function listChronologies(db: Db): ChronologySummary[] {
  return db
    .prepare(
      `SELECT c.id, c.name, c.created_by AS createdBy, c.created_at AS createdAt,
              (SELECT count(*) FROM chronology_members m JOIN chronology_entries e ON e.id = m.entry_id WHERE m.chronology_id = c.id AND e.removed_at IS NULL) AS entries
       FROM chronologies c ORDER BY c.id`,
    )
    .all() as ChronologySummary[];
}

/** The columns an entry's evidence is kept in; refuses evidence that is not in the case. */
function evidenceColumns(db: Db, evidence: EntryEvidence): Pick<EntryRow, 'kind' | 'message_ids' | 'deleted_when_cited' | 'finding_key' | 'conversation_id' | 'day' | 'event_at' | 'event_precision' | 'approximate' | 'time_zone'> {
  const none = { message_ids: null, deleted_when_cited: null, finding_key: null, conversation_id: null, day: null, event_at: null, event_precision: null, approximate: 0, time_zone: null };
  switch (evidence.kind) {
    case 'messages': {
      const ids = [...new Set(evidence.messageIds)];
      requireMessages(db, ids);
      const rows = db.prepare('SELECT id, deleted FROM messages WHERE id IN (SELECT value FROM json_each(?)) ORDER BY conversation_id, seq').all(JSON.stringify(ids)) as { id: number; deleted: number }[];
      return { ...none, kind: 'messages', message_ids: JSON.stringify(rows.map((r) => r.id)), deleted_when_cited: JSON.stringify(rows.filter((r) => r.deleted === 1).map((r) => r.id)) };
    }
    case 'finding': {
      const finding = findingById(db, evidence.findingId);
      return { ...none, kind: 'finding', finding_key: finding.key, conversation_id: finding.conversationId };
    }
    case 'day':
      daySpan(db, evidence.conversationId, evidence.day);
      return { ...none, kind: 'day', conversation_id: evidence.conversationId, day: evidence.day };
    case 'event': {
      const date = parseEventDate(evidence.at);
      if (typeof date === 'string') throw new ApiError('invalid_argument', date);
      const zone = evidence.timeZone === undefined ? displayTimeZone(db) : canonicalTimeZone(evidence.timeZone);
      if (zone === null) throw new ApiError('invalid_argument', `'${evidence.timeZone}' is not a time zone this system knows; give an IANA name such as Europe/London.`);
      return { ...none, kind: 'event', event_at: date.at, event_precision: date.precision, approximate: evidence.approximate ? 1 : 0, time_zone: zone };
    }
  }
}

function cleanList(values: readonly string[] | undefined): string[] {
  return [...new Set((values ?? []).map((v) => v.trim()).filter((v) => v !== ''))];
}

export function addEntry(db: Writer, chronology: string | undefined, evidence: EntryEvidence, fields: EntryFields, reviewer: string): ChronologyEntry {
  const title = fields.title.trim();
  if (title === '') throw new ApiError('invalid_argument', 'A chronology entry needs a title.');
  const place = evidenceColumns(db, evidence);
  const people = storedPeople(db, place.kind, fields, () => evidenceMessages(db, evidence));
  const listId = chronologyId(db, chronology, reviewer);
  const now = Date.now();
  const id = Number(
    db
      .prepare(
        `INSERT INTO chronology_entries(kind, title, description, people, labels, message_ids, deleted_when_cited, finding_key, conversation_id, day, event_at, event_precision, approximate, time_zone, created_by, created_at, changed_by, changed_at)
         VALUES (@kind, @title, @description, @people, @labels, @message_ids, @deleted_when_cited, @finding_key, @conversation_id, @day, @event_at, @event_precision, @approximate, @time_zone, @reviewer, @now, @reviewer, @now)`,
      )
      .run({ ...place, title, description: fields.description?.trim() ?? '', people: JSON.stringify(people), labels: JSON.stringify(cleanList(fields.labels)), reviewer, now }).lastInsertRowid,
  );
  db.prepare('INSERT INTO chronology_members(chronology_id, entry_id) VALUES (?, ?)').run(listId, id);
  const after = entryById(db, id);
  appendAudit(db, 'chronology.entry.add', { entryId: id, chronologyId: listId, after: auditedFields(after) }, reviewer);
  return after;
}

export interface EntryChanges extends PeopleChoice {
  title?: string;
  description?: string;
  labels?: string[];
  /** Chronologies the entry is added to (made when new), and taken out of. */
  addTo?: string[];
  removeFrom?: string[];
  removed?: boolean;
}

export function changeEntry(db: Writer, id: number, changes: EntryChanges, reviewer: string): ChronologyEntry {
  const before = entryById(db, id);
  const set = (column: string, value: unknown) => db.prepare(`UPDATE chronology_entries SET ${column} = ? WHERE id = ?`).run(value, id);
  if (changes.title !== undefined) {
    if (changes.title.trim() === '') throw new ApiError('invalid_argument', 'A chronology entry needs a title.');
    set('title', changes.title.trim());
  }
  if (changes.description !== undefined) set('description', changes.description.trim());
  if (changes.people !== undefined || changes.personIds !== undefined) set('people', JSON.stringify(storedPeople(db, before.kind, { personIds: changes.personIds ?? [], people: changes.people ?? [] }, null)));
  if (changes.labels !== undefined) set('labels', JSON.stringify(cleanList(changes.labels)));
  if (changes.removed !== undefined) set('removed_at', changes.removed ? Date.now() : null);
  for (const name of changes.addTo ?? []) db.prepare('INSERT OR IGNORE INTO chronology_members(chronology_id, entry_id) VALUES (?, ?)').run(chronologyId(db, name, reviewer), id);
  for (const name of changes.removeFrom ?? []) db.prepare('DELETE FROM chronology_members WHERE chronology_id = ? AND entry_id = ?').run(existingChronology(db, name).id, id);
  const after = entryById(db, id);
  if (JSON.stringify(auditedFields(before)) === JSON.stringify(auditedFields(after))) return before;
  db.prepare('UPDATE chronology_entries SET changed_by = ?, changed_at = ? WHERE id = ?').run(reviewer, Date.now(), id);
  appendAudit(db, 'chronology.entry.change', { entryId: id, before: auditedFields(before), after: auditedFields(after) }, reviewer);
  return entryById(db, id);
}

/** What the audit log keeps of an entry: what the investigator decided, not what is read from the case. */
function auditedFields(e: ChronologyEntry): object {
  return { title: e.title, description: e.description, people: e.persons, labels: e.labels, chronologies: e.chronologies, kind: e.kind, removed: e.removed, evidence: e.evidence };
}

function rowById(db: Db, id: number): EntryRow & { removed_at: number | null } {
  const row = db.prepare('SELECT * FROM chronology_entries WHERE id = ?').get(id) as (EntryRow & { removed_at: number | null }) | undefined;
  if (!row) throw new ApiError('not_found', `There is no chronology entry ${id} in this case.`);
  return row;
}

export function entryById(db: Db, id: number): ChronologyEntry {
  return toEntries(db, [rowById(db, id)], displayTimeZone(db))[0]!;
}

/** A chronology's live entries, oldest first, each with the others it overlaps. */
export function chronologyView(db: Db, name: string | undefined): ChronologyView {
  const chronology = existingChronology(db, name);
  const rows = db
    .prepare('SELECT e.* FROM chronology_entries e JOIN chronology_members m ON m.entry_id = e.id WHERE m.chronology_id = ? AND e.removed_at IS NULL')
    .all(chronology.id) as (EntryRow & { removed_at: number | null })[];
  const zone = displayTimeZone(db);
  const entries = toEntries(db, rows, zone).sort(byEarliest);
  const overlaps = overlapsOf(entries);
  return { chronology, displayTimeZone: zone, entries: entries.map((e) => ({ ...e, overlaps: overlaps.get(e.id) ?? [] })) };
}

function toEntries(db: Db, rows: (EntryRow & { removed_at: number | null })[], zone: string): ChronologyEntry[] {
  const findings = rows.some((r) => r.kind === 'finding') ? new Map(listFindings(db).map((f) => [findingKey(f), f])) : new Map();
  const conversationExists = db.prepare('SELECT 1 FROM conversations WHERE id = ?').pluck();
  const memberOf = db.prepare('SELECT c.name FROM chronology_members m JOIN chronologies c ON c.id = m.chronology_id WHERE m.entry_id = ? ORDER BY c.id').pluck();
  return rows.map((r) => {
    let span: Span | null = null;
    let cited: number[] = [];
    let finding: ChronologyEntry['finding'] = null;
    let event: ChronologyEntry['event'] = null;
    switch (r.kind) {
      case 'messages':
        cited = JSON.parse(r.message_ids!) as number[];
        break;
      case 'finding': {
        const f = findings.get(r.finding_key!);
        finding = { key: r.finding_key!, rule: f?.rule ?? (JSON.parse(r.finding_key!) as string[])[0]!, explanation: f?.explanation ?? 'The finding is no longer found by the analysis.' };
        if (f) {
          cited = [f.messageId, f.beforeMessageId, f.afterMessageId].filter((m): m is number => m !== null);
          if (f.fromAt !== null) span = { earliest: f.fromAt, latest: Math.max(f.toAt ?? f.fromAt, f.fromAt + 1), uncertainty: [{ reason: 'span', ms: (f.toAt ?? f.fromAt) - f.fromAt, text: 'the finding’s band' }] };
        }
        break;
      }
      case 'day': {
        // A conversation whose source was removed leaves the entry without a time; the self-check says so.
        if (!conversationExists.get(r.conversation_id)) break;
        const d = daySpan(db, r.conversation_id!, r.day!);
        span = { earliest: d.start, latest: d.end, uncertainty: [{ reason: 'day_precision', ms: d.end - d.start, text: `the conversation-day ${r.day} in ${d.timeZone}` }] };
        break;
      }
      case 'event': {
        event = { at: r.event_at!, precision: r.event_precision!, approximate: r.approximate === 1, timeZone: r.time_zone! };
        span = eventSpan({ at: r.event_at!, precision: r.event_precision! }, r.approximate === 1, r.time_zone!);
        break;
      }
    }
    const citations = citedMessages(db, cited);
    if (r.kind === 'messages') span = unionSpan(citations.flatMap((c) => (c.span ? [c.span] : [])));
    const first = citations[0]?.citation;
    const persons = currentPeople(db, JSON.parse(r.people) as StoredPerson[]);
    return {
      id: r.id,
      kind: r.kind,
      title: r.title,
      description: r.description,
      people: [...new Set(persons.map((p) => p.name))],
      persons,
      labels: JSON.parse(r.labels) as string[],
      chronologies: memberOf.all(r.id) as string[],
      earliest: span?.earliest ?? null,
      latest: span?.latest ?? null,
      displayTime: span ? spanText(span.earliest, span.latest, zone) : 'no time',
      sourceTime: event ? `${event.at.replace('T', ' ')} ${event.timeZone}${event.approximate ? ' (approximate)' : ''}` : first?.sentAtLocal ? `${first.sentAtLocal.replace('T', ' ')} ${first.timeZone}` : null,
      uncertainty: span?.uncertainty ?? [],
      overlaps: [],
      citations: citations.map((c) => c.citation),
      finding,
      conversationId: r.conversation_id ?? first?.conversationId ?? null,
      day: r.day,
      event,
      evidence: evidenceOf(r),
      removed: r.removed_at !== null,
      createdBy: r.created_by,
      createdAt: r.created_at,
      changedBy: r.changed_by,
      changedAt: r.changed_at,
    };
  });
}

/** The messages an entry with evidence rests on, whose authors are its people unless others are chosen. */
function evidenceMessages(db: Db, evidence: EntryEvidence): number[] {
  switch (evidence.kind) {
    case 'messages':
      return evidence.messageIds;
    case 'finding':
      return db.prepare('SELECT message_id, before_message_id, after_message_id FROM findings WHERE id = ?').raw().all(evidence.findingId).flat().filter((m): m is number => m !== null);
    case 'day': {
      const d = daySpan(db, evidence.conversationId, evidence.day);
      return messagesBetween(db, evidence.conversationId, d.start, d.end);
    }
    case 'event':
      return [];
  }
}

/** What the entry rests on, as it was given (the finding by key, for it is found again by it). */
function evidenceOf(r: EntryRow): ChronologyEntry['evidence'] {
  switch (r.kind) {
    case 'messages':
      return { kind: 'messages', messageIds: JSON.parse(r.message_ids!) as number[], deletedWhenCited: JSON.parse(r.deleted_when_cited ?? '[]') as number[] };
    case 'finding':
      return { kind: 'finding', findingKey: r.finding_key! };
    case 'day':
      return { kind: 'day', conversationId: r.conversation_id!, day: r.day! };
    case 'event':
      return { kind: 'event', at: r.event_at!, approximate: r.approximate === 1, timeZone: r.time_zone! };
  }
}
