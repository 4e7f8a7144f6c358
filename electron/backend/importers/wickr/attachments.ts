// Finds the attachment files a retention archive names (docs/formats.md#wickr-attachments): the bot keeps
// decrypted attachments in an `attachments` folder beside `messages` (local disk), or in the same S3
// prefix as the message files. Records name them by a host path (older bots) or a bare file name.
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { sha256File } from '../../files/hash';

export interface FoundFile {
  path: string;
  sha256: string;
  size: number;
}

/** The folders to look in for the attachments of message files in `dir`. */
export function attachmentRoots(dir: string): { dir: string; recursive: boolean }[] {
  return [
    { dir, recursive: false },
    { dir: join(dir, 'attachments'), recursive: true },
    { dir: join(dirname(dir), 'attachments'), recursive: true },
  ];
}

/** The file name part of a host path written on Linux or Windows. */
export function fileNameOf(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

export class AttachmentFinder {
  private index: Map<string, string[]> | null = null;
  private readonly hashed = new Map<string, FoundFile>();
  private readonly inAttachmentFolders = new Set<string>();

  constructor(
    private readonly roots: { dir: string; recursive: boolean }[],
    /** Files that are not attachments whatever their name (the message files themselves). */
    private readonly exclude: ReadonlySet<string>,
  ) {}

  private async build(): Promise<Map<string, string[]>> {
    const index = new Map<string, string[]>();
    const seen = new Set<string>();
    const add = (path: string, fromAttachmentFolder: boolean) => {
      if (this.exclude.has(path) || seen.has(path)) return;
      seen.add(path);
      const name = basename(path);
      index.set(name, [...(index.get(name) ?? []), path]);
      if (fromAttachmentFolder) this.inAttachmentFolders.add(path);
    };
    const walk = async (dir: string, recursive: boolean, depth: number): Promise<void> => {
      const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
      for (const e of entries) {
        if (e.name.startsWith('.')) continue;
        const full = join(dir, e.name);
        if (e.isFile()) add(full, recursive);
        else if (e.isDirectory() && recursive && depth < 4) await walk(full, true, depth + 1);
      }
    };
    for (const root of this.roots) {
      if (await stat(root.dir).then((s) => s.isDirectory()).catch(() => false)) await walk(root.dir, root.recursive, 0);
    }
    return index;
  }

  /**
   * The file a record names, hashed: by the file name of `localfilename` first, then by the display
   * name when exactly one file has it. Null when the archive does not hold it.
   */
  /** Lists the folders (once); `unreferenced()` needs it even when no record named a file. */
  async prepare(): Promise<void> {
    this.index ??= await this.build();
  }

  async find(localfilename: string | null, filename: string | null): Promise<FoundFile | null> {
    this.index ??= await this.build();
    const byLocal = localfilename ? this.index.get(fileNameOf(localfilename)) : undefined;
    const byDisplay = filename ? this.index.get(fileNameOf(filename)) : undefined;
    const path = byLocal?.[0] ?? (byDisplay?.length === 1 ? byDisplay[0] : undefined);
    if (!path) return null;
    let found = this.hashed.get(path);
    if (!found) {
      const { sha256, size } = await sha256File(path);
      found = { path, sha256, size };
      this.hashed.set(path, found);
    }
    return found;
  }

  /** Files in an attachments folder that no record named. */
  unreferenced(): string[] {
    return [...this.inAttachmentFolders].filter((p) => !this.hashed.has(p)).sort();
  }

  /** Every file found for a record, hashed. */
  found(): FoundFile[] {
    return [...this.hashed.values()];
  }
}
