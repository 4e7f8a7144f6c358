// The engine's in-process door (what the CLI and the tests call) validates each argument once, rules
// between fields included, before any job starts; the methods behind it take the typed value.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiEvent } from '../../shared/api';
import { answerCall, createEngine } from '../../electron/backend/api';
import { tempDir } from '../support/temp';

describe('the engine api', () => {
  it('refuses a bad argument before a job starts, naming the rule', async () => {
    const events: ApiEvent[] = [];
    const engine = createEngine(join(tempDir(), 'c.threadline'), { create: true, onEvent: (e) => events.push(e) });
    try {
      await expect(engine.api.setMatterPeriod({ start: '2024-03-01' })).rejects.toMatchObject({ code: 'invalid_argument', message: 'setMatterPeriod: needs both start and end, or neither to clear it.' });
      await expect(engine.api.threadPage({ conversationId: 1, fromSeq: 0, limit: 0 })).rejects.toMatchObject({ code: 'invalid_argument' });
      // @ts-expect-error an unknown field is a type error for a caller in this process, and refused at run time too
      await expect(engine.api.caseInfo({ sql: 'DROP TABLE audit' })).rejects.toMatchObject({ code: 'invalid_argument', message: 'caseInfo.sql is not a known field' });
      expect(events).toEqual([]);
      await expect(engine.api.setMatterPeriod({})).resolves.toMatchObject({ jobId: expect.any(String) });
      await engine.idle();
      expect(events.map((e) => e.type)).toEqual(['job.progress', 'job.done']);
    } finally {
      await engine.close();
    }
  });

  it('answers a door call by name from the checked methods, without validating again', async () => {
    const engine = createEngine(join(tempDir(), 'c.threadline'), { create: true });
    try {
      const methods = { checked: engine.checkedApi, door: engine.doorApi };
      expect(await answerCall(methods, 'listSources', {})).toEqual({ ok: true, value: [] });
      expect(await answerCall(methods, 'toString', {})).toEqual({ ok: false, error: { code: 'not_found', message: "There is no engine method 'toString'." } });
      expect(await answerCall(methods, 'locateMessage', { messageId: 5 })).toEqual({ ok: false, error: { code: 'not_found', message: 'There is no message 5 in this case.' } });
    } finally {
      await engine.close();
    }
  });
});
