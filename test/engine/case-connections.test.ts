// The case's two connections are typed apart: the reader cannot run a write, neither in the type
// checker (the @ts-expect-error lines below fail `tsc` if the types let them through) nor in SQLite.
import { describe, expect, it } from 'vitest';
import type { Db, Writer } from '../../electron/backend/case/open';
import { openEngine } from '../support/engines';

/** Stands for any function that must be given the writer (the re-analysis, the job transaction). */
function needsWriter(db: Writer): number {
  return db.prepare('SELECT count(*) FROM sources').pluck().get() as number;
}

/** Stands for the queries, which read on either connection. */
function reads(db: Db): number {
  return db.prepare('SELECT count(*) FROM sources').pluck().get() as number;
}

describe('case connections', () => {
  it('give the reader no writing entry point', () => {
    const { reader } = openEngine().caseFile;
    // @ts-expect-error the reader has no exec
    expect(() => reader.exec('DELETE FROM audit')).toThrow(/readonly/);
    // @ts-expect-error the reader has no transaction
    expect(() => reader.transaction(() => reader.prepare('DELETE FROM audit').run())()).toThrow(/readonly/);
    // @ts-expect-error the reader cannot be passed where the writer is required
    expect(needsWriter(reader)).toBe(0);
  });

  it('refuse a write the reader prepares, and answer reads on both', () => {
    const { reader, writer } = openEngine().caseFile;
    expect(() => reader.prepare(`INSERT INTO case_meta(key, value) VALUES ('x', 'y')`).run()).toThrow(/readonly/);
    expect([reads(reader), reads(writer), needsWriter(writer)]).toEqual([0, 0, 0]);
  });
});
