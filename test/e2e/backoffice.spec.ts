// The back office on the store network, for managers: sign in as at the console, read every report
// as a chart over its table for a period, download a table as CSV and the whole as PDF, work the
// complaint desk, read the staff audit. Staff who are not managers are refused. The test store's
// manager is Marta, its member of staff Ana (support/staff-store.ts).
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { Locator } from '@playwright/test';
import { test, expect } from './support/kiosk.ts';
import {
  checkOfficeScreen,
  downloadOf,
  expectOfficeScreen,
  expectReportsDrawn,
  expectReportsNamed,
  makeSomeUse,
  openBackOffice,
} from './support/backoffice.ts';
import { consoleSizes, signInWithPin } from './support/console.ts';
import { textsOf } from './support/screens.ts';
import { ana, marta } from './support/staff-store.ts';
import { continueStep, expectStep, openFlow, startSession } from './support/walk.ts';

const es = textsOf('es');
const en = textsOf('en');

// The listener's certificate is a trial one made for the test; Spanish is the browser's language.
test.use({ staffSignIn: true, ignoreHTTPSErrors: true, viewport: consoleSizes.desk, locale: 'es-ES', acceptDownloads: true });

test.describe('with a month of a busy kiosk behind it', () => {
  test.use({ generatedDays: 30 });

  test('a manager signs in and reads every report as a chart over its tables', async ({ page, kiosk }) => {
    // axe-core over every report's charts and tables, at three sizes, takes a while on a busy machine.
    test.slow();
    await makeSomeUse(kiosk);
    await openBackOffice(page, kiosk.network());
    await checkOfficeScreen(page, 'sign-in');
    await signInWithPin(page, marta.id, marta.pin);
    await expectOfficeScreen(page, 'office-reports');
    await expectReportsDrawn(page);

    // Every table of every report, by its name in the manager's language, with its columns named too.
    await expectReportsNamed(page);
    // The page opens on the last 30 days: the month made before the start and today's few sessions,
    // counted as the host counts them.
    const today = localDate(0);
    const set = await kiosk.call('reports.read', { from: localDate(-29), to: today, grain: 'day' });
    const totals = set.reports.find((report) => report.id === 'sessions')?.tables[0]?.rows[0] ?? [];
    expect(Number(totals[0])).toBeGreaterThan(1000);
    const sessions = page.locator('section[data-report="sessions"] [data-figure="sessions"]');
    await expect(sessions).toContainText(new Intl.NumberFormat('es').format(Number(totals[0])));
    await checkOfficeScreen(page, 'reports', { fullPage: true });
  });
});

/** The date `offset` days from today on this machine's clock, as the back office's presets take it. */
function localDate(offset: number): string {
  const day = new Date();
  day.setDate(day.getDate() + offset);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}

test('changes the period with the keyboard, and downloads a table as CSV and the whole as HTML and PDF', async ({ page, kiosk }) => {
  await makeSomeUse(kiosk);
  await openBackOffice(page, kiosk.network());
  await signInWithPin(page, marta.id, marta.pin);
  await expectReportsDrawn(page);

  // A custom period, typed in the browser's own date fields, and trends by week, all by keyboard.
  const period = page.getByRole('combobox', { name: es('backoffice.reports.range.label'), exact: true });
  await period.focus();
  await period.selectOption('custom');
  const today = new Date();
  const from = `${today.getFullYear()}-01-01`;
  const to = [today.getFullYear(), today.getMonth() + 1, today.getDate()].map((part) => String(part).padStart(2, '0')).join('-');
  await page.getByLabel(es('backoffice.reports.range.from'), { exact: true }).fill(from);
  const until = page.getByLabel(es('backoffice.reports.range.to'), { exact: true });
  await until.fill(to);
  await until.press('Enter');
  await page.getByRole('radio', { name: es('backoffice.reports.grain.day') }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: es('backoffice.reports.grain.week') })).toBeChecked();
  await expectReportsDrawn(page);
  await expect(page.getByRole('status').filter({ hasText: 'Atiende Demo' })).toBeVisible();

  // The CSV: a byte-order mark, the columns in the manager's language, a line per period, CRLF.
  const table = page.locator('[data-table="sessionTrend"]');
  const { download, bytes } = await downloadOf(page, () => table.getByRole('button', { name: es('backoffice.reports.csvFor', { table: es('reports.tables.sessionTrend') }) }).click());
  expect(download.suggestedFilename()).toBe(`sessionTrend-${from}-${to}.csv`);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').split('\r\n');
  expect(lines[0]).toBe(['period', 'sessions', 'completed', 'completedShare'].map((column) => es(`reports.columns.${column}`)).join(','));
  expect(lines.at(-1)).toBe('');
  expect(lines.length).toBeGreaterThan(2);

  // The HTML page, made in the browser from the figures shown: self-contained, in the manager's language.
  const html = await downloadOf(page, () => page.getByRole('button', { name: es('backoffice.reports.html') }).click());
  expect(html.download.suggestedFilename()).toBe(`atiende-report-${from}-${to}.html`);
  expect(html.bytes.toString('utf8')).toMatch(/^<!doctype html>/i);
  expect(html.bytes.toString('utf8')).toContain(es('reports.document.title'));

  // The PDF is made by the host (its browser prints the same HTML page), for the period shown.
  const pdf = await downloadOf(page, () => page.getByRole('button', { name: es('backoffice.reports.pdf') }).click());
  expect(pdf.download.suggestedFilename()).toBe(`atiende-report-${from}-${to}.pdf`);
  expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expect(page.getByRole('button', { name: es('backoffice.reports.pdf') })).toBeEnabled();
});

test('refuses a member of staff who is not a manager, and the host refuses their calls too', async ({ page, kiosk }) => {
  await openBackOffice(page, kiosk.network());
  await signInWithPin(page, ana.id, ana.pin);
  await expectOfficeScreen(page, 'office-not-manager');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(es('backoffice.notManager.title'));
  await expect(page.getByText(es('backoffice.notManager.text', { name: ana.name }))).toBeVisible();
  const answer = await page.evaluate(async () => {
    const response = await fetch('/api/call', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: 1, method: 'reports.read', input: { from: '2026-01-01', to: '2026-01-31' } }),
    });
    return (await response.json()) as { ok: boolean; error?: { code: string } };
  });
  expect(answer).toMatchObject({ ok: false, error: { code: 'auth.forbidden' } });
  await checkOfficeScreen(page, 'not-manager');
  await page.getByRole('button', { name: es('backoffice.signOut') }).click();
  await expectOfficeScreen(page, 'office-sign-in');
});

test('works the complaint desk: a complaint filed at the kiosk, the contact on request, recorded; contacted, resolved, and erased after the keep days', async ({
  kioskPage,
  kiosk,
}) => {
  test.slow();
  // A customer complains at the kiosk and leaves a phone number to be called back.
  await startSession(kioskPage, 'es');
  await openFlow(kioskPage, 'es', /Poner una reclamación/);
  await kioskPage.getByRole('button', { name: 'El tiempo de espera' }).click();
  await expectStep(kioskPage, 'enterText', 'describe');
  await kioskPage.getByLabel('Su reclamación').fill('Nadie atendía en el mostrador de devoluciones');
  await continueStep(kioskPage, 'es');
  await kioskPage.getByRole('button', { name: 'Sí, contáctenme' }).click();
  await expectStep(kioskPage, 'enterText', 'contactDetails');
  await kioskPage.getByLabel('Teléfono o correo electrónico').fill('600123456');
  await continueStep(kioskPage, 'es');
  await expectStep(kioskPage, 'review', 'review');
  await kioskPage.getByRole('button', { name: 'Enviar mi reclamación' }).click();
  await expectStep(kioskPage, 'info', 'done');

  // The manager works it in the back office, in another window.
  const page = await kioskPage.context().newPage();
  await openBackOffice(page, kiosk.network(), 'complaints');
  await page.getByLabel(es('console.language')).selectOption('en');
  await signInWithPin(page, marta.id, marta.pin, 'en');
  await expectOfficeScreen(page, 'office-complaints');
  const row = page.locator('tr[data-reference]');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Nadie atendía en el mostrador de devoluciones');
  await expect(row).toContainText('The waiting time');
  await expect(row).not.toContainText('600123456');

  await row.getByRole('button', { name: en('backoffice.complaints.showContactFor', { reference: await referenceOf(row) }) }).click();
  await expect(row).toContainText('600123456');
  await expect(row).toContainText(en('backoffice.complaints.contactRecorded'));
  await expect.poll(() => kiosk.auditEntries().some((entry) => entry.action === 'complaints.revealContact')).toBe(true);
  await checkOfficeScreen(page, 'complaints');

  await row.getByRole('button', { name: en('backoffice.complaints.markContactedFor', { reference: await referenceOf(row) }) }).click();
  const contacted = page.getByRole('dialog');
  await contacted.getByLabel(en('backoffice.complaints.noteLabel'), { exact: false }).fill('Called back, will come on Monday');
  await contacted.getByRole('button', { name: en('backoffice.complaints.save') }).click();
  await expect(contacted).toBeHidden();
  await expect(row).toContainText(en('backoffice.complaints.status.contacted'));

  await row.getByRole('button', { name: en('backoffice.complaints.resolveFor', { reference: await referenceOf(row) }) }).click();
  const resolve = page.getByRole('dialog');
  await resolve.getByLabel(en('backoffice.complaints.outcome')).selectOption('explained');
  await checkOfficeScreen(page, 'complaint-resolve');
  await resolve.getByRole('button', { name: en('backoffice.complaints.save') }).click();
  await expect(resolve).toBeHidden();
  // Resolved complaints leave the open list; the toggle shows them again, with their outcome.
  await expect(row).toHaveCount(0);
  await expect(page.getByText(en('backoffice.complaints.noneOpen'))).toBeVisible();
  await page.getByLabel(en('backoffice.complaints.showAll')).check();
  await expect(row).toContainText(en('reports.values.outcome.explained'));
  const reference = await referenceOf(row);

  // The store keeps a complaint's text and contact for its keep days (30 in the demo store); a month
  // on (here: the complaint's keeping date moved into the past), the desk shows neither, the host
  // gives no contact, and the hourly purge erases them from the file (test/unit/host/complaint-desk.test.ts).
  expireComplaints(kiosk.dataDir);
  await page.reload();
  await expectOfficeScreen(page, 'office-complaints');
  await page.getByLabel(en('backoffice.complaints.showAll')).check();
  await expect(row).toContainText(en('backoffice.complaints.erased'));
  await expect(row).not.toContainText('Nadie atendía');
  await expect(row).not.toContainText('600123456');
  await expect(row.getByRole('button', { name: en('backoffice.complaints.showContactFor', { reference }) })).toHaveCount(0);
  expect(await kiosk.call('complaints.revealContact', { reference })).toEqual({ contact: null });
  await checkOfficeScreen(page, 'complaints-erased');
});

/** Moves every complaint's keeping date into the past, as the days passing would, in the running kiosk's file. */
function expireComplaints(dataDir: string): void {
  const db = new DatabaseSync(join(dataDir, 'atiende.sqlite'));
  try {
    db.exec('PRAGMA busy_timeout = 10000');
    db.prepare('UPDATE complaints SET kept_until = ?').run(new Date(Date.now() - 60_000).toISOString());
  } finally {
    db.close();
  }
}

test('reads the staff audit, newest first, within dates, and downloads what it shows as CSV', async ({ page, kiosk }) => {
  await openBackOffice(page, kiosk.network(), 'audit');
  await signInWithPin(page, marta.id, marta.pin);
  await expectOfficeScreen(page, 'office-audit');
  const rows = page.getByRole('table', { name: es('backoffice.sections.audit') }).locator('tbody tr');
  await expect(rows.first()).toContainText(marta.id);
  await expect(rows.first()).toContainText(es('backoffice.audit.actions.staff.signIn'));
  await expect(rows.first()).toContainText(`${es('backoffice.audit.details.method')}: PIN`);
  await checkOfficeScreen(page, 'audit');
  const { bytes } = await downloadOf(page, () => page.getByRole('button', { name: es('backoffice.audit.csvLabel') }).click());
  const lines = bytes.subarray(3).toString('utf8').split('\r\n');
  expect(lines[0]).toBe(['at', 'staff', 'device', 'action', 'detail'].map((column) => es(`backoffice.audit.columns.${column}`)).join(','));
  expect(lines.length - 2).toBe(await rows.count());

  // Dates long gone hold nothing.
  await page.getByLabel(es('backoffice.audit.from'), { exact: true }).fill('2020-01-01');
  await page.getByLabel(es('backoffice.audit.to'), { exact: true }).fill('2020-01-31');
  await page.getByRole('button', { name: es('backoffice.audit.show') }).click();
  await expect(page.getByText(es('backoffice.audit.none'))).toBeVisible();
  await expect(rows).toHaveCount(0);
});

test('reads the reports right to left in Arabic', async ({ page, kiosk }) => {
  test.slow();
  await makeSomeUse(kiosk);
  await openBackOffice(page, kiosk.network());
  await page.getByLabel(es('console.language')).selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await signInWithPin(page, marta.id, marta.pin, 'ar');
  await expectReportsDrawn(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(textsOf('ar')('backoffice.sections.reports'));
  await checkOfficeScreen(page, 'reports-arabic');
});

/** A complaint row's reference, as the host gave it. */
async function referenceOf(row: Locator): Promise<string> {
  return (await row.getAttribute('data-reference')) ?? '';
}

