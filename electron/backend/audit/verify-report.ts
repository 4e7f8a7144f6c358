// What `verify` prints: one line per thing checked that differs (or per source that is unchanged),
// the chain and its head, and a last line that says in words what was checked and how many problems
// were found (docs/security.md, tamper evidence).
import { formatHead } from './log';
import type { TagCheck, TagRowProblem } from '../review/verify-tags';
import type { VerifyResult } from './verify-sources';

const STORED_ROWS = 'messages, attachments, events, notice parties, participants, conversations and member-file hashes';

function label(word: string): string {
  return word.padEnd(9);
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function verifyReport(result: VerifyResult, earlierHead?: string): string[] {
  const lines: string[] = [];
  for (const s of result.sources) {
    const changedItself = s.status === 'changed' && s.members.length === 0;
    const detail = changedItself ? ` (sha256 now ${s.actual}, was ${s.expected})` : s.status === 'missing' ? ' (file not found)' : '';
    lines.push(`${label(s.status.toUpperCase())} source ${s.id} ${s.path}${detail}${s.memberCount ? ` (${s.memberCount} member files)` : ''}`);
    for (const m of s.members) {
      lines.push(`  ${m.status.toUpperCase().padEnd(7)} ${m.role} file ${m.path}${m.status === 'changed' ? ` (sha256 now ${m.actual}, was ${m.expected})` : ' (file not found)'}`);
    }
    if (s.importEntry === null) {
      lines.push(`${label('UNLOGGED')} source ${s.id} ${s.path} has no import entry in the audit log`);
    } else if (s.recordedSha256 !== s.expected) {
      lines.push(`${label('MISMATCH')} source ${s.id}: the case records sha256 ${s.recordedSha256}, but its import (audit entry ${s.importEntry}) recorded ${s.expected}`);
    }
    if (s.stored.status === 'changed') {
      lines.push(`${label('CHANGED')} source ${s.id} stored rows: the ${STORED_ROWS} stored from ${s.path} no longer match the digest recorded in audit entry ${s.stored.entry}`);
    }
  }
  for (const r of result.removed) {
    lines.push(`${label('REMOVED')} source ${r.id} ${r.path}: imported (audit entry ${r.importEntry}) and no longer in the case`);
  }
  lines.push(...tagLines(result.tags));
  const { chain } = result;
  lines.push(
    chain.brokenAt === null
      ? `${label('OK')} audit log hash chain (${plural(chain.head.entries, 'entry', 'entries')})`
      : `${label('BROKEN')} audit log: entry ${chain.brokenAt} does not match the hash chain`,
  );
  if (earlierHead !== undefined) {
    lines.push(
      chain.earlierHeadAt === null
        ? `${label('NOT FOUND')} the head given (${earlierHead}) is not in the audit chain: entries up to it were removed or rewritten since it was printed`
        : `${label('OK')} the head given is entry ${chain.earlierHeadAt} of the chain, and the chain verifies up to it: nothing recorded up to that head was removed or changed`,
    );
  }
  const head = formatHead(chain.head);
  lines.push(`${label('HEAD')} ${head}  (keep it: given to verify --head later, it shows whether anything up to here was removed or rewritten)`);
  lines.push(summary(result, earlierHead !== undefined));
  return lines;
}

/** Tag rows listed one per line up to this many; the rest are counted. */
const LISTED_TAG_ROWS = 50;

const TAG_ROW_CHANGES: Record<TagRowProblem['change'], string> = {
  inserted: 'is in the case, but no coding action in the audit log applied it (inserted directly in the file)',
  deleted: 'was applied by the coding actions in the audit log, but is not in the case (deleted directly in the file)',
  edited: 'differs from what the audit log recorded for it: its reviewer, time or day span were changed directly in the file',
};

function tagTarget(r: TagRowProblem): string {
  return r.scope === 'message' ? `message ${r.messageId}` : r.scope === 'day' ? `day ${r.day} of conversation ${r.conversationId}` : `conversation ${r.conversationId}`;
}

function tagLines(tags: TagCheck): string[] {
  const lines = tags.alteredActions.map(
    (a) => `${label('CHANGED')} coding action ${a.actionId}: the tag rows it recorded no longer match the digest in its audit entry ${a.entry}`,
  );
  for (const r of tags.rows.slice(0, LISTED_TAG_ROWS)) lines.push(`${label('TAG')} ${r.tagName} on ${tagTarget(r)} ${TAG_ROW_CHANGES[r.change]}`);
  if (tags.rows.length > LISTED_TAG_ROWS) lines.push(`${label('TAG')} … and ${plural(tags.rows.length - LISTED_TAG_ROWS, 'more tag row')} that differ from the audit log`);
  if (tags.alteredActions.length === 0 && tags.rows.length === 0) {
    lines.push(`${label('OK')} tags: ${plural(tags.applications, 'application')} in the case, as the ${plural(tags.entries, 'coding entry', 'coding entries')} of the audit log leave them`);
  }
  return lines;
}

function summary(result: VerifyResult, headGiven: boolean): string {
  const sources = result.sources.length;
  const digested = result.sources.filter((s) => s.stored.status !== 'not_recorded').length;
  const unrecorded = sources - digested;
  const parts = [
    `${plural(sources, 'source')} hashed again and compared with ${sources === 1 ? 'its' : 'their'} import audit entr${sources === 1 ? 'y' : 'ies'}`,
    `the rows stored from ${plural(digested, 'source')} compared with the digest recorded when they were stored${unrecorded ? ` (${unrecorded} imported before digests were recorded: not compared)` : ''}`,
    `the tags in force recomputed from ${plural(result.tags.entries, 'coding entry', 'coding entries')} of the audit log and compared with the case`,
    `the audit chain of ${plural(result.chain.head.entries, 'entry', 'entries')} recomputed${headGiven ? ' and the head given looked for in it' : ' (give --head with a head printed earlier to show nothing before it was cut or rewritten)'}`,
  ];
  return `Checked: ${parts.join('; ')}. ${result.problems ? `${plural(result.problems, 'problem')} found.` : 'No problems found.'}`;
}
