// The renderer's only door to the engine. The desktop preload or the browser-mode bridge installs
// window.api, whose methods resolve to results; here they become calls that throw ApiError, once.
import { unwrapTransport, type TransportApi, type WindowApi } from '../../shared/api';

const transport = (window as unknown as { api?: TransportApi }).api;

/** Undefined when the page was opened without the preload or the bridge (see MissingBridgeNotice). */
export const api: WindowApi = transport === undefined ? (undefined as unknown as WindowApi) : unwrapTransport(transport);
