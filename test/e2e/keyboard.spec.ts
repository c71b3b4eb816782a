// Every step can be done with a keyboard alone (or a keypad that sends Tab and Enter).
import { test, expect } from './support/kiosk.ts';
import { expectFocusOnHeading, expectScreen, textsOf } from './support/screens.ts';
import { tabToAndPress, tabToFieldAndType } from './support/keyboard.ts';
import type { Page } from '@playwright/test';

test('collects an order with the keyboard alone', async ({ kioskPage: page, kiosk }) => {
  const t = textsOf('en');
  await expectScreen(page, 'attract');
  await tabToAndPress(page, textsOf('es')('attract.start'));
  await expectFocusOnHeading(page, 'language');
  await tabToAndPress(page, 'English');
  await expectFocusOnHeading(page, 'home');
  await tabToAndPress(page, /Collect an order/);
  await expectFocusOnHeading(page, 'benefit');
  await tabToAndPress(page, t('benefit.start'));
  await expectFocusOnHeading(page, 'flow-scan');

  // A scanner (or keyboard) types with focus still on the heading: the field takes the keys.
  await page.keyboard.type('h3n8rw');
  await expect(page.getByLabel('Order code')).toHaveValue('H3N8RW');
  await expect(page.getByLabel('Order code')).toBeFocused();
  await page.keyboard.press('Enter');

  await expectFocusOnHeading(page, 'flow-review');
  await expect(page.getByText(t('facts.itemCountValue_other', { count: 5 }))).toBeVisible();
  await tabToAndPress(page, 'Yes, collect my order');
  await expectFocusOnHeading(page, 'flow-info');
  await tabToAndPress(page, t('flow.done'));
  await expectFocusOnHeading(page, 'thanks');
  await tabToAndPress(page, t('thanks.finish'));
  await expectScreen(page, 'attract');

  const reasons = (await kiosk.usageEventsAfter('session.ended')).filter((event) => event.type === 'session.ended').map((event) => event.payload.reason);
  expect(reasons).toEqual(['completed']);
});

const t = textsOf('en');

/** From attract to a flow's first step, keys only. */
async function openByKeyboard(page: Page, title: RegExp): Promise<void> {
  await tabToAndPress(page, textsOf('es')('attract.start'));
  await expectFocusOnHeading(page, 'language');
  await tabToAndPress(page, 'English');
  await expectFocusOnHeading(page, 'home');
  await tabToAndPress(page, title);
  await expectFocusOnHeading(page, 'benefit');
  await tabToAndPress(page, t('benefit.start'));
}

async function finishByKeyboard(page: Page): Promise<void> {
  await tabToAndPress(page, t('flow.done'));
  await expectFocusOnHeading(page, 'thanks');
  await tabToAndPress(page, t('feedback.skip'));
  await tabToAndPress(page, t('thanks.finish'));
  await expectScreen(page, 'attract');
}

test.describe('every demo flow', () => {
  test.use({ storeConfig: { rewrite: (config) => ({ ...config, pilots: { share: 1 } }) } });

  test('registers a return with the keyboard alone', async ({ kioskPage: page }) => {
    await openByKeyboard(page, /Return a product/);
    await tabToFieldAndType(page, 'Order code', 'B4T9LP');
    await page.keyboard.press('Enter');
    await expectFocusOnHeading(page, 'flow-choose');
    await tabToAndPress(page, /It arrived damaged/);
    await expectFocusOnHeading(page, 'flow-info');
    await tabToAndPress(page, t('flow.continue'));
    await expectFocusOnHeading(page, 'flow-review');
    await tabToAndPress(page, 'Register my return');
    await expectFocusOnHeading(page, 'flow-info');
    await finishByKeyboard(page);
  });

  test('prepares a bill payment slip with the keyboard alone', async ({ kioskPage: page }) => {
    await openByKeyboard(page, /Pay a bill/);
    await tabToFieldAndType(page, /Bill number/, '8420002004561');
    await page.keyboard.press('Enter');
    await expectFocusOnHeading(page, 'flow-review');
    await tabToAndPress(page, 'Prepare my payment slip');
    await expectFocusOnHeading(page, 'flow-print');
    await tabToAndPress(page, t('flow.continue'));
    await expectFocusOnHeading(page, 'flow-info');
    await finishByKeyboard(page);
  });

  test('tops up a mobile with the keyboard alone', async ({ kioskPage: page }) => {
    await openByKeyboard(page, /Top up a mobile/);
    await tabToFieldAndType(page, 'Mobile number', '612345678');
    await page.keyboard.press('Enter');
    await expectFocusOnHeading(page, 'flow-enterNumber');
    await tabToFieldAndType(page, 'Amount', '15');
    await page.keyboard.press('Enter');
    await expectFocusOnHeading(page, 'flow-review');
    await tabToAndPress(page, 'Prepare my top-up');
    await expectFocusOnHeading(page, 'flow-print');
    await tabToAndPress(page, t('flow.continue'));
    await finishByKeyboard(page);
  });

  test('takes a ticket with the keyboard alone', async ({ kioskPage: page }) => {
    await openByKeyboard(page, /Talk to a person/);
    await tabToAndPress(page, /Product advice/);
    await expectFocusOnHeading(page, 'flow-info');
    await expect(page.locator('main')).toContainText('B001');
    await finishByKeyboard(page);
  });

  test('files a complaint with the keyboard alone', async ({ kioskPage: page }) => {
    await openByKeyboard(page, /Make a complaint/);
    await tabToAndPress(page, 'The service I received');
    await tabToFieldAndType(page, 'Your complaint', 'Nobody answered at the desk');
    await page.keyboard.press('Enter');
    await expectFocusOnHeading(page, 'flow-choose');
    await tabToAndPress(page, 'No, thank you');
    await expectFocusOnHeading(page, 'flow-review');
    await tabToAndPress(page, 'Send my complaint');
    await expectFocusOnHeading(page, 'flow-info');
    await finishByKeyboard(page);
  });
});
