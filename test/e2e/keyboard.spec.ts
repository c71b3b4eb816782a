// Every step can be done with a keyboard alone (or a keypad that sends Tab and Enter).
import { test, expect } from './support/kiosk.ts';
import { expectFocusOnHeading, expectScreen, textsOf } from './support/screens.ts';
import type { Page } from '@playwright/test';

/** Tabs forward until the focused element is the named button, then presses Enter on it. */
async function tabToAndPress(page: Page, name: string | RegExp): Promise<void> {
  for (let presses = 0; presses < 60; presses += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      return element ? `${element.getAttribute('aria-label') ?? ''} ${element.textContent ?? ''}`.trim() : '';
    });
    if (typeof name === 'string' ? focused.includes(name) : name.test(focused)) {
      await page.keyboard.press('Enter');
      return;
    }
  }
  throw new Error(`could not reach "${String(name)}" with Tab`);
}

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
