// Builds the renderer into dist/renderer. Relative asset URLs ('./') let the same build load from the
// desktop app's app://viewer/ origin and from browser mode's http://127.0.0.1 server unchanged.
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/** Ids of the modules `from` imports statically, itself included, followed through the graph. */
function staticallyReached(from: string, importsOf: (id: string) => readonly string[]): Set<string> {
  const reached = new Set<string>([from]);
  for (const id of reached) for (const imported of importsOf(id)) reached.add(imported);
  return reached;
}

// The window (renderer/src/window.tsx) is one script beside the small first one (main.tsx): every
// module it needs at once, shared with a later part or not, travels in it, so opening the window
// waits on two requests rather than a dozen small ones. Parts loaded later keep their own scripts.
let windowModules: Set<string> | null = null;
function windowChunk(id: string, ctx: { getModuleInfo(id: string): { importedIds: readonly string[] } | null }): string | null {
  if (windowModules === null) {
    const importsOf = (moduleId: string) => ctx.getModuleInfo(moduleId)?.importedIds ?? [];
    const first = staticallyReached(`${import.meta.dirname}/renderer/src/main.tsx`, importsOf);
    windowModules = new Set([...staticallyReached(`${import.meta.dirname}/renderer/src/window.tsx`, importsOf)].filter((m) => !first.has(m)));
  }
  return windowModules.has(id) ? 'window' : null;
}

/**
 * The page asks for the window's script beside the first one, rather than once the first has run:
 * it arrives while the first script starts the case's reads. It still runs only when main.tsx imports it.
 */
function preloadWindow(): Plugin {
  return {
    name: 'threadline-preload-window',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, { bundle }) =>
        Object.values(bundle ?? {})
          .filter((output) => output.type === 'chunk' && output.name === 'window')
          .map((chunk) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${chunk.fileName}` }, injectTo: 'head' })),
    },
  };
}

export default defineConfig({
  root: 'renderer',
  base: './',
  // Each build follows its own module graph.
  plugins: [react(), { name: 'threadline-window-chunk', buildStart: () => void (windowModules = null) }, preloadWindow()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // The first script's modules stay in it: the window's group takes only what main.tsx does not import.
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: windowChunk, debugName: 'window', includeDependenciesRecursively: false }] } } },
  },
});
