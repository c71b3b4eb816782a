// The kiosk page's first load: its first contentful paint, when the attract screen is painted, and
// the script bytes it fetched by then, against a static page of one heading served over HTTP from
// this process to the same Chromium (the least any page costs here).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from '@playwright/test';

/** The attract screen's paint, as a performance mark: the frame after it entered the page, once that frame is out. */
export function markAttractPainted(): void {
  const painted = () => {
    // A message posted from a frame callback arrives after that frame was produced.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => performance.mark('attract-painted');
    requestAnimationFrame(() => channel.port2.postMessage(null));
  };
  const observer = new MutationObserver(() => {
    if (!document.querySelector('[data-screen="attract"]')) return;
    observer.disconnect();
    painted();
  });
  observer.observe(document, { childList: true, subtree: true });
}

export interface PageLoad {
  /** Milliseconds since navigation started. */
  firstContentfulPaintMs: number;
  attractPaintedMs: number;
  /** Script bytes (as served) fetched by the time the attract screen was painted. */
  scriptBytes: number;
}

/** Reads a load's figures once the attract screen is painted. */
export async function readPageLoad(page: Page): Promise<PageLoad> {
  await page.waitForFunction(() => performance.getEntriesByName('attract-painted').length > 0 && performance.getEntriesByName('first-contentful-paint').length > 0);
  return page.evaluate(() => {
    const attract = performance.getEntriesByName('attract-painted')[0]?.startTime ?? Number.NaN;
    return {
      firstContentfulPaintMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      attractPaintedMs: attract,
      scriptBytes: scriptBytesBy(attract),
    };
    function scriptBytesBy(time: number): number {
      return performance
        .getEntriesByType('resource')
        .filter((entry): entry is PerformanceResourceTiming => entry instanceof PerformanceResourceTiming && new URL(entry.name).pathname.endsWith('.js') && entry.responseEnd <= time)
        .reduce((sum, entry) => sum + entry.decodedBodySize, 0);
    }
  });
}

/** Every script byte the page has fetched so far (the screens it fetches ahead while idle too). */
export function allScriptBytes(page: Page): Promise<number> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry): entry is PerformanceResourceTiming => entry instanceof PerformanceResourceTiming && new URL(entry.name).pathname.endsWith('.js'))
      .reduce((sum, entry) => sum + entry.decodedBodySize, 0),
  );
}

/** First contentful paint of a page with one heading and no script, served from here; median of `loads`. */
export async function staticPagePaint(browser: Browser, loads: number): Promise<number> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end('<!doctype html><html lang="es"><meta charset="utf-8"><title>Atiende</title><h1>Toque la pantalla para empezar</h1></html>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    const paints: number[] = [];
    for (let load = 0; load < loads; load += 1) {
      const context = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${port}/`);
      await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
      paints.push(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN));
      await context.close();
    }
    return median(paints);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
