// `npm run lint` is ESLint (layers, cycles, coverage) then knip (unused code): each rule proven on
// a fixture that breaks it, linted with the project's own configuration.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const eslint = new ESLint({ cwd: projectRoot });

async function problemsIn(filePath: string, source: string, ruleId: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId === ruleId).map((message) => message.message);
}

const restrictedImportsIn = (filePath: string, source: string) => problemsIn(filePath, source, 'no-restricted-imports');

describe('the layer rules', () => {
  it('fail a renderer file that imports node:fs', async () => {
    const messages = await restrictedImportsIn('renderer/kit/layer-fixture.ts', "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n");
    expect(messages).toEqual([expect.stringContaining('ask the host through the contract')]);
  });

  it('fail a renderer file that reaches into the host', async () => {
    const messages = await restrictedImportsIn('renderer/kiosk/layer-fixture.ts', "import { createHost } from '../../electron/host/create-host.ts';\nexport const make = createHost;\n");
    expect(messages).toHaveLength(1);
  });

  it('keep renderer apps apart, sharing only the kit', async () => {
    const boardImportsKiosk = "import { startKiosk } from '../kiosk/start-kiosk.tsx';\nexport const start = startKiosk;\n";
    expect(await restrictedImportsIn('renderer/board/layer-fixture.ts', boardImportsKiosk)).toEqual([expect.stringContaining('never imports another app')]);
    const kioskImportsBoard = "import { startBoard } from '../board/start-board.tsx';\nexport const start = startBoard;\n";
    expect(await restrictedImportsIn('renderer/kiosk/layer-fixture.ts', kioskImportsBoard)).toEqual([expect.stringContaining('never imports another app')]);
    const kitImportsKiosk = "import { startKiosk } from '../kiosk/start-kiosk.tsx';\nexport const start = startKiosk;\n";
    expect(await restrictedImportsIn('renderer/kit/layer-fixture.ts', kitImportsKiosk)).toEqual([expect.stringContaining('imports none')]);
    const kioskImportsKit = "import { systemTimers } from '../kit/timers.ts';\nexport const timers = systemTimers;\n";
    expect(await restrictedImportsIn('renderer/kiosk/layer-fixture.ts', kioskImportsKit)).toEqual([]);
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

  it('let main import electron and the host, but not the other shells or the renderer', async () => {
    expect(await restrictedImportsIn('electron/main/layer-fixture.ts', "import { app } from 'electron';\nimport { createHost } from '../host/create-host.ts';\nexport const parts = [app, createHost];\n")).toEqual([]);
    const browser = await restrictedImportsIn('electron/main/layer-fixture.ts', "import { startBrowserShell } from '../browser/server.ts';\nexport const start = startBrowserShell;\n");
    expect(browser).toEqual([expect.stringContaining('one shell')]);
    const renderer = await restrictedImportsIn('electron/main/layer-fixture.ts', "import { startKiosk } from '../../renderer/kiosk/start-kiosk.tsx';\nexport const start = startKiosk;\n");
    expect(renderer).toEqual([expect.stringContaining('never import the renderer')]);
  });

  it('keep the launcher to Node built-ins', async () => {
    const launch = readFileSync(join(projectRoot, 'electron/launch.ts'), 'utf8');
    expect(await restrictedImportsIn('electron/launch.ts', launch)).toEqual([]);
    const reaching = await restrictedImportsIn('electron/launch.ts', "import { createHost } from './host/create-host.ts';\nexport const make = createHost;\n");
    expect(reaching).toEqual([expect.stringContaining('Node built-ins only')]);
  });

  it('let tests use electron types for the fakes, never electron itself; and keep test code out of the product', async () => {
    expect(await restrictedImportsIn('test/unit/layer-fixture.ts', "import type { App } from 'electron';\nexport type Shell = App;\n")).toEqual([]);
    expect(await restrictedImportsIn('test/unit/layer-fixture.ts', "import { app } from 'electron';\nexport const quit = app.quit;\n")).toEqual([
      expect.stringContaining('test/fakes/electron.ts'),
    ]);
    const productImportsTest = "import { tempStore } from '../../test/fixtures/store-config.ts';\nexport const store = tempStore;\n";
    expect(await restrictedImportsIn('electron/host/layer-fixture.ts', productImportsTest)).toEqual([expect.stringContaining('never imports test code')]);
  });

  it('fail a file that no layer covers', async () => {
    const source = 'export const stray = 1;\n';
    for (const filePath of ['electron/stray.ts', 'renderer/stray.ts', 'tools/stray.ts', 'renderer/reports/stray.tsx']) {
      expect(await problemsIn(filePath, source, 'layers/covered'), filePath).toEqual([expect.stringContaining('No layer rule covers this file')]);
    }
    for (const filePath of ['electron/host/covered.ts', 'renderer/board/covered.ts', 'test/unit/covered.ts', 'shared/covered.ts']) {
      expect(await problemsIn(filePath, source, 'layers/covered'), filePath).toEqual([]);
    }
  });
});

describe('the cycle rule', () => {
  it('fails two modules that import each other, wherever they are', async () => {
    const dir = mkdtempSync(join(projectRoot, 'renderer/kit/cycle-fixture-'));
    try {
      writeFileSync(join(dir, 'a.ts'), "import { b } from './b.ts';\nexport const a = (): number => b() + 1;\n");
      writeFileSync(join(dir, 'b.ts'), "import { a } from './a.ts';\nexport const b = (): number => a() - 1;\n");
      const results = await eslint.lintFiles([relative(projectRoot, join(dir, 'a.ts'))]);
      const cycles = results.flatMap((result) => result.messages).filter((message) => message.ruleId === 'import-x/no-cycle');
      expect(cycles).toEqual([expect.objectContaining({ messageId: 'cycle' })]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the unused-code check', () => {
  it('fails an export nobody imports, under the project knip configuration', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atiende-knip-'));
    try {
      const { knip } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { knip: unknown };
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'knip-fixture', private: true, type: 'module', knip }));
      writeFileSync(join(dir, 'tsconfig.json'), readFileSync(join(projectRoot, 'tsconfig.json')));
      mkdirSync(join(dir, 'electron/host'), { recursive: true });
      writeFileSync(join(dir, 'electron/host/fixture-cli.ts'), "import { used } from './helpers.ts';\nconsole.log(used());\n");
      writeFileSync(join(dir, 'electron/host/helpers.ts'), 'export function used(): number {\n  return 1;\n}\n\nexport function forgotten(): number {\n  return 2;\n}\n');
      const knipBin = join(projectRoot, 'node_modules/knip/bin/knip.js');
      const run = spawnSync(process.execPath, [knipBin, '--directory', dir, '--no-config-hints'], { encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stdout).toMatch(/Unused exports \(1\)\s+forgotten\s+function\s+electron\/host\/helpers\.ts:5/);
      expect(run.stdout).not.toMatch(/\bused\b\s+function/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
