// Builds the renderer into dist/renderer. Relative asset URLs ('./') let the same build load from the
// desktop app's app://viewer/ origin and from browser mode's http://127.0.0.1 server unchanged.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
  },
});
