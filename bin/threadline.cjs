#!/usr/bin/env node
// The `threadline` command. It runs the built CLI; `npm run build` (or `npm run setup`) makes it.
const path = require('node:path');
const fs = require('node:fs');

const cli = path.join(__dirname, '..', 'dist', 'electron', 'cli.cjs');
if (!fs.existsSync(cli)) {
  process.stderr.write("threadline is not built yet: run 'npm run setup' (or 'npm run build') in " + path.dirname(__dirname) + '\n');
  process.exit(1);
}
require(cli)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
