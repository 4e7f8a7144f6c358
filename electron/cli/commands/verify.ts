// `threadline verify`: every source hashed again and compared with its import audit entry, the rows
// stored from each compared with the digest recorded when they were stored, and the audit log's chain
// checked, from a head printed earlier when one is given. Exit status 1 when anything differs
// (docs/security.md, tamper evidence).
import { parseHead } from '../../backend/audit/log';
import { verifyReport } from '../../backend/audit/verify-report';
import { withCase } from '../case';
import { UsageError } from '../errors';
import { out } from '../io';
import { CASE_OPTION, type Command } from '../options';

const options = {
  case: CASE_OPTION,
  head: { value: 'head', help: "A head printed earlier by verify, a report or a production (<entries>:<sha256>, or the sha256 alone): shows that nothing recorded up to it was removed or rewritten." },
} as const;

export const verify: Command<typeof options> = {
  name: 'verify',
  summary: 'check the evidence, the stored rows and the audit log against each other (exit 1 when anything differs)',
  options,
  notes: [
    'verify proves that the evidence files, the rows stored from them and the audit log agree, and, with --head, that the log still holds everything it held when that head was printed. It cannot catch someone who rewrote the evidence, the case and the whole log before anyone kept a head (docs/security.md).',
  ],
  example: 'threadline verify --case matter.threadline --head 12:3f0c…',
  async run({ options: o }) {
    const earlierHead = o.head === undefined ? undefined : parseHead(o.head);
    if (earlierHead === null) throw new UsageError(`--head must be a head as verify prints it (<entries>:<64 hex digits>) or its 64 hex digits alone, not '${o.head}'.`);
    return withCase(o.case, async (engine) => {
      const result = await engine.verifySources({ earlierHead });
      for (const line of verifyReport(result, o.head)) out(line);
      return result.problems ? 1 : 0;
    });
  },
};
