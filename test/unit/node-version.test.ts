import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { tooOld } = createRequire(import.meta.url)('../../electron/require-node.cjs') as { tooOld: (version: string) => string | null };

describe('an older Node.js', () => {
  it('gets one line saying which Node.js Atiende needs and how to get it', () => {
    expect(tooOld('v20.20.2')).toBe(
      'Atiende needs Node.js 24 or newer, and this is v20.20.2: install it from https://nodejs.org, or run "nvm install" in this folder (.nvmrc says 24).',
    );
    expect(tooOld('v23.11.0')).toContain('Node.js 24 or newer');
  });

  it('lets Node.js 24 and newer through, silently', async () => {
    expect(tooOld('v24.0.0')).toBeNull();
    expect(tooOld('v26.1.0')).toBeNull();
    const run = await new Promise<{ code: number; output: string }>((resolve) => {
      execFile(process.execPath, ['electron/require-node.cjs'], { cwd: root }, (error, stdout, stderr) => resolve({ code: error ? 1 : 0, output: stdout + stderr }));
    });
    expect(run).toEqual({ code: 0, output: '' });
  });

  it('is checked first by every script that runs the project, and npm install refuses it', async () => {
    const { readFileSync } = await import('node:fs');
    const scripts = (JSON.parse(readFileSync(`${root}/package.json`, 'utf8')) as { scripts: Record<string, string> }).scripts;
    for (const name of ['start', 'start:browser', 'build', 'test:unit', 'test:e2e', 'config:check', 'kiosk', 'bench', 'queue:replay', 'config:schema']) {
      expect(scripts[name]).toMatch(/^node electron\/require-node\.cjs && /);
    }
    expect(scripts.test).toMatch(/^npm run build/);
    expect(readFileSync(`${root}/.npmrc`, 'utf8')).toContain('engine-strict=true');
  });
});
