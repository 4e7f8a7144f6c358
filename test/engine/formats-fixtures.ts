// Small invented inputs for the RSMF and forensic-report importers, written into a temp folder.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipBytes } from '../../electron/backend/files/zip-writer';

/** A zip with stored (uncompressed) entries: enough for RSMF zips in tests. */
export const storedZip = zipBytes;

/** An RSMF 2.0 manifest for a Wickr room with every particular: edits, reactions, receipts, a thread, a delete. */
export const ROOM_MANIFEST = {
  version: '2.0.0',
  eventcollectionid: 'S1c0ffee',
  participants: [
    { id: 'alice@corp.example', display: 'Alice', avatar: 'AV_alice.png' },
    { id: 'bob@corp.example', display: 'Bob' },
  ],
  conversations: [{ id: 'S1c0ffee', platform: 'wickr', type: 'channel', participants: ['alice@corp.example', 'bob@corp.example'], custodian: 'alice@corp.example', display: 'Harbor room' }],
  events: [
    {
      id: 'e2', parent: 'e1', type: 'message', conversation: 'S1c0ffee', participant: 'bob@corp.example', timestamp: '2023-11-14T22:15:02.000001Z',
      body: 'Numbers look off', direction: 'incoming', read_receipts: [{ participant: 'alice@corp.example', timestamp: '2023-11-14T22:16:00Z', action: 'read' }],
    },
    {
      id: 'e1', type: 'message', conversation: 'S1c0ffee', participant: 'alice@corp.example', timestamp: '2023-11-14T22:13:20.123456Z',
      body: 'Quarterly numbers attached.', deleted: true, direction: 'outgoing',
      edits: [{ participant: 'alice@corp.example', timestamp: '2023-11-14T22:14:00Z', previous: 'Quartely numbers', new: 'Quarterly numbers attached.' }],
      reactions: [{ value: '👍', count: 1, participants: ['bob@corp.example'] }],
      attachments: [{ id: 'F1_numbers.xlsx', display: 'numbers.xlsx', size: 12 }],
    },
    { type: 'join', conversation: 'S1c0ffee', participant: 'bob@corp.example', timestamp: '2023-11-14T22:00:00Z' },
  ],
};

export function writeRsmfZip(dir: string, name = 'rsmf.zip', manifest: unknown = ROOM_MANIFEST): string {
  const path = join(dir, name);
  writeFileSync(
    path,
    storedZip([
      { name: 'rsmf_manifest.json', data: JSON.stringify(manifest, null, 2) },
      { name: 'F1_numbers.xlsx', data: 'xlsx-bytes!!' },
      { name: 'extra_unreferenced.txt', data: 'left over' },
    ]),
  );
  return path;
}

/** An .rsmf e-mail around a zip, base64-wrapped at 76 characters as generators write it. */
export function writeRsmfEml(dir: string, zip: Buffer, headers: string[] = ['X-RSMF-Version: 2.0.0', 'X-RSMF-EventCount: 3', 'X-RSMF-Custodian: Alice']): string {
  const b64 = zip.toString('base64').replace(/.{76}/g, '$&\r\n');
  const text = [
    'From: Alice <alice@corp.example>',
    ...headers,
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="RSMFEML"',
    '',
    '--RSMFEML',
    'Content-Type: text/plain; charset="utf-8"',
    '',
    'Alice',
    '',
    'Quarterly numbers attached.',
    '',
    '--RSMFEML',
    'Content-Type: application/octet-stream; name=rsmf.zip',
    'Content-Disposition: attachment; filename=rsmf.zip',
    'Content-Transfer-Encoding: base64',
    '',
    b64,
    '--RSMFEML--',
    '',
  ].join('\r\n');
  const path = join(dir, 'room.rsmf');
  writeFileSync(path, text);
  return path;
}

const HEADER = ['#', 'Chat #', 'Identifier', 'Name', 'Participants', 'Source', 'Instant Message #', 'From', 'To', 'Body', 'Status', 'Timestamp: Date', 'Timestamp: Time', 'Read: Date', 'Read: Time', 'Attachment #1', 'Attachment #1 - Details', 'Deleted - Instant Message', 'Starred message'];

export function chatsCsv(rows: Partial<Record<(typeof HEADER)[number], string>>[], title = true): string {
  const q = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = rows.map((r) => HEADER.map((h) => q(r[h] ?? '')).join(','));
  return [...(title ? ['Chats'] : []), HEADER.join(','), ...lines].join('\r\n') + '\r\n';
}
