// The page's clock, held still so a test decides when time passes (idle warnings, countdowns).
import type { Page } from '@playwright/test';
import { checkScreen } from './screens.ts';

/** Pauses the page's clock at its own now (the page's fake time runs ahead of the test's). */
export async function holdTheClock(page: Page): Promise<void> {
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 50);
}

/** axe-core needs the page's timers: let the clock run for the check, then hold it again. */
export async function checkWhileTheClockRuns(page: Page, name: string): Promise<void> {
  await page.clock.resume();
  await checkScreen(page, name);
  await holdTheClock(page);
}
