// Every demo flow, completed as a customer would, with each step type checked by axe-core and
// photographed at both kiosk resolutions; the usage log keeps none of what was typed.
import type { Page } from '@playwright/test';
import { test, expect } from './support/kiosk.ts';
import { checkScreen, expectScreen, textsOf } from './support/screens.ts';
import { continueStep, expectStep, openFlow, startSession, tapKeys } from './support/walk.ts';

const t = textsOf('en');
test.use({ storeConfig: { rewrite: (config) => ({ ...config, pilots: { share: 1 } }) } });

async function finish(page: Page): Promise<void> {
  await page.getByRole('button', { name: t('flow.done'), exact: true }).click();
  await expectScreen(page, 'thanks');
}

test('registers a return, branching to a note when the item arrived damaged', async ({ kioskPage: page, kiosk }) => {
  await startSession(page, 'en');
  await openFlow(page, 'en', /Return a product/);
  await expectStep(page, 'scan', 'order');
  await page.getByLabel('Order code').fill('b4t9lp');
  await continueStep(page, 'en');
  await expectStep(page, 'choose', 'reason');
  await checkScreen(page, 'flow-choose');
  await page.getByRole('button', { name: /It arrived damaged/ }).click();
  await expectStep(page, 'info', 'damaged');
  await continueStep(page, 'en');
  await expectStep(page, 'review', 'review');
  await expect(page.locator('main')).toContainText('B4T9LP');
  await expect(page.locator('main')).toContainText('It arrived damaged');
  await page.getByRole('button', { name: 'Register my return' }).click();
  await expectStep(page, 'info', 'done');
  await expect(page.locator('main')).toContainText(/R-[2-9A-Z]{6}/);
  await finish(page);
  const steps = (await kiosk.usageEventsAfter('flow.completed')).filter((event) => event.type === 'flow.step').map((event) => event.payload.step);
  expect(steps).toEqual(['order', 'reason', 'damaged', 'review', 'done']);
});

test('prepares a bill payment slip from a scanned barcode, refusing a mistyped digit', async ({ kioskPage: page }) => {
  await startSession(page, 'en');
  await openFlow(page, 'en', /Pay a bill/);
  await expectStep(page, 'scan', 'bill');
  await page.getByLabel(/Bill number/).fill('8420001001234');
  await continueStep(page, 'en');
  await expect(page.getByRole('alert')).toContainText(t('flow.problems.checkDigit'));
  await page.getByLabel(/Bill number/).fill('');
  await tapKeys(page, 'en', '8420001001233');
  await continueStep(page, 'en');
  await expectStep(page, 'review', 'review');
  await expect(page.locator('main')).toContainText('Aguas del Centro');
  await expect(page.locator('main')).toContainText('€38.20');
  await checkScreen(page, 'flow-review-bill');
  await page.getByRole('button', { name: 'Prepare my payment slip' }).click();
  await expectStep(page, 'print', 'slip');
  await expect(page.locator('main')).toContainText(/P-[2-9A-Z]{6}/);
  await checkScreen(page, 'flow-print');
  await continueStep(page, 'en');
  await expectStep(page, 'info', 'done');
  await finish(page);
});

test('tops up a mobile with a preset amount, showing the number back only by its last digits', async ({ kioskPage: page, kiosk }) => {
  await startSession(page, 'en');
  await openFlow(page, 'en', /Top up a mobile/);
  await expectStep(page, 'enterText', 'phone');
  await tapKeys(page, 'en', '612345678');
  await continueStep(page, 'en');
  await expectStep(page, 'enterNumber', 'amount');
  await page.getByRole('button', { name: '€20' }).click();
  await checkScreen(page, 'flow-enterNumber');
  await continueStep(page, 'en');
  await expectStep(page, 'review', 'review');
  await expect(page.locator('main')).toContainText('•••• 678');
  await expect(page.locator('main')).not.toContainText('612345678');
  await page.getByRole('button', { name: 'Prepare my top-up' }).click();
  await expectStep(page, 'print', 'receipt');
  await continueStep(page, 'en');
  await finish(page);
  const events = await kiosk.usageEventsAfter('flow.completed');
  expect(events.find((event) => event.type === 'flow.completed')?.payload).toMatchObject({ flowId: 'mobile-topup', pilot: true });
  expect(JSON.stringify(events)).not.toContain('612345678');
});

test('takes a ticket for the chosen service', async ({ kioskPage: page, kiosk }) => {
  await startSession(page, 'en');
  await openFlow(page, 'en', /Talk to a person/);
  await expectStep(page, 'choose', 'service');
  await page.getByRole('button', { name: /Product advice/ }).click();
  await expectStep(page, 'info', 'ticket');
  await expect(page.locator('main')).toContainText('B001');
  await checkScreen(page, 'flow-info');
  await finish(page);
  const issued = (await kiosk.usageEventsAfter('ticket.issued')).filter((event) => event.type === 'ticket.issued');
  expect(issued.map((event) => event.payload)).toEqual([
    { type: 'ticket.issued', queueService: 'product-advice', kind: 'service', priority: null, predicted: expect.objectContaining({ kind: expect.any(String) }) },
  ]);
});

test('files a complaint with contact details that never reach the usage log', async ({ kioskPage: page, kiosk }) => {
  await startSession(page, 'en');
  await openFlow(page, 'en', /Make a complaint/);
  await page.getByRole('button', { name: 'The waiting time' }).click();
  await expectStep(page, 'enterText', 'describe');
  await page.getByLabel('Your complaint').fill('The queue at the counter was very long');
  await checkScreen(page, 'flow-enterText');
  await continueStep(page, 'en');
  await page.getByRole('button', { name: 'Yes, contact me' }).click();
  await expectStep(page, 'enterText', 'contactDetails');
  await page.getByLabel('Phone or email').fill('ana@example.com');
  await continueStep(page, 'en');
  await expectStep(page, 'review', 'review');
  await page.getByRole('button', { name: 'Send my complaint' }).click();
  await expectStep(page, 'info', 'done');
  await expect(page.locator('main')).toContainText(/C-[2-9A-Z]{6}/);
  await expect(page.locator('main')).toContainText('C001');
  await finish(page);
  const events = await kiosk.usageEventsAfter('complaint.filed');
  expect(events.find((event) => event.type === 'complaint.filed')?.payload).toEqual({ type: 'complaint.filed', category: 'waitTime', contactWanted: true });
  expect(JSON.stringify(events)).not.toMatch(/ana@example\.com|very long/);
});
