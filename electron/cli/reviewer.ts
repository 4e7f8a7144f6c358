// The reviewer a command's decision is recorded under: --reviewer, else THREADLINE_REVIEWER. A
// script never codes under a name it did not give, so without either the decision is refused.
import { UsageError } from './errors';

export const REVIEWER_VARIABLE = 'THREADLINE_REVIEWER';

export function cliReviewer(command: string, given: string | undefined): string {
  const name = (given ?? process.env[REVIEWER_VARIABLE])?.trim();
  if (!name) throw new UsageError(`threadline ${command} records a decision in the audit log, which needs the reviewer's name: give --reviewer <name> or set ${REVIEWER_VARIABLE}.`);
  return name;
}
