// The import's record: files skipped by an import are kept with it, in Sources and in the audit log,
// and no warning tells a window user to type a command-line option.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyAudit } from '../../electron/backend/audit/log';
import { openEngine } from '../support/engines';
import { androidChat, tempDir, writeText } from '../support/temp';

describe('the record an import leaves', () => {
  it('keeps every skipped file in the source’s warnings and in the audit log', async () => {
    const dir = tempDir();
    writeText(dir, 'chat.txt', androidChat(3));
    writeText(dir, 'photo.jpg', new Uint8Array([0xff, 0xd8, 0xff, 0, 0, 0]));
    writeText(dir, 'expected.json', '{"note": "not a chat"}');
    const engine = openEngine(join(tempDir(), 'a.threadline'));
    const summary = await engine.runImport({ paths: [dir] }).done;
    const sourceId = summary.sources[0]!.id;

    const details = await engine.api.sourceDetails({ sourceId });
    const kept = details.warnings.filter((w) => w.code === 'skipped_files' || w.code === 'skipped_file');
    expect(kept[0]?.message).toMatch(/2 files are not a chat export .* skipped: .*expected\.json.*photo\.jpg|2 files are not a chat export .* skipped: .*photo\.jpg.*expected\.json/);
    expect(kept.filter((w) => w.code === 'skipped_file')).toHaveLength(2);

    const rows = engine.caseFile.writer.prepare("SELECT detail FROM audit WHERE action = 'import.skipped'").all() as { detail: string }[];
    expect(rows).toHaveLength(1);
    const logged = JSON.parse(rows[0]!.detail) as { sourceId: number; files: { path: string; reason: string }[] };
    expect(logged.sourceId).toBe(sourceId);
    expect(logged.files.map((f) => f.path.split('/').pop()).sort()).toEqual(['expected.json', 'photo.jpg']);
    expect(logged.files.every((f) => f.reason.length > 0)).toBe(true);
    expect(verifyAudit(engine.caseFile.writer)).toBeNull();
    await engine.close();
  });

  it('logs skipped files even when every export in the folder was already in the case', async () => {
    const dir = tempDir();
    writeText(dir, 'chat.txt', androidChat(3));
    const engine = openEngine(join(tempDir(), 'a.threadline'));
    await engine.runImport({ paths: [dir] }).done;
    writeText(dir, 'notes.md', '# notes');
    const again = await engine.runImport({ paths: [dir] }).done;
    expect(again.sources[0]!.alreadyImported).toBe(true);
    const rows = engine.caseFile.writer.prepare("SELECT detail FROM audit WHERE action = 'import.skipped'").all() as { detail: string }[];
    expect(rows.map((r) => (JSON.parse(r.detail) as { sourceId: number | null }).sourceId)).toEqual([null]);
    await engine.close();
  });

  it('says where to give a zone without naming a command-line option', async () => {
    const dir = tempDir();
    writeText(dir, 'chat.txt', androidChat(3));
    const engine = openEngine(join(tempDir(), 'a.threadline'));
    const summary = await engine.runImport({ paths: [dir] }).done;
    const zone = summary.sources[0]!.warnings.find((w) => w.code === 'time_zone_assumed');
    expect(zone?.message).toMatch(/set it in Sources/);
    expect(zone?.message).not.toContain('--tz');
    await engine.close();
  });
});
