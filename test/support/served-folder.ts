// The files browser mode serves, laid out in a fresh temp folder for a server test.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir, writeText } from './temp';

export interface ServedFolder {
  dir: string;
  rendererDir: string;
  bridgeScript: string;
  casePath: string;
}

/** A renderer page with a module script (where the server puts the bridge before it), a bridge script, and where the case goes. */
export function servedFolder(): ServedFolder {
  const dir = tempDir();
  const rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir);
  writeText(rendererDir, 'index.html', '<!doctype html><html><head><script type="module" src="./app.js"></script></head><body></body></html>');
  return { dir, rendererDir, bridgeScript: writeText(dir, 'bridge.js', 'window.api = {};'), casePath: join(dir, 'case.threadline') };
}
