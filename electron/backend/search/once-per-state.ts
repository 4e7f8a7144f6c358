// A value the search reads whole from the case (every message's facts, the index's vocabulary, every
// message's length in tokens), kept for one state of the case: an import, a removal or a re-read makes
// a new state, named by its key. One reading at a time is shared by every caller that asks while it
// runs, and never restarted by one of them: a search typed letter by letter would otherwise restart it
// at every letter.
export class OncePerState<T> {
  private kept: { key: string; value: T } | null = null;
  private reading: { key: string; done: Promise<T> } | null = null;

  /** The value of this state, if it is read already. */
  current(key: string): T | null {
    return this.kept?.key === key ? this.kept.value : null;
  }

  /** The value of this state: kept, being read, or read now by `read`. */
  get(key: string, read: () => Promise<T>): Promise<T> {
    if (this.kept?.key === key) return Promise.resolve(this.kept.value);
    if (this.reading?.key !== key) {
      const done = read()
        .then((value) => this.keep(key, value))
        .finally(() => {
          if (this.reading?.done === done) this.reading = null;
        });
      this.reading = { key, done };
    }
    return this.reading.done;
  }

  /** Keeps a value read otherwise (at once, by a caller that cannot wait) as this state's. */
  keep(key: string, value: T): T {
    this.kept = { key, value };
    return value;
  }
}
