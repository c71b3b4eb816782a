// Languages beyond Spanish and English: Arabic mirrors the whole layout right to left, French
// and Arabic fit every screen, and pseudo-English (longer, accented, bracketed) shows that no
// text is clipped anywhere.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { languageNames, type Language } from '../../shared/i18n/languages.ts';
import { pseudoLocalize } from '../../renderer/i18n/pseudo-locale.ts';
import { checkWhileTheClockRuns, holdTheClock } from './support/clock.ts';
import { test, expect } from './support/kiosk.ts';
import { checkScreen, expectScreen, portrait, textsOf } from './support/screens.ts';
import { expectTextToFit } from './support/text-fit.ts';
import { withLanguages } from './support/test-store.ts';

interface DemoStore {
  services: Array<{ title: Record<string, string> }>;
  orders: { file: string };
}

const demoDir = new URL('../../assets/stores/demo/', import.meta.url);
const demoStore = JSON.parse(readFileSync(new URL('store.json', demoDir), 'utf8')) as DemoStore;
const demoOrders = JSON.parse(readFileSync(new URL(demoStore.orders.file, demoDir), 'utf8')) as { orders: Array<{ code: string }> };
const readyCode = demoOrders.orders[0]?.code ?? '';
const unknownCode = 'ZZZ999';

/** The test store: every language on (the demo's default list first), a short idle time. */
function testStore(defaultLanguage: Language) {
  const languages = withLanguages({ enabled: ['es', 'en', 'ar', 'fr', 'en-XA'], default: defaultLanguage });
  return (config: Record<string, unknown>) => ({ ...languages(config), session: { idleSeconds: 30, warningSeconds: 20 } });
}

/** The first service's title as the kiosk shows it in `language`. */
function serviceTitle(defaultLanguage: Language, language: Language): string {
  const store = testStore(defaultLanguage)(structuredClone(demoStore) as unknown as Record<string, unknown>) as unknown as DemoStore;
  const title = store.services[0]?.title ?? {};
  return title[language] ?? pseudoLocalize(title.en ?? '');
}

/** From the attract loop (already in `language`) to the thank-you screen, calling `check` on each screen. */
async function walkEveryScreen(page: Page, language: Language, check: (screen: string) => Promise<void>): Promise<void> {
  const t = textsOf(language);
  await expectScreen(page, 'attract');
  await check('attract');
  await page.getByRole('button', { name: t('attract.start'), exact: true }).click();

  await expectScreen(page, 'language');
  await check('language');
  await page.getByRole('button', { name: languageNames[language], exact: true }).click();

  await expectScreen(page, 'home');
  await check('home');
  await page.getByRole('button', { name: serviceTitle(language, language) }).click();

  await expectScreen(page, 'flow-enter-code');
  const code = page.getByLabel(t('pickup.enterCode.label'));
  await code.fill(unknownCode);
  await page.getByRole('button', { name: t('pickup.enterCode.submit') }).click();
  await expect(page.getByRole('alert')).toContainText(t('errors.order.notFound'));
  await check('flow-enter-code');

  await page.getByRole('button', { name: t('help.button') }).click();
  const help = page.getByRole('dialog', { name: t('help.called.title') });
  await expect(help).toBeVisible();
  await check('help-called');
  await help.getByRole('button', { name: t('help.close') }).click();

  await code.fill(readyCode);
  await page.getByRole('button', { name: t('pickup.enterCode.submit') }).click();
  await expectScreen(page, 'flow-review');
  await check('flow-review');
  await page.getByRole('button', { name: t('pickup.review.confirm') }).click();

  await expectScreen(page, 'flow-done');
  await check('flow-done');
  await page.getByRole('button', { name: t('pickup.done.finish') }).click();

  await expectScreen(page, 'thanks');
  await check('thanks');
}

/** The horizontal middle of the help button, as a share of the screen's width. */
async function helpButtonPosition(page: Page, helpText: string): Promise<number> {
  const box = await page.getByRole('button', { name: helpText }).boundingBox();
  if (!box) throw new Error('no help button on screen');
  return (box.x + box.width / 2) / portrait.width;
}

for (const [language, direction] of [['ar', 'rtl'], ['fr', 'ltr']] as const) {
  test.describe(`in ${languageNames[language]}`, () => {
    test.use({ storeConfig: { rewrite: testStore(language) } });

    test(`every screen runs ${direction}, passes axe, and its text fits`, async ({ kioskPage: page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await walkEveryScreen(page, language, async (screen) => {
        await expect(page.locator('html')).toHaveAttribute('dir', direction);
        await expectTextToFit(page);
        await checkScreen(page, `${language}-${screen}`);
      });
    });
  });
}

test.describe('in Arabic', () => {
  test.use({ storeConfig: { rewrite: testStore('ar') } });

  test('mirrors the layout: help and the way on sit left in Arabic, right in English', async ({ kioskPage: page }) => {
    const arabic = textsOf('ar');
    const english = textsOf('en');
    await page.getByRole('button', { name: arabic('attract.start'), exact: true }).click();
    await page.getByRole('button', { name: languageNames.ar, exact: true }).click();
    await expectScreen(page, 'home');
    expect(await helpButtonPosition(page, arabic('help.button'))).toBeLessThan(0.3);
    const service = page.getByRole('button', { name: serviceTitle('ar', 'ar') });
    const arrow = await service.locator('svg').boundingBox();
    const serviceBox = await service.boundingBox();
    expect(arrow && serviceBox && arrow.x < serviceBox.x + serviceBox.width / 3).toBe(true);
    // The code field and keyboard stay left to right: codes are Latin letters and digits.
    await service.click();
    const keys = page.getByRole('group', { name: arabic('pickup.keyboard.label') });
    const one = await keys.getByRole('button', { name: '1', exact: true }).boundingBox();
    const zero = await keys.getByRole('button', { name: '0', exact: true }).boundingBox();
    expect(one && zero && one.x < zero.x).toBe(true);

    await page.getByRole('button', { name: arabic('session.startOver') }).click();
    await page.getByRole('button', { name: arabic('attract.start'), exact: true }).click();
    await page.getByRole('button', { name: languageNames.en, exact: true }).click();
    await expectScreen(page, 'home');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(await helpButtonPosition(page, english('help.button'))).toBeGreaterThan(0.7);
  });
});

test.describe('in pseudo-English', () => {
  test.use({ storeConfig: { rewrite: testStore('en-XA') } });

  test('no text is clipped or overflows on any screen', async ({ kioskPage: page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
    await walkEveryScreen(page, 'en-XA', async (screen) => {
      await expect(page.locator('h1')).toContainText('⟦');
      await expectTextToFit(page);
      await checkScreen(page, `pseudo-${screen}`);
    });
  });
});

for (const [language, prefix] of [['ar', 'ar'], ['en-XA', 'pseudo']] as const) {
  test.describe(`the idle warning in ${language}`, () => {
    test.use({ storeConfig: { rewrite: testStore(language) } });

    test('fits its text', async ({ page, kiosk }) => {
      const t = textsOf(language);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.clock.install();
      await page.goto(kiosk.url);
      await page.getByRole('button', { name: t('attract.start'), exact: true }).click();
      await page.getByRole('button', { name: languageNames[language], exact: true }).click();
      await expectScreen(page, 'home');
      await holdTheClock(page);
      await page.clock.runFor(30_000);
      await expect(page.getByRole('alertdialog', { name: t('idle.title') })).toBeVisible();
      await expectTextToFit(page);
      await checkWhileTheClockRuns(page, `${prefix}-idle-warning`);
    });
  });
}

for (const [language, prefix] of [['ar', 'ar'], ['en-XA', 'pseudo']] as const) {
  test.describe(`the waiting board in ${language}`, () => {
    test.use({ storeConfig: { rewrite: testStore(language) } });

    test('comes round to it in turn, laid out in its direction, with text that fits', async ({ page, kiosk }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.clock.install();
      await page.goto(kiosk.url.replace('/#', '/?view=board#'));
      await expectScreen(page, 'board');
      const heading = page.getByRole('heading', { level: 1 });
      await expect(heading).toHaveText(textsOf('es')('board.title'));
      for (let turn = 0; turn < 5 && (await page.locator('html').getAttribute('lang')) !== language; turn += 1) {
        await page.clock.runFor(8_500);
      }
      await expect(heading).toHaveText(textsOf(language)('board.title'));
      await expect(page.locator('html')).toHaveAttribute('dir', language === 'ar' ? 'rtl' : 'ltr');
      await expectTextToFit(page);
      await checkScreen(page, `${prefix}-board`);
    });
  });
}
