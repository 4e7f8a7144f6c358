import { api } from './api';
import { startOpening } from './case/opening';
import { afterFirstPageAsked } from './engine/firstRows';
import { prepareFormats } from './format';

/**
 * Browser mode's printed link carries the session token; loading it set an HttpOnly cookie that
 * carries it from then on, so it leaves the address bar, the history and any screenshot of the window.
 */
function removeTokenFromAddress(): void {
  const address = new URL(window.location.href);
  if (!address.searchParams.has('token')) return;
  address.searchParams.delete('token');
  window.history.replaceState(window.history.state, '', `${address.pathname}${address.search}${address.hash}`);
}

removeTokenFromAddress();

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element.');

// Asked before the window's own script is even loaded, so the engine reads the case while the
// browser parses the app and React draws it.
const opening = api === undefined ? null : startOpening();

void import('./window').then(({ showWindow }) => showWindow(container, opening));

// The formatters load the browser's locale data (tens of ms the first time) while the first page is
// read and the window's script arrives; not before the page is asked, which they would hold back.
void afterFirstPageAsked(async () => prepareFormats());
