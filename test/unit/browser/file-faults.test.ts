// Serving the renderer's files can fail in ways no request controls: the process out of file
// descriptors (EMFILE), a file replaced while it is sent. Each costs one response at most, with a
// status that says so and a line in the log; the host stays up and answers the next request.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { shellStarted } from '../../fixtures/shell-started.ts';
import { tempStore, type TempStore } from '../../fixtures/store-config.ts';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
const assetCount = 40;
const stores: TempStore[] = [];
const children: ChildProcess[] = [];

afterEach(async () => {
  for (const child of children.splice(0)) {
    if (child.exitCode !== null) continue;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  for (const store of stores.splice(0)) store.remove();
});

/** A built renderer of a page and many large scripts, each held open for a while as it is sent. */
function rendererIn(store: TempStore): string {
  const dir = join(store.dir, 'renderer');
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>kiosk</title>');
  const script = `// ${'x'.repeat(2_000_000)}\n`;
  for (let index = 0; index < assetCount; index += 1) writeFileSync(join(dir, 'assets', `chunk-${index}.js`), script);
  return dir;
}

/** The browser shell in a child process with at most `files` descriptors; resolves with its origin. */
async function startShell(store: TempStore, rendererDir: string, files: number): Promise<{ child: ChildProcess; origin: string; output: () => string }> {
  const command = `ulimit -n ${files} && exec "${process.execPath}" electron/browser/main.ts --no-browser --port 0 --config "${store.configFile}" --data-dir "${store.dataDir}" --renderer-dir "${rendererDir}"`;
  const child = spawn('bash', ['-c', command], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const origin = new URL(await shellStarted(child, 30_000)).origin;
  return { child, origin, output: () => output };
}

/** A request's status, read to its end; 0 when the connection itself failed. */
async function statusOf(url: string): Promise<number> {
  try {
    const response = await fetch(url);
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
}

describe('serving the renderer when the file system fails', () => {
  it('answers 503 and logs when out of file descriptors, and goes on serving once they are back', { timeout: 120_000 }, async () => {
    const store = tempStore();
    stores.push(store);
    const shell = await startShell(store, rendererIn(store), 64);
    // Several times more requests, each holding a file open, than the process may open files.
    const burst = await Promise.all(Array.from({ length: 240 }, (_, index) => statusOf(`${shell.origin}/assets/chunk-${index % assetCount}.js`)));
    expect(shell.child.exitCode).toBeNull();
    expect(burst.every((status) => status === 200 || status === 503 || status === 0)).toBe(true);
    expect(burst.filter((status) => status === 503).length).toBeGreaterThan(0);
    expect(shell.output()).toMatch(/\[host\] serving \/assets\/chunk-\d+\.js failed: EMFILE/);
    // The burst over and its connections closed (keep-alive holds them a few seconds), every file is
    // served again, and the page with it.
    await expect.poll(() => statusOf(`${shell.origin}/assets/chunk-0.js`), { timeout: 60_000, interval: 500 }).toBe(200);
    expect(await statusOf(`${shell.origin}/`)).toBe(200);
  });

  it('sends a file replaced while it is sent whole, as it was when opened, and the new one next time', async () => {
    const store = tempStore();
    stores.push(store);
    const rendererDir = rendererIn(store);
    const shell = await startShell(store, rendererDir, 1024);
    const file = join(rendererDir, 'assets', 'chunk-0.js');
    const response = await fetch(`${shell.origin}/assets/chunk-0.js`);
    expect(response.status).toBe(200);
    // An update lands mid-download: a new file renamed over the old one, as a deploy does.
    writeFileSync(`${file}.next`, 'console.log("new")\n');
    renameSync(`${file}.next`, file);
    const body = await response.text();
    expect(body.length).toBeGreaterThan(2_000_000);
    expect(await (await fetch(`${shell.origin}/assets/chunk-0.js`)).text()).toBe('console.log("new")\n');
    expect(shell.child.exitCode).toBeNull();
  });
});
