// `npm run bench`: host costs as ratios against baselines measured in the same run, so the
// figures compare across machines; host calls with 0, 300 and 1,000 tickets waiting
// (test/bench/load/); the browser shell's cold start to attract painted (test/bench/start/); the
// idle attract screen's main-thread share, its first load and the ticket screen's touch-to-paint
// (test/bench/idle/); the wait-estimate bench (test/bench/queue/); then the reports bench
// (test/bench/reports/, about four minutes). Each writes its figures to bench-results/ as well.
// Name benches to run only those: `npm run bench -- reports`, `npm run bench -- load start idle`.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createHost } from '../../electron/host/create-host.ts';
import { demoStoreConfig } from '../../electron/host/kiosk-paths.ts';
import { openKioskDatabase } from '../../electron/host/storage/database.ts';
import { runIdleBench } from './idle/idle-bench.ts';
import { runLoadBench } from './load/load-bench.ts';
import { runQueueBench } from './queue/queue-bench.ts';
import { runReportsBench } from './reports/reports-bench.ts';
import { runStartBench } from './start/start-bench.ts';

const benches = ['host', 'load', 'start', 'idle', 'queue', 'reports'] as const;
const named = process.argv.slice(2);
const unknown = named.filter((name) => !(benches as readonly string[]).includes(name));
if (unknown.length > 0) throw new Error(`no bench named ${unknown.join(', ')}: choose among ${benches.join(', ')}`);
const chosen = (bench: (typeof benches)[number]) => named.length === 0 || named.includes(bench);

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

async function runHostBench(): Promise<void> {
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
}

// A missed goal fails the run, so a regression cannot pass unnoticed.
const runs: Record<(typeof benches)[number], () => Promise<boolean>> = {
  host: async () => {
    await runHostBench();
    return true;
  },
  load: runLoadBench,
  start: runStartBench,
  idle: runIdleBench,
  queue: async () => runQueueBench(),
  reports: runReportsBench,
};
let first = true;
for (const bench of benches) {
  if (!chosen(bench)) continue;
  if (!first) console.log('');
  first = false;
  if (!(await runs[bench]())) process.exitCode = 1;
}
