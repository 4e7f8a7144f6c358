// Every command of `threadline` as its option table describes it: --help that names each option, an
// option the command does not take refused by name, output paths that cannot be written refused in
// one sentence before any work, and unknown commands said plainly.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { COMMANDS } from '../../electron/cli/commands';
import { reportFailure, UsageError } from '../../electron/cli/errors';
import { threadline } from '../support/cli';
import { androidChat, tempDir, writeText } from '../support/temp';

const NAMES = COMMANDS.map((c) => c.name);

/** stderr as one line with no stack frame in it. */
function oneSentence(stderr: string): string {
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).not.toMatch(/^\s+at /);
  return lines[0]!;
}

/** An option some other command takes and this one does not, so a mix-up between commands is caught. */
function foreignOption(name: string): string {
  const own = new Set(Object.keys(COMMANDS.find((c) => c.name === name)!.options));
  const foreign = COMMANDS.flatMap((c) => Object.keys(c.options)).find((option) => !own.has(option));
  expect(foreign, `every other command's options are also options of ${name}`).toBeDefined();
  return foreign!;
}

function importedCase(): { dir: string; casePath: string } {
  const dir = tempDir();
  const casePath = join(dir, 'case.threadline');
  expect(threadline('import', writeText(dir, 'chat.txt', androidChat(4)), '--case', casePath).status).toBe(0);
  return { dir, casePath };
}

describe('threadline --help', () => {
  it('lists every command with its summary', () => {
    const r = threadline('--help');
    expect(r.status).toBe(0);
    expect(NAMES.length).toBeGreaterThan(10);
    for (const command of COMMANDS) expect(r.stdout).toMatch(new RegExp(`^  ${command.name} +${command.summary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
  });

  it('prints the list and exits 1 when no command is given', () => {
    const r = threadline();
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('Commands:');
  });

  it.each(NAMES)('%s --help: usage, every option of its table, and an example; exit 0', (name) => {
    const command = COMMANDS.find((c) => c.name === name)!;
    const r = threadline(name, '--help');
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toMatch(new RegExp(`^Usage: threadline ${name} `, 'm'));
    const options = Object.keys(command.options);
    expect(options.length).toBeGreaterThan(0);
    for (const option of options) expect(r.stdout).toMatch(new RegExp(`^  --${option}\\b`, 'm'));
    expect(r.stdout).toMatch(new RegExp(`^Example:\\n  threadline ${name} `, 'm'));
    expect(threadline('help', name).stdout).toBe(r.stdout);
    expect(threadline(name, '-h').stdout).toBe(r.stdout);
  });
});

describe('threadline <command> with an option it does not take', () => {
  it.each(NAMES)('%s refuses a foreign option, naming the option and the command', (name) => {
    const option = foreignOption(name);
    const r = threadline(name, `--${option}`);
    expect([r.status, r.stdout]).toEqual([1, '']);
    expect(oneSentence(r.stderr)).toBe(`Unknown option --${option} for 'threadline ${name}'; see 'threadline ${name} --help'.`);
  });

  it('refuses an option given twice, a missing value and a value given to a flag', () => {
    const { casePath } = importedCase();
    expect(oneSentence(threadline('info', '--case', casePath, '--case', casePath).stderr)).toBe('--case may be given only once.');
    expect(oneSentence(threadline('search', 'x', '--case').stderr)).toBe("--case needs a value; see 'threadline search --help'.");
    expect(oneSentence(threadline('info', '--case', casePath, '--json=yes').stderr)).toBe("--json takes no value; see 'threadline info --help'.");
    expect(oneSentence(threadline('info', '--case', casePath, 'extra').stderr)).toBe("threadline info takes only options, not 'extra'; see 'threadline info --help'.");
    expect(oneSentence(threadline('search', 'x', '--case', casePath, '--limit', '0').stderr)).toBe("--limit must be a positive whole number, not '0'.");
    expect(oneSentence(threadline('timeline', '--case', casePath, '--from', '2024-02-30').stderr)).toBe("--from must be a date written YYYY-MM-DD, not '2024-02-30'.");
    expect(oneSentence(threadline('timeline', '--case', casePath, '--from', '2024-03-02', '--to', '2024-03-01').stderr)).toBe('--to (2024-03-01) is before --from (2024-03-02).');
  });

  it('asks for the one conversation an RSMF export holds', () => {
    const { casePath } = importedCase();
    const r = threadline('export', '--case', casePath, '--format', 'rsmf');
    expect(r.status).toBe(1);
    expect(oneSentence(r.stderr)).toBe('An RSMF file holds one conversation: name it (--conversation <id>).');
  });
});

describe('threadline: unknown commands', () => {
  it.each([['frobnicate'], ['help frobnicate'], ['Search']])('threadline %s is one sentence and exit 1', (words) => {
    const r = threadline(...words.split(' '));
    expect([r.status, r.stdout]).toEqual([1, '']);
    expect(oneSentence(r.stderr)).toMatch(/^Unknown command '(frobnicate|Search)'; see 'threadline --help'\.$/);
  });
});

describe('--out paths that cannot be written', () => {
  it('export --out into a missing folder: one sentence naming the folder, nothing created', () => {
    const { dir, casePath } = importedCase();
    const missing = join(dir, 'exports', '2024');
    const r = threadline('export', '--case', casePath, '--format', 'csv', '--out', join(missing, 'messages.csv'));
    expect([r.status, r.stdout]).toEqual([1, '']);
    expect(oneSentence(r.stderr)).toBe(`The folder ${missing} does not exist; create it first or choose another --out path.`);
    expect(existsSync(join(dir, 'exports'))).toBe(false);
  });

  it('export --out under a file that is not a folder, and gaps --report --out into a missing folder', () => {
    const { dir, casePath } = importedCase();
    const file = writeText(dir, 'notes.txt', 'not a folder');
    expect(oneSentence(threadline('export', '--case', casePath, '--format', 'jsonl', '--out', join(file, 'x.jsonl')).stderr)).toBe(`${file} is not a folder; choose another --out path.`);
    const missing = join(dir, 'reports');
    const r = threadline('gaps', '--case', casePath, '--report', 'html', '--out', join(missing, 'completeness.html'));
    expect(r.status).toBe(1);
    expect(oneSentence(r.stderr)).toBe(`The folder ${missing} does not exist; create it first or choose another --out path.`);
    expect(existsSync(missing)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.includes('partial'))).toEqual([]);
  });

  it('writes into a folder that exists, leaving no temporary file beside the export', () => {
    const { dir, casePath } = importedCase();
    const r = threadline('export', '--case', casePath, '--format', 'jsonl', '--out', join(dir, 'messages.jsonl'));
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(`5 messages written to ${join(dir, 'messages.jsonl')}\n`);
    expect(readdirSync(dir).filter((f) => f.startsWith('messages'))).toEqual(['messages.jsonl']);
  });
});

describe('a failure the user did not cause', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  function printed(e: unknown): { status: number; text: string } {
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const status = reportFailure(e);
    const text = write.mock.calls.map(([chunk]) => String(chunk)).join('');
    write.mockRestore();
    return { status, text };
  }

  it('is one line without a stack, unless THREADLINE_DEBUG=1 asks for it', () => {
    vi.stubEnv('THREADLINE_DEBUG', '');
    const bug = new TypeError("Cannot read properties of undefined (reading 'id')");
    expect(printed(bug)).toEqual({ status: 1, text: "Internal error: Cannot read properties of undefined (reading 'id') (run again with THREADLINE_DEBUG=1 to see where).\n" });
    vi.stubEnv('THREADLINE_DEBUG', '1');
    const { text } = printed(bug);
    expect(text.split('\n')[0]).toMatch(/^Internal error: /);
    expect(text).toContain(bug.stack!.split('\n')[1]!);
  });

  it('says a file-system failure in words, naming the path', () => {
    const denied = Object.assign(new Error("EACCES: permission denied, open '/evidence/out.csv'"), { code: 'EACCES', path: '/evidence/out.csv' });
    expect(printed(denied)).toEqual({ status: 1, text: '/evidence/out.csv: permission denied.\n' });
    expect(printed(new UsageError('--limit may be at most 500.'))).toEqual({ status: 1, text: '--limit may be at most 500.\n' });
  });
});

describe('threadline gaps --rule, --type, --strength', () => {
  it('narrows the findings with the contract\'s enumerations and refuses a strength it does not have', () => {
    const dir = tempDir();
    const casePath = join(dir, 'case.threadline');
    const chat = '01/03/2023, 09:00 - Ben Okafor: the permit\n01/03/2023, 09:01 - Ana Ruiz: This message was deleted\n01/03/2023, 09:02 - Ben Okafor: ok\n';
    expect(threadline('import', writeText(dir, 'chat.txt', chat), '--case', casePath, '--tz', 'UTC').status).toBe(0);
    const all = JSON.parse(threadline('gaps', '--case', casePath, '--json').stdout) as { findings: { rule: string; type: string; strength: string }[] };
    const deleted = all.findings.filter((f) => f.type === 'deleted');
    expect(deleted).toHaveLength(1);
    const facts = JSON.parse(threadline('gaps', '--case', casePath, '--json', '--strength', 'fact').stdout) as typeof all;
    expect(facts.findings.length).toBeGreaterThan(0);
    expect(facts.findings.every((f) => f.strength === 'fact')).toBe(true);
    expect(facts.findings).toContainEqual(expect.objectContaining({ type: 'deleted' }));
    const byType = JSON.parse(threadline('gaps', '--case', casePath, '--json', '--type', 'deleted', '--rule', deleted[0]!.rule).stdout) as typeof all;
    expect(byType.findings.map((f) => [f.rule, f.type])).toEqual([[deleted[0]!.rule, 'deleted']]);
    expect(JSON.parse(threadline('gaps', '--case', casePath, '--json', '--type', 'deleted', '--rule', 'R9').stdout).findings).toEqual([]);
    expect(oneSentence(threadline('gaps', '--case', casePath, '--strength', 'certain').stderr)).toBe("--strength must be one of fact, high, medium, low, context, not 'certain'.");
    expect(oneSentence(threadline('gaps', '--case', casePath, '--report', 'csv', '--strength', 'fact').stderr)).toMatch(/^--rule, --type and --strength narrow the list of findings/);
  });
});
