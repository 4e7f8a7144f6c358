// The records read so far, by message_id (or by content when a record has none), to tell a copy of a
// record (rotated files overlap) from a conflict (one id, different content). A million-record archive
// must not become a million JavaScript strings and map entries (hundreds of megabytes): each record is
// kept as its key's bytes in one growing buffer, a 64-bit prefix of its SHA-256 and where it was first
// read, in typed arrays indexed by an open-addressing table.
import { hash } from 'node:crypto';

export type Repeat = { kind: 'first' } | { kind: 'exact' | 'conflict'; fileIndex: number; line: number };

const EMPTY = -1;

function grown<T extends Uint32Array | Int32Array>(array: T, length: number, make: (n: number) => T): T {
  if (array.length >= length) return array;
  const bigger = make(Math.max(length, array.length * 2));
  bigger.set(array);
  return bigger;
}

/** FNV-1a over bytes `start` to `end` of `bytes`: the table only needs keys spread over its slots. */
function spread(bytes: Buffer, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  return h >>> 0;
}

export class RecordsSeen {
  /** Per slot, the record's number, or EMPTY; kept at most half full. */
  private slots = new Int32Array(1 << 12).fill(EMPTY);
  private keys = Buffer.allocUnsafe(1 << 16);
  private keysUsed = 0;
  /** Per record: where its key starts in `keys` (record n's key ends where record n + 1's starts). */
  private keyStarts = new Uint32Array(1 << 11);
  /** Per record, two words each: the content hash prefix, then the file index and line. */
  private hashes = new Uint32Array(1 << 12);
  private places = new Uint32Array(1 << 12);
  private count = 0;

  check(text: string, nativeId: string | null, fileIndex: number, line: number): Repeat {
    const digest = hash('sha256', text, 'buffer');
    const [hashHigh, hashLow] = [digest.readUInt32BE(0), digest.readUInt32BE(4)];
    // The key is written after the keys kept so far: it stays there only if the record is new.
    const key = nativeId ?? `line:${digest.toString('hex', 0, 8)}`;
    const needed = this.keysUsed + Buffer.byteLength(key, 'utf8');
    if (needed > this.keys.length) {
      const bigger = Buffer.allocUnsafe(Math.max(needed, this.keys.length * 2));
      this.keys.copy(bigger, 0, 0, this.keysUsed);
      this.keys = bigger;
    }
    const keyEnd = this.keysUsed + this.keys.write(key, this.keysUsed, 'utf8');
    const slot = this.find(this.keysUsed, keyEnd);
    const record = this.slots[slot]!;
    if (record === EMPTY) {
      this.add(slot, keyEnd, hashHigh, hashLow, fileIndex, line);
      return { kind: 'first' };
    }
    const same = this.hashes[2 * record] === hashHigh && this.hashes[2 * record + 1] === hashLow;
    return { kind: same ? 'exact' : 'conflict', fileIndex: this.places[2 * record]!, line: this.places[2 * record + 1]! };
  }

  /** The slot holding the key at `keyStart` to `keyEnd` of `keys`, or the empty slot where it belongs. */
  private find(keyStart: number, keyEnd: number): number {
    const mask = this.slots.length - 1;
    const length = keyEnd - keyStart;
    for (let slot = spread(this.keys, keyStart, keyEnd) & mask; ; slot = (slot + 1) & mask) {
      const record = this.slots[slot]!;
      if (record === EMPTY) return slot;
      const start = this.keyStarts[record]!;
      const end = record + 1 < this.count ? this.keyStarts[record + 1]! : this.keysUsed;
      if (end - start === length && this.keys.compare(this.keys, keyStart, keyEnd, start, end) === 0) return slot;
    }
  }

  /** Keeps the new record whose key was written at the end of `keys`, up to `keyEnd`. */
  private add(slot: number, keyEnd: number, hashHigh: number, hashLow: number, fileIndex: number, line: number): void {
    const record = this.count++;
    this.keyStarts = grown(this.keyStarts, this.count, (n) => new Uint32Array(n));
    this.hashes = grown(this.hashes, 2 * this.count, (n) => new Uint32Array(n));
    this.places = grown(this.places, 2 * this.count, (n) => new Uint32Array(n));
    this.keyStarts[record] = this.keysUsed;
    this.keysUsed = keyEnd;
    this.hashes[2 * record] = hashHigh;
    this.hashes[2 * record + 1] = hashLow;
    this.places[2 * record] = fileIndex;
    this.places[2 * record + 1] = line;
    this.slots[slot] = record;
    if (2 * this.count > this.slots.length) this.rehash();
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(EMPTY);
    const mask = this.slots.length - 1;
    for (let record = 0; record < this.count; record++) {
      const end = record + 1 < this.count ? this.keyStarts[record + 1]! : this.keysUsed;
      let slot = spread(this.keys, this.keyStarts[record]!, end) & mask;
      while (this.slots[slot] !== EMPTY) slot = (slot + 1) & mask;
      this.slots[slot] = record;
    }
  }
}
