// SQLite's varints (big-endian, 7 bits a byte, the ninth byte whole), as the full-text index stores
// its records in them: the averages record, each message's length in tokens, and the pages of its
// segments (index-postings.ts).

/** A varint that runs past the end of its bytes: a record not in the shape expected. */
export class VarintOverrun extends Error {}

/** Reads the varints of `bytes` in turn, from `at`. */
export class VarintReader {
  constructor(
    private readonly bytes: Uint8Array,
    public at: number,
  ) {}

  next(): number {
    let value = 0;
    for (let n = 0; ; n++) {
      const byte = this.bytes[this.at++];
      if (byte === undefined) throw new VarintOverrun('a varint runs past the end of its record');
      if (n === 8) return value * 256 + byte;
      value = value * 128 + (byte & 0x7f);
      if (byte < 0x80) return value;
    }
  }
}

/** Every varint of `bytes`. */
export function varints(bytes: Uint8Array): Float64Array {
  const values = new Float64Array(bytes.length);
  const reader = new VarintReader(bytes, 0);
  let count = 0;
  while (reader.at < bytes.length) values[count++] = reader.next();
  return values.subarray(0, count);
}
