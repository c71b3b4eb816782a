// The reports bench (issue 12), each figure a ratio against a baseline or goal of the same run: log
// ingest against raw node:sqlite, a full-year report over a generated year of a busy kiosk, the
// customer screens' scripts against the back office's, and the back office's first paint with that
// year loaded. Writes bench-results/reports.json; `npm run bench -- reports` runs it alone.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createStoreClock } from '../../../shared/queue/estimate/store-clock.ts';
import { dateOfKey } from '../../fixtures/busy-kiosk/store-calendar.ts';
import { printPaint, runPaintBench } from './backoffice-paint.ts';
import { printBundle, runBundleBench } from './bundle-size.ts';
import { printIngest, runIngestBench } from './ingest-bench.ts';
import { printYearReport, runYearReportBench } from './year-report-bench.ts';

/** The demo store's clock: Madrid, with its summer time. */
const timeZone = 'Europe/Madrid';

/** Runs every part, prints it, writes bench-results/reports.json; false when a goal is missed. */
export async function runReportsBench(): Promise<boolean> {
  const started = performance.now();
  console.log('reports bench (each figure against a goal or a baseline measured in this run)');
  const ingest = runIngestBench();
  printIngest(ingest);
  const folder = mkdtempSync(join(tmpdir(), 'atiende-reports-bench-'));
  try {
    // Before the back office is started: it serves the renderer built (and copied) here.
    const renderer = join(folder, 'renderer');
    const bundle = runBundleBench(renderer);
    printBundle(bundle);
    // The year ends yesterday, so the back office opens (on the last 30 days) onto the busy kiosk's days.
    const endDay = dateOfKey(createStoreClock(timeZone).dayOf(Date.now()).key - 1);
    const dataDir = join(folder, 'data');
    const year = await runYearReportBench({ dataDir, endDay, timeZone });
    printYearReport(year);
    const paint = await runPaintBench({ folder, dataDir, renderer, timeZone });
    printPaint(paint);
    const seconds = (performance.now() - started) / 1000;
    const met = ingest.met && bundle.met && year.met.events && year.met.steady;
    console.log(`\nreports bench: ${met ? 'every goal met' : 'SOME GOALS MISSED'} in ${seconds.toFixed(0)} s`);
    mkdirSync('bench-results', { recursive: true });
    writeFileSync('bench-results/reports.json', `${JSON.stringify({ seconds, timeZone, ingest, bundle, year, paint, met }, null, 2)}\n`);
    return met;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (import.meta.main && !(await runReportsBench())) process.exitCode = 1;
