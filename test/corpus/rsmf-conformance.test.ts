// Corpus conformance for RSMF (docs/formats.md): every sample in the corpus's rsmf folder
// imports through the CLI. The viewer sample gives its six conversations with every count the
// provenance notes; each deliberately invalid sample gives the readable sentence for what is wrong.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { jsonLines, threadline } from '../support/cli';
import { tempDir } from '../support/temp';
import { corpusPath, describeCorpus } from './locate';

const CORPUS = corpusPath('rsmf');
const VIEWER = 'shogun70__rsmf-viewer__rsmf_manifest.json';
const S = (n: string) => `relativitydev__rsmf-validator-samples__${n}`;

interface Imported {
  format: string;
  messages: number;
  events: number;
  conversations: number;
  warnings: { code: string; message: string }[];
}

function importOne(file: string): { source: Imported; casePath: string } {
  const dir = tempDir();
  const casePath = join(dir, 'case.threadline');
  const r = threadline('import', join(CORPUS, file), '--case', casePath, '--json', '--tz', 'UTC');
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return { source: JSON.parse(r.stdout).sources[0] as Imported, casePath };
}

interface Exported {
  conversation: string;
  seq: number;
  kind: string;
  subtype: string;
  text: string;
  sentAt: string;
  sentAtRaw: string;
  deleted: boolean;
  edited: boolean;
  threadParent: string | null;
  nativeId: string | null;
  attachments: { present: boolean }[];
  events: { kind: string }[];
}

describeCorpus('RSMF', () => {
  it('the viewer sample (RSMF 1.0.0, Slack): 6 conversations, 148 events with every particular', () => {
    const { source, casePath } = importOne(VIEWER);
    expect(source).toMatchObject({ format: 'rsmf', conversations: 6, messages: 148, events: 22 });
    const rows = jsonLines<Exported>(threadline('export', '--case', casePath, '--format', 'jsonl').stdout);
    const manifest = JSON.parse(readFileSync(join(CORPUS, VIEWER), 'utf8')) as { events: { id: string; type: string; timestamp: string; body?: string; deleted: boolean; parent?: string; attachments?: unknown[]; edits?: unknown[] }[] };
    expect(rows.filter((m) => m.subtype === 'text' || m.subtype === 'media.attached')).toHaveLength(125);
    expect(rows.filter((m) => m.subtype === 'system.joined')).toHaveLength(20);
    expect(rows.filter((m) => m.subtype === 'system.disclaimer')).toHaveLength(3);
    // 14 deleted events keep their bodies (RS-1).
    const deleted = rows.filter((m) => m.deleted);
    expect(deleted).toHaveLength(14);
    for (const m of deleted) expect(m.text).toBe(manifest.events.find((e) => e.id === m.nativeId)!.body);
    // 19 edited events, their earlier texts read from custom Edit1…EditN (RS-2).
    expect(rows.filter((m) => m.edited)).toHaveLength(19);
    expect(rows.flatMap((m) => m.events).filter((e) => e.kind === 'edit')).toHaveLength(22);
    // 42 threaded events, every parent present; 35 with attachments (none is beside the manifest).
    const threaded = rows.filter((m) => m.threadParent !== null);
    expect(threaded).toHaveLength(42);
    for (const m of threaded) expect(rows.some((p) => p.nativeId === m.threadParent && p.conversation === m.conversation)).toBe(true);
    expect(rows.filter((m) => m.attachments.length > 0)).toHaveLength(35);
    expect(rows.flatMap((m) => m.attachments).every((a) => !a.present)).toBe(true);
    // Times are the `Z` instants as written; each conversation reads in time order.
    for (const m of rows) expect(new Date(m.sentAt).getTime()).toBe(new Date(m.sentAtRaw).getTime());
    for (let i = 1; i < rows.length; i++) if (rows[i]!.conversation === rows[i - 1]!.conversation) expect(rows[i]!.sentAt >= rows[i - 1]!.sentAt).toBe(true);
    const codes = source.warnings.map((w) => w.code);
    expect(codes.filter((c) => c === 'rsmf_custom_empty')).toHaveLength(8);
    expect(codes).not.toContain('rsmf_orphan_parent');
    expect(codes).not.toContain('rsmf_reference');
    expect(codes).toContain('rsmf_version');
    const db = new Database(casePath, { readonly: true });
    try {
      expect(db.prepare('SELECT title FROM conversations ORDER BY title').all().map((c) => (c as { title: string }).title)).toEqual([
        '[Test Beta].demo-channel-public',
        '[Test Beta].general',
        '[Test Beta].marchmadness',
        '[Test Beta].qachannel',
        '[Test Beta].random',
        'organization',
      ]);
    } finally {
      db.close();
    }
  });

  const invalid: [string, string[]][] = [
    [
      S('Sample1_rsmf_manifest.json'),
      [
        "participants[0]: has no id (the schema requires one); 'Participant 1' cannot be referenced by conversations or events.",
        "conversations[0]: lists the participant '1', which the manifest does not define.",
        "events[0]: the participant '1' is not a participant the manifest defines; kept as '1'.",
      ],
    ],
    [S('Sample2_rsmf.zip'), ['version: the manifest is RSMF 1.0.0; read with the 2.0 schema, which is structurally compatible.', "participants[0]: the avatar 'AV1' is not in the zip relativitydev__rsmf-validator-samples__Sample2_rsmf.zip (RS-8)."]],
    [S('Sample3_sample.rsmf'), ["line 18: the EML carries a second attachment 'avatar.png' beside rsmf.zip; RSMF allows exactly one, so the file is not valid RSMF. The extra attachment is not read."]],
    [S('Sample3_message.eml'), ["line 18: the EML carries a second attachment 'avatar.png' beside rsmf.zip; RSMF allows exactly one, so the file is not valid RSMF. The extra attachment is not read."]],
    [
      S('Sample4_rsmf_manifest.json'),
      [
        "participants[0]: id is the number 1, not a string as the schema requires; read as '1'.",
        "conversations[0]: lists the participant '2', which the manifest does not define.",
        "events[0]: has the property 'attachment', which RSMF 2.0 does not define (did the producer mean 'attachments'?); kept in the raw record.",
      ],
    ],
  ];
  it.each(invalid)('%s imports its one event and says what is wrong', (file, sentences) => {
    const { source } = importOne(file);
    expect(source).toMatchObject({ format: 'rsmf', conversations: 1, messages: 1 });
    const messages = source.warnings.map((w) => w.message);
    for (const s of sentences) expect(messages.some((m) => m.endsWith(s) && m.startsWith(file))).toBe(true);
    // Zone-less timestamps (2013-01-10T15:53:00) are read as wall-clock time, and said to be.
    expect(source.warnings.find((w) => w.code === 'rsmf_timestamp_no_zone')!.message).toMatch(/1 timestamp has no zone \(first: events\[0\] timestamp '2013-01-10T15:53:00'\)/);
  });

  it('the schema file beside the samples is not a manifest: named directly it is refused in one sentence', () => {
    const dir = tempDir();
    const r = threadline('import', join(CORPUS, S('rsmf_schema_2_0_0.json')), '--case', join(dir, 'c.threadline'));
    expect(r.status).toBe(1);
    expect(r.stderr.replace(/^(queued|detecting)\n/gm, '').trim()).toMatch(/^relativitydev__rsmf-validator-samples__rsmf_schema_2_0_0\.json is JSON, but neither Wickr retention records .* nor an RSMF manifest/);
  });

  it('the folder imports every sample and skips the licences, the schema and the loose avatar with a warning', () => {
    const dir = tempDir();
    const r = threadline('import', CORPUS, '--case', join(dir, 'c.threadline'), '--json', '--tz', 'UTC');
    expect(r.status).toBe(0);
    const sources = JSON.parse(r.stdout).sources as Imported[];
    expect(sources.map((s) => [s.format, s.conversations])).toEqual([
      ['rsmf', 1],
      ['rsmf', 1],
      ['rsmf', 1],
      ['rsmf', 1],
      ['rsmf', 1],
      ['rsmf', 6],
    ]);
    expect(sources[0]!.warnings.find((w) => w.code === 'skipped_files')!.message).toMatch(/^5 files are not a chat export this version reads and were skipped: /);
  });
});
