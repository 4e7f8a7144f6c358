// `threadline audit`: the audit log oldest first (imports, tags, notes, decisions, each with its
// actor), or the entries of one reviewer or action, then the chain's head and whether every entry of
// the whole log still fits it. Exit status 1 when it does not.
import type { AuditTrail } from '../../../shared/review';
import { formatHead } from '../../backend/audit/log';
import { withCase } from '../case';
import { UsageError } from '../errors';
import { out } from '../io';
import { CASE_OPTION, type Command, type OptionTable } from '../options';

const options = {
  case: CASE_OPTION,
  since: { value: 'ISO time', help: 'Only entries from this time on (2026-03-01 or 2026-03-01T09:00:00Z).' },
  actor: { value: 'name', help: "Only this reviewer's entries (or Threadline's own: threadline)." },
  action: { value: 'action', help: 'Only this action (tag.apply) or its family (tag: apply, undo, rename …).' },
  json: { help: 'Print one JSON object: {"entries":[{id,at,actor,action,detail,hash}],"head","verifies","brokenAt"}.' },
} as const satisfies OptionTable;

export const auditCommand: Command<typeof options> = {
  name: 'audit',
  summary: 'print the audit log, oldest first, with the chain head and whether it verifies',
  options,
  example: 'threadline audit --case matter.threadline --since 2026-03-01 --actor "Dana Reyes" --action tag --json',
  async run({ options: o }) {
    const since = o.since === undefined ? undefined : Date.parse(o.since);
    if (since !== undefined && !Number.isFinite(since)) throw new UsageError(`--since must be an ISO time such as 2026-03-01 or 2026-03-01T09:00:00Z, not '${o.since}'.`);
    const filter = { ...(since === undefined ? {} : { since }), ...(o.actor === undefined ? {} : { actor: o.actor }), ...(o.action === undefined ? {} : { action: o.action }) };
    return withCase(o.case, async (engine) => {
      const trail = await engine.api.auditLog(filter);
      if (o.json) out(JSON.stringify({ ...trail, head: formatHead(trail.head) }));
      else printTrail(trail);
      return trail.verifies ? 0 : 1;
    });
  },
};

function printTrail(trail: AuditTrail): void {
  for (const e of trail.entries) out(`${e.id} ${new Date(e.at).toISOString()} ${e.actor} ${e.action} ${JSON.stringify(e.detail)}`);
  out(trail.verifies ? `OK       audit log hash chain (${trail.head.entries} entr${trail.head.entries === 1 ? 'y' : 'ies'})` : `BROKEN   audit log: entry ${trail.brokenAt} does not match the hash chain`);
  out(`HEAD     ${formatHead(trail.head)}`);
}
