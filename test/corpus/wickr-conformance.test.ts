// Corpus conformance for Wickr (docs/formats.md): every retention sample in the corpus's wickr folder is
// imported through the CLI and compared with expected.json — conversations, records by msgtype,
// senders, delete / edit / reaction references and their keys, and every time exact to the
// microsecond by the spec's rule (seconds plus int(fraction) microseconds), computed here apart.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { jsonLines, threadline } from '../support/cli';
import { tempDir } from '../support/temp';
import { corpusJson, corpusPath, describeCorpus, itHasSamples } from './locate';

const CORPUS = corpusPath('wickr');

interface Expected {
  file: string;
  sha256: string;
  records: number;
  records_by_msgtype: Record<string, number>;
  distinct_vgroupids: number;
  vgroupids: string[];
  room_vgroupids: number;
  distinct_senders: string[];
  records_without_message_id: number[];
  msg_ts_unpadded_fraction_lines: number[];
  deletes: { line: number; record_message_id: string; target_message_id: string; target_key: string; isrecall: boolean; sender: string; target_in_file: boolean }[];
  edits: { line: number; record_message_id: string; edit_type: string; target_message_id: string | null; target_in_file: boolean | null }[];
  reactions: { line: number; record_message_id: string; target_message_id: string; target_in_file: boolean; reactAdded: boolean; reaction: string }[];
}

const expected = corpusJson<Expected>('wickr', 'expected.json');
const samples = expected.items;

/** The spec's rule, written apart from the importer: `<s>.<f>` is s seconds and int(f) microseconds. */
function isoFromMsgTs(msgTs: string): string {
  const [s, f = '0'] = msgTs.split('.');
  const micros = BigInt(s!) * 1_000_000n + BigInt(f);
  const ms = Number(micros / 1000n);
  return `${new Date(ms).toISOString().slice(0, 19)}.${String(micros % 1_000_000n).padStart(6, '0')}Z`;
}

interface Row {
  line: number;
  raw: string;
  native_id: string | null;
  sent_at_us: number | null;
}

describeCorpus('Wickr', () => {
  itHasSamples(expected, 'Wickr samples in expected.json');
  it.each(samples.map((s) => [s.file, s] as const))('%s imports exactly as expected.json says', (_file, e) => {
    const dir = tempDir();
    const casePath = join(dir, 'case.threadline');
    const r = threadline('import', join(CORPUS, e.file), '--case', casePath, '--json', '--tz', 'UTC');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const source = JSON.parse(r.stdout).sources[0];
    expect(source).toMatchObject({ format: 'wickr', sha256: e.sha256, conversations: e.distinct_vgroupids });
    expect(source.messages + source.events).toBe(e.records);

    const db = new Database(casePath, { readonly: true });
    try {
      const conversations = db.prepare('SELECT native_id, kind FROM conversations').all() as { native_id: string; kind: string }[];
      expect(conversations.map((c) => c.native_id).sort()).toEqual([...e.vgroupids].sort());
      expect(conversations.filter((c) => c.kind === 'room').length).toBe(e.room_vgroupids);
      const people = (db.prepare('SELECT name FROM participants ORDER BY name').all() as { name: string }[]).map((p) => p.name);
      expect(people).toEqual([...e.distinct_senders].sort());

      // One row per record line, messages and events alike (a 4012 with several attributes is one line).
      const rows = db
        .prepare(
          `SELECT line_start AS line, raw, native_id, sent_at_us FROM messages
           UNION SELECT line_start, raw, native_id, sent_at_us FROM message_events ORDER BY line`,
        )
        .all() as Row[];
      expect(rows).toHaveLength(e.records);
      const byType: Record<string, number> = {};
      for (const row of rows) {
        const rec = JSON.parse(row.raw) as { msgtype: number; msg_ts: string; message_id?: string };
        byType[rec.msgtype] = (byType[rec.msgtype] ?? 0) + 1;
        // Microsecond-exact: the stored instant is the spec's reading of msg_ts, to the microsecond.
        expect(new Date(Math.floor(row.sent_at_us! / 1000)).toISOString().slice(0, 19) + `.${String(row.sent_at_us! % 1_000_000).padStart(6, '0')}Z`).toBe(isoFromMsgTs(rec.msg_ts));
        expect(row.native_id).toBe(rec.message_id ?? null);
      }
      expect(byType).toEqual(e.records_by_msgtype);
      expect(rows.filter((x) => x.native_id === null).map((x) => x.line)).toEqual(e.records_without_message_id);
      const unpadded = rows.filter((x) => /\.\d{1,5}"/.test(/"msg_ts":"[^"]*"/.exec(x.raw)![0])).map((x) => x.line);
      expect(unpadded).toEqual(e.msg_ts_unpadded_fraction_lines);

      const events = db
        .prepare(
          `SELECT e.kind, e.native_id, e.target_native_id, e.target_message_id, e.value, e.detail, e.line_start AS line, p.name AS actor
           FROM message_events e LEFT JOIN participants p ON p.id = e.actor_id ORDER BY e.id`,
        )
        .all() as { kind: string; native_id: string; target_native_id: string | null; target_message_id: number | null; value: string; detail: string; line: number; actor: string }[];
      const detail = (x: { detail: string }) => JSON.parse(x.detail) as Record<string, unknown>;
      expect(
        events.filter((x) => x.kind === 'delete').map((x) => ({
          line: x.line,
          record_message_id: x.native_id,
          target_message_id: x.target_native_id,
          target_key: detail(x).targetKey,
          isrecall: detail(x).isrecall,
          sender: x.actor,
          target_in_file: x.target_message_id !== null,
        })),
      ).toEqual(e.deletes);
      const liveLocations = db.prepare(`SELECT line_start AS line, native_id FROM messages WHERE subtype = 'location.live'`).all() as { line: number; native_id: string }[];
      expect([
        ...events.filter((x) => x.kind === 'edit').map((x) => ({ line: x.line, record_message_id: x.native_id, edit_type: 'text', target_message_id: x.target_native_id, target_in_file: x.target_message_id !== null })),
        ...liveLocations.map((x) => ({ line: x.line, record_message_id: x.native_id, edit_type: 'location', target_message_id: null, target_in_file: null })),
      ].sort((a, b) => a.line - b.line)).toEqual(e.edits);
      expect(
        events.filter((x) => x.kind === 'reaction').map((x) => ({
          line: x.line,
          record_message_id: x.native_id,
          edit_type: 'reaction',
          target_message_id: x.target_native_id,
          target_in_file: x.target_message_id !== null,
          reactAdded: detail(x).added,
          reaction: x.value,
        })),
      ).toEqual(e.reactions);
      // Every reference in these isolated examples dangles (expected.json notes): none links.
      expect(events.filter((x) => x.target_message_id !== null)).toEqual([]);
    } finally {
      db.close();
    }

    const exported = jsonLines<{ sentAt: string; sentAtRaw: string; sourceRef: { file: string; line: number } }>(threadline('export', '--case', casePath, '--format', 'jsonl').stdout);
    for (const m of exported) {
      expect(m.sentAt).toBe(isoFromMsgTs(m.sentAtRaw));
      expect(m.sourceRef.file).toBe(e.file);
    }
  });

  it('reports the UUID / msg_ts disagreements of the edited admin-guide examples (lines 7 and 19, WK-4)', () => {
    const dir = tempDir();
    const r = threadline('import', join(CORPUS, samples[0]!.file), '--case', join(dir, 'c.threadline'), '--json', '--tz', 'UTC');
    const warnings = JSON.parse(r.stdout).sources[0].warnings as { code: string; line: number }[];
    expect(warnings.filter((w) => w.code === 'uuid_time_disagrees').map((w) => w.line)).toEqual([7, 19]);
  });

  it('imports the folder as one archive: the union of conversations, the reused example ids flagged as conflicts (WK-10), other files skipped', () => {
    const dir = tempDir();
    const r = threadline('import', CORPUS, '--case', join(dir, 'c.threadline'), '--json', '--tz', 'UTC');
    expect(r.status).toBe(0);
    const sources = JSON.parse(r.stdout).sources as { format: string; conversations: number; messages: number; events: number; warnings: { code: string; message: string }[] }[];
    expect(sources).toHaveLength(1);
    const union = new Set(samples.flatMap((s) => s.vgroupids));
    expect(sources[0]).toMatchObject({ format: 'wickr', conversations: union.size });
    expect(sources[0]!.messages + sources[0]!.events).toBe(samples.reduce((n, s) => n + s.records, 0));
    const conflicts = sources[0]!.warnings.filter((w) => w.code === 'duplicate_conflict').map((w) => w.message);
    expect(conflicts).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^docs\.aws\.amazon\.com__wickr-enterpriseadminguide__compliance-output-examples\.partial\.jsonl, line 1 has the message_id a526085032fa11ee9a74053bb1017859 of the record at docs\.aws\.amazon\.com__wickr-adminguide__dataretention-examples\.jsonl, line 1/),
        expect.stringMatching(/, line 2 has the message_id e2c5115032fb11ee9a74053bb1017859 of the record at docs\.aws\.amazon\.com__wickr-adminguide__dataretention-examples\.jsonl, line 2/),
      ]),
    );
    expect(sources[0]!.warnings.find((w) => w.code === 'skipped_files')!.message).toBe(
      '4 files are not a chat export this version reads and were skipped: docs.aws.amazon.com__wickr-adminguide__dataretention-examples.sources.txt, docs.aws.amazon.com__wickrio__message-format-examples.sources.txt, expected.json, PROVENANCE.md.',
    );
  });
});
