// Every language the demo store speaks, on every screen and every flow step type: Arabic mirrors
// the whole layout right to left, Spanish, English and French fit, and pseudo-English (longer,
// accented, bracketed) shows that no text is clipped anywhere. Each screen passes axe-core and is
// photographed at both kiosk resolutions as <language>-<screen>, e.g. ar-flow-choose.
import type { Page } from '@playwright/test';
import { languageDirection, languageNames, type Language } from '../../shared/i18n/languages.ts';
import { checkWhileTheClockRuns, holdTheClock } from './support/clock.ts';
import { test, expect } from './support/kiosk.ts';
import { checkScreen, expectScreen, portrait, textsOf } from './support/screens.ts';
import { expectTextToFit } from './support/text-fit.ts';
import { demoStoreTexts, withLanguages } from './support/test-store.ts';
import { continueStep, expectStep, openFlow, tapKeys } from './support/walk.ts';


/** Where the walks take their screenshots, and the languages they walk in. */
const walks = [
  ['es', 'es'],
  ['en', 'en'],
  ['ar', 'ar'],
  ['fr', 'fr'],
  ['en-XA', 'pseudo'],
] as const satisfies ReadonlyArray<readonly [Language, string]>;

/** The test store: every language on, the pilot (mobile top-up) offered to every session. */
function testStore(defaultLanguage: Language, idleSeconds = 120) {
  const languages = withLanguages({ enabled: ['es', 'en', 'ar', 'fr', 'en-XA'], default: defaultLanguage });
  return (config: Record<string, unknown>) => ({
    ...languages(config),
    session: { idleSeconds, warningSeconds: 20 },
    pilots: { share: 1 },
  });
}

/** The checks every screen of a walk gets: its direction, text that fits, axe and screenshots. */
function screenCheck(page: Page, language: Language, prefix: string): (screen: string) => Promise<void> {
  return async (screen) => {
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await expect(page.locator('html')).toHaveAttribute('dir', languageDirection(language));
    if (language === 'en-XA') await expect(page.locator('h1')).toContainText('⟦');
    await expectTextToFit(page);
    await checkScreen(page, `${prefix}-${screen}`);
  };
}

/** From the attract loop (already in `language`) past the language screen to home. */
async function startIn(page: Page, language: Language): Promise<void> {
  await expectScreen(page, 'attract');
  await page.getByRole('button', { name: textsOf(language)('attract.start'), exact: true }).click();
  await expectScreen(page, 'language');
  await page.getByRole('button', { name: languageNames[language], exact: true }).click();
  await expectScreen(page, 'home');
}

for (const [language, prefix] of walks) {
  test.describe(`in ${languageNames[language]}`, () => {
    // axe, the fit check and two screenshots on every screen take their time.
    test.describe.configure({ timeout: 180_000 });
    test.use({ storeConfig: { rewrite: testStore(language) } });
    const t = textsOf(language);
    const store = demoStoreTexts(language);

    test('the way in, a return (scan, choose, info, review, info), help and feedback', async ({ kioskPage: page }) => {
      const check = screenCheck(page, language, prefix);
      await page.emulateMedia({ reducedMotion: 'reduce' });

      await expectScreen(page, 'attract');
      await check('attract');
      await page.getByRole('button', { name: t('why.open'), exact: true }).click();
      await expectScreen(page, 'why');
      await check('why');
      await page.getByRole('button', { name: t('attract.start'), exact: true }).click();
      await expectScreen(page, 'language');
      await check('language');
      await page.getByRole('button', { name: languageNames[language], exact: true }).click();
      await expectScreen(page, 'home');
      await check('home');

      await page.getByRole('button', { name: store.title('product-return') }).click();
      await expectScreen(page, 'benefit');
      await check('benefit');
      await page.getByRole('button', { name: t('benefit.start'), exact: true }).click();

      await expectStep(page, 'scan', 'order');
      const code = page.getByLabel(store.label('product-return', 'order'));
      await code.fill('B4T9');
      await continueStep(page, language);
      await expect(page.getByRole('alert')).toContainText(t('flow.problems.tooShort'));
      await check('flow-scan');

      await page.getByRole('button', { name: t('help.button') }).click();
      // No staff console listens in these tests: the dialog sends the customer to the counter.
      const help = page.getByRole('dialog', { name: t('help.notTold.title') });
      await expect(help).toBeVisible();
      await expect(help).toContainText('A001');
      await check('help-called');
      await help.getByRole('button', { name: t('help.close'), exact: true }).click();

      await code.fill('B4T9LP');
      await continueStep(page, language);
      await expectStep(page, 'choose', 'reason');
      await check('flow-choose');
      await page.getByRole('button', { name: store.option('product-return', 'reason', 'damaged') }).click();
      await expectStep(page, 'info', 'damaged');
      await check('flow-info-branch');
      await continueStep(page, language);

      await expectStep(page, 'review', 'review');
      await expect(page.locator('main')).toContainText('B4T9LP');
      await check('flow-review');
      await page.getByRole('button', { name: store.confirm('product-return', 'review') }).click();
      await expectStep(page, 'info', 'done');
      await expect(page.locator('main')).toContainText(/R-[2-9A-Z]{6}/);
      await check('flow-info');
      await page.getByRole('button', { name: t('flow.done'), exact: true }).click();

      await expectScreen(page, 'thanks');
      const overall = page.getByRole('group', { name: t('feedback.overall') });
      await expect(overall).toBeVisible();
      await check('thanks');
      await overall.getByRole('button').nth(3).click();
      await expect(page.getByRole('button', { name: t('feedback.skipSecond'), exact: true })).toBeVisible();
      await check('thanks-question');
    });

    test('a mobile top-up (enterText, enterNumber, review, print, info)', async ({ kioskPage: page }) => {
      const check = screenCheck(page, language, prefix);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await startIn(page, language);
      await openFlow(page, language, store.title('mobile-topup'));

      await expectStep(page, 'enterText', 'phone');
      await tapKeys(page, language, '612345678');
      await expect(page.getByLabel(store.label('mobile-topup', 'phone'), { exact: true })).toHaveValue('612345678');
      await check('flow-enterText');
      await continueStep(page, language);

      await expectStep(page, 'enterNumber', 'amount');
      await page.getByRole('group', { name: t('flow.presets') }).getByRole('button').nth(2).click();
      await expect(page.getByLabel(store.label('mobile-topup', 'amount'), { exact: true })).toHaveValue('20');
      await check('flow-enterNumber');
      await continueStep(page, language);

      await expectStep(page, 'review', 'review');
      await expect(page.locator('main')).toContainText('•••• 678');
      await check('flow-review-topup');
      await page.getByRole('button', { name: store.confirm('mobile-topup', 'review') }).click();

      await expectStep(page, 'print', 'receipt');
      await expect(page.locator('main')).toContainText(t('print.onScreen.receipt'));
      await check('flow-print');
      await continueStep(page, language);
      await expectStep(page, 'info', 'done');
      await page.getByRole('button', { name: t('flow.done'), exact: true }).click();
      await expectScreen(page, 'thanks');
    });

    test('a complaint tried first (choose, enterText as free text), marked as practice', async ({ kioskPage: page }) => {
      const check = screenCheck(page, language, prefix);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await startIn(page, language);
      await openFlow(page, language, store.title('complaint'), true);

      await expectStep(page, 'choose', 'category');
      await expect(page.getByRole('note')).toContainText(t('practice.banner'));
      await check('practice-flow-choose');
      await page.getByRole('button', { name: store.option('complaint', 'category', 'waitTime') }).click();

      await expectStep(page, 'enterText', 'describe');
      await expect(page.getByLabel(store.label('complaint', 'describe'))).not.toHaveValue('');
      await check('practice-flow-enterText');
      await continueStep(page, language);
      await expectStep(page, 'choose', 'contact');
      await page.getByRole('button', { name: store.option('complaint', 'contact', 'no') }).click();
      await expectStep(page, 'review', 'review');
      await page.getByRole('button', { name: store.confirm('complaint', 'review') }).click();
      await expectStep(page, 'info', 'done');
      await page.getByRole('button', { name: t('flow.done'), exact: true }).click();

      await expectScreen(page, 'benefit');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('benefit.practisedTitle'));
      await check('benefit-practised');
    });
  });
}

/** The horizontal middle of the help button, as a share of the screen's width. */
async function helpButtonPosition(page: Page, helpText: string): Promise<number> {
  const box = await page.getByRole('button', { name: helpText }).boundingBox();
  if (!box) throw new Error('no help button on screen');
  return (box.x + box.width / 2) / portrait.width;
}

test.describe('in Arabic', () => {
  test.use({ storeConfig: { rewrite: testStore('ar') } });

  test('mirrors the layout: help sits left and each service’s picture right in Arabic, the other way in English; codes stay left to right', async ({ kioskPage: page }) => {
    const arabic = textsOf('ar');
    const english = textsOf('en');
    await startIn(page, 'ar');
    expect(await helpButtonPosition(page, arabic('help.button'))).toBeLessThan(0.3);
    const flow = page.getByRole('button', { name: demoStoreTexts('ar').title('order-pickup') });
    // The service's picture leads the line: at the right edge in Arabic.
    const icon = await flow.locator('svg.flow-icon').boundingBox();
    const flowBox = await flow.boundingBox();
    expect(icon && flowBox && icon.x > flowBox.x + (flowBox.width * 2) / 3).toBe(true);

    // The code field and keyboard stay left to right: codes are Latin letters and digits.
    await openFlow(page, 'ar', demoStoreTexts('ar').title('order-pickup'));
    await expectStep(page, 'scan', 'code');
    const keys = page.getByRole('group', { name: arabic('keyboard.label') });
    const one = await keys.getByRole('button', { name: '1', exact: true }).boundingBox();
    const zero = await keys.getByRole('button', { name: '0', exact: true }).boundingBox();
    expect(one && zero && one.x < zero.x).toBe(true);
    await tapKeys(page, 'ar', 'K7M2QX');
    await continueStep(page, 'ar');
    await expectStep(page, 'review', 'review');
    const code = page.locator('main dd', { hasText: 'K7M2QX' });
    await expect(code).toHaveAttribute('dir', 'ltr');

    await page.getByRole('button', { name: arabic('session.startOver') }).click();
    await page.getByRole('button', { name: arabic('attract.start'), exact: true }).click();
    await page.getByRole('button', { name: languageNames.en, exact: true }).click();
    await expectScreen(page, 'home');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(await helpButtonPosition(page, english('help.button'))).toBeGreaterThan(0.7);
  });
});

test.describe('a complaint in Arabic', () => {
  test.use({ storeConfig: { rewrite: testStore('ar') } });

  test('is typed in Arabic letters on the kiosk keyboard, with Latin letters one touch away', async ({ kioskPage: page }) => {
    const arabic = textsOf('ar');
    await startIn(page, 'ar');
    await openFlow(page, 'ar', 'تقديم شكوى');
    await page.getByRole('button', { name: 'مدة الانتظار' }).click();
    await expectStep(page, 'enterText', 'describe');
    const keys = page.getByRole('group', { name: arabic('keyboard.label') });
    await expect(keys).toHaveAttribute('data-script', 'arabic');
    await checkScreen(page, 'ar-keyboard-text');
    await tapKeys(page, 'ar', 'تأخر');
    await keys.getByRole('button', { name: arabic('keyboard.space'), exact: true }).click();
    await tapKeys(page, 'ar', 'الطلب');
    await keys.getByRole('button', { name: `ABC: ${arabic('keyboard.latinLetters')}` }).click();
    await expect(keys).toHaveAttribute('data-script', 'latin');
    await keys.getByRole('button', { name: arabic('keyboard.space'), exact: true }).click();
    await tapKeys(page, 'ar', 'k7');
    await expect(page.getByLabel('شكواك')).toHaveValue('تأخر الطلب k7');
    await keys.getByRole('button', { name: `أبج: ${arabic('keyboard.ownLetters')}` }).click();
    await expect(keys).toHaveAttribute('data-script', 'arabic');
    await continueStep(page, 'ar');
    await expectStep(page, 'choose', 'contact');
  });
});

test.describe('out of service', () => {
  // A config the host refuses: the screen says so in every translated language, Arabic right to left.
  test.use({ storeConfig: { rewrite: (config) => ({ ...config, session: { idleSeconds: 'sixty', warningSeconds: 30 } }) } });

  test('says it in Arabic too, right to left, with text that fits', async ({ kioskPage: page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await expectScreen(page, 'out-of-service');
    const arabic = page.locator('[data-screen="out-of-service"] [lang="ar"]').first();
    await expect(arabic).toContainText(textsOf('ar')('outOfService.title'));
    await expect(arabic).toHaveAttribute('dir', 'rtl');
    await expectTextToFit(page);
    await checkScreen(page, 'ar-out-of-service');
  });
});

for (const [language, prefix] of [['ar', 'ar'], ['en-XA', 'pseudo']] as const) {
  test.describe(`the idle warning in ${language}`, () => {
    test.use({ storeConfig: { rewrite: testStore(language, 30) } });

    test('fits its text', async ({ page, kiosk }) => {
      const t = textsOf(language);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.clock.install();
      await page.goto(await kiosk.address());
      await startIn(page, language);
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
      await page.goto(await kiosk.address('board'));
      await expectScreen(page, 'board');
      const heading = page.getByRole('heading', { level: 1 });
      await expect(heading).toHaveText(textsOf('es')('board.title'));
      // The board changes language every 8 s of the page's clock, which the test holds: run it in
      // small steps until the page is in the language and React has drawn the board in it. A turn
      // missed while the kiosk's state was still on its way comes round again.
      const wanted = `${language} ${textsOf(language)('board.title')}`;
      let shown = '';
      for (let step = 0; step < 800 && shown !== wanted; step += 1) {
        await page.clock.runFor(250);
        shown = `${await page.locator('html').getAttribute('lang')} ${await heading.textContent()}`;
      }
      expect(shown).toBe(wanted);
      await expect(page.locator('html')).toHaveAttribute('dir', languageDirection(language));
      await expectTextToFit(page);
      await checkScreen(page, `${prefix}-board`);
    });
  });
}
