import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const eslint = new ESLint({ cwd: projectRoot });

async function restrictedImportsIn(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

describe('the layer rules', () => {
  it('fail a renderer file that imports node:fs', async () => {
    const messages = await restrictedImportsIn('renderer/layer-fixture.ts', "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n");
    expect(messages).toEqual([expect.stringContaining('ask the host through the contract')]);
  });

  it('fail a renderer file that reaches into the host', async () => {
    const messages = await restrictedImportsIn('renderer/layer-fixture.ts', "import { createHost } from '../electron/host/create-host.ts';\nexport const make = createHost;\n");
    expect(messages).toHaveLength(1);
  });

  it('fail host code that imports electron', async () => {
    const messages = await restrictedImportsIn('electron/host/layer-fixture.ts', "import { app } from 'electron';\nexport const quit = app.quit;\n");
    expect(messages).toEqual([expect.stringContaining('plain Node')]);
  });

  it('fail shared code that imports Node or React', async () => {
    const messages = await restrictedImportsIn('shared/layer-fixture.ts', "import { join } from 'node:path';\nimport { useState } from 'react';\nexport const both = [join, useState];\n");
    expect(messages).toHaveLength(2);
  });

  it('let the preload import only contextBridge and ipcRenderer from electron', async () => {
    const allowed = await restrictedImportsIn('electron/preload/layer-fixture.ts', "import { contextBridge, ipcRenderer } from 'electron';\nexport const parts = [contextBridge, ipcRenderer];\n");
    expect(allowed).toEqual([]);
    const refused = await restrictedImportsIn('electron/preload/layer-fixture.ts', "import { shell } from 'electron';\nexport const open = shell.openExternal;\n");
    expect(refused).toHaveLength(1);
  });

  it('let main import electron', async () => {
    expect(await restrictedImportsIn('electron/main/layer-fixture.ts', "import { app } from 'electron';\nexport const quit = app.quit;\n")).toEqual([]);
  });
});
