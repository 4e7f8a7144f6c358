// Browser mode's window.api: the same TransportApi the desktop preload exposes, carried over HTTP
// to `threadline serve` (docs/security.md#browser-mode). The token travels in the HttpOnly cookie
// set with the page.
import type { TransportApi } from '../../shared/api';
import { createBrowserTransport } from './transport';

(window as unknown as { api: TransportApi }).api = createBrowserTransport({
  fetch: (url, init) => fetch(url, init),
  openEvents: (url) => new EventSource(url),
});
