// The window itself, loaded by main.tsx as a second script: the case's first reads are on their way
// before this larger part of the app is parsed and run.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CaseScreen } from './case/CaseScreen';
import type { Opening } from './case/opening';
import { MissingBridgeNotice } from './MissingBridgeNotice';
import { RenderErrorBoundary } from './errors/RenderErrorBoundary';
import { loadLaterPartsAfterFirstRows } from './parts/laterPart';
import './styles.css';

/** Draws the window in `container`; without an opening (no engine to reach) it says so. */
export function showWindow(container: HTMLElement, opening: Opening | null): void {
  loadLaterPartsAfterFirstRows();
  createRoot(container).render(
    <StrictMode>
      <RenderErrorBoundary>{opening === null ? <MissingBridgeNotice /> : <CaseScreen opening={opening} />}</RenderErrorBoundary>
    </StrictMode>,
  );
}
