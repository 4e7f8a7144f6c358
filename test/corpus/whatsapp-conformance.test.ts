// Corpus conformance: every WhatsApp sample in the corpus's whatsapp folder is imported through the
// CLI, exported as JSON lines, and compared with the hand-checked ground truth in expected.json.
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { jsonLines, threadline } from '../support/cli';
import { tempDir } from '../support/temp';
import { corpusJson, corpusPath, describeCorpus, itHasSamples } from './locate';

const CORPUS = corpusPath('whatsapp');

interface Expected {
  file: string;
  sha256: string;
  chat_file: string | null;
  date_order: 'DMY' | 'MDY' | 'YMD';
  platform: string;
  lines: number;
  messages: number;
  user_messages: number;
  system_messages: number;
  authors: string[];
  first_timestamp: string;
  last_timestamp: string;
  min_timestamp: string;
  max_timestamp: string;
  out_of_order_pairs: number;
  deleted_tombstones: number;
  media: number;
  media_omitted: number;
  media_attached: number;
  view_once: number;
  calls: number;
  system_lines: number[];
  tombstone_lines: number[];
  media_lines: number[];
}

interface Exported {
  author: string | null;
  sentAtLocal: string | null;
  kind: string;
  subtype: string | null;
  deleted: boolean;
  attachments: { name: string; present: boolean }[];
  sourceRef: { file: string; line?: number; lineEnd?: number };
}

/** The one sample whose date order no file content can decide (expected.json says so). */
const UNDECIDABLE = 'starkdmi__whats_json__WhatsApp_Chat_with_Group_Chat_XXX_Android.txt';

const expected = corpusJson<Expected>('whatsapp', 'expected.json');

describeCorpus('WhatsApp', () => {
  itHasSamples(expected, 'WhatsApp samples in expected.json');
  it.each(expected.items.map((s) => [s.file, s] as const))('%s imports exactly as expected.json says', (_file, e) => {
    const dir = tempDir();
    const casePath = join(dir, 'case.threadline');
    const args = ['import', join(CORPUS, e.file), '--case', casePath, '--json', '--tz', 'UTC'];
    if (e.file === UNDECIDABLE) args.push('--date-order', e.date_order);
    const imported = threadline(...args);
    expect(imported.stderr).toBe('');
    expect(imported.status).toBe(0);
    const source = JSON.parse(imported.stdout).sources[0];
    expect(source.sha256).toBe(e.sha256);
    expect(source.format).toBe('whatsapp');
    expect(source.messages).toBe(e.messages);
    if (e.platform !== 'mixed') expect(source.dateOrder.value).toBe(e.date_order);
    expect(source.dateOrder.ambiguous).toBe(false);

    const exported = threadline('export', '--case', casePath, '--format', 'jsonl');
    expect(exported.status).toBe(0);
    const msgs = jsonLines<Exported>(exported.stdout);
    const isMedia = (m: Exported) => /^(media|contact)\.(omitted|attached)$/.test(m.subtype ?? '');
    const linesOf = (pred: (m: Exported) => boolean) => msgs.filter(pred).map((m) => m.sourceRef.line);
    const times = msgs.map((m) => m.sentAtLocal).filter((t): t is string => t !== null);
    let outOfOrder = 0;
    for (let i = 1; i < times.length; i++) if (times[i]! < times[i - 1]!) outOfOrder++;
    // No line is lost: the message spans cover every line of the chat text (none of these has a preamble).
    const covered = msgs.reduce((n, m) => n + ((m.sourceRef.lineEnd ?? m.sourceRef.line!) - m.sourceRef.line! + 1), 0);

    expect({
      messages: msgs.length,
      user: msgs.filter((m) => m.author !== null).length,
      system: msgs.filter((m) => m.kind === 'system').length,
      authors: [...new Set(msgs.filter((m) => m.author !== null).map((m) => m.author))].sort(),
      first: msgs[0]?.sentAtLocal,
      last: msgs[msgs.length - 1]?.sentAtLocal,
      min: [...times].sort()[0],
      max: [...times].sort()[times.length - 1],
      outOfOrder,
      tombstones: msgs.filter((m) => m.deleted).length,
      media: msgs.filter(isMedia).length,
      mediaOmitted: msgs.filter((m) => isMedia(m) && m.subtype!.endsWith('.omitted')).length,
      mediaAttached: msgs.filter((m) => isMedia(m) && m.subtype!.endsWith('.attached')).length,
      viewOnce: msgs.filter((m) => m.subtype === 'media.view_once').length,
      calls: msgs.filter((m) => m.kind === 'call').length,
      systemLines: linesOf((m) => m.kind === 'system'),
      tombstoneLines: linesOf((m) => m.deleted),
      mediaLines: linesOf(isMedia),
      lines: covered,
      unclassified: msgs.filter((m) => m.kind === 'unclassified').length,
    }).toEqual({
      messages: e.messages,
      user: e.user_messages,
      system: e.system_messages,
      authors: [...e.authors].sort(),
      first: e.first_timestamp,
      last: e.last_timestamp,
      min: e.min_timestamp,
      max: e.max_timestamp,
      outOfOrder: e.out_of_order_pairs,
      tombstones: e.deleted_tombstones,
      media: e.media,
      mediaOmitted: e.media_omitted,
      mediaAttached: e.media_attached,
      viewOnce: e.view_once,
      calls: e.calls,
      systemLines: e.system_lines,
      tombstoneLines: e.tombstone_lines,
      mediaLines: e.media_lines,
      lines: e.lines,
      unclassified: 0,
    });
    if (e.chat_file) {
      // A with-media zip: every attachment line names a file the zip carries, hashed at import.
      const attached = msgs.flatMap((m) => m.attachments);
      expect(attached.length).toBe(e.media_attached);
      expect(attached.every((a) => a.present)).toBe(true);
      expect(msgs[0]!.sourceRef.file).toBe(`${e.file}!${e.chat_file}`);
    }
  });

  it('reports the undecidable date order as ambiguous when the reviewer has not locked it', () => {
    const dir = tempDir();
    const r = threadline('import', join(CORPUS, UNDECIDABLE), '--case', join(dir, 'case.threadline'), '--json');
    expect(r.status).toBe(0);
    const source = JSON.parse(r.stdout).sources[0];
    expect(source.dateOrder.ambiguous).toBe(true);
    expect(source.dateOrder.evidence).toMatch(/nothing in the file decides/);
    expect(source.warnings.map((w: { code: string }) => w.code)).toContain('date_order_ambiguous');
  });
});
