// The display modes, each turned on in the accessibility options on the attract loop (by touch or
// from the keyboard), carried through a whole session and gone when it ends: large text (capitals
// measured against 0.7 degrees at 50 cm, nothing clipped in pseudo-English), high contrast (axe with
// WCAG AAA contrast) and low reach (every control measured in the lower 55% of a portrait screen).
// Screens are photographed at both kiosk resolutions as mode-<mode>-<screen>.
import type { Page } from '@playwright/test';
import { languageNames, type Language } from '../../shared/i18n/languages.ts';
import { cssPixelsPerMm, requiredCapHeightMm } from '../../renderer/kiosk/accessibility/text-size.ts';
import { holdTheClock } from './support/clock.ts';
import { test, expect } from './support/kiosk.ts';
import { checkScreen, expectScreen, portrait, textsOf } from './support/screens.ts';
import { expectTextToFit } from './support/text-fit.ts';
import { demoStoreTexts, withLanguages } from './support/test-store.ts';
import { expectStep, tapKeys } from './support/walk.ts';

type DisplayMode = 'largeText' | 'highContrast' | 'lowReach';

const attributeOf: Record<DisplayMode, string> = {
  largeText: 'data-large-text',
  highContrast: 'data-high-contrast',
  lowReach: 'data-low-reach',
};

/** The store's screen size (the config's default): large text is sized for it. */
const diagonalInches = 32;

/** Every language on, the walk's as the default; the quiet time short, as the idle warning is on the way. */
function testStore(language: Language) {
  const languages = withLanguages({ enabled: ['es', 'en', 'ar', 'fr', 'en-XA'], default: language });
  return (config: Record<string, unknown>) => ({
    ...languages(config),
    session: { idleSeconds: 30, warningSeconds: 20 },
    // No hesitation offer while the checks take their time: the first-use offer is enough to place.
    tutorials: { hesitationSeconds: 120 },
  });
}

/** Visible controls whose box is not within the lower 55% of the window (or runs off its bottom). */
function controlsOutOfReach(): string[] {
  const limit = window.innerHeight * 0.45;
  const found: string[] = [];
  const controls = document.querySelectorAll('button, input, select, textarea, a[href], [role="button"], [role="switch"], [tabindex]:not([tabindex="-1"])');
  for (const control of controls) {
    const box = control.getBoundingClientRect();
    if (box.width === 0 || box.height === 0 || getComputedStyle(control).visibility === 'hidden') continue;
    if (box.top >= limit - 0.5 && box.bottom <= window.innerHeight + 0.5) continue;
    const name = (control.getAttribute('aria-label') ?? control.textContent ?? '').trim().slice(0, 40);
    found.push(`${control.tagName.toLowerCase()} "${name}" at ${Math.round(box.top)}-${Math.round(box.bottom)}`);
  }
  return found;
}

interface CapHeights {
  /** The capital H of the screen's lead (its reading text) as drawn in its font, px. */
  body: number;
  /** The smallest capital H of any visible text on the screen, px, and where. */
  smallest: number;
  smallestAt: string;
}

/** Cap heights as the fonts draw them: canvas measures an H in each text's own computed font. */
function capHeights(): CapHeights {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) throw new Error('no canvas');
  const capOf = (element: Element): number => {
    const style = getComputedStyle(element);
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    return context.measureText('H').actualBoundingBoxAscent;
  };
  const lead = document.querySelector('.screen__lead, .screen__lead p') ?? document.querySelector('main p');
  if (!lead) throw new Error('no reading text on this screen');
  let smallest = Infinity;
  let smallestAt = '';
  for (const element of document.querySelectorAll('body *')) {
    const ownText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim());
    if (!ownText || element.closest('.visually-hidden, [aria-hidden="true"]')) continue;
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    const cap = capOf(element);
    if (cap < smallest) {
      smallest = cap;
      smallestAt = `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} "${(element.textContent ?? '').trim().slice(0, 30)}"`;
    }
  }
  return { body: capOf(lead), smallest, smallestAt };
}

/** The cap height the angle asks for on this page's screen, px. */
async function requiredCapPx(page: Page): Promise<number> {
  const screen = await page.evaluate(() => ({ width: window.screen.width, height: window.screen.height }));
  return requiredCapHeightMm() * cssPixelsPerMm(screen, diagonalInches);
}

interface Walk {
  page: Page;
  mode: DisplayMode;
  language: Language;
  via: 'touch' | 'keyboard';
}

/** The checks a screen gets in the walk's mode, then axe and the screenshots. */
function screenCheck({ page, mode }: Walk): (screen: string) => Promise<void> {
  return async (screen) => {
    await expect(page.locator('html')).toHaveAttribute(attributeOf[mode], '');
    if (mode === 'lowReach') {
      await page.setViewportSize(portrait);
      expect.soft(await page.evaluate(controlsOutOfReach), `controls above the lower 55% on ${screen}`).toEqual([]);
    }
    if (mode === 'largeText') {
      await expectTextToFit(page);
      const required = await requiredCapPx(page);
      const measured = await page.evaluate(capHeights);
      expect.soft(measured.smallest, `the smallest capitals on ${screen} (${measured.smallestAt})`).toBeGreaterThanOrEqual(required);
    }
    await checkScreen(page, `mode-${mode}-${screen}`, { aaa: mode === 'highContrast' });
  };
}

/** Opens the accessibility options and turns the walk's mode on, by touch or from the keyboard. */
async function turnOn({ page, mode, language, via }: Walk, check: (screen: string) => Promise<void>): Promise<void> {
  const t = textsOf(language);
  const button = page.getByRole('button', { name: t('accessibility.button'), exact: true });
  if (via === 'touch') await button.click();
  else {
    await button.focus();
    await page.keyboard.press('Enter');
  }
  const dialog = page.getByRole('dialog', { name: t('accessibility.title') });
  await expect(dialog).toBeVisible();
  const toggle = dialog.getByRole('switch', { name: t(`accessibility.modes.${mode}.name`) });
  await expect(toggle).toHaveAttribute('aria-checked', 'false');
  if (via === 'touch') await toggle.click();
  else {
    // Focus starts on the first switch; Tab walks the others in order.
    await expect(dialog.getByRole('switch').first()).toBeFocused();
    while (!(await toggle.evaluate((element) => element === document.activeElement))) await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
  }
  await expect(toggle).toHaveAttribute('aria-checked', 'true');
  await check('options');
  const done = dialog.getByRole('button', { name: t('accessibility.done'), exact: true });
  if (via === 'touch') await done.click();
  else {
    for (let presses = 0; presses < 5 && !(await done.evaluate((element) => element === document.activeElement)); presses += 1) await page.keyboard.press('Tab');
    await expect(done).toBeFocused();
    await page.keyboard.press('Enter');
  }
  await expect(dialog).toBeHidden();
}

/** Runs the page's clock in steps of ten seconds until "are you still there?" shows (time limits are longer in a mode). */
async function waitForIdleWarning(page: Page, title: string): Promise<void> {
  const warning = page.getByRole('alertdialog', { name: title });
  await holdTheClock(page);
  for (let step = 0; step < 30 && !(await warning.isVisible()); step += 1) await page.clock.runFor(10_000);
  await expect(warning).toBeVisible();
}

/** The way in, then a complaint: a choice of five, free text on the kiosk's keyboard, and "are you still there?". */
async function walkAComplaint(walk: Walk): Promise<void> {
  const { page, language } = walk;
  const t = textsOf(language);
  const store = demoStoreTexts(language);
  const check = screenCheck(walk);

  await expectScreen(page, 'attract');
  await turnOn(walk, check);
  // The touch on the options was not the touch that starts a session.
  await expectScreen(page, 'attract');
  await check('attract');
  await page.getByRole('button', { name: t('attract.start'), exact: true }).click();
  await page.getByRole('button', { name: languageNames[language], exact: true }).click();
  await page.getByRole('button', { name: store.title('complaint') }).click();
  await page.getByRole('button', { name: t('benefit.start'), exact: true }).click();
  await expectStep(page, 'choose', 'category');
  await check('flow-choose');
  await page.getByRole('button', { name: store.option('complaint', 'category', 'waitTime') }).click();
  await expectStep(page, 'enterText', 'describe');
  await tapKeys(page, language, 'queue');
  await check('flow-enterText');

  await waitForIdleWarning(page, t('idle.title'));
  // axe needs the page's timers.
  await page.clock.resume();
  await check('idle-warning');
  await page.getByRole('button', { name: t('idle.more') }).click();
  await expect(page.getByRole('alertdialog')).toBeHidden();
}

/** The language screen and home, a ticket for a person, help, thanks, and the session's end, which takes the mode away. */
async function walkToATicket(walk: Walk): Promise<void> {
  const { page, language } = walk;
  const t = textsOf(language);
  const store = demoStoreTexts(language);
  const check = screenCheck(walk);

  await expectScreen(page, 'attract');
  await turnOn(walk, async () => {});
  await expectScreen(page, 'attract');
  await page.getByRole('button', { name: t('attract.start'), exact: true }).click();
  await expectScreen(page, 'language');
  await check('language');
  await page.getByRole('button', { name: languageNames[language], exact: true }).click();
  await expectScreen(page, 'home');
  await check('home');

  await page.getByRole('button', { name: store.title('see-staff') }).click();
  await page.getByRole('button', { name: t('benefit.start'), exact: true }).click();
  await expectStep(page, 'choose', 'service');
  await page.getByRole('button', { name: store.option('see-staff', 'service', 'customer-service') }).click();
  await expectStep(page, 'info', 'ticket');
  await check('ticket');

  await page.getByRole('button', { name: t('help.button') }).click();
  const help = page.getByRole('dialog', { name: t('help.notTold.title') });
  await expect(help).toBeVisible();
  await check('help');
  await help.getByRole('button', { name: t('help.close'), exact: true }).click();
  await expect(help).toBeHidden();

  await page.getByRole('button', { name: t('flow.done'), exact: true }).click();
  await expectScreen(page, 'thanks');
  await check('thanks');
  await page.getByRole('button', { name: t('thanks.finish'), exact: true }).click();
  await expectScreen(page, 'attract');
  for (const attribute of Object.values(attributeOf)) await expect(page.locator('html')).not.toHaveAttribute(attribute);
}

// Each walk takes a kiosk, axe and a handful of screenshots (with the fit check in large text).
test.describe.configure({ timeout: 120_000 });

const walks = [
  ['highContrast', 'en', 'meets WCAG AAA contrast'],
  ['lowReach', 'en', 'keeps every control in the lower 55% of a portrait screen'],
  ['largeText', 'en-XA', 'has capitals of 0.7 degrees at 50 cm and clips nothing in pseudo-English'],
] as const satisfies ReadonlyArray<readonly [DisplayMode, Language, string]>;

for (const [mode, language, promise] of walks) {
  test.describe(`${mode}`, () => {
    test.use({ storeConfig: { rewrite: testStore(language) } });

    test(`turned on by touch, ${promise} through a complaint and the idle warning`, async ({ page, kiosk }) => {
      await page.clock.install();
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(await kiosk.address());
      await walkAComplaint({ page, mode, language, via: 'touch' });
    });

    test(`turned on from the keyboard, ${promise} through a ticket, help and thanks, and ends with the session`, async ({ page, kiosk }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(await kiosk.address());
      await walkToATicket({ page, mode, language, via: 'keyboard' });
    });
  });
}

test.describe('on the attract loop', () => {
  test.use({ storeConfig: { rewrite: testStore('en') } });

  test('forgets a mode switched on when nobody starts a session', async ({ page, kiosk }) => {
    await page.clock.install();
    await page.goto(await kiosk.address());
    await turnOn({ page, mode: 'highContrast', language: 'en', via: 'touch' }, async () => {});
    await expect(page.locator('html')).toHaveAttribute('data-high-contrast', '');
    await holdTheClock(page);
    // The quiet time and the warning, each twice as long in a mode: 2 × (30 + 20) seconds.
    await page.clock.runFor(95_000);
    await expect(page.locator('html')).toHaveAttribute('data-high-contrast', '');
    await page.clock.runFor(10_000);
    await expect(page.locator('html')).not.toHaveAttribute('data-high-contrast');
    await expectScreen(page, 'attract');
  });

  test('draws reading text with capitals of at least 0.7 degrees, larger than everyday text', async ({ page, kiosk }) => {
    await page.goto(await kiosk.address());
    await expectScreen(page, 'attract');
    const required = await requiredCapPx(page);
    const everyday = await page.evaluate(capHeights);
    await turnOn({ page, mode: 'largeText', language: 'en', via: 'touch' }, async () => {});
    const large = await page.evaluate(capHeights);
    expect(large.body).toBeGreaterThanOrEqual(required);
    expect(large.smallest).toBeGreaterThanOrEqual(required);
    expect(large.body).toBeGreaterThan(everyday.body * 1.2);
    const px = (value: number) => `${value.toFixed(1)} px (${(value / (required / requiredCapHeightMm())).toFixed(2)} mm)`;
    const measured = `at ${portrait.width}x${portrait.height} on ${diagonalInches} in: required ${px(required)}; everyday reading text ${px(everyday.body)}, smallest ${px(everyday.smallest)} (${everyday.smallestAt}); large reading text ${px(large.body)}, smallest ${px(large.smallest)} (${large.smallestAt})`;
    test.info().annotations.push({ type: 'cap heights', description: measured });
    console.log(`cap heights ${measured}`);
  });
});
