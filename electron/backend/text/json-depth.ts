// How deeply a JSON text nests, found without parsing it. A parsed value nested thousands of levels
// deep makes JSON.stringify (and any recursive walk) overflow the stack, so readers refuse such text
// before parsing, with a sentence, instead of crashing later (docs/security.md).

/** The first position where objects and arrays nest deeper than `limit` (strings skipped), or -1. */
export function tooDeepAt(text: string, limit: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return i;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return -1;
}
