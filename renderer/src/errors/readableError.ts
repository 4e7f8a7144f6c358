// Turns whatever an API call rejected with into one sentence for the reviewer. Engine errors are
// already written for people (they name the file); anything else is cut to its first line so a
// stack trace never reaches the screen.
import { ApiError } from '../../../shared/api';

// A validator's refusal names the method and field (`adjacentThreadHit.seq must be …`): it describes
// a request the window built wrongly, which the reviewer can neither read nor fix.
const VALIDATOR_TEXT = /^\w+\.[\w.[\]]+:? /;

export function readableError(error: unknown): string {
  const message =
    typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string'
      ? error.message
      : String(error);
  if (error instanceof ApiError && error.code === 'invalid_argument' && VALIDATOR_TEXT.test(message)) {
    return 'The window asked the engine for something it cannot answer; this is a fault in Threadline, not in the case. Try again from another message.';
  }
  const firstLine = message.split('\n', 1)[0]?.trim() ?? '';
  return firstLine === '' ? 'An unexpected error occurred.' : firstLine;
}
