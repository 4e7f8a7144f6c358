// Lifecycle wiring only; each concern lives in its own module. Bundled to dist/electron/main.cjs.
import { app, dialog } from 'electron';
import { startEngineHost } from '../host/client';
import { seedSampleCase } from '../host/sample-case';
import { createDialogDoor } from './dialog-door';
import { registerApi } from './ipc';
import { closeHostOnQuit } from './lifecycle';
import { applyUserDataOverride, buildLayout, chooseCase, sampleDir } from './paths';
import { printInHiddenWindow } from './print-window';
import { INDEX_URL, registerAppProtocol, registerEvidenceProtocol, registerPrivilegedSchemes } from './protocol';
import { applySecurityPolicy } from './security';
import { createMainWindow, installApplicationMenu } from './window';

const layout = buildLayout(__dirname);

// Everything up to whenReady() must happen before 'ready'.
applyUserDataOverride(process.env.THREADLINE_USER_DATA_DIR);
registerPrivilegedSchemes();
applySecurityPolicy();

async function start(): Promise<void> {
  registerAppProtocol(layout.rendererDir);
  const chosen = chooseCase(process.argv, app.getPath('userData'));
  const host = await startEngineHost({ casePath: chosen.casePath, workerPath: layout.engineWorkerPath, printToPdf: printInHiddenWindow });
  closeHostOnQuit(host);
  registerEvidenceProtocol(host);
  installApplicationMenu();
  const window = createMainWindow(layout.preloadPath);
  registerApi(host, createDialogDoor(window));
  await window.loadURL(INDEX_URL);
  // After the page has loaded, so it is already listening for the import's progress events.
  if (chosen.isSample) {
    seedSampleCase(host, sampleDir()).catch((error: unknown) => console.error('The sample case was not filled:', error));
  }
}

app
  .whenReady()
  .then(start)
  .catch((error: unknown) => {
    dialog.showErrorBox('Threadline could not start', error instanceof Error ? error.message : String(error));
    app.exit(1);
  });
