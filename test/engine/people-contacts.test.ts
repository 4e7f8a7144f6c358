// A contact list names bare numbers (docs/people.md): read-only and hashed, recognised when imported
// twice, audited with every name it changed; an entry with two numbers joins their persons. Both doors
// accept a list only from where they accept imports.
import type { BrowserWindow as ElectronWindow } from 'electron';
import { readFileSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listAudit } from '../../electron/backend/audit/log';
import { createDialogDoor } from '../../electron/main/dialog-door';
import { registerApi } from '../../electron/main/ipc';
import { startServer } from '../../electron/serve';
import { BrowserWindow, fake } from '../fakes/electron';
import { FakeEngineHost } from '../main/fake-host';
import { openEngine } from '../support/engines';
import { inProcessHost } from '../support/in-process-host';
import { tempDir, writeText } from '../support/temp';

const chat = [
  '01/03/2024, 09:00 - Dana Whitfield: Who is paying the fee?',
  '01/03/2024, 09:01 - +44 7700 900123: I am',
  '01/03/2024, 09:02 - +1 202 555 0143: Me too',
  '01/03/2024, 09:03 - +44 20 7946 0001: Office line here',
].join('\n');

const vcard = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Tom Kessler',
  'TEL;TYPE=CELL:+44 7700 900123',
  'TEL;TYPE=WORK:+44 20 7946 0001',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Someone Else',
  'TEL:+1 415 555 0100',
  'END:VCARD',
].join('\r\n');

async function caseWithChat() {
  const dir = tempDir();
  const engine = openEngine(join(dir, 'case.threadline'));
  await engine.runImport({ paths: [writeText(dir, 'WhatsApp Chat with Harbor.txt', chat)], timeZone: 'UTC' }).done;
  return { dir, engine };
}

describe('importContacts', () => {
  it("names the persons behind a listed number, and joins the persons of one entry's numbers", async () => {
    const { dir, engine } = await caseWithChat();
    const list = writeText(dir, 'contacts.vcf', vcard);
    const modified = statSync(list).mtimeMs;
    const summary = await engine.api.importContacts({ path: list });
    expect(summary).toMatchObject({ format: 'vcard', contacts: 2, numbers: 3, addresses: 0, skipped: 0, personsNamed: 1, personsJoined: 1, alreadyImported: false, warnings: [] });
    expect(summary.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(statSync(list).mtimeMs).toBe(modified);

    const persons = await engine.api.listPersons({});
    const tom = persons.find((p) => p.name === 'Tom Kessler')!;
    expect(tom).toMatchObject({ nameSource: 'contact_list', nameEvidence: 'contacts.vcf, line 1: +447700900123' });
    expect(tom.participants.map((p) => [p.name, p.method])).toEqual([
      ['+44 7700 900123', 'single'],
      ['+44 20 7946 0001', 'contact_list'],
    ]);
    // The thread still shows the number as the export wrote it, and the person's name beside it.
    const [conversation] = await engine.api.listConversations({});
    const { messages } = await engine.api.threadPage({ conversationId: conversation!.id, fromSeq: 0, limit: 10 });
    expect(messages.map((m) => [m.author, m.authorPerson])).toEqual([
      ['Dana Whitfield', 'Dana Whitfield'],
      ['+44 7700 900123', 'Tom Kessler'],
      ['+1 202 555 0143', '+1 202 555 0143'],
      ['+44 20 7946 0001', 'Tom Kessler'],
    ]);
    expect(listAudit(engine.caseFile.reader, 1)[0]).toMatchObject({
      action: 'contacts.import',
      detail: { path: list, sha256: summary.sha256, contacts: 2, renamed: [{ before: '+44 7700 900123', after: 'Tom Kessler', source: 'contact_list' }] },
    });

    const again = await engine.api.importContacts({ path: list });
    expect(again).toMatchObject({ alreadyImported: true, personsNamed: 0 });
    expect(listAudit(engine.caseFile.reader, 1)[0]!.action).toBe('contacts.import');
    expect(engine.caseFile.reader.prepare('SELECT count(*) FROM contacts').pluck().get()).toBe(3);
    await engine.close();
  });

  it('names numbers imported after the list too', async () => {
    const dir = tempDir();
    const engine = openEngine(join(dir, 'case.threadline'));
    expect(await engine.api.importContacts({ path: writeText(dir, 'contacts.csv', 'Name,Mobile\nMarcus Oyelaran,+1 202 555 0143\n') })).toMatchObject({ contacts: 1, personsNamed: 0 });
    await engine.runImport({ paths: [writeText(dir, 'WhatsApp Chat with Harbor.txt', chat)], timeZone: 'UTC' }).done;
    const persons = await engine.api.listPersons({});
    expect(persons.find((p) => p.participants[0]!.name === '+1 202 555 0143')).toMatchObject({ name: 'Marcus Oyelaran', nameSource: 'contact_list' });
    await engine.close();
  });

  it('reads national numbers in the country given, and says which numbers it could not read', async () => {
    const { dir, engine } = await caseWithChat();
    const list = writeText(dir, 'contacts.csv', 'First Name;Last Name;Mobile Phone\nTom;Kessler;07700 900123\nPat;Doe;12\n');
    const without = await engine.api.importContacts({ path: list }).catch((e: Error) => e);
    expect(without).toMatchObject({ message: 'contacts.csv has no entry with both a name and a phone number or e-mail address this version can read.' });
    const summary = await engine.api.importContacts({ path: list, country: 'GB' });
    expect(summary).toMatchObject({ contacts: 1, skipped: 1, personsNamed: 1 });
    expect(summary.warnings).toEqual([{ line: 3, code: 'contact_number', message: "line 3: '12' is not a phone number read as international." }]);
    await engine.close();
  });

  it('refuses a file that is not a contact list, leaving the case as it was', async () => {
    const { dir, engine } = await caseWithChat();
    const before = await engine.api.listPersons({});
    const notAList = writeText(dir, 'notes.txt', 'Minutes of the meeting\n');
    await expect(engine.api.importContacts({ path: notAList })).rejects.toThrow(/^notes\.txt is not a contact list this version reads/);
    await expect(engine.api.importContacts({ path: notAList, country: 'XX' })).rejects.toThrow("'XX' is not a country code for phone numbers");
    await expect(engine.api.importContacts({ path: join(dir, 'missing.vcf') })).rejects.toThrow(/missing\.vcf cannot be read \(ENOENT\)/);
    expect(await engine.api.listPersons({})).toEqual(before);
    expect(readFileSync(notAList, 'utf8')).toBe('Minutes of the meeting\n');
    await engine.close();
  });
});

describe('the doors', () => {
  it('browser mode accepts a contact list only under an allowed folder', async () => {
    const allowed = tempDir();
    const outside = tempDir();
    const { host } = inProcessHost(join(allowed, 'case.threadline'));
    const server = await startServer({ host, port: 0, rendererDir: allowed, bridgeScript: join(allowed, 'bridge.js'), allow: [allowed] });
    const call = (path: string) =>
      new Promise<{ ok: boolean; error?: { code: string } }>((resolve, reject) => {
        const body = JSON.stringify({ path });
        const req = request(
          { host: '127.0.0.1', port: server.port, path: '/api/importContacts', method: 'POST', headers: { Host: `127.0.0.1:${server.port}`, 'X-Threadline-Token': server.token, 'Content-Type': 'application/json' } },
          (res) => {
            let text = '';
            res.on('data', (c: Buffer) => (text += c.toString()));
            res.on('end', () => resolve(JSON.parse(text) as { ok: boolean; error?: { code: string } }));
          },
        );
        req.on('error', reject);
        req.end(body);
      });
    try {
      expect(await call(writeText(outside, 'contacts.vcf', vcard))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(await call(writeText(allowed, 'contacts.vcf', vcard))).toMatchObject({ ok: true });
    } finally {
      await server.close();
      await host.close();
    }
  });

  it('the desktop accepts only a path its own dialog issued', async () => {
    fake.reset();
    const host = new FakeEngineHost();
    registerApi(host, createDialogDoor(new BrowserWindow({}) as unknown as ElectronWindow));
    expect(await fake.invoke('api:importContacts', { path: '/home/reviewer/.ssh/id_ed25519' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    fake.setOpenDialogResult({ canceled: false, filePaths: ['/evidence/contacts.vcf'] });
    await fake.invoke('api:pickImportPaths', {});
    expect(await fake.invoke('api:importContacts', { path: '/evidence/contacts.vcf', country: 'GB' })).toMatchObject({ ok: true });
    expect(host.calls).toEqual([{ method: 'importContacts', arg: { path: '/evidence/contacts.vcf', country: 'GB' } }]);
  });
});
