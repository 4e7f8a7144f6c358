// The only place that touches ipcMain. Every API method is registered by one loop, so none can
// skip the sender check or argument validation (docs/design.md#desktop-ipc).
import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { API_METHODS, ApiError, type ApiEvent, type ApiMethod, type ApiResult } from '../../shared/api';
import { validateArg } from '../../shared/validate';
import type { EngineHost } from '../host/types';
import { apiChannel, EVENT_CHANNEL } from './channels';
import type { DialogDoor } from './dialog-door';
import { isTrustedAppUrl } from './security';

export function registerApi(host: EngineHost, door: DialogDoor): void {
  for (const method of API_METHODS) {
    ipcMain.handle(apiChannel(method), (event, arg: unknown) => answer(event, method, arg, host, door));
  }
  host.onEvent(sendToTrustedWindows);
}

/** Only our own page's top frame may call: a subframe or a foreign page never reaches the engine. */
export function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isTrustedAppUrl(frame.url);
}

async function answer(
  event: IpcMainInvokeEvent,
  method: ApiMethod,
  arg: unknown,
  host: EngineHost,
  door: DialogDoor,
): Promise<ApiResult<unknown>> {
  try {
    if (!isTrustedSender(event)) throw new ApiError('forbidden', `${method} was called from outside the Threadline window`);
    return await dispatch(method, arg, host, door);
  } catch (error) {
    return failure(error);
  }
}

async function dispatch(method: ApiMethod, arg: unknown, host: EngineHost, door: DialogDoor): Promise<ApiResult<unknown>> {
  switch (method) {
    case 'pickImportPaths':
      validateArg(method, arg);
      return { ok: true, value: await door.pickImportPaths() };
    case 'pickOutputFolder':
      validateArg(method, arg);
      return { ok: true, value: await door.pickOutputFolder() };
    case 'importArchive': {
      const request = validateArg(method, arg);
      door.authorizeImport(request.paths);
      return host.call(method, request);
    }
    case 'importContacts': {
      const request = validateArg(method, arg);
      door.authorizeImport([request.path]);
      return host.call(method, request);
    }
    default:
      // A method added to DOOR_METHODS but not handled above fails to compile here.
      return host.call(method, validateArg(method, arg));
  }
}

/** Errors travel as data: Electron would pass only the message of a thrown error. */
function failure(error: unknown): ApiResult<never> {
  if (error instanceof ApiError) return { ok: false, error: { code: error.code, message: error.message } };
  console.error('API call failed:', error);
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, error: { code: 'internal', message } };
}

function sendToTrustedWindows(event: ApiEvent): void {
  for (const window of BrowserWindow.getAllWindows()) {
    const contents = window.webContents;
    if (!contents.isDestroyed() && isTrustedAppUrl(contents.getURL())) contents.send(EVENT_CHANNEL, event);
  }
}
