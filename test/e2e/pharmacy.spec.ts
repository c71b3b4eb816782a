// The second example store, a pharmacy: the same engine and screens, another business entirely.
import type { Page } from '@playwright/test';
import { test, expect } from './support/kiosk.ts';
import { expectScreen, textsOf } from './support/screens.ts';
import { continueStep, expectStep, openFlow, startSession } from './support/walk.ts';

const t = textsOf('en');
test.use({ exampleStore: 'pharmacy', storeConfig: { rewrite: (config) => ({ ...config, pilots: { share: 1 } }) } });

async function done(page: Page): Promise<void> {
  await page.getByRole('button', { name: t('flow.done'), exact: true }).click();
  await expectScreen(page, 'thanks');
}

test('collects a reserved order by its number', async ({ kioskPage: page }) => {
  await startSession(page, 'en');
  await openFlow(page, 'en', /Collect a reserved order/);
  await page.getByRole('button', { name: 'Yes, I have it' }).click();
  await expectStep(page, 'scan', 'code');
  await page.getByLabel(/Order number/).fill('48219307');
  await continueStep(page, 'en');
  await expectStep(page, 'review', 'review');
  await page.getByRole('button', { name: 'Yes, I will collect it' }).click();
  await expectStep(page, 'info', 'done');
  await expect(page.locator('main')).toContainText('Pickup window, on the right');
  await done(page);
});

test('ends at once, kindly, for a customer without the order number', async ({ kioskPage: page }) => {
  await startSession(page, 'en');
  await openFlow(page, 'en', /Collect a reserved order/);
  await page.getByRole('button', { name: 'I cannot find it' }).click();
  await expectStep(page, 'info', 'no-code');
  await done(page);
});

test('takes a vaccination ticket after saying what to bring', async ({ kioskPage: page, kiosk }) => {
  await startSession(page, 'en');
  await openFlow(page, 'en', /Talk to the pharmacist/);
  await page.getByRole('button', { name: /A vaccination/ }).click();
  await expectStep(page, 'info', 'vaccination-ready');
  await continueStep(page, 'en');
  await expectStep(page, 'review', 'take');
  await page.getByRole('button', { name: 'Yes, take a number' }).click();
  await expectStep(page, 'print', 'print');
  await continueStep(page, 'en');
  await expectStep(page, 'info', 'ticket');
  await done(page);
  const issued = (await kiosk.usageEventsAfter('ticket.issued')).find((event) => event.type === 'ticket.issued');
  expect(issued?.payload).toMatchObject({ type: 'ticket.issued', queueService: 'vaccination', kind: 'service', priority: null });
});

test('offers the blood-pressure pilot and takes a ticket for the check', async ({ kioskPage: page, kiosk }) => {
  await startSession(page, 'en');
  await openFlow(page, 'en', /Check my blood pressure/);
  await page.getByRole('button', { name: /With the pharmacist/ }).click();
  await expectStep(page, 'choose', 'who');
  await page.getByRole('button', { name: /Just the check/ }).click();
  await expectStep(page, 'info', 'ticket');
  await done(page);
  const completed = (await kiosk.usageEventsAfter('flow.completed')).find((event) => event.type === 'flow.completed');
  expect(completed?.payload).toMatchObject({ flowId: 'blood-pressure', pilot: true, practice: false });
});

test('files a suggestion without contact details', async ({ kioskPage: page, kiosk }) => {
  await startSession(page, 'en');
  await openFlow(page, 'en', /Suggestions and complaints/);
  await page.getByRole('button', { name: 'The wait' }).click();
  await page.getByLabel('Your message').fill('Please add a second counter at lunchtime');
  await continueStep(page, 'en');
  await page.getByRole('button', { name: 'No need' }).click();
  await expectStep(page, 'review', 'review');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expectStep(page, 'info', 'done');
  await done(page);
  const filed = (await kiosk.usageEventsAfter('complaint.filed')).find((event) => event.type === 'complaint.filed');
  expect(filed?.payload).toEqual({ type: 'complaint.filed', category: 'waitTime', contactWanted: false });
});
