// The page's clock, held still so a test decides when time passes (idle warnings, countdowns).
import type { Page } from '@playwright/test';
import { checkScreen } from './screens.ts';

/**
 * Pauses the page's clock at its own now (the page's fake time runs ahead of the test's). On a
 * loaded machine the page's time can pass the moment read before the pause lands; then read again.
 */
export async function holdTheClock(page: Page): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 50 * attempt);
      return;
    } catch (error) {
      if (attempt >= 5 || !String(error).includes('to the past')) throw error;
    }
  }
}

/** axe-core needs the page's timers: let the clock run for the check, then hold it again. */
export async function checkWhileTheClockRuns(page: Page, name: string): Promise<void> {
  await page.clock.resume();
  await checkScreen(page, name);
  await holdTheClock(page);
}
