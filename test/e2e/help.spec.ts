// "Need help? Prefer a person" is on every screen and is never a dead end; it promises a person
// only when a staff console heard the call (none listens here), else sends the customer to the counter.
import { test, expect } from './support/kiosk.ts';
import { checkScreen, expectScreen, textsOf } from './support/screens.ts';
import { openFlow } from './support/walk.ts';

test('asks for a person from the middle of a flow, sends the customer to the counter with their number, then lets them carry on', async ({ kioskPage: page, kiosk }) => {
  const t = textsOf('en');
  await expect(page.getByRole('button', { name: new RegExp(textsOf('es')('help.button')) })).toBeVisible();
  await page.getByRole('button', { name: textsOf('es')('attract.start') }).click();
  await expect(page.getByRole('button', { name: new RegExp(textsOf('es')('help.button')) })).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await openFlow(page, 'en', /Collect an order/);
  await page.getByLabel('Order code').fill('K7M2');

  await page.getByRole('button', { name: new RegExp(t('help.button')) }).click();
  const dialog = page.getByRole('dialog', { name: t('help.notTold.title') });
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAccessibleDescription(t('help.notTold.text', { number: 'A001' }));
  await expect(dialog).not.toContainText(t('help.called.text'));
  await expect(dialog).toContainText(t('help.ticket', { service: 'Customer service' }));
  await expect(dialog).toContainText('A001');
  await checkScreen(page, 'help-called');
  await dialog.getByRole('button', { name: t('help.close') }).click();

  await expectScreen(page, 'flow-scan');
  await expect(page.getByLabel('Order code')).toHaveValue('K7M2');
  const help = (await kiosk.usageEventsAfter('help.requested')).filter((event) => event.type === 'help.requested');
  expect(help.map((event) => event.payload)).toEqual([{ type: 'help.requested', screen: 'flow', reason: 'preferPerson' }]);
  expect(help[0]?.sessionId).not.toBeNull();
  const tickets = kiosk.usageEvents().filter((event) => event.type === 'ticket.issued').map((event) => event.payload);
  expect(tickets).toEqual([
    { type: 'ticket.issued', queueService: 'customer-service', kind: 'help', priority: null, predicted: expect.objectContaining({ kind: expect.any(String) }) },
  ]);
});
