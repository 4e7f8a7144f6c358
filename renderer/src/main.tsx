import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { api } from './api';
import { CaseScreen } from './case/CaseScreen';
import { MissingBridgeNotice } from './MissingBridgeNotice';
import { RenderErrorBoundary } from './errors/RenderErrorBoundary';
import './styles.css';

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

createRoot(container).render(
  <StrictMode>
    <RenderErrorBoundary>{api === undefined ? <MissingBridgeNotice /> : <CaseScreen />}</RenderErrorBoundary>
  </StrictMode>,
);
