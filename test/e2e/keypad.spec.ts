// Keypad mode: every demo flow done from the attract loop to the end with the keys of an
// audio-navigation keypad alone (no touch, no Tab), with speech on, in Spanish and in English; what
// the kiosk says is heard through its speech hook: each screen's heading, the ticket's number, place
// and wait, and never a private value. Then a tutorial, the help dialog and the idle warning by
// keypad, and axe-core with the keypad's focus ring showing.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { languageNames } from '../../shared/i18n/languages.ts';
import { holdTheClock } from './support/clock.ts';
import { test, expect, type Kiosk } from './support/kiosk.ts';
import { arrive, expectHeard, keypad, moveTo, pressOn, typeWithKeypad } from './support/keypad.ts';
import { checkScreen, expectScreen, textsOf } from './support/screens.ts';
import { heard, recordSpeech } from './support/speech.ts';
import { demoStoreTexts } from './support/test-store.ts';
import { tip } from './support/tutorial.ts';

/** The language screen's choices are numbered in the store's order: Spanish 1, English 2. */
const languageDigits = { es: '1', en: '2' } as const;
type Language = keyof typeof languageDigits;

/** A flow's button on the home screen: its title, then its one-line summary. */
function flowButton(language: Language, flowId: string): RegExp {
  const title = demoStoreTexts(language).title(flowId);
  return new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
}

/** A booking for right now, so the check-in is open whatever the time of day the test runs. */
const bookingDir = mkdtempSync(join(tmpdir(), 'atiende-keypad-'));
const bookingFile = join(bookingDir, 'appointments.json');
const bookingCode = '4815';
writeFileSync(bookingFile, JSON.stringify({ appointments: [{ code: bookingCode, service: 'product-advice', at: new Date().toISOString() }] }));
test.afterAll(() => rmSync(bookingDir, { recursive: true, force: true }));

test.use({
  storeConfig: {
    rewrite: (config) => ({
      ...config,
      pilots: { share: 1 },
      queue: { ...(config.queue as Record<string, unknown>), appointments: { ...((config.queue as Record<string, Record<string, unknown>>).appointments ?? {}), file: bookingFile } },
    }),
  },
});

/** The kiosk page, its speech heard from the first script on. */
async function openKiosk(page: Page, kiosk: Kiosk): Promise<void> {
  await recordSpeech(page);
  await page.goto(await kiosk.address());
  await expectScreen(page, 'attract');
}

/**
 * From the attract loop to a flow's first step: the first key turns keypad mode and speech on.
 * `listening`: wait on each screen for its heading to be spoken, as a blind customer would.
 */
async function startFlow(page: Page, language: Language, flowId: string, listening = true): Promise<void> {
  const reach = (screen: string) => (listening ? arrive(page, screen) : expectScreen(page, screen));
  const html = page.locator('html');
  await expect(html).not.toHaveAttribute('data-keypad');
  await expect(html).not.toHaveAttribute('data-speech');
  await moveTo(page, textsOf('es')('attract.start'));
  await expect(html).toHaveAttribute('data-keypad', '');
  await expect(html).toHaveAttribute('data-speech', '');
  await page.keyboard.press(keypad.enter);
  await reach('language');
  await page.keyboard.press(languageDigits[language]);
  await reach('home');
  await pressOn(page, flowButton(language, flowId));
  await reach('benefit');
  await pressOn(page, textsOf(language)('benefit.start'));
}

/** The thank-you screen: the countdown lengthened in keypad mode and extended, a rating by its number, Finish. */
async function finishFlow(page: Page, language: Language): Promise<void> {
  const t = textsOf(language);
  await pressOn(page, t('flow.done'));
  await arrive(page, 'thanks');
  await page.keyboard.press('5');
  await pressOn(page, t('feedback.skipSecond'));
  await pressOn(page, t('thanks.more'));
  // 20 seconds after feedback, doubled by the demo's time factor while a mode is on.
  await expect(page.locator('.thanks__closing')).toHaveText(/\b(3[6-9]|40)\b/);
  await pressOn(page, t('thanks.finish'));
  await expectScreen(page, 'attract');
  await expect(page.locator('html')).not.toHaveAttribute('data-keypad');
}

/** The waiting screen's number, place and wait range, each heard before the customer moves on. */
async function expectTicketHeard(page: Page): Promise<string> {
  const number = page.locator('.waiting__number');
  await expect(number).toBeVisible();
  await expectHeard(page, (await number.getAttribute('data-speech-text')) ?? (await number.textContent()) ?? '');
  for (const line of await page.locator('.waiting__status p').allTextContents()) await expectHeard(page, line);
  return (await number.textContent()) ?? '';
}

/** What the kiosk said while `typing` ran: none of it may give away what was typed. */
async function saidWhile(page: Page, typing: () => Promise<void>): Promise<string[]> {
  const before = (await heard(page)).length;
  await typing();
  return (await heard(page)).slice(before).map((spoken) => spoken.text);
}

/**
 * What was said while a private value was typed holds none of its digits: each key is echoed as
 * "hidden". The field's own description (its label and public example) may be said meanwhile, when
 * the kiosk starts it before the first key cuts it short, as it does on a busy machine.
 */
function digitsOfSecret(said: string[], secret: string): string[] {
  return said.filter((text) => {
    const digits = text.replace(/\D/g, '');
    return digits.length > 0 && secret.includes(digits);
  });
}

async function expectNeverSaid(page: Page, secret: string): Promise<void> {
  const said = (await heard(page)).map((spoken) => spoken.text);
  expect(said.length).toBeGreaterThan(5);
  expect(said.filter((text) => text.replace(/\D/g, '').includes(secret))).toEqual([]);
}

async function sessionEnds(kiosk: Kiosk): Promise<unknown[]> {
  return (await kiosk.usageEventsAfter('session.ended')).filter((event) => event.type === 'session.ended').map((event) => event.payload.reason);
}

for (const language of ['es', 'en'] as const) {
  test.describe(`in ${languageNames[language]}`, () => {
    const t = textsOf(language);
    const store = demoStoreTexts(language);

    test('collects an order, typing its code on the kiosk keyboard with next and enter', async ({ page, kiosk }) => {
      await openKiosk(page, kiosk);
      await startFlow(page, language, 'order-pickup');
      await arrive(page, 'flow-scan', 'code');
      await typeWithKeypad(page, 'K7M2QX');
      await expect(page.getByLabel(store.label('order-pickup', 'code'))).toHaveValue('K7M2QX');
      await checkScreen(page, `${language}-keypad-keyboard`);
      await pressOn(page, t('flow.continue'));
      await arrive(page, 'flow-review', 'review');
      await pressOn(page, store.confirm('order-pickup', 'review'));
      await arrive(page, 'flow-info', 'done');
      await finishFlow(page, language);
      expect(await sessionEnds(kiosk)).toEqual(['completed']);
      const events = kiosk.usageEvents().filter((event) => event.type === 'accessibility.modeChanged');
      expect(events.map((event) => event.payload)).toEqual([
        { type: 'accessibility.modeChanged', mode: 'keypad', on: true, via: 'keypad' },
        { type: 'accessibility.modeChanged', mode: 'speech', on: true, via: 'keypad' },
      ]);
    });

    test('returns a product, choosing the reason by its number', async ({ page, kiosk }) => {
      await openKiosk(page, kiosk);
      await startFlow(page, language, 'product-return');
      await arrive(page, 'flow-scan', 'order');
      await typeWithKeypad(page, 'B4T9LP');
      await pressOn(page, t('flow.continue'));
      await arrive(page, 'flow-choose', 'reason');
      await page.keyboard.press('1');
      await arrive(page, 'flow-info', 'damaged');
      await pressOn(page, t('flow.continue'));
      await arrive(page, 'flow-review', 'review');
      await pressOn(page, store.confirm('product-return', 'review'));
      await arrive(page, 'flow-info', 'done');
      await finishFlow(page, language);
      expect(await sessionEnds(kiosk)).toEqual(['completed']);
    });

    test('prepares a bill payment slip, its 13 digits typed straight from the keypad', async ({ page, kiosk }) => {
      await openKiosk(page, kiosk);
      await startFlow(page, language, 'bill-payment');
      await arrive(page, 'flow-scan', 'bill');
      await typeWithKeypad(page, '8420002004561');
      await pressOn(page, t('flow.continue'));
      await arrive(page, 'flow-review', 'review');
      await pressOn(page, store.confirm('bill-payment', 'review'));
      await arrive(page, 'flow-print', 'slip');
      await pressOn(page, t('flow.continue'));
      await arrive(page, 'flow-info', 'done');
      await finishFlow(page, language);
      expect(await sessionEnds(kiosk)).toEqual(['completed']);
    });

    test('tops up a mobile (a pilot) without ever saying the phone number', async ({ page, kiosk }) => {
      const phone = '655443322'; // not the field's example, 612345678, which may be read with its label
      await openKiosk(page, kiosk);
      await startFlow(page, language, 'mobile-topup');
      await arrive(page, 'flow-enterText', 'phone');
      const echoes = await saidWhile(page, () => typeWithKeypad(page, phone));
      await expect(page.getByLabel(store.label('mobile-topup', 'phone'))).toHaveValue(phone);
      expect(digitsOfSecret(echoes, phone)).toEqual([]);
      await pressOn(page, t('flow.continue'));
      await arrive(page, 'flow-enterNumber', 'amount');
      await typeWithKeypad(page, '15');
      await expect(page.getByRole('textbox', { name: store.label('mobile-topup', 'amount') })).toHaveValue('15');
      await pressOn(page, t('flow.continue'));
      await arrive(page, 'flow-review', 'review');
      await pressOn(page, store.confirm('mobile-topup', 'review'));
      await arrive(page, 'flow-print', 'receipt');
      await pressOn(page, t('flow.continue'));
      await arrive(page, 'flow-info', 'done');
      await finishFlow(page, language);
      await expectNeverSaid(page, phone);
      expect(await sessionEnds(kiosk)).toEqual(['completed']);
    });

    test('takes a ticket to talk to a person and hears its number, place and wait', async ({ page, kiosk }) => {
      await openKiosk(page, kiosk);
      await startFlow(page, language, 'see-staff');
      await arrive(page, 'flow-choose', 'service');
      await page.keyboard.press('2');
      await arrive(page, 'flow-info', 'ticket');
      expect(await expectTicketHeard(page)).toBe('B001');
      await finishFlow(page, language);
      expect(await sessionEnds(kiosk)).toEqual(['completed']);
      const issued = kiosk.usageEvents().filter((event) => event.type === 'ticket.issued');
      expect(issued.map((event) => event.payload.queueService)).toEqual(['product-advice']);
    });

    test('checks in for an appointment and hears the ticket’s number, place and wait', async ({ page, kiosk }) => {
      await openKiosk(page, kiosk);
      await startFlow(page, language, 'appointment');
      await arrive(page, 'flow-scan', 'code');
      await typeWithKeypad(page, bookingCode);
      await pressOn(page, t('flow.continue'));
      await arrive(page, 'flow-info', 'ticket');
      expect(await expectTicketHeard(page)).toMatch(/^B\d{3}$/);
      await finishFlow(page, language);
      expect(await sessionEnds(kiosk)).toEqual(['completed']);
    });

    test('makes a complaint without ever saying the contact details', async ({ page, kiosk }) => {
      const contact = '600111222';
      await openKiosk(page, kiosk);
      await startFlow(page, language, 'complaint');
      await arrive(page, 'flow-choose', 'category');
      await page.keyboard.press('1');
      await arrive(page, 'flow-enterText', 'describe');
      await typeWithKeypad(page, 'colas');
      await expect(page.getByLabel(store.label('complaint', 'describe'))).toHaveValue('colas');
      await pressOn(page, t('flow.continue'));
      await arrive(page, 'flow-choose', 'contact');
      await page.keyboard.press('1');
      await arrive(page, 'flow-enterText', 'contactDetails');
      const echoes = await saidWhile(page, () => typeWithKeypad(page, contact));
      await expect(page.getByLabel(store.label('complaint', 'contactDetails'))).toHaveValue(contact);
      expect(digitsOfSecret(echoes, contact)).toEqual([]);
      await pressOn(page, t('flow.continue'));
      await arrive(page, 'flow-review', 'review');
      await pressOn(page, store.confirm('complaint', 'review'));
      await arrive(page, 'flow-info', 'done');
      await finishFlow(page, language);
      await expectNeverSaid(page, contact);
      expect(await sessionEnds(kiosk)).toEqual(['completed']);
    });

    test('registers a late return in assisted mode', async ({ page, kiosk }) => {
      await kiosk.call('kiosk.setAssisted', { assisted: true });
      await openKiosk(page, kiosk);
      await startFlow(page, language, 'late-return');
      await arrive(page, 'flow-scan', 'order');
      await typeWithKeypad(page, 'B4T9LP');
      await pressOn(page, t('flow.continue'));
      await arrive(page, 'flow-choose', 'reason');
      await page.keyboard.press('1');
      await arrive(page, 'flow-review', 'review');
      await pressOn(page, store.confirm('late-return', 'review'));
      await arrive(page, 'flow-info', 'done');
      await finishFlow(page, language);
      expect(await sessionEnds(kiosk)).toEqual(['completed']);
    });
  });
}

test('walks a tutorial with the keypad, its every button in reach, and back leaves one', async ({ page, kiosk }) => {
  const t = textsOf('en');
  await openKiosk(page, kiosk);
  await startFlow(page, 'en', 'order-pickup');
  await arrive(page, 'flow-scan', 'code');
  await pressOn(page, t('tutorial.offer.show', { seconds: 20 }));
  await expect(tip(page).getByRole('button', { name: t('tutorial.next') })).toBeFocused();
  // Each tip is read whole, its count and its text, before the button that took the focus.
  const tipHeard = async () => {
    await expectHeard(page, (await page.locator('#tutorial-tip-count').textContent()) ?? '');
    await expectHeard(page, (await page.locator('#tutorial-tip-text').textContent()) ?? '');
  };
  await tipHeard();
  await expectHeard(page, `${t('tutorial.next')}, button`);
  await page.keyboard.press(keypad.enter);
  await expect(tip(page)).toHaveAccessibleName(t('tutorial.count', { current: 2, total: 3 }));
  // The new tip is drawn before its Next button takes the focus: a customer hears it first.
  await expect(tip(page).getByRole('button', { name: t('tutorial.next') })).toBeFocused();
  await tipHeard();
  // Next goes round the tip's own buttons, and no further: it is the top layer.
  const reached = [];
  for (let press = 0; press < 3; press += 1) {
    await page.keyboard.press(keypad.next);
    reached.push(await page.evaluate(() => document.activeElement?.textContent));
  }
  expect(reached).toEqual([t('tutorial.skip'), t('tutorial.back'), t('tutorial.next')]);
  await page.keyboard.press(keypad.enter);
  await expect(tip(page)).toHaveAccessibleName(t('tutorial.count', { current: 3, total: 3 }));
  await pressOn(page, t('tutorial.done'));
  await expect(tip(page)).toBeHidden();

  await pressOn(page, t('tutorial.ask'), 'previous');
  await expect(tip(page)).toBeVisible();
  await page.keyboard.press(keypad.back);
  await expect(tip(page)).toBeHidden();
  await expectScreen(page, 'flow-scan');
  const tutorials = () => kiosk.usageEvents().filter((event) => event.type.startsWith('tutorial.')).map((event) => event.type);
  await expect.poll(tutorials).toEqual(expect.arrayContaining(['tutorial.finished', 'tutorial.skipped']));
});

test('says where the customer is at help, calls a person at help twice, and back closes the dialog', async ({ page, kiosk }) => {
  const t = textsOf('en');
  await openKiosk(page, kiosk);
  await startFlow(page, 'en', 'bill-payment');
  const heading = await arrive(page, 'flow-scan', 'bill');
  const before = (await heard(page)).length;
  await page.keyboard.press(keypad.help);
  await expect.poll(async () => (await heard(page)).slice(before).some((spoken) => spoken.text.includes(heading))).toBe(true);

  await page.keyboard.press(keypad.help);
  const dialog = page.getByRole('dialog', { name: t('help.notTold.title') });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: t('help.close') })).toBeFocused();
  await expectHeard(page, t('help.notTold.text', { number: 'A001' }));
  // Its one button, and nothing behind it, whichever way the keypad goes.
  await page.keyboard.press(keypad.next);
  await expect(dialog.getByRole('button', { name: t('help.close') })).toBeFocused();
  await page.keyboard.press(keypad.previous);
  await expect(dialog.getByRole('button', { name: t('help.close') })).toBeFocused();
  await checkScreen(page, 'keypad-help');
  await page.keyboard.press('Backspace');
  await expect(dialog).toBeHidden();
  await expectScreen(page, 'flow-scan');

  // Back on the screen, by its marked back control: from a flow's first step to home, and from
  // home ("start over") to the attract loop.
  await page.keyboard.press(keypad.back);
  await arrive(page, 'home');
  await moveTo(page, flowButton('en', 'order-pickup'));
  await checkScreen(page, 'keypad-home');
  await page.keyboard.press('Backspace');
  await expectScreen(page, 'attract');
  expect(await sessionEnds(kiosk)).toEqual(['cancelled']);
  const help = kiosk.usageEvents().filter((event) => event.type === 'help.requested');
  expect(help.map((event) => event.payload)).toEqual([{ type: 'help.requested', screen: 'flow', reason: 'preferPerson' }]);
});

test.describe('with a short idle time', () => {
  test.use({ storeConfig: { rewrite: (config) => ({ ...config, session: { idleSeconds: 30, warningSeconds: 20 } }) } });

  test('doubles the time limits in keypad mode, and the warning is extended with back or enter', async ({ page, kiosk }) => {
    const t = textsOf('en');
    await page.clock.install();
    await openKiosk(page, kiosk);
    // The page's clock is the test's here: speech is on, but the test does not wait to hear it.
    await startFlow(page, 'en', 'order-pickup', false);
    await expectScreen(page, 'flow-scan');

    await holdTheClock(page);
    const warning = page.getByRole('alertdialog', { name: t('idle.title') });
    for (const answer of [keypad.back, keypad.enter, keypad.back]) {
      await page.clock.runFor(59_000);
      await expect(warning).toBeHidden();
      await page.clock.runFor(1_000);
      await expect(warning).toBeVisible();
      await expect(warning).toContainText(t('idle.countdown_other', { count: 40 }));
      await page.clock.runFor(38_000);
      await expect(warning).toContainText(t('idle.countdown_other', { count: 2 }));
      await page.keyboard.press(answer);
      await expect(warning).toBeHidden();
    }
    await expectScreen(page, 'flow-scan');
    await expect.poll(() => kiosk.usageEvents().filter((event) => event.type === 'idle.extended').length).toBe(3);
  });
});
