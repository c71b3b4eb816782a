// The waiting board on a second display: the store and what the kiosk offers, in turn in each
// of the store's languages, with nothing personal on it.
import { test, expect } from './support/kiosk.ts';
import { checkScreen, expectScreen, textsOf } from './support/screens.ts';

test('shows the store and rotates through its languages', async ({ page, kiosk }) => {
  await page.clock.install();
  await page.goto(kiosk.url.replace('/#', '/?view=board#'));
  await expectScreen(page, 'board');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(textsOf('es')('board.title'));
  await expect(page.locator('[data-screen="board"]')).toContainText('Atiende Demo — Centro');
  await checkScreen(page, 'board');
  await page.clock.runFor(8_500);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(textsOf('en')('board.title'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
