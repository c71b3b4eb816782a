// A customer who walks away: the kiosk asks, waits at least 20 seconds, then wipes and resets.
import { test, expect } from './support/kiosk.ts';
import { checkWhileTheClockRuns, holdTheClock } from './support/clock.ts';
import { expectScreen, textsOf } from './support/screens.ts';
import { openFlow } from './support/walk.ts';

test.use({ storeConfig: { rewrite: (config) => ({ ...config, session: { idleSeconds: 30, warningSeconds: 20 } }) } });

test('asks "are you still there?", extends on request, then ends the session and wipes what was typed', async ({ page, kiosk }) => {
  const t = textsOf('en');
  await page.clock.install();
  await page.goto(await kiosk.address());
  await page.getByRole('button', { name: textsOf('es')('attract.start') }).click();
  await page.getByRole('button', { name: 'English' }).click();
  await openFlow(page, 'en', /Collect an order/);
  const code = page.getByLabel('Order code');
  await code.fill('K7M2QX');

  // From here the page's clock moves only when the test says, however long checks take.
  await holdTheClock(page);
  await page.clock.runFor(27_000);
  const warning = page.getByRole('alertdialog', { name: t('idle.title') });
  await expect(warning).toBeHidden();
  await page.clock.runFor(3_000);
  await expect(warning).toBeVisible();
  // The warning leaves at least 20 seconds to answer (WCAG 2.2.1).
  await page.clock.runFor(18_000);
  await expect(warning).toBeVisible();
  await expect(warning).toContainText(/[1-3] seconds? left/);
  await expectScreen(page, 'flow-scan');
  await warning.getByRole('button', { name: t('idle.more') }).click();
  await expect(warning).toBeHidden();
  await expect(code).toHaveValue('K7M2QX');

  await page.clock.runFor(31_000);
  await expect(warning).toBeVisible();
  await checkWhileTheClockRuns(page, 'idle-warning');
  await page.clock.runFor(21_000);
  await expectScreen(page, 'attract');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');

  await page.getByRole('button', { name: textsOf('es')('attract.start') }).click();
  await page.getByRole('button', { name: 'English' }).click();
  await openFlow(page, 'en', /Collect an order/);
  await expect(page.getByLabel('Order code')).toHaveValue('');

  const events = await kiosk.usageEventsAfter('session.ended');
  const types = events.map((event) => event.type);
  expect(types).toEqual(expect.arrayContaining(['idle.warned', 'idle.extended']));
  const ended = events.filter((event) => event.type === 'session.ended').map((event) => event.payload.reason);
  expect(ended).toEqual(['timedOut']);
});
