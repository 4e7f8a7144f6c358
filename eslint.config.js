// One lint set-up; the import rules of docs/design.md#layers live here so that a broken layer fails `npm test`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

const noNode = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)].map((name) => ({ name, message: 'This layer runs without Node.' }));
const noElectronPackage = { name: 'electron', message: 'Only the shell (electron/main, electron/preload) may import electron.' };
const noElectronFolder = { group: ['**/electron/**', '../electron', '../../electron'], message: 'The renderer talks to the engine only through shared/api.ts.' };
const noRenderer = { group: ['**/renderer/**'], message: 'Nothing imports the renderer.' };
const noDoors = { group: ['**/main/**', '**/preload/**', '**/cli', '**/cli/**', '**/serve', '**/host/**'], message: 'The engine never imports its doors.' };

const ipcOnlyHere = (name, home) => ({
  selector: `ImportSpecifier[imported.name='${name}']`,
  message: `Raw ${name} is used in one place only (${home}); go through the typed API.`,
});
const noOpenExternal = {
  selector: "MemberExpression[property.name='openExternal']",
  message: 'Opening a URL from evidence contacts the network; copy it to the clipboard instead (docs/security.md#electron-shell).',
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.cache/**', '.scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', ipcOnlyHere('ipcMain', 'electron/main/ipc.ts'), ipcOnlyHere('ipcRenderer', 'electron/preload/preload.ts'), noOpenExternal],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['electron/main/ipc.ts'],
    rules: { 'no-restricted-syntax': ['error', ipcOnlyHere('ipcRenderer', 'electron/preload/preload.ts'), noOpenExternal] },
  },
  {
    files: ['electron/preload/preload.ts'],
    rules: { 'no-restricted-syntax': ['error', ipcOnlyHere('ipcMain', 'electron/main/ipc.ts'), noOpenExternal] },
  },
  {
    files: ['shared/**'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', { paths: [...noNode, noElectronPackage], patterns: [noElectronFolder, noRenderer, { group: ['react', 'react-dom', 'react/*'], message: 'shared/ is types and validators only.' }] }],
    },
  },
  {
    files: ['electron/backend/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [noElectronPackage], patterns: [noRenderer, noDoors] }],
    },
  },
  {
    // Browser mode's window.api runs in the page, like the renderer.
    files: ['electron/bridge/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', { paths: [...noNode, noElectronPackage], patterns: [noRenderer] }],
    },
  },
  {
    files: ['electron/cli/**', 'electron/serve.ts', 'electron/host/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [noElectronPackage], patterns: [noRenderer] }],
    },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { paths: [...noNode, noElectronPackage], patterns: [noElectronFolder] }],
    },
  },
);
