// Engines for tests that are closed after every test whether it passed or failed, so a failing
// assertion never leaves a case file open (and its jobs running) under the next test.
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { createEngine, type Engine } from '../../electron/backend/api';
import { tempDir } from './temp';

const open = new Set<Engine>();

afterEach(async () => {
  const engines = [...open];
  open.clear();
  await Promise.all(engines.map((e) => e.close()));
});

/** A new engine on `casePath` (default: a fresh case in a temp folder), closed after the test. */
export function openEngine(casePath = join(tempDir(), 'case.threadline'), opts: Omit<Parameters<typeof createEngine>[1], 'create'> & { create?: boolean } = {}): Engine {
  const engine = createEngine(casePath, { create: true, ...opts });
  const close = engine.close.bind(engine);
  engine.close = async () => {
    if (!open.delete(engine)) return;
    await close();
  };
  open.add(engine);
  return engine;
}
