import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { app, fake } from '../fakes/electron';
import { applyUserDataOverride, buildLayout, chooseCase, sampleDir } from '../../electron/main/paths';

beforeEach(() => fake.reset());

describe('buildLayout', () => {
  it('finds the preload, the worker and the renderer next to main.cjs as the build lays them out', () => {
    expect(buildLayout('/opt/threadline/dist/electron')).toEqual({
      rendererDir: path.join('/opt/threadline/dist/renderer'),
      preloadPath: path.join('/opt/threadline/dist/electron/preload.cjs'),
      engineWorkerPath: path.join('/opt/threadline/dist/electron/engine-worker.cjs'),
    });
  });
});

describe('chooseCase', () => {
  const userData = '/home/reviewer/.config/threadline';

  it('opens the sample case when no --case is given', () => {
    expect(chooseCase(['/usr/bin/electron', '.'], userData)).toEqual({
      casePath: path.join(userData, 'sample-case.threadline'),
      isSample: true,
    });
  });

  it.each([
    [['electron', '.', '--case', 'matter-17.threadline']],
    [['electron', '.', '--case=matter-17.threadline']],
    [['threadline', '--case', 'matter-17.threadline', '--other']],
  ])('opens the case named in %j, relative to the working directory', (argv) => {
    expect(chooseCase(argv, userData, '/cases')).toEqual({ casePath: path.join('/cases', 'matter-17.threadline'), isSample: false });
  });

  it('keeps an absolute case path', () => {
    expect(chooseCase(['electron', '--case', '/srv/m.threadline'], userData, '/cases').casePath).toBe(path.resolve('/srv/m.threadline'));
  });

  it.each([[['electron', '--case']], [['electron', '--case=']], [['electron', '--case', '--inspect']]])(
    'refuses %j, a --case without a file',
    (argv) => {
      expect(() => chooseCase(argv, userData)).toThrow('--case needs a case file');
    },
  );
});

describe('applyUserDataOverride', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'threadline-userdata-'));
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates the directory and points userData at it', () => {
    const target = path.join(dir, 'run-1', 'profile');
    applyUserDataOverride(target);
    expect(existsSync(target)).toBe(true);
    expect(app.getPath('userData')).toBe(target);
  });

  it('leaves userData alone when the variable is unset or empty', () => {
    applyUserDataOverride(undefined);
    applyUserDataOverride('');
    expect(() => app.getPath('userData')).toThrow();
  });
});

describe('sampleDir', () => {
  it('uses resources/sample in the app folder when unpackaged', () => {
    app.appPath = '/work/threadline';
    expect(sampleDir()).toBe(path.join('/work/threadline', 'resources', 'sample'));
  });

  it('uses the resources folder next to app.asar when packaged', () => {
    app.isPackaged = true;
    const resourcesPath = '/opt/Threadline/resources';
    const original = Object.getOwnPropertyDescriptor(process, 'resourcesPath');
    Object.defineProperty(process, 'resourcesPath', { value: resourcesPath, configurable: true });
    try {
      expect(sampleDir()).toBe(path.join(resourcesPath, 'sample'));
    } finally {
      if (original) Object.defineProperty(process, 'resourcesPath', original);
      else Reflect.deleteProperty(process, 'resourcesPath');
    }
  });
});
