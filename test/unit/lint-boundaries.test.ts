// The layer rules of docs/design.md#layers are enforced by lint; this proves the rules bite.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('import boundaries', () => {
  it('the engine never imports electron', async () => {
    expect(await ruleIds('electron/backend/case/x.ts', "import { app } from 'electron';\nvoid app;\n")).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*Only the shell/),
    ]);
  });

  it('the renderer never imports node:* or anything under electron/', async () => {
    const found = await ruleIds('renderer/src/x.ts', "import { readFileSync } from 'node:fs';\nimport { createEngine } from '../../electron/backend/api';\nvoid readFileSync; void createEngine;\n");
    expect(found).toHaveLength(2);
    expect(found.every((m) => m.startsWith('no-restricted-imports'))).toBe(true);
  });

  it('shared/ imports nothing platform-specific', async () => {
    const found = await ruleIds('shared/x.ts', "import { join } from 'path';\nimport React from 'react';\nvoid join; void React;\n");
    expect(found).toHaveLength(2);
  });

  it('raw ipcMain and ipcRenderer live in one file each', async () => {
    expect(await ruleIds('electron/main/window.ts', "import { ipcMain } from 'electron';\nvoid ipcMain;\n")).toEqual([expect.stringMatching(/^no-restricted-syntax: Raw ipcMain/)]);
    expect(await ruleIds('electron/main/ipc.ts', "import { ipcMain } from 'electron';\nvoid ipcMain;\n")).toEqual([]);
    expect(await ruleIds('renderer/src/y.ts', "import { ipcRenderer } from 'electron';\nvoid ipcRenderer;\n")).toContainEqual(expect.stringMatching(/Raw ipcRenderer/));
  });

  it('nothing opens URLs from evidence', async () => {
    expect(await ruleIds('electron/main/links.ts', "import { shell } from 'electron';\nvoid shell.openExternal('https://x');\n")).toEqual([
      expect.stringMatching(/^no-restricted-syntax: Opening a URL from evidence/),
    ]);
  });
});
