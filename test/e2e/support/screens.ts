// Per-screen checks every e2e test shares: wait for the screen, axe-core, screenshots at both
// kiosk resolutions, and the texts of a locale.
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { pseudoLanguage } from '../../../shared/i18n/languages.ts';
import { pseudoLocalize } from '../../../renderer/kit/i18n/pseudo-locale.ts';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
const screenshotDir = fileURLToPath(new URL('../output/screenshots/', import.meta.url));

export const portrait = { width: 1080, height: 1920 };
export const landscape = { width: 1920, height: 1080 };

type Texts = { [key: string]: string | Texts };

/** A translated text by its key, straight from the locale file the kiosk uses (en-XA: made from en). */
export function textsOf(language: string): (key: string, params?: Record<string, string | number>) => string {
  const pseudo = language === pseudoLanguage;
  const texts = JSON.parse(readFileSync(`${projectRoot}assets/locales/${pseudo ? 'en' : language}.json`, 'utf8')) as Texts;
  return (key, params = {}) => {
    const found = key.split('.').reduce<string | Texts | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), texts);
    if (typeof found !== 'string') throw new Error(`no text ${key} in ${language}`);
    return (pseudo ? pseudoLocalize(found) : found).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? `{{${name}}}`));
  };
}

export async function expectScreen(page: Page, screen: string): Promise<void> {
  await expect(page.locator(`[data-screen="${screen}"]`)).toBeVisible();
}

/** Focus lands on the new screen's heading, so keyboard and screen-reader users know where they are. */
export async function expectFocusOnHeading(page: Page, screen: string): Promise<void> {
  await expect(page.locator(`[data-screen="${screen}"] h1`)).toBeFocused();
}

/** The WCAG AA rules and best practice; `aaa` adds axe's AAA rules (enhanced contrast, 7:1) for high contrast. */
async function expectNoAxeViolations(page: Page, aaa: boolean): Promise<void> {
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice', ...(aaa ? ['wcag2aaa'] : [])];
  const results = await new AxeBuilder({ page }).withTags(tags).analyze();
  const summary = results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => `${node.target.join(' ')} (${node.failureSummary ?? ''})`).join(', ')}`,
  );
  expect(summary).toEqual([]);
}

/**
 * axe-core, then a screenshot at 1080x1920 and 1920x1080; the page is left in portrait. `settleMs`
 * waits after each resize for what follows the layout on a timer (a tutorial's spotlight); `aaa`
 * holds the screen to WCAG AAA contrast too (the high-contrast mode).
 */
export async function checkScreen(page: Page, name: string, { settleMs = 0, aaa = false } = {}): Promise<void> {
  await expectNoAxeViolations(page, aaa);
  mkdirSync(screenshotDir, { recursive: true });
  for (const [orientation, size] of [['portrait', portrait], ['landscape', landscape]] as const) {
    await page.setViewportSize(size);
    if (settleMs > 0) await page.waitForTimeout(settleMs);
    await page.screenshot({ path: `${screenshotDir}${name}-${orientation}.png`, animations: 'disabled' });
  }
  await page.setViewportSize(portrait);
}
