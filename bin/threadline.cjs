#!/usr/bin/env node
// The `threadline` command. It runs the built CLI; `npm run build` (or `npm run setup`) makes it.
const path = require('node:path');
const fs = require('node:fs');

const cli = path.join(__dirname, '..', 'dist', 'electron', 'cli.cjs');
if (!fs.existsSync(cli)) {
  process.stderr.write("threadline is not built yet: run 'npm run setup' (or 'npm run build') in " + path.dirname(__dirname) + '\n');
  process.exit(1);
}
let main;
try {
  ({ main } = require(cli));
} catch (e) {
  // A native module built for another Node or Electron is the usual cause: one sentence, as every error.
  const where = process.env.THREADLINE_DEBUG === '1' ? '\n' + e.stack : '';
  process.stderr.write(`threadline could not start: ${String(e.message).split('\n')[0]}; run 'npm run setup' in ${path.dirname(__dirname)} to rebuild it.${where}\n`);
  process.exit(1);
}
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
