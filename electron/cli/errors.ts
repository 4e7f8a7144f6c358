// How a failed command speaks: one sentence on stderr and exit status 1 (docs/design.md, the command
// line). A stack trace is for the developer and appears only with THREADLINE_DEBUG=1.
import { ApiError } from '../../shared/api';
import { CancelledImport } from '../backend/api';
import { CaseOpenError } from '../backend/case/open';
import { BadInputError } from '../backend/importers/types';

/** An error the user caused or can fix: printed as it is. */
export class UsageError extends Error {}

/** What the user did wrong or the engine refused; everything else is an internal error. */
const CALLER_CODES = new Set(['invalid_argument', 'not_found', 'bad_input', 'forbidden', 'busy']);

/** File-system failures the user can act on, said in words rather than as a Node error code. */
const FILE_PROBLEMS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'it is a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EEXIST: 'it already exists',
};

const SHOW_STACK = 'THREADLINE_DEBUG';

export interface Failure {
  message: string;
  status: number;
}

export function describeFailure(e: unknown): Failure {
  if (e instanceof CancelledImport) return { message: 'Import cancelled; the case is as it was before.', status: 130 };
  if (e instanceof UsageError || e instanceof BadInputError || e instanceof CaseOpenError) return { message: e.message, status: 1 };
  if (e instanceof ApiError && CALLER_CODES.has(e.code)) return { message: e.message, status: 1 };
  const fsError = e as NodeJS.ErrnoException;
  if (fsError?.code && fsError.path && FILE_PROBLEMS[fsError.code]) return { message: `${fsError.path}: ${FILE_PROBLEMS[fsError.code]}.`, status: 1 };
  const firstLine = String((e as Error)?.message ?? e).split('\n')[0];
  return { message: `Internal error: ${firstLine} (run again with ${SHOW_STACK}=1 to see where).`, status: 1 };
}

/** Prints the failure (the sentence, and the stack below it only when asked for); returns the exit status. */
export function reportFailure(e: unknown): number {
  const { message, status } = describeFailure(e);
  const stack = process.env[SHOW_STACK] === '1' && e instanceof Error && e.stack ? `\n${e.stack}` : '';
  process.stderr.write(`${message}${stack}\n`);
  return status;
}
