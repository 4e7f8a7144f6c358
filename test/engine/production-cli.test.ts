// `threadline produce`, `threadline redact` and `threadline export --format html|rsmf` as a user runs
// them: the production folder and its one-line summary or JSON, the reviewer a production needs,
// redactions added, listed and removed, and transcripts of one conversation without Bates numbers.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProductionSummary, RedactionInfo } from '../../shared/production';
import { threadline } from '../support/cli';
import { tempDir, writeText } from '../support/temp';
import { manifest, SECRET } from './production-fixture';

function importedCase(): { dir: string; casePath: string } {
  const dir = tempDir();
  const casePath = join(dir, 'matter.threadline');
  const r = threadline('import', writeText(dir, 'rsmf_manifest.json', JSON.stringify(manifest())), '--case', casePath, '--tz', 'UTC', '--custodian', 'Ana Ruiz');
  expect(r.status).toBe(0);
  return { dir, casePath };
}

const messageId = (casePath: string, text: string) => (JSON.parse(threadline('search', '--case', casePath, '--json', `"${text}"`).stdout) as { hits: { messageId: number }[] }).hits[0]!.messageId;

describe('threadline produce', () => {
  it('writes the production, prints its summary, and refuses a folder that is not empty', () => {
    const { dir, casePath } = importedCase();
    const out = join(dir, 'prod');
    const r = threadline('produce', '--case', casePath, '--query', 'permit', '--bates', 'ABC-', '--formats', 'html,rsmf,dat', '--out', out, '--reviewer', 'Pat Lee', '--json');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const p = JSON.parse(r.stdout) as ProductionSummary;
    expect(p).toMatchObject({ batesBegin: 'ABC-0000001', batesEnd: 'ABC-0000006', documents: 3, producedBy: 'Pat Lee', formats: ['html', 'rsmf', 'dat'] });
    // No PDF among the formats: no PDF folder.
    expect(readdirSync(out).sort()).toEqual(['DATA', 'HTML', 'NATIVES', 'TEXT', 'production.html']);
    const again = threadline('produce', '--case', casePath, '--query', 'permit', '--bates', 'ABC-', '--formats', 'text', '--out', out, '--reviewer', 'Pat Lee');
    expect(again.status).toBe(1);
    expect(again.stderr.trim()).toBe(`${out} is not empty; a production needs a new or empty folder.`);
    const next = threadline('produce', '--case', casePath, '--query', 'permit', '--bates', 'ABC-', '--formats', 'text', '--out', join(dir, 'prod2'), '--reviewer', 'Pat Lee');
    expect(next.stdout).toMatch(/^Production 2: ABC-0000007 – ABC-0000012, 3 documents \(0 withheld\), 6 messages, 0 redactions, written to .*prod2; against production 1 of the same search: 0 added, 0 no longer selected\.\nAudit chain head on its cover: \d+:[0-9a-f]{64}\n$/);
  });

  it('needs a reviewer and known formats', () => {
    const { dir, casePath } = importedCase();
    const noReviewer = threadline('produce', '--case', casePath, '--query', 'permit', '--bates', 'A', '--out', join(dir, 'p'));
    expect(noReviewer.stderr.trim()).toMatch(/^threadline produce records a decision in the audit log, which needs the reviewer's name/);
    const badFormat = threadline('produce', '--case', casePath, '--query', 'permit', '--bates', 'A', '--formats', 'pdf,tiff', '--out', join(dir, 'p'), '--reviewer', 'P');
    expect(badFormat.stderr.trim()).toBe("--formats takes a comma-separated list of pdf, html, rsmf, dat, text, not 'pdf,tiff'.");
  });
});

describe('threadline redact', () => {
  it('redacts a span, lists it without the text, produces without it, and removes it', () => {
    const { dir, casePath } = importedCase();
    const id = messageId(casePath, 'password');
    const start = `Call counsel, the password is `.length;
    const added = threadline('redact', '--case', casePath, '--message', String(id), '--start', String(start), '--end', String(start + SECRET.length), '--reason', 'Personal data', '--reviewer', 'Pat Lee', '--json');
    expect(added.stderr).toBe('');
    const redaction = JSON.parse(added.stdout) as RedactionInfo;
    expect(redaction).toMatchObject({ messageId: id, kind: 'text', reason: 'Personal data', reviewer: 'Pat Lee' });
    const listed = threadline('redact', '--case', casePath, '--list');
    expect(listed.stdout).toContain(`characters ${start}–${start + SECRET.length} of message ${id} (Personal data)`);
    expect(listed.stdout).not.toContain(SECRET);
    const out = join(dir, 'p');
    expect(threadline('produce', '--case', casePath, '--query', 'password', '--bates', 'R', '--formats', 'text', '--out', out, '--reviewer', 'Pat Lee').status).toBe(0);
    expect(readFileSync(join(out, 'TEXT', 'R0000001.txt'), 'utf8')).toContain('the password is [REDACTED: Personal data] for');
    expect(threadline('redact', '--case', casePath, '--remove', String(redaction.id), '--reviewer', 'Pat Lee').status).toBe(0);
    expect(threadline('redact', '--case', casePath, '--list').stdout.trim()).toBe('No redactions.');
  });

  it('says what it needs', () => {
    const { casePath } = importedCase();
    expect(threadline('redact', '--case', casePath, '--message', '1', '--whole').stderr.trim()).toBe('threadline redact needs --message <id> and --reason <text> (or --list, or --remove <id>).');
    expect(threadline('redact', '--case', casePath, '--message', '1', '--whole', '--start', '1', '--end', '2', '--reason', 'x').stderr.trim()).toBe(
      'threadline redact needs exactly one of --start with --end, --whole or --attachment <id>.',
    );
  });
});

describe('threadline export --format html|rsmf', () => {
  it('writes one conversation as an HTML transcript and as RSMF, without Bates numbers', () => {
    const { dir, casePath } = importedCase();
    const html = threadline('export', '--case', casePath, '--format', 'html', '--conversation', '1', '--day', '2024-03-02');
    expect(html.status).toBe(0);
    expect(html.stdout).toContain('Deal room — 2024-03-02');
    expect(html.stdout).toContain('Lunch?');
    // The reply of that day brings its parent from 1 March, marked as context; nothing else of 1 March is there.
    expect(html.stdout).toContain('context: parent of a produced reply');
    expect(html.stdout).not.toContain('password');
    expect(html.stdout).not.toMatch(/class="bates">[^<]/);
    const out = join(dir, 'deal-room.rsmf');
    const rsmf = threadline('export', '--case', casePath, '--format', 'rsmf', '--conversation', '1', '--out', out);
    expect(rsmf.stderr).toBe(`7 messages written to ${out}\n`);
    const text = readFileSync(out, 'latin1');
    expect(text).toMatch(/^X-RSMF-Version: 2\.0\.0\r$/m);
    expect(text).not.toMatch(/X-RSMF-BegBates/);
    const again = join(dir, 'again.threadline');
    const imported = threadline('import', out, '--case', again, '--tz', 'UTC', '--json');
    expect(imported.status).toBe(0);
    expect(JSON.parse(imported.stdout).sources[0]).toMatchObject({ format: 'rsmf', messages: 7 });
  });
});
