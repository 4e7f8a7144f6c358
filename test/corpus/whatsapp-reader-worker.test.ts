// Corpus conformance of the WhatsApp reader's worker thread: every chat text file of the corpus's
// whatsapp folder is read in the worker and on the engine's own thread, and both must agree on the
// date order decision (value, ambiguity, evidence), every message and every warning.
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { fileSource } from '../../electron/backend/files/read';
import { emptyParseResult, type WhatsAppMessage } from '../../electron/backend/importers/whatsapp/parse';
import { parseWorkerStarter, scanInThread, scanInWorker, type ScannedChat } from '../../electron/backend/importers/whatsapp/reader';
import { corpusJson, corpusPath, describeCorpus, itHasSamples } from './locate';

const CORPUS = corpusPath('whatsapp');
const expected = corpusJson<{ file: string }>('whatsapp', 'expected.json');
const texts = { ...expected, items: expected.items.filter((s) => s.file.endsWith('.txt')) };

async function readAll(chat: ScannedChat, fileLabel: string) {
  const result = emptyParseResult();
  const messages: WhatsAppMessage[] = [];
  for await (const batch of chat.messages({ fileLabel, conversationKey: 'chat', isCancelled: () => false, progress: () => {} }, result)) messages.push(...batch);
  const { lineCount, headerCount, description, dateOrder } = chat;
  return { lineCount, headerCount, description, dateOrder, messages, result };
}

describeCorpus('WhatsApp reader in a worker thread', () => {
  itHasSamples(texts, 'WhatsApp chat text files in expected.json');
  it.each(texts.items.map((s) => [s.file] as const))('%s reads the same in the worker as on the engine thread', async (file) => {
    const path = join(CORPUS, file);
    const here = await readAll(await scanInThread(fileSource(path), undefined, () => false), file);
    const there = await readAll(await scanInWorker({ path, locked: undefined, ctx: { fileLabel: file, conversationKey: 'chat' } }, parseWorkerStarter()!, () => false), file);
    expect(there.dateOrder).toEqual(here.dateOrder);
    expect(there).toEqual(here);
    expect(there.messages.length).toBeGreaterThan(0);
  });
});
