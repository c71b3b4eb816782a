// Waiting for a person: a ticket gives a waiting screen at once (number, place, wait as a range,
// what the service gives, the order of service), followed live as staff call; the board on the
// second display follows the same queue; a printer that fails never costs a customer their number.
import { test, expect } from './support/kiosk.ts';
import { checkScreen, textsOf } from './support/screens.ts';
import { expectStep, openFlow, startSession } from './support/walk.ts';

const t = textsOf('en');

test('takes a ticket, then follows it live on the waiting screen and the board as staff call it', async ({ kioskPage: page, kiosk, browser }) => {
  const board = await browser.newPage();
  await board.goto(await kiosk.address('board'));
  await startSession(page, 'en');
  await openFlow(page, 'en', /Talk to a person/);
  await page.getByRole('button', { name: /Product advice/ }).click();
  await expectStep(page, 'info', 'ticket');

  const waiting = page.locator('.waiting');
  await expect(waiting).toContainText('B001');
  await expect(waiting).toContainText('You are next in line.');
  await expect(waiting).toContainText(t('waiting.estimate'));
  await expect(waiting).toContainText('A specialist helps you choose what suits you');
  await expect(waiting).toContainText(t('board.orderRule'));
  await expect(board.locator('.board__service', { hasText: 'Asesoramiento de producto' })).toContainText('B001');
  await checkScreen(page, 'waiting');

  // A delay staff post reaches the customer at once.
  await kiosk.call('queue.postDelay', { service: 'product-advice', reason: { en: 'Our specialist is with a long appointment', es: 'Nuestro especialista está en una cita larga' } });
  await expect(waiting).toContainText('Our specialist is with a long appointment');

  await kiosk.call('queue.callNext', { counter: 'desk-1' });
  await expect(page.getByRole('status').filter({ hasText: t('waiting.called', { counter: '1' }) })).toBeVisible();
  await expect(board.locator('.board__counter--called')).toContainText('B001');
  await checkScreen(page, 'waiting-called');
  await board.close();
});

test('reads right to left in Arabic, the ticket number still left to right', async ({ kioskPage: page }) => {
  const arabic = textsOf('ar');
  await page.getByRole('button', { name: textsOf('es')('attract.start') }).click();
  await page.getByRole('button', { name: 'العربية' }).click();
  await openFlow(page, 'ar', /^التحدث إلى موظف/);
  await page.getByRole('button', { name: /استشارات المنتجات/ }).click();
  await expectStep(page, 'info', 'ticket');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('.waiting__number')).toHaveAttribute('dir', 'ltr');
  await expect(page.locator('.waiting')).toContainText(arabic('waiting.estimate'));
  await checkScreen(page, 'ar-waiting');
});

test.describe('with a printer that does not answer', () => {
  // Nothing listens on port 9 (discard): the kiosk finds the printer offline.
  test.use({
    storeConfig: {
      rewrite: (config) => ({
        ...config,
        printer: { kind: 'network', host: '127.0.0.1', port: 9, timeoutMs: 500, followUrlTemplate: 'https://turnos.example.com/{store}/{ticket}' },
      }),
    },
  });

  test('shows the ticket and its QR code on screen instead, and alerts staff', async ({ kioskPage: page, kiosk }) => {
    const staff = await kiosk.listen();
    await startSession(page, 'en');
    await openFlow(page, 'en', /Talk to a person/);
    await page.getByRole('button', { name: /Customer service/ }).click();
    await expectStep(page, 'info', 'ticket');
    await expect(page.getByRole('alert')).toHaveText(t('waiting.printFailed'));
    await expect(page.locator('.waiting__number')).toHaveText('A001');
    await expect(page.getByRole('img', { name: t('waiting.follow', { number: 'A001' }) })).toBeVisible();
    await checkScreen(page, 'waiting-print-failed');

    await expect
      .poll(() => staff.events.find((envelope) => envelope.event === 'staff.alert')?.payload)
      .toMatchObject({ kind: 'printer', problem: { code: 'printer.offline' }, ticketNumber: 'A001' });
    expect(kiosk.usageEvents().map((event) => event.payload)).toContainEqual({ type: 'printer.failed', code: 'printer.offline' });
    staff.close();
  });
});
