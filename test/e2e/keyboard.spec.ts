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
  await expectFocusOnHeading(page, 'flow-enter-code');

  await page.keyboard.press('Tab');
  await expect(page.getByLabel(t('pickup.enterCode.label'))).toBeFocused();
  await page.keyboard.type('h3n8rw');
  await page.keyboard.press('Enter');

  await expectFocusOnHeading(page, 'flow-review');
  await expect(page.getByText(t('pickup.review.itemCount_other', { count: 5 }))).toBeVisible();
  await tabToAndPress(page, t('pickup.review.confirm'));
  await expectFocusOnHeading(page, 'flow-done');
  await tabToAndPress(page, t('pickup.done.finish'));
  await expectFocusOnHeading(page, 'thanks');
  await tabToAndPress(page, t('thanks.finish'));
  await expectScreen(page, 'attract');

  const reasons = (await kiosk.usageEventsAfter('session.ended')).filter((event) => event.type === 'session.ended').map((event) => event.payload.reason);
  expect(reasons).toEqual(['completed']);
});
