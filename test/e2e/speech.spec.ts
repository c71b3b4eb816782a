// Speech: the kiosk reads its screens aloud in the customer's language once two fingers are held on
// the screen, through the host's espeak-ng (the test's Chromium has no voices of its own); what it
// says is heard through the page's speech hook. Keys cut it short, the repeat key says it again,
// nothing private is ever said, and the session's end silences it and resets the volume. The
// waiting board says its calls the same way.
import type { Page } from '@playwright/test';
import { openBoard } from './support/board.ts';
import { heardWithCuts, recordSpeech, type Heard } from './support/speech.ts';
import { test, expect } from './support/kiosk.ts';
import { expectScreen, textsOf } from './support/screens.ts';
import { ana } from './support/staff-store.ts';
import { expectStep, languageNames, openFlow } from './support/walk.ts';

const es = textsOf('es');
const en = textsOf('en');

test.use({ hasTouch: true });
// Speech takes the time it takes: a screen's sentences are waited for as a customer would hear them.
test.describe.configure({ timeout: 120_000 });

/** The kiosk page opened again, heard from its start (once it has its pass: a reload brings no code). */
async function listenToSpeech(page: Page): Promise<void> {
  await expectScreen(page, 'attract');
  await recordSpeech(page);
  await page.reload();
  await expectScreen(page, 'attract');
}

const heard = heardWithCuts;
const saidTexts = async (page: Page, from = 0) => (await heard(page)).slice(from).filter((line) => line.kind === 'said');
/** How much has been heard so far: a mark to look on from. */
const mark = async (page: Page) => (await heard(page)).length;

/** Waits until a sentence matching `text` has begun (after the mark `from`), and returns it. */
async function expectSaid(page: Page, text: string | RegExp, language: string, from = 0): Promise<Heard> {
  const matches = (line: Heard) => line.language === language && (typeof text === 'string' ? line.text === text : text.test(line.text));
  await expect
    .poll(async () => (await saidTexts(page, from)).some(matches), { message: `waiting to hear "${String(text)}" in ${language}`, timeout: 20_000 })
    .toBe(true);
  const found = (await saidTexts(page, from)).find(matches);
  if (!found) throw new Error('heard, then not');
  return found;
}

/** Two fingers held still on the glass, through Chromium's own touch input, until speech answers. */
async function holdTwoFingers(page: Page, answer: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const from = await mark(page);
  const fingers = [
    { x: 300, y: 1000, id: 1 },
    { x: 700, y: 1000, id: 2 },
  ];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers });
  await expectSaid(page, answer, 'es', from);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/** Keys typed one at a time, each waited for until the kiosk has said what it says for it. */
async function typeHeard(page: Page, characters: string, spoken: (character: string) => string, language: string): Promise<void> {
  for (const character of characters) {
    const from = await mark(page);
    await page.keyboard.type(character);
    await expectSaid(page, spoken(character), language, from);
  }
}

test('two fingers turn speech on; screens are read in Spanish, then English; Tab says the focused control; a key cuts speech short and the repeat key says it again', async ({
  kioskPage: page,
}) => {
  await listenToSpeech(page);
  await expectScreen(page, 'attract');
  await holdTwoFingers(page, es('speech.on'));
  await expect(page.locator('html')).toHaveAttribute('data-speech', '');
  // The hold was no touch to start: the attract screen stays, and is read after the key guide.
  await expectScreen(page, 'attract');
  await expectSaid(page, es('speech.keyGuide'), 'es');
  await expectSaid(page, es('attract.title'), 'es');
  const lead = await expectSaid(page, es('attract.lead'), 'es');
  expect(lead).toMatchObject({ engine: 'espeak-ng', volume: 0.8 });

  let from = await mark(page);
  await page.getByRole('button', { name: es('attract.start') }).click();
  await expectScreen(page, 'language');
  await expectSaid(page, es('language.title'), 'es', from);
  // Each language's own name for the screen, in its own voice.
  await expectSaid(page, en('language.title'), 'en', from);

  from = await mark(page);
  await page.getByRole('button', { name: languageNames.en }).click();
  await expectScreen(page, 'home');
  await expectSaid(page, en('home.title'), 'en', from);
  await expectSaid(page, en('home.lead'), 'en', from);

  from = await mark(page);
  await page.keyboard.press('Tab');
  const services = page.locator('.service-list > li');
  const total = await services.count();
  const first = (await services.first().innerText()).replace(/\s+/g, ' ').trim();
  const control = await expectSaid(page, new RegExp(`, ${en('speech.roles.button')}, ${en('speech.position', { position: 1, total })}$`), 'en', from);
  expect(control.text.startsWith(first)).toBe(true);

  // "Where am I" (the keypad's help key) says a lot; a key cuts it at once.
  from = await mark(page);
  await page.evaluate(() => window.dispatchEvent(new CustomEvent('atiende:where-am-i')));
  await expectSaid(page, en('home.title'), 'en', from);
  const beforeKey = await mark(page);
  await page.keyboard.press('Shift');
  await expect.poll(async () => (await heard(page)).slice(beforeKey).some((line) => line.kind === 'stopped')).toBe(true);
  const afterCut = await mark(page);
  await expect(page.locator('[data-screen="home"]')).toBeVisible();
  expect((await saidTexts(page, afterCut)).map((line) => line.text)).not.toContain(en('speech.keyGuide'));

  // The keypad's * says again what was said since the last interruption.
  from = await mark(page);
  await page.keyboard.press('NumpadMultiply');
  await expectSaid(page, en('home.title'), 'en', from);
});

test.describe('with the pilot flows on', () => {
  test.use({ storeConfig: { rewrite: (config) => ({ ...config, pilots: { share: 1 } }) } });

  test('a personal entry is said only as "hidden", typed, deleted and reviewed; a ticket is read with its number, place and wait', async ({ kioskPage: page }) => {
    await listenToSpeech(page);
    await holdTwoFingers(page, es('speech.on'));
    await page.getByRole('button', { name: es('attract.start') }).click();
    await page.getByRole('button', { name: languageNames.en }).click();
    await expectScreen(page, 'home');

    await openFlow(page, 'en', /Top up a mobile/);
    await expectStep(page, 'enterText', 'phone');
    // Not the step's example (612345678), which its hint says aloud, as it shows it.
    const phone = '655443390';
    const privateFrom = await mark(page);
    const field = page.locator('[data-step="phone"] input');
    await field.focus();
    await expectSaid(page, new RegExp(`, ${en('speech.roles.textbox')}, ${en('speech.blank')}`), 'en', privateFrom);
    await typeHeard(page, phone, () => en('speech.hidden'), 'en');
    let from = await mark(page);
    await page.keyboard.press('Backspace');
    await expectSaid(page, en('speech.deleted'), 'en', from);
    await page.keyboard.type('0');
    await expect(field).toHaveValue(phone);
    await page.getByRole('button', { name: en('flow.continue'), exact: true }).click();
    await expectStep(page, 'enterNumber', 'amount');
    await page.getByRole('button', { name: '€20' }).click();
    from = await mark(page);
    await page.getByRole('button', { name: en('flow.continue'), exact: true }).click();
    await expectStep(page, 'review', 'review');
    await expect(page.locator('main')).toContainText('•••• 390');
    // The review is read as it appears: the number it shows by its last digits is "hidden" too.
    await expectSaid(page, new RegExp(`${en('speech.hidden')}.*€20`), 'en', from);
    const texts = (await saidTexts(page, privateFrom)).map((line) => line.text);
    const pieces = [...phone].map((_, index) => phone.slice(index, index + 3)).filter((piece) => piece.length === 3);
    expect(texts.filter((text) => pieces.some((piece) => text.includes(piece)) || [...phone].includes(text))).toEqual([]);

    // A ticket for a person: its number (said as people say it), place in line and wait, as the screen appears.
    await page.getByRole('button', { name: en('flow.back') }).click();
    await expectStep(page, 'enterNumber', 'amount');
    await page.getByRole('button', { name: en('session.startOver') }).click();
    await expectScreen(page, 'attract');
    await holdTwoFingers(page, es('speech.on'));
    await page.getByRole('button', { name: es('attract.start') }).click();
    await page.getByRole('button', { name: languageNames.en }).click();
    await openFlow(page, 'en', /Talk to a person/);
    from = await mark(page);
    await page.getByRole('button', { name: /Product advice/ }).click();
    await expectStep(page, 'info', 'ticket');
    await expect(page.locator('main')).toContainText('B001');
    const ticket = await expectSaid(page, /B 1/, 'en', from);
    expect(ticket.text).toContain(en('waiting.yourNumber', { service: 'Product advice' }));
    expect(ticket.text).toContain(en('waiting.position_one'));
    expect(ticket.text).toContain(en('waiting.estimate'));
  });
});

test.describe('with staff sign-in at the kiosk', () => {
  test.use({ staffSignIn: true });

  test("staff's PIN is never said, not even a digit of it", async ({ kioskPage: page }) => {
    await listenToSpeech(page);
    await holdTwoFingers(page, es('speech.on'));
    await page.keyboard.press('Control+Alt+KeyS');
    const dialog = page.getByRole('dialog', { name: es('staffAtKiosk.signIn.title') });
    await expect(dialog.getByLabel(es('staffAtKiosk.signIn.idLabel'))).toBeFocused();
    await expectSaid(page, es('staffAtKiosk.signIn.title'), 'es');
    await typeHeard(page, ana.id, (character) => character, 'es');
    const pinFrom = await mark(page);
    await page.keyboard.press('Enter');
    const pinField = dialog.getByLabel(es('staffAtKiosk.signIn.pinLabel'), { exact: true });
    await expect(pinField).toBeFocused();
    await expectSaid(page, `${es('staffAtKiosk.signIn.pinLabel')}, ${es('speech.roles.textbox')}, ${es('speech.blank')}`, 'es', pinFrom);
    await typeHeard(page, ana.pin, () => es('speech.hidden'), 'es');
    // A keypad user walking the dialog's digit keys hears "hidden" on each: which key is which is not said.
    await page.keyboard.press('Tab');
    await expectSaid(page, new RegExp(`^${es('speech.hidden')}, ${es('speech.roles.button')}`), 'es', pinFrom);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(dialog).toHaveCount(0);
    const texts = (await saidTexts(page)).map((line) => line.text);
    expect(texts.filter((text) => text.includes(ana.pin.slice(0, 3)) || text.includes(ana.pin.slice(3)) || [...ana.pin].includes(text))).toEqual([]);
  });
});

test('the end of a session stops speech and puts the volume back', async ({ kioskPage: page }) => {
  await listenToSpeech(page);
  await holdTwoFingers(page, es('speech.on'));
  await page.getByRole('button', { name: es('attract.start') }).click();
  await page.getByRole('button', { name: languageNames.es }).click();
  await expectScreen(page, 'home');
  await expectSaid(page, es('home.title'), 'es');

  // Each character typed into a field is said as it comes, a deleted one too.
  await openFlow(page, 'es', /Recoger un pedido/);
  await expectStep(page, 'scan', 'code');
  let from = await mark(page);
  await page.getByLabel('Código del pedido').focus();
  await expectSaid(page, `Código del pedido, ${es('speech.roles.textbox')}, ${es('speech.blank')}, ${es('flow.example', { example: 'K7M2QX' })}`, 'es', from);
  await typeHeard(page, 'K7', (character) => character, 'es');
  from = await mark(page);
  await page.keyboard.press('Backspace');
  await expectSaid(page, `${es('speech.deleted')} 7`, 'es', from);

  // The keypad's - turns it down: what is said next is softer.
  await page.keyboard.press('NumpadSubtract');
  from = await mark(page);
  await page.keyboard.press('Tab');
  expect((await expectSaid(page, new RegExp(es('speech.roles.button')), 'es', from)).volume).toBeCloseTo(0.7);

  from = await mark(page);
  await page.evaluate(() => window.dispatchEvent(new CustomEvent('atiende:where-am-i')));
  await expectSaid(page, 'Escanee o escriba el código de su pedido', 'es', from);
  const beforeEnd = await mark(page);
  await page.getByRole('button', { name: es('session.startOver') }).click();
  await expectScreen(page, 'attract');
  await expect(page.locator('html')).not.toHaveAttribute('data-speech', '');
  await expect.poll(async () => (await heard(page)).slice(beforeEnd).some((line) => line.kind === 'stopped')).toBe(true);
  // Silence on the attract screen: nothing is said once it is back.
  const afterEnd = await mark(page);
  await expect(page.locator('[data-screen="attract"] h1')).toBeFocused();
  expect(await saidTexts(page, afterEnd)).toEqual([]);

  // The next customer who turns speech on hears it at the starting volume.
  from = await mark(page);
  await holdTwoFingers(page, es('speech.on'));
  expect((await expectSaid(page, es('speech.on'), 'es', from)).volume).toBeCloseTo(0.8);
});

test('the waiting board says a call in each store language with the host voice', async ({ page, kiosk }) => {
  await recordSpeech(page);
  await openBoard(page, kiosk);
  await kiosk.call('queue.takeTicket', { service: 'customer-service' });
  await kiosk.call('queue.callNext', { counter: 'desk-2' });
  const call = await expectSaid(page, 'Turno A 1, mostrador 2', 'es');
  expect(call).toMatchObject({ engine: 'espeak-ng', volume: 1 });
  await expectSaid(page, 'Ticket A 1, counter 2', 'en');
});
