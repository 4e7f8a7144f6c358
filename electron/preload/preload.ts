// The only place that touches ipcRenderer. window.api is generated from API_METHODS, so the page
// can call exactly the contract's methods and nothing else: no ipcRenderer, no generic invoke.
import { contextBridge, ipcRenderer } from 'electron';
import { API_METHODS, type ApiEvent, type ApiMethod, type ApiResult, type ViewerApi, type WindowApi } from '../../shared/api';
import { apiChannel, EVENT_CHANNEL } from '../main/channels';

async function call(method: ApiMethod, arg: unknown): Promise<unknown> {
  const result = (await ipcRenderer.invoke(apiChannel(method), arg)) as ApiResult<unknown>;
  if (result.ok) return result.value;
  throw Object.assign(new Error(result.error.message), { code: result.error.code });
}

function onEvent(listener: (event: ApiEvent) => void): () => void {
  // The IPC event object is not forwarded: the page gets the payload only.
  const forward = (_ipcEvent: unknown, event: ApiEvent) => listener(event);
  ipcRenderer.on(EVENT_CHANNEL, forward);
  return () => {
    ipcRenderer.removeListener(EVENT_CHANNEL, forward);
  };
}

const methods = Object.fromEntries(
  API_METHODS.map((method) => [method, (arg?: unknown) => call(method, arg)]),
) as unknown as ViewerApi;

const api: WindowApi = { ...methods, onEvent };

contextBridge.exposeInMainWorld('api', api);
