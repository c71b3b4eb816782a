// "Try it first": the same screens with sample answers, marked on every screen, and no side
// effect anywhere: no order collected, no ticket taken.
import { test, expect } from './support/kiosk.ts';
import { checkScreen, expectScreen, textsOf } from './support/screens.ts';
import { continueStep, expectStep, openFlow, startSession } from './support/walk.ts';

const t = textsOf('en');

test('practises collecting an order without collecting it, then does it for real', async ({ kioskPage: page, kiosk }) => {
  await startSession(page, 'en');
  await openFlow(page, 'en', /Collect an order/, true);
  await expectStep(page, 'scan', 'code');
  const banner = page.getByRole('note');
  await expect(banner).toContainText(t('practice.banner'));
  await expect(page.getByLabel('Order code')).toHaveValue('K7M2QX');
  await checkScreen(page, 'practice-scan');
  await continueStep(page, 'en');
  await expectStep(page, 'review', 'review');
  await expect(banner).toBeVisible();
  await expect(page.locator('main')).toContainText(t('practice.sample.collectionPoint'));
  await page.getByRole('button', { name: 'Yes, collect my order' }).click();
  await expectStep(page, 'info', 'done');
  await expect(banner).toBeVisible();
  await page.getByRole('button', { name: t('flow.done'), exact: true }).click();

  await expectScreen(page, 'benefit');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('benefit.practisedTitle'));
  await page.getByRole('button', { name: t('benefit.startForReal') }).click();
  await expect(page.getByRole('note')).toHaveCount(0);
  await page.getByLabel('Order code').fill('K7M2QX');
  await continueStep(page, 'en');
  // Had the practice run collected the order, the real lookup would now say it was collected.
  await expectStep(page, 'review', 'review');
  await expect(page.locator('main')).toContainText('Locker 4, by the entrance');

  const events = await kiosk.usageEventsAfter('practice.finished');
  const practice = events.filter((event) => event.type.startsWith('practice.')).map((event) => event.payload);
  expect(practice).toEqual([
    { type: 'practice.started', flowId: 'order-pickup' },
    { type: 'practice.finished', flowId: 'order-pickup', completed: true },
  ]);
  expect(events.find((event) => event.type === 'flow.completed')?.payload).toMatchObject({ practice: true });
  // Only the real run's lookup reached the host's actions; nothing of the practice run did.
  const actions = kiosk.usageEvents().filter((event) => event.type === 'action.completed').map((event) => event.payload.action);
  expect(actions).toEqual(['order.find']);
});

test('practises taking a ticket without taking one', async ({ kioskPage: page, kiosk }) => {
  await startSession(page, 'en');
  await openFlow(page, 'en', /Talk to a person/, true);
  await page.getByRole('button', { name: /Product advice/ }).click();
  await expectStep(page, 'info', 'ticket');
  await expect(page.locator('main')).toContainText('B000');
  await page.getByRole('button', { name: t('flow.done'), exact: true }).click();
  await page.getByRole('button', { name: t('benefit.startForReal') }).click();
  await page.getByRole('button', { name: /Product advice/ }).click();
  await expect(page.locator('main')).toContainText('B001');
  const issued = (await kiosk.usageEventsAfter('ticket.issued')).filter((event) => event.type === 'ticket.issued');
  expect(issued).toHaveLength(1);
});
