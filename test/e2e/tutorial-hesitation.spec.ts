// A customer who hesitates is offered help, never pushed: after a quiet spell without progress
// on a step, or two "back"s in a row, the step's tutorial (or a person) is offered once.
import type { Page } from '@playwright/test';
import { test, expect } from './support/kiosk.ts';
import { checkScreen, textsOf } from './support/screens.ts';
import { firstUseOffer as offer, hesitationOffer, spotlightSettles, tip, tutorialEvents } from './support/tutorial.ts';
import { continueStep, expectStep, openFlow, startSession } from './support/walk.ts';

const t = textsOf('en');

test('two backs in a row offer the tutorial of the step the customer is back on', async ({ kioskPage: page, kiosk }) => {
  await startSession(page, 'en');
  await openFlow(page, 'en', /Return a product/);
  await expectStep(page, 'scan', 'order');
  await offer(page).getByRole('button', { name: t('tutorial.offer.decline') }).click();
  await expect(offer(page)).toBeHidden();
  await page.getByLabel('Order code').fill('B4T9LP');
  await continueStep(page, 'en');
  await expectStep(page, 'choose', 'reason');
  await page.getByRole('button', { name: 'I changed my mind' }).click();
  await expectStep(page, 'review', 'review');

  const back = page.getByRole('contentinfo').getByRole('button', { name: t('flow.back'), exact: true });
  await back.click();
  await expectStep(page, 'choose', 'reason');
  await expect(hesitationOffer(page)).toBeHidden();
  await back.click();
  await expectStep(page, 'scan', 'order');
  const again = hesitationOffer(page);
  await expect(again).toBeVisible();
  await again.getByRole('button', { name: t('tutorial.offer.show', { seconds: 5 }) }).click();
  await expect(tip(page)).toHaveAccessibleDescription('Scan or type the code of the order you want to return.');
  await tip(page).getByRole('button', { name: t('tutorial.done') }).click();

  await kiosk.usageEventsAfter('tutorial.finished');
  expect(tutorialEvents(kiosk)).toEqual([
    { type: 'tutorial.offered', flowId: 'product-return', step: 'order', trigger: 'firstUse' },
    { type: 'hesitation.detected', flowId: 'product-return', step: 'order', cause: 'backs' },
    { type: 'tutorial.offered', flowId: 'product-return', step: 'order', trigger: 'backs' },
    { type: 'tutorial.started', flowId: 'product-return', step: 'order' },
    { type: 'tutorial.finished', flowId: 'product-return', step: 'order' },
  ]);
});

test.describe('without progress', () => {
  /**
   * Pauses the page's clock just after its own now (its fake time runs ahead of the test's); a
   * second ahead, since a busy page can pass a closer mark before the pause arrives.
   */
  async function holdTheClock(page: Page): Promise<void> {
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
  }

  /** axe-core needs the page's timers: let the clock run for the check, then hold it again. */
  async function checkWhileTheClockRuns(page: Page, name: string): Promise<void> {
    await page.clock.resume();
    await checkScreen(page, name, spotlightSettles);
    await holdTheClock(page);
  }

  test('a customer who stays on a step without progress is offered its tutorial again', async ({ page, kiosk }) => {
    await page.clock.install();
    await page.goto(await kiosk.address());
    await startSession(page, 'en');
    await openFlow(page, 'en', /Collect an order/);
    await expectStep(page, 'scan', 'code');
    await offer(page).getByRole('button', { name: t('tutorial.offer.decline') }).click();
    await expect(offer(page)).toBeHidden();

    await holdTheClock(page);
    const again = hesitationOffer(page);
    await page.clock.runFor(22_000);
    await expect(again).toBeHidden();
    await page.clock.runFor(4_000);
    await expect(again).toBeVisible();
    await expect(again.getByRole('button', { name: t('tutorial.offer.show', { seconds: 15 }) })).toBeVisible();
    await checkWhileTheClockRuns(page, 'tutorial-hesitation');

    // Declined once on this step, it is not offered again however long the customer takes.
    await again.getByRole('button', { name: t('tutorial.offer.decline') }).click();
    await page.clock.runFor(30_000);
    await expect(again).toBeHidden();

    await expect.poll(() => tutorialEvents(kiosk)).toEqual([
      { type: 'tutorial.offered', flowId: 'order-pickup', step: 'code', trigger: 'firstUse' },
      { type: 'hesitation.detected', flowId: 'order-pickup', step: 'code', cause: 'noProgress' },
      { type: 'tutorial.offered', flowId: 'order-pickup', step: 'code', trigger: 'hesitation' },
    ]);
  });

  test('typing is progress: the quiet spell starts over with each key', async ({ page, kiosk }) => {
    await page.clock.install();
    await page.goto(await kiosk.address());
    await startSession(page, 'en');
    await openFlow(page, 'en', /Collect an order/);
    await offer(page).getByRole('button', { name: t('tutorial.offer.decline') }).click();
    await holdTheClock(page);
    const again = hesitationOffer(page);
    for (const key of 'K7M') {
      await page.clock.runFor(15_000);
      await page.getByRole('button', { name: key, exact: true }).click();
    }
    await expect(again).toBeHidden();
    expect(kiosk.usageEvents().some((event) => event.type === 'hesitation.detected')).toBe(false);
  });

  test('on a step without marks, hesitation points at "prefer a person"', async ({ page, kiosk }) => {
    await page.clock.install();
    await page.goto(await kiosk.address());
    await startSession(page, 'en');
    await openFlow(page, 'en', /Talk to a person/);
    await expectStep(page, 'choose', 'service');
    await holdTheClock(page);
    await page.clock.runFor(26_000);
    const person = page.getByRole('group', { name: t('tutorial.offer.person') });
    await expect(person).toBeVisible();
    await person.getByRole('button', { name: t('tutorial.offer.showPerson') }).click();
    await page.clock.runFor(500);
    await expect(tip(page)).toHaveAccessibleDescription(t('tutorial.personMark'));
    await checkWhileTheClockRuns(page, 'tutorial-person');
    // The mark's own target asks for a person: the tour gives way to the dialog, its job done.
    await page.getByRole('button', { name: new RegExp(t('help.button').replace('?', '\\?')) }).click();
    // No staff console listens in these tests: the dialog sends the customer to the counter.
    await expect(page.getByRole('dialog', { name: t('help.notTold.title') })).toBeVisible();
    await expect(tip(page)).toBeHidden();

    await kiosk.usageEventsAfter('tutorial.finished');
    expect(tutorialEvents(kiosk)).toEqual([
      { type: 'hesitation.detected', flowId: 'see-staff', step: 'service', cause: 'noProgress' },
      { type: 'tutorial.offered', flowId: 'see-staff', step: 'service', trigger: 'hesitation' },
      { type: 'tutorial.started', flowId: 'see-staff', step: 'service' },
      { type: 'tutorial.finished', flowId: 'see-staff', step: 'service' },
    ]);
  });
});

test.describe('with the store’s own quiet spell', () => {
  test.use({ storeConfig: { rewrite: (config) => ({ ...config, tutorials: { hesitationSeconds: 10 } }) } });

  test('offers help after the configured seconds', async ({ page, kiosk }) => {
    await page.clock.install();
    await page.goto(await kiosk.address());
    await startSession(page, 'en');
    await openFlow(page, 'en', /Collect an order/);
    await offer(page).getByRole('button', { name: t('tutorial.offer.decline') }).click();
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
    await page.clock.runFor(7_000);
    await expect(hesitationOffer(page)).toBeHidden();
    await page.clock.runFor(4_000);
    await expect(hesitationOffer(page)).toBeVisible();
    await expect.poll(() => tutorialEvents(kiosk).at(1)).toEqual({ type: 'hesitation.detected', flowId: 'order-pickup', step: 'code', cause: 'noProgress' });
  });
});
