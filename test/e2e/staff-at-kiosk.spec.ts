// Staff at the kiosk: the hidden gesture (or Ctrl+Alt+S) opens sign-in; signed in, a staff bar
// over the customer screens switches assisted mode, closes the kiosk with a message and opens it
// again; a manager reads the reports over the kiosk; staff are signed out when the customer's
// session ends or after a minute idle; the audit names them, the usage log never does. The test
// store's member of staff is Ana (id ana), its manager Marta (id marta, see support/staff-store.ts);
// the staff bar speaks the store's language, Spanish, whatever the customer chose.
import type { Page } from '@playwright/test';
import { expectReportsDrawn, expectReportsNamed } from './support/backoffice.ts';
import { test, expect } from './support/kiosk.ts';
import { checkScreen, expectScreen, textsOf } from './support/screens.ts';
import { ana, marta } from './support/staff-store.ts';
import { continueStep, expectStep, openFlow, tapKeys } from './support/walk.ts';

const es = textsOf('es');
const en = textsOf('en');
const anaPin: string = ana.pin;
/** The test store's gesture (support/staff-store.ts): a press held 2 seconds in the top end corner, top right in Spanish. */
const holdSeconds = 2;

test.use({ staffSignIn: true, storeConfig: { rewrite: (config) => ({ ...config, pilots: { share: 0 } }) } });

const signInDialog = (page: Page) => page.getByRole('dialog', { name: es('staffAtKiosk.signIn.title') });
const staffBar = (page: Page) => page.getByRole('complementary', { name: es('staffAtKiosk.bar.label') });

/**
 * Tabs forward to the button named `name` and presses Enter on it. The staff bar comes first in
 * the tab order (above the screen), so from a screen's heading Tab goes round through the page to it.
 */
async function tabToButton(page: Page, name: string): Promise<void> {
  for (let presses = 0; presses < 60; presses += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => ({ tag: document.activeElement?.tagName, text: document.activeElement?.textContent?.trim() }));
    if (focused.tag === 'BUTTON' && focused.text === name) {
      await page.keyboard.press('Enter');
      return;
    }
  }
  throw new Error(`could not reach the button "${name}" with Tab`);
}

/** Holds a finger on the staff corner until sign-in opens, and checks it took the whole hold. */
async function holdStaffCorner(page: Page): Promise<void> {
  // The gesture is armed once the kiosk knows its store (its profile names the corner): not while it starts.
  await expect(page.locator('[data-screen]:not([data-screen="starting"])').first()).toBeVisible();
  const width = page.viewportSize()?.width ?? 0;
  await page.mouse.move(width - 30, 30);
  const pressedAt = Date.now();
  await page.mouse.down();
  await expect(signInDialog(page)).toBeVisible({ timeout: (holdSeconds + 5) * 1000 });
  expect(Date.now() - pressedAt).toBeGreaterThanOrEqual(holdSeconds * 1000 - 100);
  await page.mouse.up();
}

/** Signs a member in with a keyboard: Ctrl+Alt+S, their id, then the PIN at a person's pace (a burst would read as a badge). */
async function signInByKeyboard(page: Page, id: string, pin: string): Promise<void> {
  await page.keyboard.press('Control+Alt+KeyS');
  await expect(signInDialog(page).getByLabel(es('staffAtKiosk.signIn.idLabel'))).toBeFocused();
  await page.keyboard.type(id);
  await page.keyboard.press('Enter');
  await expect(signInDialog(page).getByLabel(es('staffAtKiosk.signIn.pinLabel'), { exact: true })).toBeFocused();
  await page.keyboard.type(pin, { delay: 80 });
  await page.keyboard.press('Enter');
  await expect(signInDialog(page)).toHaveCount(0);
}

/** Signs Ana in on the dialog's own keys: her id on the letters, then the PIN on the digits. */
async function signInOnKeys(page: Page, pin: string = anaPin): Promise<void> {
  const dialog = signInDialog(page);
  const keys = dialog.getByRole('group', { name: es('keyboard.label') });
  for (const key of 'ana') await keys.getByRole('button', { name: key, exact: true }).click();
  await expect(dialog.getByLabel(es('staffAtKiosk.signIn.idLabel'))).toHaveValue('ana');
  await dialog.getByRole('button', { name: es('staffAtKiosk.signIn.next') }).click();
  const pinField = dialog.getByLabel(es('staffAtKiosk.signIn.pinLabel'), { exact: true });
  await expect(pinField).toBeFocused();
  for (const digit of pin) await keys.getByRole('button', { name: digit, exact: true }).click();
  await expect(pinField).toHaveAttribute('type', 'password');
  await expect(pinField).toHaveValue(pin);
}

test('staff switch on assisted mode through the hidden gesture and a PIN; a pilot flow run in it is tagged assisted; staff are signed out when the session ends', async ({
  kioskPage: page,
  kiosk,
}) => {
  await expectScreen(page, 'attract');
  // A quick touch in the corner is a customer's: it reaches the screen under it and opens nothing.
  const width = page.viewportSize()?.width ?? 0;
  await page.mouse.click(width - 30, 30);
  await expectScreen(page, 'language');
  await expect(signInDialog(page)).toHaveCount(0);

  await holdStaffCorner(page);
  await checkScreen(page, 'staff-sign-in');
  await signInOnKeys(page, '111111');
  await signInDialog(page).getByRole('button', { name: es('staffAtKiosk.signIn.submit') }).click();
  await expect(signInDialog(page).getByRole('alert')).toHaveText(es('staffAtKiosk.signIn.refused'));
  await expect(signInDialog(page).getByLabel(es('staffAtKiosk.signIn.pinLabel'), { exact: true })).toHaveValue('');
  await checkScreen(page, 'staff-sign-in-refused');
  await signInDialog(page).getByRole('button', { name: es('staffAtKiosk.signIn.back') }).click();
  await signInDialog(page).getByRole('group', { name: es('keyboard.label') }).getByRole('button', { name: es('keyboard.clear') }).click();
  await signInOnKeys(page);
  await signInDialog(page).getByRole('button', { name: es('staffAtKiosk.signIn.submit') }).click();
  await expect(signInDialog(page)).toHaveCount(0);

  const bar = staffBar(page);
  await expect(bar).toContainText('Ana');
  await expect(bar).toContainText(es('staffAtKiosk.bar.roles.staff'));
  const assisted = bar.getByRole('button', { name: es('staffAtKiosk.bar.assisted') });
  await expect(assisted).toHaveAttribute('aria-pressed', 'false');
  await assisted.click();
  await expect(assisted).toHaveAttribute('aria-pressed', 'true');
  // Customers still see that a person is helping: the assisted band stays under the staff bar.
  await expect(page.getByRole('status').filter({ hasText: es('assisted.band') })).toBeVisible();

  await page.getByRole('button', { name: 'English' }).click();
  await expectScreen(page, 'home');
  await expect(staffBar(page)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: en('assisted.band') })).toBeVisible();
  await expect(page.getByRole('button', { name: /Return after the return period/ })).toBeVisible();
  await checkScreen(page, 'staff-bar-home');

  await openFlow(page, 'en', /Top up a mobile/);
  await expectStep(page, 'enterText', 'phone');
  await tapKeys(page, 'en', '612345678');
  await continueStep(page, 'en');
  await expectStep(page, 'enterNumber', 'amount');
  await page.getByRole('button', { name: '€20' }).click();
  await continueStep(page, 'en');
  await expectStep(page, 'review', 'review');
  await page.getByRole('button', { name: 'Prepare my top-up' }).click();
  await expectStep(page, 'print', 'receipt');
  await continueStep(page, 'en');
  await page.getByRole('button', { name: en('flow.done'), exact: true }).click();
  await expectScreen(page, 'thanks');
  await expect(staffBar(page)).toBeVisible();
  await page.getByRole('button', { name: en('thanks.finish') }).click();

  // The session is over: so is Ana's sign-in, and the next customer meets a plain kiosk.
  await expectScreen(page, 'attract');
  await expect(staffBar(page)).toHaveCount(0);

  const events = await kiosk.usageEventsAfter('session.ended');
  const exposed = events.find((event) => event.type === 'pilot.exposed');
  const completed = events.find((event) => event.type === 'flow.completed');
  expect(events.filter((event) => event.type === 'assisted.changed').map((event) => event.payload)).toEqual([{ type: 'assisted.changed', assisted: true }]);
  expect(exposed?.payload).toEqual({ type: 'pilot.exposed', flowId: 'mobile-topup', assisted: true });
  expect(completed?.payload).toMatchObject({ flowId: 'mobile-topup', pilot: true, assisted: true });
  expect(completed?.sessionId).toBe(exposed?.sessionId);
  const usageLog = JSON.stringify(kiosk.usageEvents());
  for (const secret of ['ana', 'Ana', anaPin, '111111']) expect(usageLog).not.toContain(secret);

  await expect
    .poll(() => kiosk.auditEntries().filter((entry) => entry.device === 'kiosk').map(({ staffId, action, detail }) => ({ staffId, action, detail })))
    .toEqual([
      { staffId: 'ana', action: 'staff.signInFailed', detail: expect.anything() },
      { staffId: 'ana', action: 'staff.signIn', detail: { method: 'pin' } },
      { staffId: 'ana', action: 'kiosk.setAssisted', detail: { assisted: true } },
      { staffId: 'ana', action: 'staff.signOut', detail: { reason: 'sessionEnded' } },
    ]);
  expect(JSON.stringify(kiosk.auditEntries())).not.toContain(anaPin);
});

test('staff put the kiosk out of service with a message in each language and back, with the keyboard alone', async ({ kioskPage: page, kiosk }) => {
  await expectScreen(page, 'attract');
  await page.keyboard.press('Control+Alt+KeyS');
  await expect(signInDialog(page)).toBeVisible();
  await expect(signInDialog(page).getByLabel(es('staffAtKiosk.signIn.idLabel'))).toBeFocused();
  await page.keyboard.type('ana');
  await page.keyboard.press('Enter');
  await expect(signInDialog(page).getByLabel(es('staffAtKiosk.signIn.pinLabel'), { exact: true })).toBeFocused();
  // At a person's pace: a burst as fast as a scanner's would be read as a badge.
  await page.keyboard.type(anaPin, { delay: 80 });
  await page.keyboard.press('Enter');
  await expect(staffBar(page)).toBeVisible();

  await tabToButton(page, es('staffAtKiosk.bar.closeKiosk'));
  const closing = page.getByRole('dialog', { name: es('staffAtKiosk.closeKiosk.title') });
  await expect(closing).toBeVisible();
  await expect(closing.getByLabel(es('staffAtKiosk.closeKiosk.messageIn', { language: 'Español' }))).toBeFocused();
  await page.keyboard.type('Volvemos en diez minutos');
  await page.keyboard.press('Tab');
  await expect(closing.getByLabel(es('staffAtKiosk.closeKiosk.messageIn', { language: 'English' }))).toBeFocused();
  await page.keyboard.type('Back in ten minutes');
  await checkScreen(page, 'staff-close-kiosk');
  await tabToButton(page, es('staffAtKiosk.closeKiosk.confirm'));

  await expectScreen(page, 'closed');
  const closed = page.locator('[data-screen="closed"]');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(es('staffAtKiosk.closed.title'));
  await expect(closed).toContainText('Volvemos en diez minutos');
  await expect(closed).toContainText('Back in ten minutes');
  // Where staff wrote nothing, the default notice, in that language.
  await expect(closed.locator('[lang="fr"]')).toContainText(textsOf('fr')('staffAtKiosk.closed.default'));
  await expect(closed.locator('[lang="ar"]')).toContainText(textsOf('ar')('staffAtKiosk.closed.default'));
  await expect(page.getByRole('button', { name: new RegExp(es('help.button')) })).toBeVisible();
  await checkScreen(page, 'closed-by-staff');

  await tabToButton(page, es('staffAtKiosk.bar.reopen'));
  await expectScreen(page, 'attract');
  await expect(staffBar(page)).toBeVisible();
  await tabToButton(page, es('staffAtKiosk.bar.signOut'));
  await expect(staffBar(page)).toHaveCount(0);

  const closures = (await kiosk.usageEventsAfter('kiosk.closedByStaff')).filter((event) => event.type === 'kiosk.closedByStaff');
  await expect.poll(() => kiosk.usageEvents().filter((event) => event.type === 'kiosk.closedByStaff').map((event) => event.payload.closed)).toEqual([true, false]);
  expect(closures[0]?.sessionId).toBeNull();
  await expect
    .poll(() => kiosk.auditEntries().map(({ staffId, device, action }) => [staffId, device, action]))
    .toEqual([
      ['ana', 'kiosk', 'staff.signIn'],
      ['ana', 'kiosk', 'kiosk.setOutOfService'],
      ['ana', 'kiosk', 'kiosk.setOutOfService'],
      ['ana', 'kiosk', 'staff.signOut'],
    ]);
});

test('a ready-made message closes the kiosk in every language; customers can still ask for a person there', async ({ kioskPage: page, kiosk }) => {
  await holdStaffCorner(page);
  await signInOnKeys(page);
  await signInDialog(page).getByRole('button', { name: es('staffAtKiosk.signIn.submit') }).click();
  await staffBar(page).getByRole('button', { name: es('staffAtKiosk.bar.closeKiosk') }).click();
  const closing = page.getByRole('dialog', { name: es('staffAtKiosk.closeKiosk.title') });
  await closing.getByRole('button', { name: es('staffAtKiosk.closeKiosk.presetNames.paper') }).click();
  await expect(closing.getByLabel(es('staffAtKiosk.closeKiosk.messageIn', { language: 'Français' }))).toHaveValue(
    textsOf('fr')('staffAtKiosk.closeKiosk.presets.paper'),
  );
  await closing.getByRole('button', { name: es('staffAtKiosk.closeKiosk.confirm') }).click();

  await expectScreen(page, 'closed');
  for (const language of ['es', 'en', 'ar', 'fr']) {
    await expect(page.locator('[data-screen="closed"]')).toContainText(textsOf(language)('staffAtKiosk.closeKiosk.presets.paper'));
  }
  await page.getByRole('button', { name: new RegExp(es('help.button')) }).click();
  const help = page.getByRole('dialog', { name: es('help.notTold.title') });
  await expect(help).toContainText('A001');
  await help.getByRole('button', { name: es('help.close') }).click();
  const asked = (await kiosk.usageEventsAfter('help.requested')).filter((event) => event.type === 'help.requested');
  expect(asked.map((event) => event.payload)).toEqual([{ type: 'help.requested', screen: 'outOfService', reason: 'preferPerson' }]);

  // Back in service from the operator's side too: the closed screen goes, the attract loop returns.
  await kiosk.call('kiosk.setOutOfService', { outOfService: false });
  await expectScreen(page, 'attract');
});

test.describe('with a week of use behind it', () => {
  // Reading every report, with axe-core over them on a busy machine, takes longer than the minute
  // the other tests allow before staff are signed out.
  test.use({ generatedDays: 7, staffIdleMinutes: 10 });

  test('a manager reads the reports over the kiosk, loaded only then, with no downloads; a member of staff is offered none', async ({ kioskPage: page }) => {
    // axe-core over every report's charts and tables takes a while on a busy machine: 15 s alone,
    // 50 s beside another test on two cores, more with three workers; five minutes leave it room.
    test.setTimeout(300_000);
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await expectScreen(page, 'attract');
    await signInByKeyboard(page, marta.id, marta.pin);
    const bar = staffBar(page);
    await expect(bar).toContainText('Marta');
    await expect(bar).toContainText(es('staffAtKiosk.bar.roles.manager'));
    // The customer screens, and the staff bar over them, have not loaded the reports or their charts.
    expect(scripts.filter((path) => /StaffReportsPage|ReportChart/.test(path))).toEqual([]);

    const opener = bar.getByRole('button', { name: es('staffAtKiosk.bar.reports') });
    await opener.click();
    const reports = page.getByRole('dialog', { name: es('staffAtKiosk.reports.title') });
    await expect(reports).toHaveAttribute('aria-modal', 'true');
    await expect(reports.getByRole('button', { name: es('staffAtKiosk.reports.close') })).toBeFocused();
    await expectReportsDrawn(page);
    expect(scripts.some((path) => path.includes('StaffReportsPage'))).toBe(true);
    expect(scripts.some((path) => path.includes('ReportChart'))).toBe(true);

    await expectReportsNamed(reports);
    await expect(reports.locator('section[data-report="sessions"] [data-figure="sessions"] .key-figures__value')).toHaveText(/^[1-9][\d.]*$/);
    // A kiosk saves no files: no PDF, HTML or CSV to download.
    await expect(reports.getByRole('button', { name: es('backoffice.reports.pdf') })).toHaveCount(0);
    await expect(reports.getByRole('button', { name: es('backoffice.reports.html') })).toHaveCount(0);
    await expect(reports.getByRole('button', { name: es('backoffice.reports.csv') })).toHaveCount(0);
    await checkScreen(page, 'staff-reports');

    // Tab stays inside, going round at either end: the staff bar and the screen behind are out of reach.
    const close = reports.getByRole('button', { name: es('staffAtKiosk.reports.close') });
    await expect(close).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    expect(await reports.evaluate((dialog) => dialog.contains(document.activeElement) && document.activeElement !== dialog.querySelector('button'))).toBe(true);
    await page.keyboard.press('Tab');
    await expect(close).toBeFocused();
    await close.click();
    await expect(reports).toHaveCount(0);
    await expect(opener).toBeFocused();
    // Escape closes it too, and the kiosk is as it was.
    await opener.click();
    await expect(reports).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(reports).toHaveCount(0);
    await expect(opener).toBeFocused();
    await expectScreen(page, 'attract');

    await bar.getByRole('button', { name: es('staffAtKiosk.bar.signOut') }).click();
    await expect(staffBar(page)).toHaveCount(0);
    await signInByKeyboard(page, ana.id, anaPin);
    await expect(staffBar(page)).toContainText('Ana');
    await expect(staffBar(page).getByRole('button', { name: es('staffAtKiosk.bar.reports') })).toHaveCount(0);
  });
});

test('closes the reports when the host signs the manager out, as after the idle minutes, and when the customer’s session ends', async ({ kioskPage: page, kiosk }) => {
  const reports = page.getByRole('dialog', { name: es('staffAtKiosk.reports.title') });
  const openReports = async () => {
    await staffBar(page).getByRole('button', { name: es('staffAtKiosk.bar.reports') }).click();
    await expect(reports).toBeVisible();
    await expect(page.locator('.reports-page')).toHaveAttribute('aria-busy', 'false');
  };
  await expectScreen(page, 'attract');
  await signInByKeyboard(page, marta.id, marta.pin);
  await openReports();
  // The host's idle check signs out the same way: the kiosk hears that nobody is signed in any more.
  await kiosk.call('staff.signOutAtKiosk', {});
  await expect(reports).toHaveCount(0);
  await expect(staffBar(page)).toHaveCount(0);

  // A customer is being helped when the manager opens the reports; staff end the session from afar.
  await page.mouse.click((page.viewportSize()?.width ?? 0) - 30, 30);
  await expectScreen(page, 'language');
  await page.getByRole('button', { name: 'English' }).click();
  await expectScreen(page, 'home');
  await signInByKeyboard(page, marta.id, marta.pin);
  await openReports();
  await kiosk.call('kiosk.endSession', {});
  await expect(reports).toHaveCount(0);
  await expectScreen(page, 'attract');
});

test('signs staff out on its own after the store’s idle minute without a staff action, and the staff bar goes', async ({ kioskPage: page, kiosk }) => {
  // The host looks for idle staff every few seconds: a minute and a little more.
  test.slow();
  await expectScreen(page, 'attract');
  await page.keyboard.press('Control+Alt+KeyS');
  await page.keyboard.type('ana');
  await page.keyboard.press('Enter');
  await page.keyboard.type(anaPin, { delay: 80 });
  await page.keyboard.press('Enter');
  await expect(staffBar(page)).toBeVisible();
  const signedInAt = Date.now();

  await expect(staffBar(page)).toHaveCount(0, { timeout: 100_000 });
  expect(Date.now() - signedInAt).toBeGreaterThanOrEqual(59_000);
  await expectScreen(page, 'attract');
  await expect.poll(() => kiosk.auditEntries().at(-1)).toMatchObject({ staffId: 'ana', device: 'kiosk', action: 'staff.signOut', detail: { reason: 'idle' } });
});
