// A chronology read from CSV: the export's own columns, or an investigator's spreadsheet with at
// least a title and one of message_ids, finding_key, conversation_id with day, or event_at (also
// headed `date`). Every row becomes an entry or is refused with all of its problems, by line: no
// row is lost silently. A cell the CSV writer neutralised (a leading apostrophe before = + - @) is
// read back as written.
import { ApiError } from '../../../shared/api';
import type { ChronologyImport, EntryEvidence } from '../../../shared/chronology';
import type { Writer } from '../case/open';
import { listFindings } from '../gaps/queries';
import { sampleRecords } from '../importers/forensic/csv';
import { findingKey } from '../review/finding-reviews';
import { addEntry } from './entries';
import { LIST_SEPARATOR } from './export';

const NEUTRALISED = /^'(?=[=+\-@\t\r])/;
const ALIASES: Record<string, string> = { date: 'event_at', when: 'event_at', note: 'description' };

function list(text: string): string[] {
  return text.split(LIST_SEPARATOR.trim()).map((v) => v.trim()).filter((v) => v !== '');
}

/**
 * The people of a row: by person id where the export wrote them (a re-import into the same case),
 * the names for the rest (an outside event's free names, or a spreadsheet's names of persons).
 */
function peopleOf(names: string, ids: string): { people: string[]; personIds?: number[] } {
  const personIds = list(ids).map(Number).filter((n) => Number.isSafeInteger(n) && n > 0);
  return personIds.length === 0 ? { people: list(names) } : { personIds, people: list(names) };
}

export function importChronologyCsv(db: Writer, fileLabel: string, text: string, chronology: string | undefined, reviewer: string): ChronologyImport {
  const records = sampleRecords(text.replace(/^\uFEFF/, ''), ',', Number.MAX_SAFE_INTEGER).filter((r) => r.cells.some((c) => c.trim() !== ''));
  const header = records[0];
  if (!header) throw new ApiError('invalid_argument', `${fileLabel} has no header row; the first line must name the columns (at least title).`);
  const columns = header.cells.map((c) => c.trim().toLowerCase().replace(/\s+/g, '_')).map((c) => ALIASES[c] ?? c);
  if (!columns.includes('title')) throw new ApiError('invalid_argument', `${fileLabel}, line ${header.lineStart}: the header has no title column.`);
  const findingIds = new Map(listFindings(db).map((f) => [findingKey(f), f.id]));
  const result: ChronologyImport = { chronology: chronology ?? '', added: [], refused: [], rows: records.length - 1 };
  for (const record of records.slice(1)) {
    const cell = (name: string) => {
      const i = columns.indexOf(name);
      return i < 0 ? '' : (record.cells[i] ?? '').replace(NEUTRALISED, '').trim();
    };
    const problems: string[] = [];
    if (record.cells.length !== columns.length) problems.push(`it has ${record.cells.length} cells where the header names ${columns.length}`);
    const evidence: EntryEvidence[] = [];
    if (cell('message_ids')) {
      const ids = list(cell('message_ids')).map(Number);
      if (ids.some((n) => !Number.isSafeInteger(n) || n < 1)) problems.push(`message_ids '${cell('message_ids')}' are not message ids`);
      else evidence.push({ kind: 'messages', messageIds: ids });
    }
    if (cell('finding_key')) {
      const id = findingIds.get(cell('finding_key'));
      if (id === undefined) problems.push('its finding is no longer found by the analysis');
      else evidence.push({ kind: 'finding', findingId: id });
    }
    if (cell('day')) evidence.push({ kind: 'day', conversationId: Number(cell('conversation_id')), day: cell('day') });
    if (cell('event_at')) evidence.push({ kind: 'event', at: cell('event_at'), approximate: /^(true|yes|1|approximate)$/i.test(cell('approximate')), ...(cell('time_zone') ? { timeZone: cell('time_zone') } : {}) });
    if (!cell('title')) problems.push('it has no title');
    if (evidence.length === 0 && problems.length === 0) problems.push('it names no evidence: give message_ids, finding_key, conversation_id with day, or event_at');
    if (evidence.length > 1) problems.push(`it names ${evidence.length} kinds of evidence; an entry rests on one`);
    if (problems.length === 0) {
      try {
        const fields = { title: cell('title'), description: cell('description'), ...peopleOf(cell('people'), cell('person_ids')), labels: list(cell('labels')) };
        const entry = addEntry(db, chronology, evidence[0]!, fields, reviewer);
        result.chronology = entry.chronologies[0]!;
        result.added.push({ line: record.lineStart, entryId: entry.id });
        continue;
      } catch (e) {
        if (!(e instanceof ApiError)) throw e;
        problems.push(e.message.replace(/\.$/, ''));
      }
    }
    result.refused.push({ line: record.lineStart, problems: problems.map((p) => `${fileLabel}, line ${record.lineStart}: ${p}.`) });
  }
  return result;
}
