import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, onTestFinished } from 'vitest';
import { databaseFileName } from '../../../electron/host/storage/database.ts';
import { tempFolder } from '../../fixtures/store-config.ts';

const appender = fileURLToPath(new URL('./append-until-killed.ts', import.meta.url));

/** Runs the appender until its first acknowledged append, lets it go on 50–400 ms, kills it -9; the seqs it printed. */
async function appendUntilKilled(file: string): Promise<{ acknowledged: number[]; signal: string | null }> {
  const child = spawn(process.execPath, [appender, file], { stdio: ['ignore', 'pipe', 'pipe'] });
  let printed = '';
  let complaints = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (complaints += chunk));
  const closed = new Promise<string | null>((resolve) => child.on('close', (_code, signal) => resolve(signal)));
  await new Promise<void>((resolve, reject) => {
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      printed += chunk;
      if (printed.includes('\n')) resolve();
    });
    void closed.then(() => reject(new Error(`the appender stopped before its first append: ${complaints}`)));
  });
  await delay(50 + Math.random() * 350);
  child.kill('SIGKILL');
  const signal = await closed;
  // The kill may cut the last line short: only whole lines were printed after an append returned.
  return { acknowledged: printed.split('\n').slice(0, -1).map(Number), signal };
}

describe('a usage log killed -9 while appending', () => {
  it('keeps every acknowledged event through 20 kills at random moments, in a file that checks ok', { timeout: 60_000 }, async () => {
    const folder = tempFolder();
    onTestFinished(() => folder.remove());
    const file = join(folder.dataDir, databaseFileName);
    const acknowledged: number[] = [];
    for (let round = 0; round < 20; round++) {
      const run = await appendUntilKilled(file);
      expect(run.signal).toBe('SIGKILL');
      expect(run.acknowledged.length).toBeGreaterThan(0);
      acknowledged.push(...run.acknowledged);
    }

    const db = new DatabaseSync(file);
    onTestFinished(() => db.close());
    const kept = new Set(db.prepare('SELECT seq FROM usage_events').all().map((row) => Number(row.seq)));
    expect(acknowledged.filter((seq) => !kept.has(seq))).toEqual([]);
    expect(new Set(acknowledged).size).toBe(acknowledged.length);
    expect(db.prepare('PRAGMA integrity_check').all()).toEqual([{ integrity_check: 'ok' }]);
  });
});
