// `npm test`: every check a change must pass, in one run, ending with the line CI reads:
// "N passed, N failed, N skipped", followed by why tests were skipped when the corpus was not found.
// Lint and type errors count as failures; a run where no test ran fails. The unit, engine and
// property suites run a second time with the machine's zone far from UTC (Pacific/Chatham, +12:45 / +13:45), so no
// test passes only because of the zone it happens to run in.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);
mkdirSync('.ci', { recursive: true });

// The rule of test/corpus/locate.ts, to name the folder that was looked for.
const corpus = process.env.THREADLINE_CORPUS ? resolve(process.env.THREADLINE_CORPUS) : resolve(root, '..', 'shared', 'corpus');
const corpusFound = existsSync(corpus) && statSync(corpus).isDirectory();

let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];

function step(name, command, args, env = {}) {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const r = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) {
    failures.push(`${name} (exit ${r.status ?? r.signal})`);
    return false;
  }
  return true;
}

/** One vitest run with its own JSON report, counted into the totals. */
function vitest(name, report, args = [], env = {}) {
  rmSync(report, { force: true });
  step(name, 'npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], env);
  if (!existsSync(report)) {
    failed++;
    failures.push(`${name}: vitest wrote no report`);
    return;
  }
  const v = JSON.parse(readFileSync(report, 'utf8'));
  passed += v.numPassedTests;
  failed += v.numFailedTests;
  skipped += v.numPendingTests + v.numTodoTests;
  // A test file that fails to load has no test results but must still count.
  failed += v.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
}

// Build, lint and type errors are not tests, but each failed step counts as one failure.
for (const [name, command, args] of [
  ['build', 'node', ['scripts/build.mjs']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings', '0']],
  ['typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
]) {
  if (!step(name, command, args)) failed++;
}

vitest('unit, engine, property, corpus and shell tests', '.ci/vitest.json');
vitest('unit, engine and property tests with the machine zone at Pacific/Chatham', '.ci/vitest-chatham.json', ['test/unit', 'test/engine', 'test/property'], { TZ: 'Pacific/Chatham' });

rmSync('.ci/playwright.json', { force: true });
step('browser end-to-end tests (Chromium)', 'npx', ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: '.ci/playwright.json' });
if (existsSync('.ci/playwright.json')) {
  const p = JSON.parse(readFileSync('.ci/playwright.json', 'utf8'));
  passed += p.stats.expected;
  failed += p.stats.unexpected + (p.errors?.length ?? 0);
  skipped += p.stats.skipped;
} else {
  failed++;
  failures.push('playwright wrote no report');
}

if (failures.length) console.log(`\nFailed steps: ${failures.join('; ')}`);
if (passed + failed === 0) failed = 1;
const why = skipped > 0 && !corpusFound ? ` (corpus conformance: no corpus at ${corpus})` : '';
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped${why}`);
process.exitCode = failed > 0 ? 1 : 0;
