// Export zips as a seized device may hand them over: two chat texts, repeated names, symlink entries,
// names that would escape a folder, a directory that breaks off. Each is a warning on the entries
// concerned and the rest of the export is read; nothing is chosen silently, nothing refused whole.
import { constants, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { listZip } from '../../electron/backend/files/zip';
import { openWhatsApp } from '../../electron/backend/importers/whatsapp';
import type { MessageRecord, SourceTail } from '../../electron/backend/importers/types';
import { tempDir, writeText } from '../support/temp';
import { zipOf, type ZipEntrySpec } from '../fuzz/zip-writer';

const CHAT_A = '18/03/2022, 10:00 - Ana: first chat\n18/03/2022, 10:01 - Bob: IMG-20220318-WA0001.jpg (file attached)\n';
const CHAT_B = '19/03/2022, 11:00 - Cy: second chat\n19/03/2022, 11:05 - Di: still here\n';
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
const options = { isCancelled: () => false, progress: () => {} };

async function importZip(entries: ZipEntrySpec[]) {
  const path = writeText(tempDir(), 'export.zip', zipOf(entries));
  const stream = await openWhatsApp(path, 'zip', options);
  const messages: MessageRecord[] = [];
  for await (const batch of stream.messages()) messages.push(...batch);
  const tail: SourceTail = stream.tail();
  const codes = (code: string) => tail.warnings.filter((w) => w.code === code).map((w) => w.message);
  return { head: stream.head, messages, tail, codes };
}

describe('zip entries', () => {
  it('two _chat.txt entries of one name are two conversations, both read, and said so', async () => {
    const { head, messages, tail, codes } = await importZip([
      { name: '_chat.txt', data: CHAT_A },
      { name: '_chat.txt', data: CHAT_B },
    ]);
    expect(head.conversationKeys).toHaveLength(2);
    expect(tail.conversations).toHaveLength(2);
    expect(messages.map((m) => m.body)).toEqual(['first chat', 'IMG-20220318-WA0001.jpg (file attached)', 'second chat', 'still here']);
    expect(new Set(messages.map((m) => m.conversationKey)).size).toBe(2);
    expect(codes('zip_several_chats')).toHaveLength(1);
    expect(codes('zip_repeated_name')).toHaveLength(2);
    // The second chat's records name the member they come from; every entry is a member.
    expect(messages[3]!.memberFile).toBe('export.zip!_chat.txt#2');
    expect(head.files!.map((f) => f.path)).toEqual(['export.zip!_chat.txt#1', 'export.zip!_chat.txt#2']);
  });

  it('chat texts in two folders are two conversations; a .txt document that is no chat stays an attachment', async () => {
    const { tail, messages, head } = await importZip([
      { name: 'a/_chat.txt', data: CHAT_A },
      { name: 'b/WhatsApp Chat with Cy.txt', data: CHAT_B },
      { name: 'notes.txt', data: 'shopping list\nmilk\n' },
    ]);
    expect(tail.conversations.map((c) => c.title)).toEqual(['Ana, Bob', 'Cy']);
    expect(messages).toHaveLength(4);
    expect(head.files!.map((f) => f.role)).toEqual(['messages', 'messages', 'attachment']);
    expect(head.formatDetail).toContain('in a zip with 1 other file and 2 chat texts');
  });

  it('several media of one file name are all recorded; the message links to the first, and the choice is said', async () => {
    const { messages, head, codes } = await importZip([
      { name: '_chat.txt', data: CHAT_A },
      { name: 'IMG-20220318-WA0001.jpg', data: JPEG },
      { name: 'copy/IMG-20220318-WA0001.jpg', data: Buffer.concat([JPEG, JPEG]) },
    ]);
    const attachment = messages[1]!.attachments[0]!;
    expect(attachment).toMatchObject({ present: true, entry: 'IMG-20220318-WA0001.jpg', size: JPEG.length });
    expect(head.files).toHaveLength(3);
    expect(codes('zip_repeated_file_name')).toEqual([expect.stringContaining("entries 'IMG-20220318-WA0001.jpg' and 'copy/IMG-20220318-WA0001.jpg' share the file name")]);
    expect(head.formatDetail).toContain('in a zip with 2 other files');
  });

  it('symlink entries and names that would escape a folder are warned on, recorded and never taken as the chat', async () => {
    const { messages, head, codes } = await importZip([
      { name: '_chat.txt', data: CHAT_A },
      { name: 'link.txt', data: '/etc/passwd', symlink: true },
      { name: '../../evil.jpg', data: JPEG },
      { name: '/abs/IMG-20220318-WA0001.jpg', data: JPEG },
      { name: 'C:/win.jpg', data: JPEG },
    ]);
    expect(messages).toHaveLength(2);
    expect(codes('zip_symlink_entry')).toEqual([expect.stringContaining("entry 2 'link.txt' is a symbolic link")]);
    expect(codes('zip_unsafe_name').map((m) => m.match(/entry \d/)![0])).toEqual(['entry 3', 'entry 4', 'entry 5']);
    expect(head.files!.find((f) => f.path.endsWith('link.txt'))!.role).toBe('other');
    // The attachment under an absolute name is still the file the message names.
    expect(messages[1]!.attachments[0]!.present).toBe(true);
  });

  it('a directory that breaks off after some entries reads those and says where it stopped', async () => {
    const zip = zipOf([
      { name: '_chat.txt', data: CHAT_A },
      { name: 'IMG-20220318-WA0001.jpg', data: JPEG },
    ]);
    // The end record claims three entries where the directory holds two.
    zip.writeUInt16LE(3, zip.length - 22 + 8);
    zip.writeUInt16LE(3, zip.length - 22 + 10);
    const path = writeText(tempDir(), 'short.zip', zip);
    const listing = await listZip(path);
    expect(listing.entries.map((e) => e.name)).toEqual(['_chat.txt', 'IMG-20220318-WA0001.jpg']);
    expect(listing.damage).not.toBeNull();
    const stream = await openWhatsApp(path, 'zip', options);
    for await (const batch of stream.messages()) void batch;
    expect(stream.tail().warnings.map((w) => w.code)).toContain('zip_directory_damaged');
  });

  it('a chat text whose compressed data breaks off keeps the messages before the damage, and says where', async () => {
    // Enough text that its compressed data spans several reads: what was inflated before the damage arrives.
    const lines = Array.from({ length: 40_000 }, (_, i) => `18/03/2022, 10:${String(i % 60).padStart(2, '0')} - ${i % 2 ? 'Ana' : 'Bob'}: message ${(i * 2654435761) % 1e9}`);
    const readable = deflateRawSync(Buffer.from(lines.join('\n') + '\n'), { finishFlush: constants.Z_SYNC_FLUSH });
    // A block header with the reserved type 3: inflating stops there with an error.
    const damaged = { bytes: Buffer.concat([readable, Buffer.from([0xff, 0xff])]), crc: 0, size: 10_000_000 };
    const { messages, codes } = await importZip([{ name: '_chat.txt', precompressed: damaged }]);
    expect(messages.length).toBeGreaterThan(1000);
    expect(messages.length).toBeLessThanOrEqual(40_000);
    expect(messages.map((m) => m.body).slice(0, 2)).toEqual(['message 0', 'message 654435761']);
    expect(codes('zip_entry_damaged')).toEqual([expect.stringMatching(/^export\.zip!_chat\.txt cannot be read to its end: the zip archive's data for it is damaged \(invalid block type\); the \d+ lines before the damage are read/)]);
  });

  it('a name with a line break in it is shown escaped, so no warning can forge a second line', async () => {
    const { head, tail } = await importZip([
      { name: '_chat.txt', data: CHAT_A },
      { name: '../x\nFAKE: all clear.jpg', data: JPEG },
    ]);
    expect(head.files!.map((f) => f.path)).toContain('export.zip!../x\\u000aFAKE: all clear.jpg');
    expect(tail.warnings.every((w) => !w.message.includes('\n'))).toBe(true);
    expect(tail.warnings.map((w) => w.code)).toContain('zip_unsafe_name');
  });
});
