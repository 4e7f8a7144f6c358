// A phone's WhatsApp database through the whole import: the case of the issue (100 rows, ids 40–44
// removed, row 70 revoked, row 90 quoting row 42) and an iPhone's store, with the findings the
// device-database rules give and the evidence folder untouched.
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../shared/findings';
import { crypt15Prefix, hundredRowMsgstore, iosStore, keyOf, richMsgstore } from '../fixtures/whatsapp-db';
import { main } from '../../electron/cli/main';
import { openEngine } from '../support/engines';
import { tempDir } from '../support/temp';

const folder = (dir: string) => readdirSync(dir).sort().map((n) => [n, readFileSync(join(dir, n)).toString('base64'), statSync(join(dir, n)).mtimeMs]);
const ofRule = (fs: Finding[], rule: string) => fs.filter((f) => f.rule === rule);

async function importDb(make: (path: string) => string, name: string) {
  const evidence = tempDir();
  const path = make(join(evidence, name));
  const before = folder(evidence);
  const engine = openEngine(join(tempDir(), 'c.threadline'));
  const summary = await engine.runImport({ paths: [path] }).done;
  const { findings, notRun } = await engine.api.listFindings({});
  const conversations = await engine.api.listConversations({});
  return { engine, summary, findings, notRun, conversations, untouched: () => expect(folder(evidence)).toEqual(before) };
}

describe('msgstore.db through the import', () => {
  it('imports 95 messages in 2 conversations, leaves the file as it was, and finds the hole, the revoke and the orphan quote', async () => {
    const { engine, findings, notRun, conversations, untouched } = await importDb(hundredRowMsgstore, 'msgstore.db');
    untouched();
    expect(conversations.map((c) => c.messageCount).reduce((a, b) => a + b, 0)).toBe(95);
    expect(conversations).toHaveLength(2);

    const holes = ofRule(findings, 'DB-1');
    expect(holes.map((f) => [f.type, f.strength, f.count, f.conversationId])).toEqual([
      ['missing_sequence', 'medium', 5, null],
      ['missing_sequence', 'medium', 3, null],
    ]);
    expect(holes[0]!.explanation).toMatch(/^Row ids 40–44 are missing from the whole message table, between _id 39 \(\+15550100, 2024-03-01T09:39:00Z\) and _id 45/);
    expect(holes[1]!.explanation).toContain('sqlite_sequence records 103');

    const revoked = ofRule(findings, 'DB-2');
    expect(revoked.map((f) => [f.type, f.strength])).toEqual([['deleted', 'fact']]);
    const stored = engine.caseFile.reader.prepare('SELECT record, native_id FROM messages WHERE id = ?').get(revoked[0]!.messageId) as { record: string; native_id: string };
    expect(stored).toEqual({ record: 'message._id 70 · sort_id 70', native_id: keyOf(70) });

    const quote = ofRule(findings, 'DB-3');
    expect(quote.map((f) => [f.type, f.strength])).toEqual([['missing_referenced', 'high']]);
    expect(quote[0]!.evidence[0]!.record).toBe('message._id 90 · sort_id 90');
    expect(quote[0]!.explanation).toContain(keyOf(42));
    expect(quote[0]!.explanation).toContain('The reply still holds the quoted text: "the quoted words of row 42".');

    expect(notRun.filter((n) => n.rule === 'R3').map((n) => n.why)).toEqual(Array(2).fill('msgstore.db row ids are issued across all chats, so their holes are reported for the database as a whole (DB-1), not per chat'));
    expect(ofRule(findings, 'DB-7')).toHaveLength(1);
  });

  it('finds an orphaned edit and names an admin’s revoke', async () => {
    const { findings } = await importDb(richMsgstore, 'msgstore.db');
    expect(ofRule(findings, 'DB-3').map((f) => f.explanation)).toEqual([expect.stringContaining('3EB0GONE0000000000')]);
    expect(ofRule(findings, 'DB-2').map((f) => f.evidence[0]!.text)).toEqual(['This message was deleted by admin +15550100']);
    expect(ofRule(findings, 'DB-2')[0]!.explanation).toContain('deleted by the group admin +15550100');
  });
});

describe('ChatStorage.sqlite through the import', () => {
  it('finds the ZSORT hole, the counter shortfall, the type-14 revoke, the orphan quote and the missing WAL', async () => {
    const { findings, notRun, conversations, untouched } = await importDb(iosStore, 'ChatStorage.sqlite');
    untouched();
    expect(conversations.map((c) => c.title).sort()).toEqual(['Alex', 'Allotment committee']);
    const direct = conversations.find((c) => c.title === 'Alex')!;
    const sequence = ofRule(findings, 'DB-4');
    expect(sequence.map((f) => [f.conversationId, f.count, f.beforeSeq, f.afterSeq])).toEqual([
      [direct.id, 1, 2, 3],
      [direct.id, 2, 4, null],
    ]);
    expect(ofRule(findings, 'DB-5').map((f) => [f.type, f.strength])).toEqual([['deleted', 'fact']]);
    expect(ofRule(findings, 'DB-6').map((f) => f.evidence[0]!.text)).toEqual(['parent STGONE0001']);
    expect(ofRule(findings, 'DB-7').map((f) => [f.type, f.strength, f.conversationId])).toEqual([['coverage', 'context', null]]);
    expect(notRun.filter((n) => n.rule === 'R3')).toEqual([]);
  });
});

describe('threadline import', () => {
  it('imports a msgstore.db through the command line like any other file, and refuses an encrypted backup in one sentence', async () => {
    const dir = tempDir();
    const casePath = join(tempDir(), 'c.threadline');
    const written: string[] = [];
    const capture = (chunk: string | Uint8Array) => (written.push(String(chunk)), true);
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(capture);
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(capture);
    try {
      expect(await main(['import', hundredRowMsgstore(join(dir, 'msgstore.db')), '--case', casePath])).toBe(0);
      writeFileSync(join(dir, 'msgstore.db.crypt15'), Buffer.concat([crypt15Prefix(), randomBytes(4096)]));
      expect(await main(['import', join(dir, 'msgstore.db.crypt15'), '--case', casePath])).toBe(1);
    } finally {
      out.mockRestore();
      err.mockRestore();
    }
    const text = written.join('');
    expect(text).toContain('whatsapp-db, 95 messages in 2 conversations');
    expect(text).toContain('msgstore.db.crypt15 looks like an encrypted WhatsApp backup (.crypt12 / .crypt14 / .crypt15); decrypting backups is out of scope');
  });
});
