// The counter console on the store network: staff sign in (keypad or badge), pick their counter
// once per browser, and serve the queue live with one key per action; help requests reach every
// console with a sound and go from all of them when one acknowledges; a lapsed session goes back
// to sign-in and keeps the counter. The test store's staff member is Ana (support/staff-store.ts).
import { test, expect } from './support/kiosk.ts';
import {
  alertItems,
  checkConsoleScreen,
  consoleSizes,
  expectConsoleScreen,
  openConsole,
  pickCounter,
  pressShortcut,
  servingPanel,
  signInWithBadge,
  signInWithPin,
  textPattern,
  waitingRows,
} from './support/console.ts';
import { tabToAndPress } from './support/keyboard.ts';
import { textsOf } from './support/screens.ts';
import { ana } from './support/staff-store.ts';

const es = textsOf('es');
const en = textsOf('en');

// The listener's certificate is a trial one made for the test; Spanish is the browser's language.
test.use({ staffSignIn: true, ignoreHTTPSErrors: true, viewport: consoleSizes.desk, locale: 'es-ES' });

test('signs in on the keypad, remembers the counter, and serves the queue live with one key per step', async ({ page, kiosk }) => {
  await openConsole(page, kiosk.network());
  await checkConsoleScreen(page, 'sign-in');
  await signInWithPin(page, ana.id, ana.pin);
  await checkConsoleScreen(page, 'counters');
  await pickCounter(page, '1');

  // A ticket taken at the kiosk shows without a reload.
  const { ticket } = await kiosk.call('queue.takeTicket', { service: 'customer-service' });
  await expect(waitingRows(page).first()).toContainText(ticket.number);
  await checkConsoleScreen(page, 'waiting');

  await pressShortcut(page, 'n');
  await expect(servingPanel(page)).toContainText(ticket.number);
  await expect(waitingRows(page)).toHaveCount(0);
  await pressShortcut(page, 's');
  await expect(servingPanel(page)).toContainText(textPattern(es('console.serving.since')));
  // "Done" goes to the host at once: the ticket is served before its follow-up is answered.
  await pressShortcut(page, 'd');
  const followUp = page.getByRole('region', { name: es('console.followUp.title', { number: ticket.number }) });
  await expect(followUp).toBeVisible();
  expect((await kiosk.call('queue.ticket', { ticketId: ticket.id })).ticket.state).toBe('served');
  await expect(servingPanel(page)).toContainText(es('console.serving.none', { key: 'N' }));
  await checkConsoleScreen(page, 'follow-up');
  // "Resolved": the follow-up's key records it, and the actions come back.
  await pressShortcut(page, '1');
  await expect(followUp).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: es('console.done.recordOutcome', { number: ticket.number }) })).toBeVisible();
  await expect(page.getByRole('group', { name: es('console.actions.label') })).toBeVisible();

  // The browser remembers its counter, and the session its staff member: a reload is back at work.
  await page.reload();
  await expectConsoleScreen(page, 'console-counter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(es('console.counters.counter', { label: '1' }));
});

test('signs in with a badge scanned anywhere on the screen', async ({ page, kiosk }) => {
  await openConsole(page, kiosk.network());
  await signInWithBadge(page, ana.badge);
  await expectConsoleScreen(page, 'console-counters');
  await expect(page.getByText(ana.name)).toBeVisible();
});

test("refuses a wrong PIN calmly, in the staff member's own language", async ({ page, kiosk }) => {
  await openConsole(page, kiosk.network());
  await page.getByLabel(es('console.language')).selectOption('en');
  await signInWithPin(page, ana.id, '000000', 'en');
  await expect(page.getByText(en('errors.staff.signInRefused'))).toBeVisible();
  await expect(page.getByLabel(en('console.signIn.pin'), { exact: true })).toHaveValue('');
  await expect(page.getByLabel(en('console.signIn.pin'), { exact: true })).toBeFocused();
  await checkConsoleScreen(page, 'sign-in-refused');
});

test('shows a help request on every console at once, and takes it down everywhere when one acknowledges', async ({ page, browser, kiosk }) => {
  const other = await browser.newPage({ ignoreHTTPSErrors: true, viewport: consoleSizes.tablet, locale: 'es-ES' });
  // The test's Chromium plays to no speaker: the chime's notes are counted as they are made.
  await page.addInitScript(() => {
    const chime = { notes: 0 };
    Object.assign(window, { chime });
    const createOscillator = AudioContext.prototype.createOscillator;
    AudioContext.prototype.createOscillator = function (this: AudioContext) {
      chime.notes += 1;
      return createOscillator.call(this);
    };
  });
  for (const screen of [page, other]) {
    await openConsole(screen, kiosk.network());
    await signInWithPin(screen, ana.id, ana.pin);
    await pickCounter(screen, '2');
  }
  const { ticket } = await kiosk.call('help.request', { sessionId: null, screen: 'home', reason: 'preferPerson' });
  for (const screen of [page, other]) {
    await expect(alertItems(screen)).toHaveCount(1);
    await expect(alertItems(screen)).toContainText(es('console.alerts.preferPerson'));
    await expect(alertItems(screen)).toContainText(es('console.alerts.ticket', { number: ticket.number }));
    await expect(alertItems(screen)).toContainText(es('console.alerts.screen', { screen: es('console.screens.home') }));
  }
  await expect.poll(() => page.evaluate(() => (window as unknown as { chime: { notes: number } }).chime.notes)).toBe(3);
  await checkConsoleScreen(page, 'alert');
  await pressShortcut(page, 'a');
  await expect(alertItems(other)).toHaveCount(0);
  await expect(alertItems(page)).toHaveCount(0);
  await other.close();
});

test('goes back to sign-in when the session ends, and back to its counter after signing in again', async ({ page, kiosk }) => {
  await openConsole(page, kiosk.network());
  await signInWithPin(page, ana.id, ana.pin);
  await pickCounter(page, '1');
  // The session ends behind the console's back (another tab signed out); the next queue change finds out.
  await page.evaluate(() => fetch('/api/sign-out', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }));
  await kiosk.call('queue.takeTicket', { service: 'customer-service' });
  await expectConsoleScreen(page, 'console-sign-in');
  await expect(page.getByText(es('console.signIn.expired'))).toBeVisible();
  await signInWithPin(page, ana.id, ana.pin);
  await expectConsoleScreen(page, 'console-counter');
  await expect(waitingRows(page)).toHaveCount(1);
});

test('reaches every action with Tab and Enter, and shows the keys with ?', async ({ page, kiosk }) => {
  await openConsole(page, kiosk.network());
  await signInWithPin(page, ana.id, ana.pin);
  await pickCounter(page, '1');
  const { ticket } = await kiosk.call('queue.takeTicket', { service: 'product-advice' });
  await expect(waitingRows(page)).toHaveCount(1);
  await tabToAndPress(page, es('console.actions.callNext'));
  await expect(servingPanel(page)).toContainText(ticket.number);
  await tabToAndPress(page, es('console.actions.noShow'));
  await expect(servingPanel(page)).toContainText(es('console.serving.none', { key: 'N' }));

  await pressShortcut(page, '?');
  const keys = page.getByRole('dialog', { name: es('console.shortcutsDialog.title') });
  await expect(keys).toBeVisible();
  await checkConsoleScreen(page, 'shortcuts');
  // Keys do nothing while a dialog is open; Escape closes it and gives focus back.
  await page.keyboard.press('n');
  await page.keyboard.press('Escape');
  await expect(keys).toBeHidden();
});

test('posts a delay in the store languages side by side, which the board shows, and pauses with a reason', async ({ page, kiosk }) => {
  await openConsole(page, kiosk.network());
  await signInWithPin(page, ana.id, ana.pin);
  await pickCounter(page, '2');

  await pressShortcut(page, 'y');
  const post = page.getByRole('dialog', { name: es('console.postDelay.title') });
  await expect(post.getByLabel('Español')).toBeFocused();
  await checkConsoleScreen(page, 'post-delay');
  await post.getByLabel('Español').fill('Sistema de pagos lento');
  await post.getByLabel('English').fill('Slow payment system');
  await post.getByRole('button', { name: es('console.postDelay.post') }).click();
  await expect(post).toBeHidden();
  await expect(page.getByText('Sistema de pagos lento')).toBeVisible();
  const board = await kiosk.call('queue.board', {});
  expect(board.board.delays).toEqual([expect.objectContaining({ reason: { es: 'Sistema de pagos lento', en: 'Slow payment system' } })]);

  await pressShortcut(page, 'p');
  const pause = page.getByRole('dialog', { name: es('console.pause.title') });
  await pause.getByLabel(es('console.pauseReasons.meal')).check();
  await pause.getByRole('button', { name: es('console.pause.pause') }).click();
  await expect(page.getByText(es('console.counter.pausedFor', { reason: es('console.pauseReasons.meal') }))).toBeVisible();
  const counters = (await kiosk.call('queue.board', {})).board.counters;
  expect(counters.find((counter) => counter.id === 'desk-2')).toMatchObject({ status: 'paused', pauseReason: 'meal' });
});
