// How busy a page keeps its main thread while nobody touches it: Chromium's own count of the time
// its renderer's main thread spent in tasks (the DevTools protocol's Performance.getMetrics), over a
// stretch of wall time, counted twice at once: in wall time, and in the thread's own CPU time, which
// other processes on a busy machine cannot inflate.
import { setTimeout as sleep } from 'node:timers/promises';
import type { CDPSession, Page } from '@playwright/test';

export interface BusyShare {
  /** The thread's CPU time in tasks / wall time over the window, 0 to 1: the figure the goal is on. */
  cpuShare: number;
  /** Wall time in tasks / wall time: the same on an idle machine, more where the CPU is shared. */
  wallShare: number;
  /** The parts of the CPU time, in milliseconds over the window: script, style recalculation, layout. */
  scriptMs: number;
  styleMs: number;
  layoutMs: number;
  seconds: number;
}

type Metrics = Record<string, number>;

async function read(session: CDPSession): Promise<Metrics> {
  const { metrics } = await session.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((metric) => [metric.name, metric.value]));
}

/** Watches `page` for `seconds` (left alone: the page is meant to be idle) and reports its main thread's busy share. */
export async function mainThreadBusy(page: Page, seconds: number): Promise<BusyShare> {
  // One session per clock: a session counts durations in the time domain it was enabled with.
  const wall = await page.context().newCDPSession(page);
  const cpu = await page.context().newCDPSession(page);
  try {
    await wall.send('Performance.enable', { timeDomain: 'timeTicks' });
    await cpu.send('Performance.enable', { timeDomain: 'threadTicks' });
    const before = { wall: await read(wall), cpu: await read(cpu) };
    // The window itself: what is measured is what the page does while nothing happens.
    await sleep(seconds * 1000);
    const after = { wall: await read(wall), cpu: await read(cpu) };
    const delta = (clock: 'wall' | 'cpu', name: string) => (after[clock][name] ?? 0) - (before[clock][name] ?? 0);
    const elapsed = delta('wall', 'Timestamp');
    return {
      cpuShare: delta('cpu', 'TaskDuration') / elapsed,
      wallShare: delta('wall', 'TaskDuration') / elapsed,
      scriptMs: delta('cpu', 'ScriptDuration') * 1000,
      styleMs: delta('cpu', 'RecalcStyleDuration') * 1000,
      layoutMs: delta('cpu', 'LayoutDuration') * 1000,
      seconds: elapsed,
    };
  } finally {
    await Promise.all([wall.detach(), cpu.detach()]);
  }
}
