// A customer collects an order from attract to thank-you, in each language; the usage log
// afterwards tells the story without a single order code in it.
import { test, expect } from './support/kiosk.ts';
import { checkScreen, expectFocusOnHeading, expectScreen, textsOf } from './support/screens.ts';
import { continueStep, expectStep, openFlow, startSession, tapKeys } from './support/walk.ts';

for (const language of ['es', 'en'] as const) {
  test(`collects an order from start to finish in ${language}`, async ({ kioskPage: page, kiosk }) => {
    const t = textsOf(language);
    const shots = language === 'en';
    const locker = language === 'es' ? 'Taquilla 4, junto a la entrada' : 'Locker 4, by the entrance';

    await expectScreen(page, 'attract');
    if (shots) await checkScreen(page, 'attract');
    await page.getByRole('button', { name: textsOf('es')('attract.start') }).click();
    await expectFocusOnHeading(page, 'language');
    if (shots) await checkScreen(page, 'language');
    await page.getByRole('button', { name: language === 'es' ? 'Español' : 'English' }).click();

    await expectFocusOnHeading(page, 'home');
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    if (shots) await checkScreen(page, 'home');
    await page.getByRole('button', { name: new RegExp(language === 'es' ? 'Recoger un pedido' : 'Collect an order') }).click();
    await expectFocusOnHeading(page, 'benefit');
    if (shots) await checkScreen(page, 'benefit');
    await page.getByRole('button', { name: t('benefit.start'), exact: true }).click();

    await expectStep(page, 'scan', 'code');
    await tapKeys(page, language, 'K7M2QX');
    await expect(page.getByLabel(language === 'es' ? 'Código del pedido' : 'Order code')).toHaveValue('K7M2QX');
    if (shots) await checkScreen(page, 'flow-scan');
    await continueStep(page, language);

    await expectStep(page, 'review', 'review');
    await expect(page.getByText(t('facts.itemCountValue_other', { count: 2 }))).toBeVisible();
    await expect(page.getByText(locker)).toBeVisible();
    if (shots) await checkScreen(page, 'flow-review');
    await page.getByRole('button', { name: language === 'es' ? 'Sí, recoger mi pedido' : 'Yes, collect my order' }).click();

    await expectStep(page, 'info', 'done');
    await expect(page.getByText(locker)).toBeVisible();
    if (shots) await checkScreen(page, 'flow-info');
    await page.getByRole('button', { name: t('flow.done'), exact: true }).click();

    await expectScreen(page, 'thanks');
    if (shots) await checkScreen(page, 'thanks');
    await page.getByRole('button', { name: t('thanks.finish') }).click();
    await expectScreen(page, 'attract');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');

    const events = await kiosk.usageEventsAfter('session.ended');
    const sessionEvents = events.filter((event) => event.sessionId !== null);
    const sessionId = sessionEvents[0]?.sessionId;
    expect(sessionEvents.every((event) => event.sessionId === sessionId)).toBe(true);
    expect(sessionEvents[0]?.payload).toMatchObject({ type: 'session.started', language });
    expect(sessionEvents.at(-1)?.payload).toMatchObject({ type: 'session.ended', reason: 'completed' });
    const types = sessionEvents.map((event) => event.type);
    expect(types).toEqual(expect.arrayContaining(['language.chosen', 'benefit.viewed', 'flow.started', 'flow.step', 'action.completed', 'flow.completed']));
    const steps = sessionEvents.filter((event) => event.type === 'flow.step').map((event) => event.payload.step);
    expect(steps).toEqual(['code', 'review', 'done']);
    expect(sessionEvents.find((event) => event.type === 'flow.completed')?.payload).toMatchObject({ flowId: 'order-pickup', practice: false, pilot: false });
    expect(JSON.stringify(events)).not.toMatch(/K7M2QX/i);
  });
}

test('explains a code that is not found and lets the customer try again', async ({ kioskPage: page, kiosk }) => {
  const t = textsOf('en');
  await startSession(page, 'en');
  await openFlow(page, 'en', /Collect an order/);
  const code = page.getByLabel('Order code');
  await code.fill('ZZZ999');
  await continueStep(page, 'en');
  await expect(page.getByRole('alert')).toContainText(t('errors.order.notFound'));
  await checkScreen(page, 'flow-scan-not-found');
  await code.fill('B4T9LP');
  await continueStep(page, 'en');
  await expectStep(page, 'review', 'review');
  const failures = (await kiosk.usageEventsAfter('action.failed')).filter((event) => event.type === 'action.failed');
  expect(failures.map((event) => event.payload)).toEqual([{ type: 'action.failed', flowId: 'order-pickup', action: 'order.find', code: 'order.notFound' }]);
});

test('refuses a code of the wrong shape before asking the host', async ({ kioskPage: page, kiosk }) => {
  const t = textsOf('en');
  await startSession(page, 'en');
  await openFlow(page, 'en', /Collect an order/);
  await page.getByLabel('Order code').fill('AB');
  await continueStep(page, 'en');
  await expect(page.getByRole('alert')).toContainText(t('flow.problems.tooShort'));
  expect(kiosk.usageEvents().some((event) => event.type === 'action.failed')).toBe(false);
});

test.describe('with a pattern that backtracks without end', () => {
  // ^([A-Z]+)+$ against 40 letters and a digit: 2^40 ways to split the letters, minutes of work for
  // V8's backtracking engine, with the page frozen meanwhile. The shells run V8 with its linear
  // engine as the fallback (shared/flows/pattern-engine.ts), so the customer is answered at once.
  test.use({
    storeConfig: {
      rewrite: (config) => ({
        ...config,
        flows: (config.flows as Array<{ id: string; steps: Array<Record<string, unknown>> }>).map((flow) =>
          flow.id !== 'order-pickup'
            ? flow
            : { ...flow, steps: flow.steps.map((step) => (step.id === 'code' ? { ...step, rules: { normalize: 'upperAlphanumeric', pattern: '^([A-Z]+)+$', minLength: 1, maxLength: 64 } } : step)) },
        ),
      }),
    },
  });

  test('tells the customer the code looks wrong, at once, and the kiosk goes on to the next code', async ({ kioskPage: page }) => {
    const t = textsOf('en');
    await startSession(page, 'en');
    await openFlow(page, 'en', /Collect an order/);
    await page.getByLabel('Order code').fill(`${'A'.repeat(40)}7`);
    await continueStep(page, 'en');
    await expect(page.getByRole('alert')).toContainText(t('flow.problems.pattern', { example: 'K7M2QX' }));
    // A code the pattern takes goes on to the host, which knows no such order.
    await page.getByLabel('Order code').fill('ABCDEF');
    await continueStep(page, 'en');
    await expect(page.getByRole('alert')).toContainText(t('errors.order.notFound'));
  });
});
