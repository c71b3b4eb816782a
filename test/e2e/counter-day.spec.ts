// A branch's day, end to end: a customer takes a ticket at the kiosk while a member of staff signs
// in on the counter console over HTTPS (a certificate made for the test) and works the queue with
// one key per action; the kiosk's waiting screen and the waiting board on a TV of the store network
// (opened with the board key) follow each action within two seconds, without a reload. A help request at the kiosk chimes on every console and goes from all
// of them when one acknowledges it, and the kiosk tells the customer the truth about it.
import type { Page } from '@playwright/test';
import { test, expect } from './support/kiosk.ts';
import { alertItems, consoleSizes, openConsole, pickCounter, pressShortcut, servingPanel, signInWithPin, waitingRows } from './support/console.ts';
import { textsOf } from './support/screens.ts';
import { ana, boardKey, marta } from './support/staff-store.ts';
import { expectStep, openFlow, startSession } from './support/walk.ts';

const en = textsOf('en');
/** The board turns through the store's languages every few seconds: a text it shows in any of them. */
const onBoard = (key: string) => new RegExp(['es', 'en', 'ar', 'fr'].map((language) => textsOf(language)(key)).join('|'));
/** What the issue asks of the kiosk and the board: each staff action shown within two seconds. */
const follows = { timeout: 2000 };

test.use({ staffSignIn: true });

/** Counts the chime's notes a page makes: the tests' Chromium plays to no speaker. */
async function countChimes(page: Page): Promise<() => Promise<number>> {
  await page.addInitScript(() => {
    const heard = { notes: 0 };
    Object.assign(window, { heard });
    const createOscillator = AudioContext.prototype.createOscillator;
    AudioContext.prototype.createOscillator = function (this: AudioContext) {
      heard.notes += 1;
      return createOscillator.call(this);
    };
  });
  return () => page.evaluate(() => (window as unknown as { heard: { notes: number } }).heard.notes);
}

async function staffConsole(page: Page, origin: string, member: { id: string; pin: string }, counter: string): Promise<void> {
  await openConsole(page, origin);
  await signInWithPin(page, member.id, member.pin, 'en');
  await pickCounter(page, counter, 'en');
}

test('staff work the queue from the console while the kiosk and the board follow each step', async ({ kioskPage: page, kiosk, browser }) => {
  test.slow();
  // The board on a TV of the store network: the listener's address with the config's board key.
  const board = await browser.newPage({ ignoreHTTPSErrors: true, viewport: { width: 1920, height: 1080 } });
  const boardChimes = await countChimes(board);
  // The calls the board hears, as its event socket receives them.
  const boardCalls: { number: string; recall: boolean }[] = [];
  board.on('websocket', (socket) =>
    socket.on('framereceived', ({ payload }) => {
      const message = JSON.parse(String(payload)) as { event: string; payload: { number: string; recall: boolean } };
      if (message.event === 'queue.called') boardCalls.push(message.payload);
    }),
  );
  await board.goto(`${kiosk.network()}/?view=board#code=${boardKey}`);
  await expect(board.locator('.board__store')).toHaveText('Atiende Demo — Centro');
  // Counter 1 and customer service, by their place in the config: the board's words change language.
  const counterOne = board.locator('.board__counter').first();
  const customerServiceLine = board.locator('.board__service').first();
  const desk = await browser.newPage({ ignoreHTTPSErrors: true, locale: 'en-GB', viewport: consoleSizes.desk });
  await staffConsole(desk, kiosk.network(), ana, '1');
  expect(desk.url()).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/console$/);

  // The customer's ticket, taken on the kiosk's screens; two more behind it.
  await startSession(page, 'en');
  await openFlow(page, 'en', /Talk to a person/);
  await page.getByRole('button', { name: /Product advice/ }).click();
  await expectStep(page, 'info', 'ticket');
  const waiting = page.locator('.waiting');
  await expect(waiting).toContainText('B001');
  await kiosk.call('queue.takeTicket', { service: 'customer-service' });
  await kiosk.call('queue.takeTicket', { service: 'customer-service' });
  await expect(waitingRows(desk)).toHaveCount(3);
  await expect(waitingRows(desk).first()).toContainText('B001');

  // Transfer: the customer's ticket joins customer service, keeping its place.
  await pressShortcut(desk, 't');
  const transfer = desk.getByRole('dialog', { name: en('console.transfer.title') });
  await transfer.getByLabel(en('console.transfer.ticket')).fill('B001');
  await transfer.getByLabel(en('console.transfer.chooseService'), { exact: true }).selectOption('customer-service');
  await transfer.getByRole('button', { name: en('console.transfer.transfer') }).click();
  await expect(waiting).toContainText('Customer service', follows);
  await expect(customerServiceLine).toContainText('B001', follows);

  // A delay for customer service, in two of the store's languages side by side.
  await pressShortcut(desk, 'y');
  const post = desk.getByRole('dialog', { name: en('console.postDelay.title') });
  await post.getByLabel('English').fill('The card terminal is slow today');
  await post.getByLabel('Español').fill('El datáfono va lento hoy');
  await post.getByLabel(en('console.postDelay.service')).selectOption('customer-service');
  await post.getByRole('button', { name: en('console.postDelay.post') }).click();
  await expect(waiting).toContainText('The card terminal is slow today', follows);
  await expect(board.locator('.board__delays')).toContainText(/El datáfono va lento hoy|The card terminal is slow today/, follows);

  // Call next: the customer, first in line, is called to counter 1.
  await pressShortcut(desk, 'n');
  await expect(page.getByRole('status').filter({ hasText: en('waiting.called', { counter: '1' }) })).toBeVisible(follows);
  await expect(board.locator('.board__counter--called')).toContainText('B001', follows);
  await expect.poll(boardChimes).toBe(2);
  // Staff see it on their console too, as they would before pressing the next key.
  await expect(servingPanel(desk, 'en')).toContainText('B001');

  // Recall: the board hears it at once, and chimes it once it has finished saying the first call
  // (calls never talk over each other, however long the display's voice takes).
  await pressShortcut(desk, 'r');
  await expect.poll(() => boardCalls.filter((call) => call.recall).map((call) => call.number), follows).toEqual(['B001']);
  await expect(desk.getByText(en('console.done.recall', { number: 'B001' }))).toBeVisible();

  // No-show: the customer learns their number has passed; the counter is free on the board.
  await pressShortcut(desk, 'x');
  await expect(waiting).toContainText(en('waiting.noShow'), follows);
  await expect(counterOne).toContainText('—', follows);
  await expect(servingPanel(desk, 'en')).toContainText(en('console.serving.none', { key: 'N' }));

  // Call a given ticket: A002 before A001.
  await pressShortcut(desk, 'c');
  const callTicket = desk.getByRole('dialog', { name: en('console.callTicket.title') });
  await callTicket.getByLabel(en('console.callTicket.number')).fill('a002');
  await callTicket.getByRole('button', { name: en('console.callTicket.call') }).click();
  await expect(board.locator('.board__counter--called')).toContainText('A002', follows);
  await expect(servingPanel(desk, 'en')).toContainText('A002');

  // The customer is here, then done: the counter is free at once; "resolved" follows.
  await pressShortcut(desk, 's');
  await expect(servingPanel(desk, 'en')).toContainText(/Being served since/);
  await pressShortcut(desk, 'd');
  await expect(servingPanel(desk, 'en')).toContainText(en('console.serving.none', { key: 'N' }));
  await expect(counterOne).toContainText('—', follows);
  await expect(desk.getByText(en('console.followUp.title', { number: 'A002' }))).toBeVisible();
  await pressShortcut(desk, '1');
  await expect(desk.getByText(en('console.done.recordOutcome', { number: 'A002' }))).toBeVisible();

  // A pause with its reason: the board says the counter is back soon.
  await pressShortcut(desk, 'p');
  const pause = desk.getByRole('dialog', { name: en('console.pause.title') });
  await pause.getByLabel(en('console.pauseReasons.break')).check();
  await pause.getByRole('button', { name: en('console.pause.pause') }).click();
  await expect(counterOne).toContainText(onBoard('board.paused'), follows);

  const events = await kiosk.usageEventsAfter('ticket.outcome');
  expect(events.find((event) => event.type === 'ticket.served')?.payload).toMatchObject({ queueService: 'customer-service', walkSeconds: expect.any(Number) });
  expect(events.find((event) => event.type === 'ticket.outcome')?.payload).toMatchObject({ queueService: 'customer-service', outcome: 'resolved' });
  // The audit row is written as the host answers the console, which may be a moment after the board heard.
  await expect.poll(() => kiosk.auditEntries().filter((entry) => entry.staffId === 'ana').map((entry) => entry.action)).toEqual([
    'staff.signIn',
    'queue.transfer',
    'queue.postDelay',
    'queue.callNext',
    'queue.recall',
    'queue.noShow',
    'queue.call',
    'queue.startServing',
    'queue.served',
    'queue.recordOutcome',
    'counter.pause',
  ]);
  await board.close();
  await desk.close();
});

test('a help request at the kiosk chimes on every console, and one acknowledgement takes it down on all', async ({ kioskPage: page, kiosk, browser }) => {
  const desk = await browser.newPage({ ignoreHTTPSErrors: true, locale: 'en-GB', viewport: consoleSizes.desk });
  const tablet = await browser.newPage({ ignoreHTTPSErrors: true, locale: 'en-GB', viewport: consoleSizes.tablet });
  const deskChimes = await countChimes(desk);
  const tabletChimes = await countChimes(tablet);
  await staffConsole(desk, kiosk.network(), ana, '1');
  await staffConsole(tablet, kiosk.network(), marta, '2');

  await startSession(page, 'en');
  await page.getByRole('button', { name: new RegExp(en('help.button')) }).click();
  // A console is connected: the kiosk may say that someone is coming.
  const help = page.getByRole('dialog', { name: en('help.called.title') });
  await expect(help).toBeVisible();
  const number = (await help.locator('.help-ticket__number').textContent())?.trim() ?? '';
  expect(number).toMatch(/^A\d{3}$/);

  for (const screen of [desk, tablet]) {
    await expect(alertItems(screen)).toHaveCount(1);
    await expect(alertItems(screen)).toContainText(en('console.alerts.preferPerson'));
    await expect(alertItems(screen)).toContainText('Kiosk by the door');
    await expect(alertItems(screen)).toContainText(en('console.alerts.ticket', { number }));
  }
  await expect.poll(deskChimes).toBeGreaterThan(0);
  await expect.poll(tabletChimes).toBeGreaterThan(0);

  await alertItems(tablet).getByRole('button', { name: en('console.alerts.acknowledge') }).click();
  await expect(alertItems(desk)).toHaveCount(0);
  await expect(alertItems(tablet)).toHaveCount(0);
  await expect.poll(() => kiosk.auditEntries().find((entry) => entry.action === 'alerts.acknowledge')?.staffId).toBe('marta');
  await desk.close();
  await tablet.close();
});
