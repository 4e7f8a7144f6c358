// `npm test`: every check a change must pass, in one run, ending with the line CI reads:
// "N passed, N failed". Lint and type errors count as failures; a run where no test ran fails.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);
mkdirSync('.ci', { recursive: true });

let passed = 0;
let failed = 0;
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

// Build, lint and type errors are not tests, but each failed step counts as one failure.
for (const [name, command, args] of [
  ['build', 'node', ['scripts/build.mjs']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings', '0']],
  ['typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
]) {
  if (!step(name, command, args)) failed++;
}

rmSync('.ci/vitest.json', { force: true });
step('unit, engine, corpus and shell tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=.ci/vitest.json']);
if (existsSync('.ci/vitest.json')) {
  const v = JSON.parse(readFileSync('.ci/vitest.json', 'utf8'));
  passed += v.numPassedTests;
  failed += v.numFailedTests;
  // A test file that fails to load has no test results but must still count.
  failed += v.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
} else {
  failed++;
  failures.push('vitest wrote no report');
}

rmSync('.ci/playwright.json', { force: true });
step('browser end-to-end tests (Chromium)', 'npx', ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: '.ci/playwright.json' });
if (existsSync('.ci/playwright.json')) {
  const p = JSON.parse(readFileSync('.ci/playwright.json', 'utf8'));
  passed += p.stats.expected;
  failed += p.stats.unexpected + (p.errors?.length ?? 0);
} else {
  failed++;
  failures.push('playwright wrote no report');
}

if (failures.length) console.log(`\nFailed steps: ${failures.join('; ')}`);
if (passed + failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
