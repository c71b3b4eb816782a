// The waiting board as a test opens it: shown, and hearing the host, so that a call made from then
// on reaches it (one made before its event socket opened would be read, but never said).
import { expect, type Page } from '@playwright/test';
import type { Kiosk } from './kiosk.ts';
import { expectScreen } from './screens.ts';

export async function openBoard(page: Page, kiosk: Kiosk): Promise<void> {
  await page.goto(await kiosk.address('board'));
  await expectScreen(page, 'board');
  await expect(page.locator('[data-screen="board"]')).toHaveAttribute('data-live', '');
}
