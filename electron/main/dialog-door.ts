// The desktop's file dialogs. A path reaches the engine for import only if this door's own open
// dialog issued it in this run: a compromised page cannot make the engine read arbitrary files.
// A production's folder may also be typed (it is written new or empty), so the folder dialog is a
// convenience and issues nothing.
import { dialog, type BrowserWindow, type OpenDialogOptions } from 'electron';
import { ApiError, type FolderPick, type ImportPick } from '../../shared/api';

export interface DialogDoor {
  pickImportPaths(): Promise<ImportPick>;
  pickOutputFolder(): Promise<FolderPick>;
  /** Throws ApiError('forbidden') unless every path came from pickImportPaths(). */
  authorizeImport(paths: readonly string[]): void;
}

/**
 * On Windows and Linux a dialog that may pick both files and folders shows a folder picker only,
 * which would hide the .zip and .txt exports reviewers mostly import; there, it picks files.
 */
export function openDialogProperties(platform: NodeJS.Platform): OpenDialogOptions['properties'] {
  return platform === 'darwin' ? ['openFile', 'openDirectory', 'multiSelections'] : ['openFile', 'multiSelections'];
}

export function createDialogDoor(window: BrowserWindow, platform: NodeJS.Platform = process.platform): DialogDoor {
  const issued = new Set<string>();
  return {
    async pickImportPaths() {
      const choice = await dialog.showOpenDialog(window, {
        title: 'Import chat exports',
        properties: openDialogProperties(platform),
      });
      if (choice.canceled || choice.filePaths.length === 0) return { kind: 'cancelled' };
      for (const chosen of choice.filePaths) issued.add(chosen);
      return { kind: 'paths', paths: choice.filePaths };
    },
    async pickOutputFolder() {
      const choice = await dialog.showOpenDialog(window, {
        title: 'Folder for the production (new, or empty)',
        properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
      });
      const [path] = choice.filePaths;
      return choice.canceled || path === undefined ? { kind: 'cancelled' } : { kind: 'folder', path };
    },
    authorizeImport(paths) {
      const unissued = paths.find((requested) => !issued.has(requested));
      if (unissued !== undefined) {
        throw new ApiError('forbidden', `${unissued} was not chosen in the import dialog`);
      }
    },
  };
}
