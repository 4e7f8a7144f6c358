// Choosing what to import. A path reaches the engine only if this door's own open dialog issued it
// in this run: a compromised page cannot make the engine read arbitrary files.
import { dialog, type BrowserWindow, type OpenDialogOptions } from 'electron';
import { ApiError, type ImportPick } from '../../shared/api';

export interface ImportDoor {
  pickImportPaths(): Promise<ImportPick>;
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

export function createImportDoor(window: BrowserWindow, platform: NodeJS.Platform = process.platform): ImportDoor {
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
    authorizeImport(paths) {
      const unissued = paths.find((requested) => !issued.has(requested));
      if (unissued !== undefined) {
        throw new ApiError('forbidden', `${unissued} was not chosen in the import dialog`);
      }
    },
  };
}
