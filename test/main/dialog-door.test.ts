import type { BrowserWindow as ElectronWindow } from 'electron';
import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api';
import { BrowserWindow, fake } from '../fakes/electron';
import { createDialogDoor, openDialogProperties } from '../../electron/main/dialog-door';

let window: BrowserWindow;

beforeEach(() => {
  fake.reset();
  window = new BrowserWindow({});
});

function door(platform: NodeJS.Platform = 'linux') {
  return createDialogDoor(window as unknown as ElectronWindow, platform);
}

function forbiddenCode(run: () => void): string | null {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof ApiError ? error.code : 'not an ApiError';
  }
}

describe('openDialogProperties', () => {
  it('offers files and folders together where the platform can show both', () => {
    expect(openDialogProperties('darwin')).toEqual(['openFile', 'openDirectory', 'multiSelections']);
  });

  it.each(['linux', 'win32'] as const)('offers files on %s, where the combination would show a folder picker only', (platform) => {
    expect(openDialogProperties(platform)).toEqual(['openFile', 'multiSelections']);
  });
});

describe('pickImportPaths', () => {
  it('opens the dialog on the window and reports the chosen paths', async () => {
    fake.setOpenDialogResult({ canceled: false, filePaths: ['/evidence/chat.zip'] });
    expect(await door('darwin').pickImportPaths()).toEqual({ kind: 'paths', paths: ['/evidence/chat.zip'] });
    expect(fake.openDialogCalls).toEqual([
      { window, options: { title: 'Import chat exports', properties: ['openFile', 'openDirectory', 'multiSelections'] } },
    ]);
  });

  it('reports a cancelled dialog and issues nothing', async () => {
    fake.setOpenDialogResult({ canceled: true, filePaths: ['/evidence/chat.zip'] });
    const importDoor = door();
    expect(await importDoor.pickImportPaths()).toEqual({ kind: 'cancelled' });
    expect(forbiddenCode(() => importDoor.authorizeImport(['/evidence/chat.zip']))).toBe('forbidden');
  });

  it('authorizes exactly the issued paths, across several picks', async () => {
    const importDoor = door();
    fake.setOpenDialogResult({ canceled: false, filePaths: ['/evidence/a.zip'] });
    await importDoor.pickImportPaths();
    fake.setOpenDialogResult({ canceled: false, filePaths: ['/evidence/b.txt'] });
    await importDoor.pickImportPaths();
    expect(forbiddenCode(() => importDoor.authorizeImport(['/evidence/a.zip', '/evidence/b.txt']))).toBeNull();
    expect(forbiddenCode(() => importDoor.authorizeImport(['/evidence/./a.zip']))).toBe('forbidden');
    expect(forbiddenCode(() => importDoor.authorizeImport(['/evidence']))).toBe('forbidden');
  });

  it('does not share issued paths between doors', async () => {
    fake.setOpenDialogResult({ canceled: false, filePaths: ['/evidence/a.zip'] });
    await door().pickImportPaths();
    expect(forbiddenCode(() => door().authorizeImport(['/evidence/a.zip']))).toBe('forbidden');
  });
});

describe('pickOutputFolder', () => {
  it('opens a folder dialog that can make the new folder, and reports the folder', async () => {
    fake.setOpenDialogResult({ canceled: false, filePaths: ['/matters/ines/production-1'] });
    expect(await door().pickOutputFolder()).toEqual({ kind: 'folder', path: '/matters/ines/production-1' });
    expect(fake.openDialogCalls).toEqual([
      { window, options: { title: 'Folder for the production (new, or empty)', properties: ['openDirectory', 'createDirectory', 'promptToCreate'] } },
    ]);
  });

  it('reports a cancelled dialog, and a folder chosen for output never authorizes an import from it', async () => {
    fake.setOpenDialogResult({ canceled: true, filePaths: ['/matters/ines'] });
    expect(await door().pickOutputFolder()).toEqual({ kind: 'cancelled' });
    const shared = door();
    fake.setOpenDialogResult({ canceled: false, filePaths: ['/home/reviewer'] });
    await shared.pickOutputFolder();
    expect(forbiddenCode(() => shared.authorizeImport(['/home/reviewer']))).toBe('forbidden');
  });
});
