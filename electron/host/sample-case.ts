// A first launch without --case (desktop or browser mode) opens a sample case, filled from the
// exports that ship in resources/sample, so a new reviewer sees real threads and search hits at once.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { validateArg } from '../../shared/validate';
import type { EngineHost } from './types';

async function sampleExports(dir: string): Promise<string[]> {
  const entries = await readdir(dir);
  // Hidden entries are operating-system litter (.DS_Store), not exports.
  return entries.filter((name) => !name.startsWith('.')).sort().map((name) => path.join(dir, name));
}

/** What we know of the invented sample exports (scripts/make-sample.ts): whose phone, which zone. */
const SAMPLE_FACTS = { custodian: 'Dana Whitfield', timeZone: 'Europe/London' };

/** Starts the import of the sample exports when the case holds no source yet. */
export async function seedSampleCase(host: EngineHost, dir: string): Promise<void> {
  const info = await host.call('caseInfo', {});
  if (!info.ok) throw new Error(`Could not read the sample case: ${info.error.message}`);
  if (info.value.sourceCount > 0) return;
  const paths = await sampleExports(dir);
  if (paths.length === 0) return;
  const started = await host.call('importArchive', validateArg('importArchive', { paths, ...SAMPLE_FACTS }));
  if (!started.ok) throw new Error(`Could not import the sample exports: ${started.error.message}`);
}
