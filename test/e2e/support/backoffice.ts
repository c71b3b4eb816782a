// The back office as managers use it, for end-to-end tests: open it on the store-network listener,
// sign in as at the console, read the reports, catch a download; some history made through the
// host's own calls (sessions, tickets, a complaint); axe-core and screenshots at the sizes a
// manager's PC or tablet has.
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, type Download, type Page } from '@playwright/test';
import type { Kiosk } from './kiosk.ts';
import { consoleSizes, expectNoAxeViolations } from './console.ts';

const screenshotDir = fileURLToPath(new URL('../output/screenshots/', import.meta.url));

/** The back office's screens, by their data-screen. */
export type OfficeScreen = 'office-sign-in' | 'office-not-manager' | 'office-reports' | 'office-complaints' | 'office-audit';

export async function expectOfficeScreen(page: Page, screen: OfficeScreen): Promise<void> {
  await expect(page.locator(`[data-screen="${screen}"]`)).toBeVisible();
}

/** Opens the back office; a browser without a session lands on sign-in. */
export async function openBackOffice(page: Page, networkOrigin: string, section = ''): Promise<void> {
  await page.goto(`${networkOrigin}/backoffice${section ? `#${section}` : ''}`);
  await expectOfficeScreen(page, 'office-sign-in');
}

/** The reports have been read, and every chart of them drawn (Recharts' surface, or the heatmap's grid). */
export async function expectReportsDrawn(page: Page): Promise<void> {
  await expect(page.locator('.reports-page')).toHaveAttribute('aria-busy', 'false');
  await expect(page.locator('section[data-report]').first()).toBeVisible();
  for (const chart of await page.locator('.chart-frame').all()) await expect(chart.locator('.recharts-wrapper > svg.recharts-surface')).toBeVisible();
}

/** Clicks what starts a download and reads the file it saves. */
export async function downloadOf(page: Page, start: () => Promise<void>): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), start()]);
  return { download, bytes: readFileSync(await download.path()) };
}

/**
 * Some of a day's use, made the way the kiosk makes it: sessions that complete a flow or give up,
 * tickets taken and called, help asked for; each through the host's own calls as the operator.
 */
export async function makeSomeUse(kiosk: Kiosk): Promise<void> {
  for (const [index, flowId] of ['order-pickup', 'bill-payment', 'order-pickup', 'product-return'].entries()) {
    const { sessionId } = await kiosk.call('session.start', { language: index % 2 === 0 ? 'es' : 'en' });
    const tags = { flowId, practice: false, pilot: false };
    await kiosk.call('usage.record', { sessionId, event: { type: 'flow.started', ...tags } });
    const completed = index !== 3;
    await kiosk.call('usage.record', {
      sessionId,
      event: completed ? { type: 'flow.completed', ...tags, durationMs: 60_000 + index * 15_000 } : { type: 'flow.cancelled', ...tags, step: 'order' },
    });
    if (completed) await kiosk.call('usage.record', { sessionId, event: { type: 'feedback.rated', flowId, rating: 4 + (index % 2), pilot: false } });
    await kiosk.call('session.end', { sessionId, reason: completed ? 'completed' : 'cancelled' });
  }
  for (const service of ['customer-service', 'product-advice', 'customer-service']) await kiosk.call('queue.takeTicket', { service });
  await kiosk.call('help.request', { sessionId: null, screen: 'home', reason: 'needHelp' });
}

/** axe-core, then a screenshot at each size (the whole page too, at the desk, with `fullPage`); the page is left at the desk size. */
export async function checkOfficeScreen(page: Page, name: string, { fullPage = false } = {}): Promise<void> {
  await expectNoAxeViolations(page);
  mkdirSync(screenshotDir, { recursive: true });
  for (const [size, viewport] of Object.entries(consoleSizes)) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: `${screenshotDir}backoffice-${name}-${size}.png`, animations: 'disabled' });
  }
  await page.setViewportSize(consoleSizes.desk);
  if (fullPage) await page.screenshot({ path: `${screenshotDir}backoffice-${name}-whole.png`, animations: 'disabled', fullPage: true });
}
