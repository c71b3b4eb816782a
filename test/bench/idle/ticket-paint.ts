// From the touch that takes a ticket to the paint of "This is your number", with the queue already
// long, session after session as customers do it; next to it, in the same sessions, the touch on a
// home tile to the paint of the flow's introduction, a screen change that asks the host nothing.
import type { Page } from '@playwright/test';
import type { BenchShell } from './bench-shell.ts';

export interface TouchTimes {
  /** Milliseconds from the touch (its pointerdown) to the frame that shows the number, one per session. */
  ticketMs: number[];
  /** The same from a touch on a home tile to the flow's introduction painted. */
  tileMs: number[];
}

/** Arms the page: the next pointerdown and the first frame after `selector` enters the page become performance marks. */
function armTouchToPaint(selector: string): void {
  performance.clearMarks('bench-touch');
  performance.clearMarks('bench-painted');
  document.addEventListener('pointerdown', (event) => performance.mark('bench-touch', { startTime: event.timeStamp }), { capture: true, once: true });
  const observer = new MutationObserver(() => {
    if (!document.querySelector(selector)) return;
    observer.disconnect();
    // A message posted from a frame callback arrives after that frame was produced.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => performance.mark('bench-painted');
    requestAnimationFrame(() => channel.port2.postMessage(null));
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** Touches `target` and answers the milliseconds until `shown` is on screen. */
async function touchToPaint(page: Page, target: ReturnType<Page['locator']>, shown: string): Promise<number> {
  await target.waitFor();
  await page.evaluate(armTouchToPaint, shown);
  await target.tap();
  await page.waitForFunction(() => performance.getEntriesByName('bench-painted').length > 0);
  return page.evaluate(() => {
    const touch = performance.getEntriesByName('bench-touch')[0]?.startTime ?? Number.NaN;
    return (performance.getEntriesByName('bench-painted')[0]?.startTime ?? Number.NaN) - touch;
  });
}

/** Runs `sessions` customer sessions on `page` (a kiosk on attract, touch enabled), each taking a product-advice ticket. */
export async function timeTicketTakes(page: Page, shell: BenchShell, sessions: number): Promise<TouchTimes> {
  const times: TouchTimes = { ticketMs: [], tileMs: [] };
  for (let session = 0; session < sessions; session += 1) {
    await page.locator('[data-screen="attract"] .button--primary').tap();
    await page.getByRole('button', { name: 'English', exact: true }).tap();
    times.tileMs.push(await touchToPaint(page, page.getByRole('button', { name: /Talk to a person/ }), '[data-screen="benefit"]'));
    await page.locator('[data-screen="benefit"] .choice-stack .button--primary').tap();
    times.ticketMs.push(await touchToPaint(page, page.getByRole('button', { name: /Product advice/ }), '.waiting__number'));
    // Staff end the session from outside, as the counter console can: the kiosk is back on attract.
    await shell.call('kiosk.endSession', {});
    await page.locator('[data-screen="attract"]').waitFor();
  }
  return times;
}

/** The nearest-rank 95th percentile. */
export function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(sorted.length * 0.95) - 1)] ?? Number.NaN;
}
