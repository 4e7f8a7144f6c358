// Typed arrays that grow as they fill: the engine keeps large lists of numbers (postings, placings,
// key tables, gap candidates) in them rather than in arrays of objects the collector must trace.

/** `array`, or a copy at least `length` long (doubling), its contents kept. */
export function grown<T extends Uint32Array | Int32Array | Float64Array>(array: T, length: number, make: (n: number) => T): T {
  if (array.length >= length) return array;
  const bigger = make(Math.max(length, array.length * 2));
  bigger.set(array);
  return bigger;
}
