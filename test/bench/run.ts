// `npm run bench`: host costs as ratios against baselines measured in the same run, so the
// figures compare across machines, then the wait-estimate bench (test/bench/queue/). Writes
// bench-results/host.json and bench-results/queue-estimates.json as well.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createHost } from '../../electron/host/create-host.ts';
import { demoStoreConfig } from '../../electron/host/kiosk-paths.ts';
import { openKioskDatabase } from '../../electron/host/storage/database.ts';
import { runQueueBench } from './queue/queue-bench.ts';

function timePerOp(operations: number, work: (index: number) => unknown): number {
  const start = performance.now();
  for (let index = 0; index < operations; index += 1) work(index);
  return (performance.now() - start) / operations;
}

async function timePerOpAsync(operations: number, work: (index: number) => Promise<unknown>): Promise<number> {
  const start = performance.now();
  for (let index = 0; index < operations; index += 1) await work(index);
  return (performance.now() - start) / operations;
}

const dir = mkdtempSync(join(tmpdir(), 'atiende-bench-'));
try {
  const host = createHost({ configFile: demoStoreConfig, dataDir: join(dir, 'host'), shell: 'test' });
  const raw = openKioskDatabase(join(dir, 'raw', 'atiende.sqlite'));
  const rawInsert = raw.prepare('INSERT INTO usage_events (at, store_id, session_id, type, payload) VALUES (?, ?, ?, ?, ?)');
  const operations = 2_000;

  const rawMs = timePerOp(operations, () =>
    rawInsert.run(new Date().toISOString(), 'bench', null, 'screen.viewed', '{"type":"screen.viewed","screen":"home"}'),
  );
  const appendMs = timePerOp(operations, () => host.usageLog.append(null, { type: 'screen.viewed', screen: 'home' }));

  const state = host.state();
  const directMs = timePerOp(operations * 10, () => structuredClone(state));
  const dispatchMs = await timePerOpAsync(operations * 10, (id) => host.dispatch({ id, method: 'kiosk.state', input: {} }, { role: 'customer' }));

  const figures = {
    usageAppend: { msPerEvent: appendMs, baselineMsPerEvent: rawMs, ratio: appendMs / rawMs },
    dispatch: { msPerCall: dispatchMs, baselineMsPerCall: directMs, ratio: dispatchMs / directMs },
  };
  console.log('host bench (ratio = Atiende / baseline in this run)');
  console.log(`  usage log append, validated + own transaction vs raw autocommit insert: ${figures.usageAppend.ratio.toFixed(2)}x (${appendMs.toFixed(3)} ms/event)`);
  console.log(`  dispatch kiosk.state, validated both ways vs cloning the state:        ${figures.dispatch.ratio.toFixed(2)}x (${(dispatchMs * 1000).toFixed(1)} µs/call)`);
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/host.json', `${JSON.stringify(figures, null, 2)}\n`);
  host.close();
  raw.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}

console.log('');
// A missed wait-estimate target fails the run, so a regression cannot pass unnoticed.
if (!runQueueBench()) process.exitCode = 1;
