import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { api } from './api';
import { CaseScreen } from './case/CaseScreen';
import { MissingBridgeNotice } from './MissingBridgeNotice';
import { RenderErrorBoundary } from './errors/RenderErrorBoundary';
import './styles.css';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element.');

createRoot(container).render(
  <StrictMode>
    <RenderErrorBoundary>{api === undefined ? <MissingBridgeNotice /> : <CaseScreen />}</RenderErrorBoundary>
  </StrictMode>,
);
