import { SNIPPET_CLOSE, SNIPPET_OPEN } from '../../../shared/api';

export interface SnippetPart {
  text: string;
  matched: boolean;
}

/** Splits an engine snippet at its match markers; an unbalanced marker never hides text. */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let matched = false;
  let text = '';
  for (const char of snippet) {
    if (char === SNIPPET_OPEN || char === SNIPPET_CLOSE) {
      if (text !== '') parts.push({ text, matched });
      text = '';
      matched = char === SNIPPET_OPEN;
    } else {
      text += char;
    }
  }
  if (text !== '') parts.push({ text, matched });
  return parts;
}
