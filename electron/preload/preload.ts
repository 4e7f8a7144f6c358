// The only place that touches ipcRenderer. window.api is generated from API_METHODS, so the page
// can call exactly the contract's methods and nothing else: no ipcRenderer, no generic invoke.
import { contextBridge, ipcRenderer } from 'electron';
import { transportOf, type ApiCall, type ApiEvent, type TransportApi } from '../../shared/api';
import { apiChannel, EVENT_CHANNEL } from '../main/channels';

/** Results, errors included, cross the context bridge as data: a thrown Error would lose its code. */
const call: ApiCall = (method, arg) => ipcRenderer.invoke(apiChannel(method), arg);

function onEvent(listener: (event: ApiEvent) => void): () => void {
  // The IPC event object is not forwarded: the page gets the payload only.
  const forward = (_ipcEvent: unknown, event: ApiEvent) => listener(event);
  ipcRenderer.on(EVENT_CHANNEL, forward);
  return () => {
    ipcRenderer.removeListener(EVENT_CHANNEL, forward);
  };
}

function mediaUrl(attachmentId: number): string {
  return `evidence://attachment/${Math.trunc(attachmentId)}`;
}

const api: TransportApi = { ...transportOf(call), onEvent, mediaUrl };

contextBridge.exposeInMainWorld('api', api);
