// The back office as managers use it, for end-to-end tests: open it on the store-network listener,
// sign in as at the console, read the reports, catch a download; some history made through the
// host's own calls (sessions, tickets, a complaint); axe-core and screenshots at the sizes a
// manager's PC or tablet has.
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { reportIds } from '../../../shared/reports/report-views.ts';
import type { Kiosk } from './kiosk.ts';
import { consoleSizes, expectNoAxeViolations } from './console.ts';
import { textsOf } from './screens.ts';

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
  // All charts in one pass at each poll: a round trip per chart took a busy machine long.
  const charts = page.locator('.chart-frame');
  await expect(charts.first()).toBeVisible();
  const undrawn = () =>
    charts.evaluateAll((frames) =>
      frames.filter((frame) => {
        const surface = frame.querySelector('.recharts-wrapper > svg.recharts-surface')?.getBoundingClientRect();
        return !surface || surface.width === 0 || surface.height === 0;
      }).length,
    );
  await expect.poll(undrawn, { message: 'charts not drawn yet' }).toBe(0);
}

/**
 * Every report a region named in Spanish, and every table of it headed by its own name, its columns
 * named too. The tables are read in one pass: a round trip per table took a busy machine minutes.
 */
export async function expectReportsNamed(scope: Page | Locator): Promise<void> {
  const es = textsOf('es');
  for (const report of reportIds) await expect(scope.getByRole('region', { name: es(`reports.titles.${report}`), exact: true })).toBeVisible();
  const tables = await scope.locator('section[data-report] [data-table]').evaluateAll((found) =>
    found.map((table) => ({
      id: table.getAttribute('data-table') ?? '',
      heading: table.querySelector('h3')?.textContent?.trim() ?? '',
      firstColumn: table.querySelector('table.report-table th')?.textContent?.trim() ?? '',
    })),
  );
  expect(tables.length).toBeGreaterThan(reportIds.length);
  expect(tables.map(({ id, heading }) => `${id}: ${heading}`)).toEqual(tables.map(({ id }) => `${id}: ${es(`reports.tables.${id}`)}`));
  expect(tables.filter(({ firstColumn }) => firstColumn === '').map(({ id }) => id)).toEqual([]);
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
