// "Need help? Prefer a person" is on every screen and is never a dead end.
import { test, expect } from './support/kiosk.ts';
import { checkScreen, expectScreen, textsOf } from './support/screens.ts';

test('calls a person from the middle of a flow, then lets the customer carry on', async ({ kioskPage: page, kiosk }) => {
  const t = textsOf('en');
  await expect(page.getByRole('button', { name: new RegExp(textsOf('es')('help.button')) })).toBeVisible();
  await page.getByRole('button', { name: textsOf('es')('attract.start') }).click();
  await expect(page.getByRole('button', { name: new RegExp(textsOf('es')('help.button')) })).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: /Collect an order/ }).click();
  await page.getByLabel(t('pickup.enterCode.label')).fill('K7M2');

  await page.getByRole('button', { name: new RegExp(t('help.button')) }).click();
  const dialog = page.getByRole('dialog', { name: t('help.called.title') });
  await expect(dialog).toBeVisible();
  await checkScreen(page, 'help-called');
  await dialog.getByRole('button', { name: t('help.close') }).click();

  await expectScreen(page, 'flow-enter-code');
  await expect(page.getByLabel(t('pickup.enterCode.label'))).toHaveValue('K7M2');
  const help = (await kiosk.usageEventsAfter('help.requested')).filter((event) => event.type === 'help.requested');
  expect(help.map((event) => event.payload)).toEqual([{ type: 'help.requested', screen: 'flow' }]);
  expect(help[0]?.sessionId).not.toBeNull();
});
