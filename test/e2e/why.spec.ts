// Self-service explained: why use the kiosk, and what a flow gains, with live figures once the
// kiosk has enough history.
import type { UsageEvent } from '../../shared/usage/events.ts';
import { test, expect } from './support/kiosk.ts';
import { checkScreen, expectScreen, textsOf } from './support/screens.ts';
import { startSession } from './support/walk.ts';

test('explains why to use the kiosk from the attract loop, then starts', async ({ kioskPage: page }) => {
  const es = textsOf('es');
  await page.getByRole('button', { name: es('why.open') }).click();
  await expectScreen(page, 'why');
  await expect(page.getByRole('heading', { level: 2, name: es('attract.benefits.privacy.title') })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Abierto cuando usted llega' })).toBeVisible();
  await expect(page.locator('main')).toContainText(es('why.person'));
  await checkScreen(page, 'why');
  await page.getByRole('button', { name: es('attract.start') }).click();
  await expectScreen(page, 'language');
});

test.describe('with a month of history', () => {
  // Twelve customers who collected an order in 80 to 135 seconds, each in a session of their own.
  const tags = { flowId: 'order-pickup', practice: false, pilot: false };
  const sessions = Array.from({ length: 12 }, (_, index): UsageEvent[] => [
    { type: 'session.started', language: 'es', seesPilots: false },
    { type: 'flow.started', ...tags },
    { type: 'flow.completed', ...tags, durationMs: 80_000 + index * 5_000 },
    { type: 'session.ended', reason: 'completed', durationMs: 90_000 + index * 5_000 },
  ]);
  test.use({ usageHistory: { sessions } });

  test('says how long the flow takes here, from real completions', async ({ kioskPage: page, kiosk }) => {
    await startSession(page, 'en');
    await page.getByRole('button', { name: /Collect an order/ }).click();
    await expectScreen(page, 'benefit');
    await expect(page.locator('main')).toContainText(textsOf('en')('benefit.figure_other', { count: 2, customers: 12 }));
    await checkScreen(page, 'benefit-figures');
    const viewed = (await kiosk.usageEventsAfter('benefit.viewed')).find((event) => event.type === 'benefit.viewed');
    expect(viewed?.payload).toEqual({ type: 'benefit.viewed', flowId: 'order-pickup', withFigures: true });
  });
});

test('shows no figure while the kiosk has too little history', async ({ kioskPage: page, kiosk }) => {
  await startSession(page, 'en');
  await page.getByRole('button', { name: /Collect an order/ }).click();
  const viewed = (await kiosk.usageEventsAfter('benefit.viewed')).find((event) => event.type === 'benefit.viewed');
  expect(viewed?.payload).toMatchObject({ withFigures: false });
  await expect(page.locator('.flow-benefit__figure')).toHaveCount(0);
});
