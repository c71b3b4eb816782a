// Small factories for the shell's tests: a real host on a temp folder, the demo config.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createHost, type Host } from '../../../electron/host/create-host.ts';

export const demoConfigFile = resolve(import.meta.dirname, '../../../assets/stores/demo/store.json');

export function makeTempDir(prefix = 'atiende-shell-'): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** A real host (real SQLite file) over the demo store; dispose() closes it and deletes its folder. */
export function createTestHost(configFile = demoConfigFile): { host: Host; dispose(): void } {
  const dataDir = makeTempDir('atiende-host-');
  const host = createHost({ configFile, dataDir: dataDir.path, shell: 'test', reportFault: () => undefined });
  return {
    host,
    dispose() {
      host.close();
      dataDir.remove();
    },
  };
}
