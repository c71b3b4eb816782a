// After a completed flow: a one-touch rating and one service-quality question, both skippable.
import { test, expect } from './support/kiosk.ts';
import { checkScreen, expectScreen, textsOf } from './support/screens.ts';
import { expectStep, openFlow, startSession } from './support/walk.ts';
import type { Page } from '@playwright/test';

const t = textsOf('en');

async function takeATicket(page: Page): Promise<void> {
  await startSession(page, 'en');
  await openFlow(page, 'en', /Talk to a person/);
  await page.getByRole('button', { name: /Customer service/ }).click();
  await expectStep(page, 'info', 'ticket');
  await page.getByRole('button', { name: t('flow.done'), exact: true }).click();
  await expectScreen(page, 'thanks');
}

test('takes a rating and a quality-dimension answer in one touch each', async ({ kioskPage: page, kiosk }) => {
  await takeATicket(page);
  const overall = page.getByRole('group', { name: t('feedback.overall') });
  await expect(overall).toBeVisible();
  await checkScreen(page, 'feedback');
  await overall.getByRole('button', { name: /Good$/ }).first().click();
  const dimensions = ['reliability', 'responsiveness', 'assurance', 'empathy', 'tangibles'];
  const second = page.getByRole('group', { name: new RegExp(dimensions.map((dimension) => t(`feedback.dimensions.${dimension}`).replace('?', '\\?')).join('|')) });
  await expect(second).toBeVisible();
  await second.getByRole('button', { name: /Completely/ }).click();
  await expect(page.getByText(/This screen will close in/)).toBeVisible();

  const events = await kiosk.usageEventsAfter('feedback.dimensionRated');
  expect(events.find((event) => event.type === 'feedback.rated')?.payload).toEqual({ type: 'feedback.rated', flowId: 'see-staff', rating: 4, pilot: false });
  expect(events.find((event) => event.type === 'feedback.dimensionRated')?.payload).toMatchObject({ flowId: 'see-staff', rating: 5 });
});

test('lets the customer skip feedback in one touch', async ({ kioskPage: page, kiosk }) => {
  await takeATicket(page);
  await page.getByRole('button', { name: t('feedback.skip'), exact: true }).click();
  await expect(page.getByRole('group', { name: t('feedback.overall') })).toHaveCount(0);
  const skipped = (await kiosk.usageEventsAfter('feedback.skipped')).filter((event) => event.type === 'feedback.skipped');
  expect(skipped.map((event) => event.payload)).toEqual([{ type: 'feedback.skipped', flowId: 'see-staff' }]);
});
