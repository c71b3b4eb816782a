// Small factories for the shell's tests: a real host on a temp folder, the demo config, a clock.
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

export interface ManualTimers {
  now(): number;
  after(ms: number, task: () => void): () => void;
  advance(ms: number): void;
}

/** A clock the test moves by hand; tasks run when their time comes. */
export function manualTimers(): ManualTimers {
  let now = 1_000_000;
  let tasks: Array<{ at: number; task: () => void }> = [];
  return {
    now: () => now,
    after(ms, task) {
      const entry = { at: now + ms, task };
      tasks.push(entry);
      return () => {
        tasks = tasks.filter((candidate) => candidate !== entry);
      };
    },
    advance(ms) {
      now += ms;
      const due = tasks.filter((entry) => entry.at <= now);
      tasks = tasks.filter((entry) => entry.at > now);
      for (const entry of due) entry.task();
    },
  };
}
