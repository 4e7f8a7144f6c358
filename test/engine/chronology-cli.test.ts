// `threadline chronology` as a script runs it: add a message, a range, a finding (its id from
// `gaps --json`) and an outside event; list them; export CSV and HTML; import a spreadsheet with
// a bad row; and the usage errors that name what is wrong.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChronologyEntry, ChronologyImport, ChronologyView } from '../../shared/chronology';
import { threadline } from '../support/cli';
import { productionCase } from './production-fixture';

async function caseOnDisk() {
  const c = await productionCase();
  await c.engine.close();
  return { ...c, casePath: join(c.dir, 'matter.threadline') };
}

describe('threadline chronology', () => {
  it('adds each kind, lists them earliest first, and exports with every citation and source hash', async () => {
    const { casePath, ids, dir } = await caseOnDisk();
    const gaps = JSON.parse(threadline('gaps', '--case', casePath, '--json').stdout) as { findings: { id: number; key: string; type: string }[] };
    const deletion = gaps.findings.find((f) => f.type === 'deleted')!;
    expect(deletion.key).toMatch(/^\["RS-1"/);
    const add = (...args: string[]) => {
      const r = threadline('chronology', 'add', '--case', casePath, '--reviewer', 'Dana Ito', '--json', ...args);
      expect(r.stderr).toBe('');
      return JSON.parse(r.stdout) as ChronologyEntry;
    };
    const seized = add('--title', 'Phone seized', '--at', '2024-03-04T09:30', '--zone', 'Europe/London', '--label', 'custody');
    const range = add('--title', 'Lunch', '--message', String(ids.e4), '--message', String(ids.e5), '--person', 'Ben Okafor');
    const memo = add('--title', 'Memo deleted', '--finding', String(deletion.id), '--note', 'Ben removed the memo.');
    const first = add('--title', 'Fee due', '--message', String(ids.e1));
    // People are persons of People: the author when none is named, the person of the name given.
    expect(first.persons).toEqual([{ id: expect.any(Number), name: 'Ana Ruiz' }]);
    expect(range.people).toEqual(['Ben Okafor']);
    expect(range.persons.every((p) => p.id !== null)).toBe(true);
    const stranger = threadline('chronology', 'add', '--case', casePath, '--reviewer', 'Dana Ito', '--title', 'x', '--message', String(ids.e1), '--person', 'Detective Roe');
    expect(stranger.status).toBe(1);
    expect(stranger.stderr).toContain("'Detective Roe' is not a person of this case");
    const listed = JSON.parse(threadline('chronology', '--case', casePath, '--json').stdout) as ChronologyView;
    expect(listed.entries.map((e) => e.id)).toEqual([first.id, range.id, memo.id, seized.id]);
    const text = threadline('chronology', '--case', casePath).stdout;
    expect(text).toContain('Master: 4 entries, times in UTC');
    expect(text).toContain(`#${seized.id}  2024-03-04 09:30 UTC  [event] Phone seized`);
    expect(text).toContain('cites rsmf_manifest.json, record events[0] (source SHA-256 ');

    const csv = join(dir, 'chronology.csv');
    const exported = threadline('chronology', 'export', '--case', casePath, '--format', 'csv', '--out', csv);
    expect(exported.stdout).toMatch(/^Wrote 4 entries to .*chronology\.csv \(audit chain head \d+:[0-9a-f]{64}\)\./);
    const rows = readFileSync(csv, 'utf8').split('\r\n');
    expect(rows[0]).toContain('citations,source_sha256,custodians,bates');
    expect(rows).toHaveLength(6);
    const html = join(dir, 'chronology.html');
    expect(threadline('chronology', 'export', '--case', casePath, '--format', 'html', '--out', html).status).toBe(0);
    expect(readFileSync(html, 'utf8')).toContain('Ben removed the memo.');
  });

  it('imports a spreadsheet, reporting refused rows and failing so a script sees them', async () => {
    const { casePath, dir } = await caseOnDisk();
    const sheet = join(dir, 'facts.csv');
    writeFileSync(sheet, 'title,date\nHold issued,2024-03-01\nUndated,\n');
    const r = threadline('chronology', 'import', '--case', casePath, '--chronology', 'Records retention', '--from', sheet, '--reviewer', 'Dana Ito', '--json');
    expect(r.status).toBe(1);
    const result = JSON.parse(r.stdout) as ChronologyImport;
    expect(result).toMatchObject({ chronology: 'Records retention', rows: 2, added: [{ line: 2 }] });
    expect(result.refused).toEqual([{ line: 3, problems: ['facts.csv, line 3: it names no evidence: give message_ids, finding_key, conversation_id with day, or event_at.'] }]);
  });

  it('says what is wrong with a command line', async () => {
    const { casePath } = await caseOnDisk();
    expect(threadline('chronology', 'add', '--case', casePath, '--title', 'x', '--reviewer', 'D').stderr).toContain('needs exactly one of --message');
    expect(threadline('chronology', '--case', casePath, '--format', 'csv').stderr).toContain("--format does not go with 'threadline chronology'");
    expect(threadline('chronology', 'remove', '--case', casePath).stderr).toContain("Unknown subcommand 'remove'");
    expect(threadline('chronology', 'add', '--case', casePath, '--title', 'x', '--at', '2024-03-01').stderr).toContain('needs the reviewer');
    expect(threadline('chronology', '--help').stdout).toContain('Usage: threadline chronology [add|export|import] --case <file>');
  });
});
