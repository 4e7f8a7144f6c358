import { Component, type ReactNode } from 'react';
import { readableError } from './readableError';

interface RenderErrorBoundaryProps {
  children: ReactNode;
}

interface RenderErrorBoundaryState {
  message: string | null;
}

// A bug in a view must not leave a blank window with no explanation; the case file is untouched
// by the renderer, so reloading the window is always safe.
export class RenderErrorBoundary extends Component<RenderErrorBoundaryProps, RenderErrorBoundaryState> {
  override state: RenderErrorBoundaryState = { message: null };

  static getDerivedStateFromError(error: unknown): RenderErrorBoundaryState {
    return { message: readableError(error) };
  }

  override render() {
    if (this.state.message === null) return this.props.children;
    return (
      <div className="fatal-notice" role="alert" data-testid="error-banner">
        <h1>The viewer stopped because of an internal error</h1>
        <p>{this.state.message}</p>
        <p>The case file has not been changed. Reload the window to continue.</p>
        <button type="button" onClick={() => window.location.reload()}>
          Reload
        </button>
      </div>
    );
  }
}
