// A reply whose parent a production sent in another document: our RSMF writer (production/rsmf.ts)
// cannot name that parent in `parent`, which must be an event of the same file, so it names it in
// the event's custom fields instead, with the Bates number the parent went out under. Read back, the
// reply keeps its parent, and the gap rules say where the parent is rather than calling it missing
// (docs/gaps.md#rs-3).

export const PARENT_OUTSIDE_SLICE = 'parent_outside_slice';
export const PARENT_BATES = 'parent_bates';

export interface ParentElsewhere {
  /** The parent's event id. */
  parent: string;
  /** The Bates number the parent went out under, when the producer gave it. */
  bates: string | null;
}

/** What an event's custom fields say of a parent outside the file, or null. */
export function parentElsewhere(custom: readonly { name: string; value: string }[]): ParentElsewhere | null {
  const value = (name: string) => custom.find((c) => c.name === name)?.value || null;
  const parent = value(PARENT_OUTSIDE_SLICE);
  return parent === null ? null : { parent, bates: value(PARENT_BATES) };
}

/** The Bates number a stored RSMF event (a message's raw record) gives its parent outside the file, or null. */
export function parentBatesOfRaw(raw: string | null): string | null {
  if (!raw) return null;
  try {
    const custom = (JSON.parse(raw) as { custom?: unknown }).custom;
    if (!Array.isArray(custom)) return null;
    return parentElsewhere(custom.filter((c): c is { name: string; value: string } => typeof c?.name === 'string' && typeof c?.value === 'string'))?.bates ?? null;
  } catch {
    return null;
  }
}
