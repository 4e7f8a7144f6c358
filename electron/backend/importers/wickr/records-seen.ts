// The records read so far, by message_id (or by content when a record has none), to tell a copy of a
// record (rotated files overlap) from a conflict (one id, different content). A million-record archive
// must not become a million JavaScript strings and map entries (hundreds of megabytes): each record is
// its key in a KeySet, with a 64-bit prefix of its SHA-256 and where it was first read in typed arrays.
import { hash } from 'node:crypto';
import { grown } from '../../arrays/grown';
import { KeySet } from '../key-set';

export type Repeat = { kind: 'first' } | { kind: 'exact' | 'conflict'; fileIndex: number; line: number };

export class RecordsSeen {
  private readonly keys = new KeySet('utf8');
  /** Per record, two words each: the content hash prefix, then the file index and line. */
  private hashes = new Uint32Array(1 << 12);
  private places = new Uint32Array(1 << 12);

  check(text: string, nativeId: string | null, fileIndex: number, line: number): Repeat {
    const digest = hash('sha256', text, 'buffer');
    const [hashHigh, hashLow] = [digest.readUInt32BE(0), digest.readUInt32BE(4)];
    const known = this.keys.size;
    const record = this.keys.add(nativeId ?? `line:${digest.toString('hex', 0, 8)}`);
    if (record === known) {
      this.hashes = grown(this.hashes, 2 * this.keys.size, (n) => new Uint32Array(n));
      this.places = grown(this.places, 2 * this.keys.size, (n) => new Uint32Array(n));
      this.hashes[2 * record] = hashHigh;
      this.hashes[2 * record + 1] = hashLow;
      this.places[2 * record] = fileIndex;
      this.places[2 * record + 1] = line;
      return { kind: 'first' };
    }
    const same = this.hashes[2 * record] === hashHigh && this.hashes[2 * record + 1] === hashLow;
    return { kind: same ? 'exact' : 'conflict', fileIndex: this.places[2 * record]!, line: this.places[2 * record + 1]! };
  }
}
