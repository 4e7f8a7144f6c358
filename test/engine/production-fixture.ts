// A small case for the production tests: one RSMF conversation over two days with a reply to a
// message of the day before, an edit, a reaction, a deleted message, right-to-left text and emoji,
// and a second conversation from a WhatsApp export. Every test writes its own copy.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { ApiEvent } from '../../shared/api';
import type { ProductionJob } from '../../shared/production';
import type { Engine } from '../../electron/backend/api';
import { openEngine } from '../support/engines';
import { androidChat, tempDir, writeText } from '../support/temp';

export const SECRET = 'Swordfish-7731';
export const RTL = 'שלום עולם مرحبا';
export const EMOJI = '🔥👍🏽';
/** A 1×1 PNG, attached to the message of 2 March 10:00. */
export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

export function manifest(): object {
  return {
    version: '2.0.0',
    participants: [
      { id: 'ana@corp.example', display: 'Ana Ruiz' },
      { id: 'ben@corp.example', display: 'Ben Okafor' },
    ],
    conversations: [{ id: 'deal-room', platform: 'slack', type: 'direct', display: 'Deal room', participants: ['ana@corp.example', 'ben@corp.example'], custodian: 'ana@corp.example' }],
    events: [
      { id: 'e1', type: 'message', conversation: 'deal-room', participant: 'ana@corp.example', timestamp: '2024-03-01T09:00:00Z', body: 'The permit fee is due Friday.' },
      { id: 'e2', type: 'message', conversation: 'deal-room', participant: 'ben@corp.example', timestamp: '2024-03-01T09:05:00Z', body: `Call counsel, the password is ${SECRET} for the permit folder.` },
      {
        id: 'e3',
        type: 'message',
        conversation: 'deal-room',
        participant: 'ana@corp.example',
        timestamp: '2024-03-01T09:10:00Z',
        body: `permit ${RTL} ${EMOJI}`,
        edits: [{ participant: 'ana@corp.example', timestamp: '2024-03-01T09:11:00Z', previous: 'permit draft', new: `permit ${RTL} ${EMOJI}` }],
        reactions: [{ value: '👍', count: 1, participants: ['ben@corp.example'] }],
      },
      { id: 'e4', type: 'message', conversation: 'deal-room', participant: 'ben@corp.example', timestamp: '2024-03-02T10:00:00Z', body: 'Lunch?', attachments: [{ id: 'lunch.png', display: 'lunch.png', size: PNG.length }] },
      { id: 'e5', type: 'message', conversation: 'deal-room', participant: 'ana@corp.example', timestamp: '2024-03-02T10:01:00Z', body: 'permit approved, see above', parent: 'e1' },
      { id: 'e6', type: 'message', conversation: 'deal-room', participant: 'ben@corp.example', timestamp: '2024-03-02T10:02:00Z', body: 'permit memo removed', deleted: true },
      { id: 'e7', type: 'message', conversation: 'deal-room', participant: 'ben@corp.example', timestamp: '2024-03-03T08:00:00Z', body: 'permit privileged advice from counsel' },
    ],
  };
}

export interface ProductionCase {
  engine: Engine;
  dir: string;
  events: ApiEvent[];
  /** Message ids by RSMF event id. */
  ids: Record<string, number>;
}

export async function productionCase(): Promise<ProductionCase> {
  const dir = tempDir();
  const events: ApiEvent[] = [];
  const engine = openEngine(join(dir, 'matter.threadline'), { defaultTimeZone: 'UTC', onEvent: (e) => events.push(e) });
  writeText(dir, 'lunch.png', PNG);
  await engine.runImport({ paths: [writeText(dir, 'rsmf_manifest.json', JSON.stringify(manifest()))], timeZone: 'UTC', custodian: 'Ana Ruiz' }).done;
  await engine.runImport({ paths: [writeText(dir, 'WhatsApp Chat with Ana Ruiz.txt', androidChat(3, { words: (i) => `hello ${i}` }))], timeZone: 'UTC' }).done;
  const rows = engine.caseFile.reader.prepare("SELECT native_id, id FROM messages WHERE native_id LIKE 'e%'").all() as { native_id: string; id: number }[];
  await engine.api.setReviewer({ name: 'Pat Lee' });
  return { engine, dir, events, ids: Object.fromEntries(rows.map((r) => [r.native_id, r.id])) };
}

/** Runs a production to its end and answers how it ended. */
export async function produce(engine: Engine, request: Parameters<Engine['api']['produce']>[0]): Promise<ProductionJob> {
  const { jobId } = await engine.api.produce(request);
  await engine.idle();
  return engine.api.productionJob({ jobId });
}

/**
 * Cancels a running production and checks it left nothing behind: no folder at `out`, no staging
 * folder beside it, no production recorded and no `production.create` audit entry.
 */
export async function cancelAndExpectNothingLeft(c: ProductionCase, jobId: string, out: string): Promise<void> {
  await c.engine.api.cancelJob({ jobId });
  await c.engine.idle();
  expect((await c.engine.api.productionJob({ jobId })).state).toBe('cancelled');
  expect(existsSync(out)).toBe(false);
  expect(readdirSync(c.dir).filter((f) => f.includes('partial'))).toEqual([]);
  expect(await c.engine.api.listProductions({})).toEqual([]);
  expect(c.engine.caseFile.reader.prepare("SELECT count(*) FROM audit WHERE action = 'production.create'").pluck().get()).toBe(0);
}
