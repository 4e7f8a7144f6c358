// A forensic report's attachment names are cells of a seized file: they may only point inside the
// report's own folder, links resolved, or a crafted name would make any file on the reviewer's disk evidence.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openEngine } from '../support/engines';
import { tempDir, writeText } from '../support/temp';
import { chatsCsv } from './formats-fixtures';

const row = (n: number, attachment: string) => ({
  '#': String(n), 'Chat #': '1', Identifier: 'c-1', Participants: '+15550100 Alex\n+15550101 Sam', Source: 'WhatsApp', 'Instant Message #': String(n),
  From: '+15550100 Alex', 'Timestamp: Date': '14/11/2023', 'Timestamp: Time': `22:1${n}:00(UTC+0)`, 'Attachment #1': attachment, 'Attachment #1 - Details': 'image/jpeg',
});

describe('forensic-report attachments', () => {
  it('reads a file inside the report folder and refuses names and links that lead outside it', async () => {
    const outside = tempDir();
    writeFileSync(join(outside, 'secret.jpg'), 'SECRET');
    const dir = join(tempDir(), 'report');
    mkdirSync(join(dir, 'files'), { recursive: true });
    writeFileSync(join(dir, 'files', 'inside.jpg'), 'JPEG');
    symlinkSync(join(outside, 'secret.jpg'), join(dir, 'files', 'linked.jpg'));
    const relativeEscape = `../../${outside.split('/').pop()}/secret.jpg`;
    const csv = writeText(dir, 'chats.csv', chatsCsv([row(1, 'files/inside.jpg'), row(2, relativeEscape), row(3, 'files/linked.jpg')]));

    const engine = openEngine(join(tempDir(), 'c.threadline'));
    try {
      const summary = await engine.runImport({ paths: [csv], timeZone: 'UTC' }).done;
      const [conversation] = await engine.api.listConversations({});
      const messages = (await engine.api.threadPage({ conversationId: conversation!.id, fromSeq: 0, limit: 10 })).messages;
      expect(messages.map((m) => m.attachments.map((a) => a.present))).toEqual([[true], [false], [false]]);
      const stored = engine.caseFile.reader.prepare('SELECT path FROM source_files WHERE role = ?').pluck().all('attachment') as string[];
      expect(stored).toEqual([join(dir, 'files', 'inside.jpg')]);
      const escapes = summary.sources[0]!.warnings.filter((w) => w.code === 'attachment_outside_report');
      expect(escapes.map((w) => w.line)).toEqual([5, 7]);
      expect(escapes[0]!.message).toContain(relativeEscape);
    } finally {
      await engine.close();
    }
  });
});
