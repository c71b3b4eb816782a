// The counter console as staff use it, for end-to-end tests: open it on the store-network
// listener, sign in on the keypad or with a badge scan, pick a counter, press a key; axe-core and
// screenshots at the console's three sizes (a desk PC, a wide screen, a tablet).
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { textsOf } from './screens.ts';

const screenshotDir = fileURLToPath(new URL('../output/screenshots/', import.meta.url));

/** Where the console is used: a counter PC, a wide monitor, a 10" tablet held landscape. */
export const consoleSizes = {
  desk: { width: 1366, height: 768 },
  wide: { width: 1920, height: 1080 },
  tablet: { width: 1280, height: 800 },
} as const;

/** The console's screens, by their data-screen. */
export type ConsoleScreen = 'console-sign-in' | 'console-counters' | 'console-counter';

function consoleAddress(networkOrigin: string): string {
  return `${networkOrigin}/console`;
}

export async function expectConsoleScreen(page: Page, screen: ConsoleScreen): Promise<void> {
  await expect(page.locator(`[data-screen="${screen}"]`)).toBeVisible();
}

/** Opens the console; a browser without a session lands on sign-in. */
export async function openConsole(page: Page, networkOrigin: string, expected: ConsoleScreen = 'console-sign-in'): Promise<void> {
  await page.goto(consoleAddress(networkOrigin));
  await expectConsoleScreen(page, expected);
}

/** The keypad of the sign-in screen. */
function keypad(page: Page): Locator {
  return page.locator('.pin-keypad');
}

/**
 * Signs in as a person at a tablet would: the staff id typed into its field, the PIN tapped on
 * the keypad, then the sign-in button.
 */
export async function signInWithPin(page: Page, staffId: string, pin: string, language = 'es'): Promise<void> {
  const t = textsOf(language);
  await page.getByRole('textbox', { name: t('console.signIn.staffId') }).fill(staffId);
  await page.getByLabel(t('console.signIn.pin'), { exact: true }).focus();
  for (const digit of pin) await keypad(page).getByRole('button', { name: digit, exact: true }).click();
  await page.getByRole('button', { name: t('console.signIn.submit'), exact: true }).click();
}

/**
 * A badge scanner: the badge typed a few milliseconds a key, then Enter, with focus in no field.
 * The keys are sent from inside the page in one go: a test machine under load may space keys
 * sent one by one from outside further apart than any scanner does.
 */
export async function signInWithBadge(page: Page, badge: string): Promise<void> {
  await page.locator('h1').focus();
  await page.evaluate((keys) => {
    for (const key of [...keys, 'Enter']) document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  }, badge);
}

/** Picks a counter by its label on the picker, and waits for its console to have read the counter (keys act on what it read). */
export async function pickCounter(page: Page, label: string, language = 'es'): Promise<void> {
  const t = textsOf(language);
  await expectConsoleScreen(page, 'console-counters');
  await page.getByRole('button', { name: t('console.counters.counter', { label }) }).click();
  await expectConsoleScreen(page, 'console-counter');
  await expect(page.getByRole('region', { name: t('console.counter.title') })).toBeVisible();
}

/** Presses a console key with focus on no field (the heading), as staff do between customers. */
export async function pressShortcut(page: Page, key: string): Promise<void> {
  await page.locator('h1').focus();
  await page.keyboard.press(key);
}

/** A text as a pattern, its {{placeholders}} (left in by textsOf when not given) matching anything. */
export function textPattern(text: string): RegExp {
  const parts = text.split(/\{\{\w+\}\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(parts.join('.+'));
}

/** The ticket at the counter, as the console shows it. */
export function servingPanel(page: Page, language = 'es'): Locator {
  return page.getByRole('region', { name: textsOf(language)('console.serving.title') });
}

/** The waiting list's rows, in calling order. */
export function waitingRows(page: Page): Locator {
  return page.locator('.waiting-list__table tbody tr');
}

/** The alerts across the top of the console. */
export function alertItems(page: Page): Locator {
  return page.locator('.alert-banner li');
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  const summary = results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => `${node.target.join(' ')} (${node.failureSummary ?? ''})`).join(', ')}`,
  );
  expect(summary).toEqual([]);
}

/** axe-core, then a screenshot at each console size; the page is left at the desk size. */
export async function checkConsoleScreen(page: Page, name: string): Promise<void> {
  await expectNoAxeViolations(page);
  mkdirSync(screenshotDir, { recursive: true });
  for (const [size, viewport] of Object.entries(consoleSizes)) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: `${screenshotDir}console-${name}-${size}.png`, animations: 'disabled' });
  }
  await page.setViewportSize(consoleSizes.desk);
}
