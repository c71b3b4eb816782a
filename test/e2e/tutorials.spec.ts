// Coach-mark tutorials over the real screen: offered when a flow starts, walked with Next or the
// keyboard alone, in the customer's language, skipped with one touch, and logged by step.
import { test, expect } from './support/kiosk.ts';
import { checkScreen, textsOf } from './support/screens.ts';
import { firstUseOffer as offer, spotlightSettles, tip, tutorialEvents } from './support/tutorial.ts';
import { continueStep, expectStep, openFlow, startSession } from './support/walk.ts';

const t = textsOf('en');

const pickupMarks = {
  code: [
    'Hold the barcode on your receipt to the reader, or type the code here.',
    'Use this keyboard to type. Capitals or small letters both work.',
    'When you are done, touch here to find your order.',
  ],
  review: ['Check the details and confirm to collect it.'],
};

test('offers the tutorial when an order pickup starts, and walks its marks with Next', async ({ kioskPage: page, kiosk }) => {
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) refused.push(message.text());
  });
  await startSession(page, 'en');
  await openFlow(page, 'en', /Collect an order/);
  await expectStep(page, 'scan', 'code');
  await expect(offer(page)).toBeVisible();
  await checkScreen(page, 'tutorial-offer');
  await offer(page).getByRole('button', { name: t('tutorial.offer.show', { seconds: 20 }) }).click();

  for (const [index, text] of pickupMarks.code.entries()) {
    await expect(tip(page)).toHaveAccessibleName(t('tutorial.count', { current: index + 1, total: 3 }));
    await expect(tip(page)).toHaveAccessibleDescription(text);
    await expect(tip(page).getByRole('button', { name: t('tutorial.skip') })).toBeVisible();
    if (index === 0) {
      await expect(tip(page).getByRole('button', { name: t('tutorial.next') })).toBeFocused();
      await checkScreen(page, 'tutorial-mark', spotlightSettles);
    }
    await tip(page).getByRole('button', { name: index === 2 ? t('tutorial.done') : t('tutorial.next') }).click();
  }
  await expect(tip(page)).toBeHidden();
  await expect(offer(page)).toBeHidden();
  // The kiosk's CSP (style-src 'self') would refuse any <style> element the tour library added.
  expect(refused).toEqual([]);
  await expect(page.locator('style')).toHaveCount(0);

  // Having asked to be shown, the customer sees the next step's mark as it arrives.
  await page.getByLabel('Order code').fill('K7M2QX');
  await continueStep(page, 'en');
  // The review's mark takes focus from its heading once it shows (expectStep would race it).
  await expect(page.locator('[data-screen="flow-review"][data-step="review"]')).toBeVisible();
  await expect(tip(page)).toHaveAccessibleDescription(pickupMarks.review[0] ?? '');
  await expect(tip(page).getByRole('button', { name: t('tutorial.done') })).toBeFocused();
  await tip(page).getByRole('button', { name: t('tutorial.done') }).click();
  await expect(tip(page)).toBeHidden();

  await kiosk.usageEventsAfter('tutorial.finished');
  await expect.poll(() => tutorialEvents(kiosk)).toEqual([
    { type: 'tutorial.offered', flowId: 'order-pickup', step: 'code', trigger: 'firstUse' },
    { type: 'tutorial.started', flowId: 'order-pickup', step: 'code' },
    { type: 'tutorial.finished', flowId: 'order-pickup', step: 'code' },
    { type: 'tutorial.started', flowId: 'order-pickup', step: 'review' },
    { type: 'tutorial.finished', flowId: 'order-pickup', step: 'review' },
  ]);
});

test('speaks the customer’s language: the offer, the marks and their buttons', async ({ kioskPage: page }) => {
  const es = textsOf('es');
  await startSession(page, 'es');
  await openFlow(page, 'es', /Recoger un pedido/);
  const oferta = page.getByRole('group', { name: es('tutorial.offer.firstUse') });
  await oferta.getByRole('button', { name: es('tutorial.offer.show', { seconds: 20 }) }).click();
  const consejo = page.getByRole('dialog', { name: es('tutorial.count', { current: 1, total: 3 }) });
  await expect(consejo).toHaveAccessibleDescription('Acerque el código de barras de su recibo al lector, o escriba el código aquí.');
  await expect(consejo.getByRole('button', { name: es('tutorial.next') })).toBeFocused();
  await consejo.getByRole('button', { name: es('tutorial.skip') }).click();
  await expect(consejo).toBeHidden();
});

test('Skip ends the tour with one touch, at any mark, and the flow goes on unguided', async ({ kioskPage: page, kiosk }) => {
  await startSession(page, 'en');
  await openFlow(page, 'en', /Collect an order/);
  await offer(page).getByRole('button', { name: t('tutorial.offer.show', { seconds: 20 }) }).click();
  await tip(page).getByRole('button', { name: t('tutorial.next') }).click();
  await expect(tip(page)).toHaveAccessibleName(t('tutorial.count', { current: 2, total: 3 }));
  await tip(page).getByRole('button', { name: t('tutorial.skip') }).click();
  await expect(tip(page)).toBeHidden();

  // The screen under the tour was never blocked, and after a skip no step shows marks unasked.
  await page.getByLabel('Order code').fill('K7M2QX');
  await continueStep(page, 'en');
  await expectStep(page, 'review', 'review');
  await expect(tip(page)).toBeHidden();

  await kiosk.usageEventsAfter('tutorial.skipped');
  expect(tutorialEvents(kiosk)).toEqual([
    { type: 'tutorial.offered', flowId: 'order-pickup', step: 'code', trigger: 'firstUse' },
    { type: 'tutorial.started', flowId: 'order-pickup', step: 'code' },
    { type: 'tutorial.skipped', flowId: 'order-pickup', step: 'code', mark: 1 },
  ]);
});

test('the spotlit control works during the tour: typing and going on ends the step’s marks', async ({ kioskPage: page, kiosk }) => {
  await startSession(page, 'en');
  await openFlow(page, 'en', /Collect an order/);
  await offer(page).getByRole('button', { name: t('tutorial.offer.show', { seconds: 20 }) }).click();
  await expect(tip(page)).toBeVisible();
  // Touches land on the real screen, dimmed or not: the keyboard and Continue take them.
  for (const key of 'K7M2QX') await page.getByRole('button', { name: key, exact: true }).click();
  await expect(page.getByLabel('Order code')).toHaveValue('K7M2QX');
  await continueStep(page, 'en');
  // The review's mark takes focus from its heading once it shows (expectStep would race it).
  await expect(page.locator('[data-screen="flow-review"][data-step="review"]')).toBeVisible();
  await expect(tip(page)).toHaveAccessibleDescription(pickupMarks.review[0] ?? '');
  await expect(tip(page).getByRole('button', { name: t('tutorial.done') })).toBeFocused();
  await expect.poll(() => tutorialEvents(kiosk).slice(2, 4)).toEqual([
    { type: 'tutorial.skipped', flowId: 'order-pickup', step: 'code', mark: 0 },
    { type: 'tutorial.started', flowId: 'order-pickup', step: 'review' },
  ]);
});

test('the whole tutorial works from the keyboard alone: Tab, Enter and Esc', async ({ kioskPage: page, kiosk }) => {
  await startSession(page, 'en');
  await openFlow(page, 'en', /Collect an order/);
  await expectStep(page, 'scan', 'code');
  await page.keyboard.press('Tab');
  const show = offer(page).getByRole('button', { name: t('tutorial.offer.show', { seconds: 20 }) });
  await expect(show).toBeFocused();
  await page.keyboard.press('Enter');

  const next = tip(page).getByRole('button', { name: t('tutorial.next') });
  await expect(next).toBeFocused();
  // Tab stays within the tip: Next, then round to Skip, and back to Next.
  await page.keyboard.press('Tab');
  await expect(tip(page).getByRole('button', { name: t('tutorial.skip') })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(next).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(tip(page)).toHaveAccessibleName(t('tutorial.count', { current: 2, total: 3 }));
  await expect(next).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(tip(page).getByRole('button', { name: t('tutorial.back') })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(tip(page)).toHaveAccessibleName(t('tutorial.count', { current: 1, total: 3 }));
  await page.keyboard.press('Escape');
  await expect(tip(page)).toBeHidden();
  await expect(page.locator('[data-screen="flow-scan"] h1')).toBeFocused();

  await kiosk.usageEventsAfter('tutorial.skipped');
  expect(tutorialEvents(kiosk).at(-1)).toEqual({ type: 'tutorial.skipped', flowId: 'order-pickup', step: 'code', mark: 0 });
});

test('a customer who declined can still ask: "How does this work?" starts the step’s tour at once', async ({ kioskPage: page, kiosk }) => {
  await startSession(page, 'en');
  await openFlow(page, 'en', /Collect an order/);
  await offer(page).getByRole('button', { name: t('tutorial.offer.decline') }).click();
  await expect(offer(page)).toBeHidden();
  const ask = page.getByRole('button', { name: t('tutorial.ask') });
  await ask.focus();
  await page.keyboard.press('Enter');
  await expect(tip(page)).toHaveAccessibleName(t('tutorial.count', { current: 1, total: 3 }));
  await expect(ask).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(tip(page)).toBeHidden();
  await expect(ask).toBeVisible();

  await kiosk.usageEventsAfter('tutorial.skipped');
  expect(tutorialEvents(kiosk)).toEqual([
    { type: 'tutorial.offered', flowId: 'order-pickup', step: 'code', trigger: 'firstUse' },
    { type: 'tutorial.offered', flowId: 'order-pickup', step: 'code', trigger: 'asked' },
    { type: 'tutorial.started', flowId: 'order-pickup', step: 'code' },
    { type: 'tutorial.skipped', flowId: 'order-pickup', step: 'code', mark: 0 },
  ]);
  await checkScreen(page, 'tutorial-ask');
});
