// Shown when the page is opened without the desktop preload or the browser-mode bridge, e.g. by
// opening dist/renderer/index.html as a file: without window.api nothing can work.
export function MissingBridgeNotice() {
  return (
    <div className="fatal-notice" role="alert" data-testid="error-banner">
      <h1>Threadline cannot reach its engine</h1>
      <p>
        Open the viewer from the Threadline desktop app, or run <code>threadline serve --case &lt;file&gt;</code> and
        open the address it prints.
      </p>
    </div>
  );
}
