import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseInfo } from '../../shared/model';
import { seedSampleCase } from '../../electron/host/sample-case';
import { FakeEngineHost } from '../main/fake-host';

let dir: string;
let host: FakeEngineHost;

function caseWithSources(sourceCount: number): CaseInfo {
  return { path: '/u/sample-case.threadline', defaultTimeZone: 'UTC', sourceCount, conversationCount: 0, messageCount: 0, chainHead: { hash: '0'.repeat(64), entries: 0 } };
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'threadline-sample-'));
  host = new FakeEngineHost();
  host.answers.set('importArchive', { ok: true, value: { jobId: 'job-7' } });
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('seedSampleCase', () => {
  it('imports every sample export into an empty case, in name order', async () => {
    writeFileSync(path.join(dir, 'whatsapp-group.zip'), '');
    writeFileSync(path.join(dir, 'WhatsApp Chat with Ana.txt'), '');
    mkdirSync(path.join(dir, 'wickr-export'));
    writeFileSync(path.join(dir, '.DS_Store'), '');
    host.answers.set('caseInfo', { ok: true, value: caseWithSources(0) });

    await seedSampleCase(host, dir);
    expect(host.calls).toEqual([
      { method: 'caseInfo', arg: {} },
      {
        method: 'importArchive',
        arg: {
          paths: [
            path.join(dir, 'WhatsApp Chat with Ana.txt'),
            path.join(dir, 'whatsapp-group.zip'),
            path.join(dir, 'wickr-export'),
          ],
          custodian: 'Dana Whitfield',
          timeZone: 'Europe/London',
        },
      },
    ]);
  });

  it('leaves a case that already has sources alone', async () => {
    writeFileSync(path.join(dir, 'chat.txt'), '');
    host.answers.set('caseInfo', { ok: true, value: caseWithSources(2) });
    await seedSampleCase(host, dir);
    expect(host.calls.map((call) => call.method)).toEqual(['caseInfo']);
  });

  it('does nothing when no sample ships', async () => {
    host.answers.set('caseInfo', { ok: true, value: caseWithSources(0) });
    await seedSampleCase(host, dir);
    expect(host.calls.map((call) => call.method)).toEqual(['caseInfo']);
  });

  it('reports an engine that cannot read the case', async () => {
    host.answers.set('caseInfo', { ok: false, error: { code: 'internal', message: 'database is locked' } });
    await expect(seedSampleCase(host, dir)).rejects.toThrow('database is locked');
  });

  it('reports an import the engine refused', async () => {
    writeFileSync(path.join(dir, 'chat.txt'), '');
    host.answers.set('caseInfo', { ok: true, value: caseWithSources(0) });
    host.answers.set('importArchive', { ok: false, error: { code: 'busy', message: 'another import is running' } });
    await expect(seedSampleCase(host, dir)).rejects.toThrow('another import is running');
  });
});
