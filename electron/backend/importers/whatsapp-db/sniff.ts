// Telling a phone's database by its content (docs/formats.md#whatsapp-device-databases): the SQLite
// header and then the tables inside, never the file name. Encrypted backups are recognised by their
// header shape and high-entropy body, and refused plainly.
import type Database from 'better-sqlite3';
import { looksOpaque } from '../wickr/sniff';
import { protobufFields } from './protobuf';

export type DeviceDbKind = 'android' | 'ios' | 'contacts';

export function deviceDbKind(tables: Map<string, string[]>): DeviceDbKind | null {
  if (tables.has('ZWAMESSAGE') && tables.has('ZWACHATSESSION')) return 'ios';
  const legacy = tables.get('messages')?.includes('key_remote_jid') ?? false;
  const current = (tables.get('message')?.includes('chat_row_id') ?? false) && tables.has('chat');
  if (legacy || current) return 'android';
  if (tables.get('wa_contacts')?.includes('jid')) return 'contacts';
  return null;
}

/** Names from a wa.db contacts table: display name, else the WhatsApp name, by JID. */
export function contactNames(db: Database.Database, tables: Map<string, string[]>): Map<string, string> {
  const names = new Map<string, string>();
  const cols = tables.get('wa_contacts') ?? [];
  const nameCols = ['display_name', 'wa_name'].filter((c) => cols.includes(c));
  if (!cols.includes('jid') || nameCols.length === 0) return names;
  for (const r of db.prepare(`SELECT jid, ${nameCols.join(', ')} FROM wa_contacts`).all() as Record<string, unknown>[]) {
    const jid = typeof r.jid === 'string' ? r.jid : null;
    const name = nameCols.map((c) => r[c]).find((v): v is string => typeof v === 'string' && v.trim() !== '');
    if (jid && name && !names.has(jid)) names.set(jid, name.trim());
  }
  return names;
}

/**
 * A `.crypt14` / `.crypt15` backup: a one-byte length, the feature byte 01, then exactly that many
 * bytes of a protobuf prefix (key type, and the cipher parameters as field 2 or 3), then ciphertext.
 * A `.crypt12`: the bytes 00 01, a key version (1 or 2), then salt, key id and IV (67 bytes in all),
 * then ciphertext. Encrypted objects of other apps are random bytes, which almost never take either shape.
 */
export function looksLikeEncryptedBackup(head: Uint8Array): boolean {
  if (head.length < 256 || !looksOpaque(head.subarray(192))) return false;
  if (head[0] === 0x00 && head[1] === 0x01 && (head[2] === 0x01 || head[2] === 0x02)) return true;
  const length = head[0]!;
  if (head[1] !== 0x01 || length < 8) return false;
  const prefix = protobufFields(head.subarray(2, 2 + length));
  return prefix !== null && prefix.some((f) => (f.number === 2 || f.number === 3) && f.bytes !== null && f.bytes.length >= 16) && prefix.every((f) => f.number <= 8);
}
