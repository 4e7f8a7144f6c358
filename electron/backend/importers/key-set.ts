// A set of text keys for an importer that meets hundreds of thousands of them (Wickr message ids, RSMF
// event ids). As JavaScript strings in a Set they are objects the collector traces on every full
// collection, and it lets the heap grow to several times what they hold; here each key is its bytes
// in one growing buffer, found through an open-addressing table of typed arrays, and numbered in the
// order it was first added.
import { grown } from '../arrays/grown';

const EMPTY = -1;

/** FNV-1a over bytes `start` to `end` of `bytes`: the table only needs keys spread over its slots. */
function spread(bytes: Buffer, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  return h >>> 0;
}

export class KeySet {
  /** Per slot, the key's number, or EMPTY; kept at most half full. */
  private slots = new Int32Array(1 << 8).fill(EMPTY);
  private bytes = Buffer.allocUnsafe(1 << 12);
  private bytesUsed = 0;
  /** Per key: where its bytes start in `bytes` (key n's end where key n + 1's start). */
  private starts = new Uint32Array(1 << 7);
  private count = 0;

  /**
   * `encoding` turns a key into bytes: 'utf16le' keeps every string apart (lone surrogates included),
   * 'utf8' is smaller but reads each lone surrogate as U+FFFD.
   */
  constructor(private readonly encoding: 'utf8' | 'utf16le') {}

  get size(): number {
    return this.count;
  }

  /** The key's number: the one it was first added with, or the next when it is new (`size` then grows). */
  add(key: string): number {
    const keyEnd = this.write(key);
    const slot = this.find(this.bytesUsed, keyEnd);
    const found = this.slots[slot]!;
    if (found !== EMPTY) return found;
    const number = this.count++;
    this.starts = grown(this.starts, this.count, (n) => new Uint32Array(n));
    this.starts[number] = this.bytesUsed;
    this.bytesUsed = keyEnd;
    this.slots[slot] = number;
    if (2 * this.count > this.slots.length) this.rehash();
    return number;
  }

  has(key: string): boolean {
    const keyEnd = this.write(key);
    return this.slots[this.find(this.bytesUsed, keyEnd)] !== EMPTY;
  }

  clear(): void {
    this.slots.fill(EMPTY);
    this.bytesUsed = 0;
    this.count = 0;
  }

  /** Writes the key after the keys kept so far (it stays there only if it is added) and returns its end. */
  private write(key: string): number {
    const needed = this.bytesUsed + Buffer.byteLength(key, this.encoding);
    if (needed > this.bytes.length) {
      const bigger = Buffer.allocUnsafe(Math.max(needed, this.bytes.length * 2));
      this.bytes.copy(bigger, 0, 0, this.bytesUsed);
      this.bytes = bigger;
    }
    return this.bytesUsed + this.bytes.write(key, this.bytesUsed, this.encoding);
  }

  /** The slot holding the key at `keyStart` to `keyEnd` of `bytes`, or the empty slot where it belongs. */
  private find(keyStart: number, keyEnd: number): number {
    const mask = this.slots.length - 1;
    const length = keyEnd - keyStart;
    for (let slot = spread(this.bytes, keyStart, keyEnd) & mask; ; slot = (slot + 1) & mask) {
      const number = this.slots[slot]!;
      if (number === EMPTY) return slot;
      const start = this.starts[number]!;
      const end = number + 1 < this.count ? this.starts[number + 1]! : this.bytesUsed;
      if (end - start === length && this.bytes.compare(this.bytes, keyStart, keyEnd, start, end) === 0) return slot;
    }
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(EMPTY);
    const mask = this.slots.length - 1;
    for (let number = 0; number < this.count; number++) {
      const end = number + 1 < this.count ? this.starts[number + 1]! : this.bytesUsed;
      let slot = spread(this.bytes, this.starts[number]!, end) & mask;
      while (this.slots[slot] !== EMPTY) slot = (slot + 1) & mask;
      this.slots[slot] = number;
    }
  }
}
