// The waiting board on a second display: the store and what the kiosk offers, in turn in each
// of the store's languages, with nothing personal on it; followed live, and caught up when its
// connection to the host comes back.
import type { WebSocketRoute } from '@playwright/test';
import { browserTransport } from '../../shared/host-api/browser-transport.ts';
import { openBoard } from './support/board.ts';
import { test, expect } from './support/kiosk.ts';
import { heard, recordSpeech } from './support/speech.ts';
import { checkScreen, expectScreen, textsOf } from './support/screens.ts';

test('shows the store and rotates through its languages', async ({ page, kiosk }) => {
  await page.clock.install();
  await page.goto(await kiosk.address('board'));
  await expectScreen(page, 'board');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(textsOf('es')('board.title'));
  await expect(page.locator('[data-screen="board"]')).toContainText('Atiende Demo — Centro');
  await checkScreen(page, 'board');
  await page.clock.runFor(8_500);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(textsOf('en')('board.title'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('follows the queue live: a staff call chimes, is highlighted and is spoken in every store language', async ({ page, kiosk }) => {
  // The test's Chromium has no voices, as many Linux displays: the host's espeak-ng says the call,
  // each sentence heard through the page's speech hook as it starts.
  await recordSpeech(page);
  await openBoard(page, kiosk);
  const first = await kiosk.call('queue.takeTicket', { service: 'customer-service' });
  await kiosk.call('queue.takeTicket', { service: 'customer-service' });
  await kiosk.call('queue.postDelay', { service: 'customer-service', reason: { es: 'Sistema de pagos lento', en: 'Slow payment system' } });
  const next = page.locator('.board__service', { hasText: 'Atención al cliente' });
  await expect(next).toContainText(`${first.ticket.number}  A002`);
  await expect(page.getByText('Sistema de pagos lento')).toBeVisible();

  await kiosk.call('queue.callNext', { counter: 'desk-2' });
  const banner = page.getByRole('status');
  await expect(banner).toContainText('A001');
  await expect(banner).toContainText(textsOf('es')('board.counter', { label: '2' }));
  await expect(page.locator('.board__counter--called')).toContainText('A001');
  await expect(next).not.toContainText('A001');
  await checkScreen(page, 'board-call');
  await expect
    .poll(async () => (await heard(page)).map(({ text, language, engine }) => ({ text, lang: `${language} ${engine}` })), { timeout: 30_000 })
    .toEqual([
      { text: 'Turno A 1, mostrador 2', lang: 'es espeak-ng' },
      { text: 'Ticket A 1, counter 2', lang: 'en espeak-ng' },
      { text: 'التذكرة A 1، الشباك 2', lang: 'ar espeak-ng' },
      { text: 'Ticket A 1, guichet 2', lang: 'fr espeak-ng' },
    ]);
  const events = kiosk.usageEvents().map((event) => event.payload);
  expect(events).toContainEqual(expect.objectContaining({ type: 'ticket.called', queueService: 'customer-service', counter: 'desk-2' }));
  expect(JSON.stringify(events)).not.toMatch(/pagos lento/);
});

test('says it is not up to date while its connection is down, and catches up when it is back', async ({ page, kiosk }) => {
  // The event socket goes through the test: passed to the host while it is up; refused (closed at
  // once, never opened) while it is down, as a restarting host does.
  let down = false;
  const served: WebSocketRoute[] = [];
  await page.routeWebSocket(
    (url) => url.pathname === browserTransport.eventsPath,
    (socket) => {
      if (down) return void socket.close({ code: 1013, reason: 'down' });
      socket.connectToServer();
      served.push(socket);
    },
  );
  await openBoard(page, kiosk);
  const board = page.locator('[data-screen="board"]');
  const offline = page.getByText(textsOf('es')('board.offline'));
  await expect(offline).toBeHidden();
  const next = page.locator('.board__service', { hasText: 'Atención al cliente' });

  down = true;
  await served[0]?.close();
  await expect(offline).toBeVisible();
  await expect(board).not.toHaveAttribute('data-live');
  await checkScreen(page, 'board-offline');
  // A ticket taken while the board cannot hear: the update pushed for it is lost to the board...
  const taken = await kiosk.call('queue.takeTicket', { service: 'customer-service' });
  await expect(board).not.toHaveAttribute('data-live');
  await expect(next).not.toContainText(taken.ticket.number);

  // ...and read when it is back (its tries back off to 10 s apart).
  down = false;
  await expect(board).toHaveAttribute('data-live', '', { timeout: 20_000 });
  await expect(offline).toBeHidden();
  await expect(next).toContainText(taken.ticket.number);
  expect(served).toHaveLength(2);
  // Live again: a call is shown as it is made.
  await kiosk.call('queue.callNext', { counter: 'desk-1' });
  await expect(page.locator('.board__counter--called')).toContainText(taken.ticket.number);
});
