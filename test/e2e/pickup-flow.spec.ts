// A customer collects an order from attract to thank-you, in each language; the usage log
// afterwards tells the story without a single order code in it.
import { test, expect } from './support/kiosk.ts';
import { checkScreen, expectFocusOnHeading, expectScreen, textsOf } from './support/screens.ts';

for (const language of ['es', 'en'] as const) {
  test(`collects an order from start to finish in ${language}`, async ({ kioskPage: page, kiosk }) => {
    const t = textsOf(language);
    const screenshots = language === 'en';

    await expectScreen(page, 'attract');
    if (screenshots) await checkScreen(page, 'attract');
    await page.getByRole('button', { name: textsOf('es')('attract.start') }).click();

    await expectScreen(page, 'language');
    await expectFocusOnHeading(page, 'language');
    if (screenshots) await checkScreen(page, 'language');
    await page.getByRole('button', { name: language === 'es' ? 'Español' : 'English' }).click();

    await expectScreen(page, 'home');
    await expectFocusOnHeading(page, 'home');
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    if (screenshots) await checkScreen(page, 'home');
    await page.getByRole('button', { name: new RegExp(language === 'es' ? 'Recoger un pedido' : 'Collect an order') }).click();

    await expectScreen(page, 'flow-enter-code');
    await expectFocusOnHeading(page, 'flow-enter-code');
    const keyboard = page.getByRole('group', { name: t('pickup.keyboard.label') });
    for (const key of 'K7M2QX') await keyboard.getByRole('button', { name: key, exact: true }).click();
    await expect(page.getByLabel(t('pickup.enterCode.label'))).toHaveValue('K7M2QX');
    if (screenshots) await checkScreen(page, 'flow-enter-code');
    await page.getByRole('button', { name: t('pickup.enterCode.submit') }).click();

    await expectScreen(page, 'flow-review');
    await expectFocusOnHeading(page, 'flow-review');
    await expect(page.getByText(t('pickup.review.itemCount_other', { count: 2 }))).toBeVisible();
    await expect(page.getByText(language === 'es' ? 'Taquilla 4, junto a la entrada' : 'Locker 4, by the entrance')).toBeVisible();
    if (screenshots) await checkScreen(page, 'flow-review');
    await page.getByRole('button', { name: t('pickup.review.confirm') }).click();

    await expectScreen(page, 'flow-done');
    await expect(page.getByText(language === 'es' ? 'Taquilla 4, junto a la entrada' : 'Locker 4, by the entrance')).toBeVisible();
    if (screenshots) await checkScreen(page, 'flow-done');
    await page.getByRole('button', { name: t('pickup.done.finish') }).click();

    await expectScreen(page, 'thanks');
    if (screenshots) await checkScreen(page, 'thanks');
    await page.getByRole('button', { name: t('thanks.finish') }).click();
    await expectScreen(page, 'attract');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');

    const events = await kiosk.usageEventsAfter('session.ended');
    const sessionEvents = events.filter((event) => event.sessionId !== null);
    const sessionId = sessionEvents[0]?.sessionId;
    expect(sessionEvents.every((event) => event.sessionId === sessionId)).toBe(true);
    expect(sessionEvents[0]?.payload).toEqual({ type: 'session.started', language });
    expect(sessionEvents.at(-1)?.payload).toMatchObject({ type: 'session.ended', reason: 'completed' });
    const types = sessionEvents.map((event) => event.type);
    expect(types).toEqual(expect.arrayContaining(['language.chosen', 'screen.viewed', 'flow.started', 'flow.step', 'order.collected', 'flow.completed']));
    const steps = sessionEvents.filter((event) => event.type === 'flow.step').map((event) => event.payload.step);
    expect(steps).toEqual(['enterCode', 'review', 'done']);
    const screens = sessionEvents.filter((event) => event.type === 'screen.viewed').map((event) => event.payload.screen);
    expect(screens).toEqual(expect.arrayContaining(['home', 'flow', 'thanks']));
    expect(JSON.stringify(events)).not.toMatch(/K7M2QX/i);
  });
}

test('explains a code that is not found and lets the customer try again', async ({ kioskPage: page, kiosk }) => {
  const t = textsOf('en');
  await page.getByRole('button', { name: textsOf('es')('attract.start') }).click();
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: /Collect an order/ }).click();
  const code = page.getByLabel(t('pickup.enterCode.label'));
  await code.fill('ZZZ999');
  await page.getByRole('button', { name: t('pickup.enterCode.submit') }).click();
  await expect(page.getByRole('alert')).toContainText(t('errors.order.notFound'));
  await checkScreen(page, 'flow-enter-code-not-found');
  await code.fill('B4T9LP');
  await page.getByRole('button', { name: t('pickup.enterCode.submit') }).click();
  await expectScreen(page, 'flow-review');
  const failures = (await kiosk.usageEventsAfter('order.lookupFailed')).filter((event) => event.type === 'order.lookupFailed');
  expect(failures.map((event) => event.payload)).toEqual([{ type: 'order.lookupFailed', flowId: 'order-pickup', reason: 'notFound' }]);
});

test('refuses a code of the wrong shape before asking the host', async ({ kioskPage: page, kiosk }) => {
  const t = textsOf('en');
  await page.getByRole('button', { name: textsOf('es')('attract.start') }).click();
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: /Collect an order/ }).click();
  await page.getByLabel(t('pickup.enterCode.label')).fill('AB');
  await page.getByRole('button', { name: t('pickup.enterCode.submit') }).click();
  await expect(page.getByRole('alert')).toContainText(t('pickup.enterCode.invalid', { example: 'K7M2QX' }));
  expect(kiosk.usageEvents().some((event) => event.type === 'order.lookupFailed')).toBe(false);
});
