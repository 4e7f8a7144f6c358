// Turns whatever an API call rejected with into one sentence for the reviewer. Engine errors are
// already written for people (they name the file); anything else is cut to its first line so a
// stack trace never reaches the screen.
export function readableError(error: unknown): string {
  const message =
    typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string'
      ? error.message
      : String(error);
  const firstLine = message.split('\n', 1)[0]?.trim() ?? '';
  return firstLine === '' ? 'An unexpected error occurred.' : firstLine;
}
