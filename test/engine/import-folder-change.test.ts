// A folder source (a Wickr archive folder) whose member is written to while it is imported: each
// member's file-system stamp is taken before the folder is hashed and compared after it is read,
// so a member changed and put back before the hashes are checked again is still refused, and
// nothing from the folder is stored.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiEvent } from '../../shared/api';
import { openEngine } from '../support/engines';
import { androidChat, tempDir, writeText } from '../support/temp';
import { buildWickrArchive, type Built } from './wickr-archive';

/** A text found only in the archive's later message file. */
const ARCHIVE_TEXT = 'Call me about the fee';

async function caseState(casePath: string) {
  const engine = openEngine(casePath, { create: false });
  try {
    const info = await engine.api.caseInfo({});
    const verified = await engine.verifySources();
    return { sources: info.sourceCount, messages: info.messageCount, problems: verified.problems, archiveHits: (await engine.api.search({ q: `"${ARCHIVE_TEXT}"` })).total };
  } finally {
    await engine.close();
  }
}

/** Imports the archive into a case holding one earlier import; `touch` sees every progress report. */
async function importArchiveWhile(touch: (archive: Built, phase: string) => void) {
  const dir = tempDir();
  const casePath = join(dir, 'case.threadline');
  const engine = openEngine(casePath);
  await engine.runImport({ paths: [writeText(dir, 'earlier.txt', androidChat(5))] }).done;
  const archive = buildWickrArchive(dir, { encryptedObject: true });
  const message = await engine.runImport({ paths: [archive.root] }, (e: ApiEvent) => e.type === 'job.progress' && touch(archive, e.phase)).done.then(
    () => 'imported',
    (e: Error) => e.message,
  );
  await engine.close();
  return { message, archive, after: await caseState(casePath) };
}

const unchanged = { sources: 1, messages: 6, problems: 0, archiveHits: 0 };

describe('a folder source whose member changes while it is imported', () => {
  const members: [string, (a: Built) => string][] = [
    ['a message file', (a) => a.late],
    ['the S3 metadata sidecar of an encrypted object', (a) => join(a.messagesDir, '29250339.json')],
  ];

  it.each(members)('is refused, nothing stored, when %s is changed and put back before the hashes are checked again', async (_, memberOf) => {
    let step: 'before' | 'changed' | 'restored' = 'before';
    let original = '';
    const { message, archive, after } = await importArchiveWhile((archive, phase) => {
      const member = memberOf(archive);
      if (step === 'before' && phase.startsWith('reading')) {
        step = 'changed';
        original = readFileSync(member, 'utf8');
        writeFileSync(member, original.replace(/.$/s, ' '));
      } else if (step === 'changed' && phase.startsWith('checking')) {
        // Back to the very bytes hashed at the start: only the member's stamp still shows the change.
        step = 'restored';
        writeFileSync(member, original);
      }
    });
    expect(step).toBe('restored');
    expect(readFileSync(memberOf(archive), 'utf8')).toBe(original);
    expect(message).toBe(`${archive.messagesDir} changed while it was being imported; nothing was stored from it.`);
    expect(after).toEqual(unchanged);
  });

  it('is refused, nothing stored, when a member stays changed', async () => {
    let changed = false;
    const { message, archive, after } = await importArchiveWhile((archive, phase) => {
      if (changed || !phase.startsWith('reading')) return;
      changed = true;
      writeFileSync(archive.late, readFileSync(archive.late, 'utf8').replace(ARCHIVE_TEXT, 'Call me about the fine'));
    });
    expect(changed).toBe(true);
    expect(message).toBe(`${archive.messagesDir} changed while it was being imported; nothing was stored from it.`);
    expect(after).toEqual(unchanged);
  });

  it('is imported when nothing touches it, though a file of the folder that is no member changes', async () => {
    const { message, after } = await importArchiveWhile((archive, phase) => {
      if (phase.startsWith('reading')) writeFileSync(join(archive.attachmentsDir, 'unrelated-leftover.bin'), 'rewritten during the import');
    });
    expect(message).toBe('imported');
    expect(after).toEqual({ sources: 2, messages: 6 + 10, problems: 0, archiveHits: 1 });
  });
});
