import { beforeEach, describe, expect, it, vi } from 'vitest';
import { app, fake } from '../fakes/electron';
import { closeHostOnQuit } from '../../electron/main/lifecycle';
import { FakeEngineHost } from './fake-host';

beforeEach(() => fake.reset());

function emitWillQuit(): boolean {
  let prevented = false;
  app.emit('will-quit', { preventDefault: () => (prevented = true) });
  return prevented;
}

describe('closeHostOnQuit', () => {
  it('holds the quit until the engine has closed, then quits', async () => {
    const host = new FakeEngineHost();
    closeHostOnQuit(host);
    expect(emitWillQuit()).toBe(true);
    expect(host.closeCount).toBe(1);
    await vi.waitFor(() => expect(app.quitCount).toBe(1));
    expect(emitWillQuit()).toBe(false);
    expect(host.closeCount).toBe(1);
  });

  it('still quits when closing the engine fails', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const host = new FakeEngineHost();
    host.close = () => Promise.reject(new Error('worker gone'));
    closeHostOnQuit(host);
    emitWillQuit();
    await vi.waitFor(() => expect(app.quitCount).toBe(1));
    expect(log).toHaveBeenCalledOnce();
    log.mockRestore();
  });
});
