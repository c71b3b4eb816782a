// The escape suite: every way out of a customer's page that the page itself can stop, tried on the
// real kiosk (browser shell, host and built renderer) in Chromium and shown stopped. Where this
// Chromium carries an escape out when nothing stops it (a dropped file opens in a new tab, the
// mouse's back button goes back, a pinch zooms, a link leaves, window.open opens, javascript: runs),
// the same try on a plain page without the lockdown, in the same test, shows it happen. Keys
// cannot show that: Chromium never runs its own shortcuts (reload, print, zoom, find) for keys sent
// through the DevTools protocol, so for a key the test shows what stops it in a real window: the page
// cancelled the press, and Chromium offers every key to the page before its shortcuts. The few it
// keeps for itself (Ctrl+N, Ctrl+T, Ctrl+W, Ctrl+Tab, with Shift too) never reach a page in a normal
// window: only a shell can stop them (Electron's: test/unit/electron/blocked-shortcuts.test.ts).
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test as kioskTest, expect, startKiosk, type Kiosk } from './support/kiosk.ts';
import { textsOf } from './support/screens.ts';
import {
  answerElsewhere,
  cancelledEvents,
  countNewPages,
  dropFromOutside,
  elsewhere,
  inSameDocument,
  layBait,
  openKiosk,
  openPlainPage,
  pinchOut,
  pressAll,
  pressMouseButton,
} from './support/escape.ts';

/**
 * One kiosk for the whole worker: every test opens a page of its own on it and changes nothing the
 * host keeps (no session starts), so starting a browser shell per test would only cost time.
 */
const test = kioskTest.extend<{ plainPage: Page }, { sharedKiosk: Kiosk }>({
  plainPage: async ({ browser, hasTouch }, use) => {
    const plain = await openPlainPage(browser, { hasTouch });
    await use(plain);
  },
  sharedKiosk: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from its first parameter.
    async ({}, use) => {
      const { kiosk, stop } = await startKiosk({ exampleStore: 'demo', usageHistory: null, storeConfig: null, staffSignIn: false, staffIdleMinutes: 1, generatedDays: 0 });
      await use(kiosk);
      await stop();
    },
    { scope: 'worker' },
  ],
});

/** Each shortcut cancelled and kept from the page's own handlers. */
async function expectShortcutsStopped(page: Page, shortcuts: string[]): Promise<void> {
  const stopped = Object.fromEntries(shortcuts.map((shortcut) => [shortcut, { cancelled: true, reachedPage: false }]));
  expect(await pressAll(page, shortcuts)).toEqual(stopped);
}

test.describe('browser shortcuts', () => {
  test.beforeEach(async ({ page, sharedKiosk }) => openKiosk(page, sharedKiosk));

  test('cancels reload: F5, Ctrl+R, Ctrl+Shift+R, Shift+F5, Ctrl+F5 and the Refresh key', async ({ page }) => {
    const before = page.url();
    await expectShortcutsStopped(page, ['F5', 'Control+r', 'Control+Shift+R', 'Shift+F5', 'Control+F5', 'BrowserRefresh']);
    expect(page.url()).toBe(before);
    expect(await inSameDocument(page)).toBe(true);
  });

  test('cancels the developer tools and the page source: F12, Ctrl+Shift+I, J, C and Ctrl+U', async ({ page }) => {
    await expectShortcutsStopped(page, ['F12', 'Control+Shift+I', 'Control+Shift+J', 'Control+Shift+C', 'Control+u']);
  });

  test('cancels printing: Ctrl+P, and window.print() opens no dialog', async ({ page, plainPage: plain }) => {
    await expectShortcutsStopped(page, ['Control+p']);
    // Chromium announces a print dialog with beforeprint, synchronously, as the plain page shows.
    const printsAnnounced = (target: Page) =>
      target.evaluate(() => {
        let announced = 0;
        window.addEventListener('beforeprint', () => (announced += 1));
        window.print();
        return announced;
      });
    expect(await printsAnnounced(plain)).toBe(1);
    expect(await printsAnnounced(page)).toBe(0);
  });

  test('cancels save and open, which browse the computer: Ctrl+S, Ctrl+O', async ({ page }) => {
    await expectShortcutsStopped(page, ['Control+s', 'Control+Shift+S', 'Control+o']);
  });

  test('cancels find, whose bar a touch screen cannot close: Ctrl+F, Ctrl+G, F3', async ({ page }) => {
    await expectShortcutsStopped(page, ['Control+f', 'Control+g', 'F3', 'Shift+F3']);
  });

  test('cancels zoom: Ctrl with plus, minus or 0, and Ctrl with the wheel', async ({ page }) => {
    await expectShortcutsStopped(page, ['Control+Equal', 'Control+Shift+Equal', 'Control+Minus', 'Control+0', 'Control+NumpadAdd', 'Control+NumpadSubtract']);
    await page.mouse.move(540, 960);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -200);
    await page.keyboard.up('Control');
    await expect.poll(() => cancelledEvents(page, 'wheel')).toEqual([true]);
  });

  test('cancels back and forward keys: Alt+Left, Alt+Right, Alt+Home, Backspace outside a field, the Back and Forward keys', async ({ page }) => {
    await expectShortcutsStopped(page, ['Alt+ArrowLeft', 'Alt+ArrowRight', 'Alt+Home', 'Backspace', 'BrowserBack', 'BrowserForward']);
  });

  test('cancels the rest of the browser: its menus, address bar, history, downloads, full screen, caret browsing', async ({ page }) => {
    await expectShortcutsStopped(page, ['F1', 'F6', 'F7', 'F10', 'F11', 'Alt+d', 'Alt+f', 'Control+l', 'Control+h', 'Control+j', 'Control+d', 'Control+Shift+Delete']);
  });

  test('cancels new window and tab keys where the page hears them: Ctrl+N, Ctrl+T, Ctrl+W, Ctrl+Shift+N, Ctrl+Tab', async ({ page }) => {
    await expectShortcutsStopped(page, ['Control+n', 'Control+t', 'Control+w', 'Control+Shift+N', 'Control+Shift+T', 'Control+Tab']);
  });

  test('lets through what customers and staff type: Escape, Tab, editing in a field, the staff chord', async ({ page }) => {
    const passed = { cancelled: false, reachedPage: true };
    expect(await pressAll(page, ['Escape', 'Tab'])).toEqual({ Escape: passed, Tab: passed });
    await layBait(page);
    const field = page.locator('#bait-field');
    await field.focus();
    await page.keyboard.type('B4T9LP');
    await page.keyboard.press('Backspace');
    await expect(field).toHaveValue('B4T9L');
    // Select all, cut, paste twice: the field's own editing keys.
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Control+x');
    await expect(field).toHaveValue('');
    await page.keyboard.press('Control+v');
    await page.keyboard.press('Control+v');
    await expect(field).toHaveValue('B4T9LB4T9L');
    // A field keeps its caret and selection: the root's user-select: none is not for fields.
    await field.dblclick();
    expect(await field.evaluate((input: HTMLInputElement) => [input.selectionStart, input.selectionEnd])).toEqual([0, 10]);
    // The demo store has staff: Ctrl+Alt+S opens their sign-in, and Escape closes it again.
    const signIn = page.getByRole('dialog', { name: textsOf('es')('staffAtKiosk.signIn.title') });
    await page.keyboard.press('Control+Alt+s');
    await expect(signIn).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(signIn).toBeHidden();
  });
});

test.describe('pointer', () => {
  test.beforeEach(async ({ page, sharedKiosk }) => openKiosk(page, sharedKiosk));

  test('opens no context menu: right click and the menu key', async ({ page }) => {
    await expectShortcutsStopped(page, ['ContextMenu', 'Shift+F10']);
    await page.mouse.click(540, 1400, { button: 'right' });
    // A long press on a touch screen arrives as the same contextmenu event; this Chromium makes none for a synthetic touch.
    const menus = await cancelledEvents(page, 'contextmenu');
    expect(menus.length).toBeGreaterThan(0);
    expect(menus.every(Boolean)).toBe(true);
  });

  test('selects no text outside a field', async ({ page, plainPage: plain }) => {
    const selected = async (target: Page): Promise<[string, string]> => {
      await layBait(target);
      await target.locator('#bait-text').dblclick({ position: { x: 20, y: 10 } });
      // Collapsed again, so the drag below selects rather than dragging the word away.
      const word = await target.evaluate(() => {
        const selection = document.getSelection();
        const text = String(selection);
        selection?.removeAllRanges();
        return text;
      });
      const box = await target.locator('#bait-text').boundingBox();
      if (!box) throw new Error('the bait text has no box');
      await target.mouse.move(box.x + 2, box.y + box.height / 2);
      await target.mouse.down();
      await target.mouse.move(box.x + box.width - 2, box.y + box.height / 2, { steps: 5 });
      await target.mouse.up();
      return [word, await target.evaluate(() => String(document.getSelection()))];
    };
    const [plainWord, plainLine] = await selected(plain);
    expect(plainWord).toBe('Words');
    expect(plainLine.length).toBeGreaterThan(10);
    expect(await selected(page)).toEqual(['', '']);
  });

  test('drags no link or image: a link dragged onto a field leaves no address in it', async ({ page, plainPage: plain }) => {
    for (const target of [plain, page]) await layBait(target);
    await plain.locator('#bait-link').dragTo(plain.locator('#bait-field'));
    await expect(plain.locator('#bait-field')).toHaveValue(/^http:\/\/plain\.test\/$/);
    await page.locator('#bait-link').dragTo(page.locator('#bait-field'));
    await page.locator('#bait-image').dragTo(page.locator('#bait-field'));
    expect(await cancelledEvents(page, 'dragstart')).toEqual([true, true]);
    await expect(page.locator('#bait-field')).toHaveValue('');
  });

  test('opens nothing for a file dropped on the page', async ({ page, plainPage: plain }, testInfo) => {
    const file = testInfo.outputPath('dropped.txt');
    writeFileSync(file, 'a file from the desktop');
    const before = page.url();
    const kioskPages = countNewPages(page.context());
    await dropFromOutside(page, { items: [], files: [file] });
    // The plain page, tried second, opens the file in a new tab; by then the kiosk's would be open too.
    const plainPages = countNewPages(plain.context());
    await dropFromOutside(plain, { items: [], files: [file] });
    await expect.poll(() => plainPages.opened().map((opened) => opened.url())).toEqual([`file://${file}`]);
    expect(kioskPages.opened()).toEqual([]);
    expect(page.url()).toBe(before);
    expect(await inSameDocument(page)).toBe(true);
  });

  test('opens nothing for a link dropped on the page', async ({ page, plainPage: plain }) => {
    const before = page.url();
    const address = new URL('/dropped', before).href;
    const dropped = { items: [{ mimeType: 'text/uri-list', data: address }] };
    const kioskPages = countNewPages(page.context());
    await dropFromOutside(page, dropped);
    const plainPages = countNewPages(plain.context());
    await dropFromOutside(plain, dropped);
    await expect.poll(() => plainPages.opened().map((opened) => opened.url())).toEqual([address]);
    expect(kioskPages.opened()).toEqual([]);
    expect(page.url()).toBe(before);
    expect(await inSameDocument(page)).toBe(true);
  });

  test("stays put for the mouse's back and forward buttons", async ({ page, plainPage: plain }) => {
    const before = page.url();
    await pressMouseButton(page, 'back');
    await pressMouseButton(page, 'forward');
    await pressMouseButton(plain, 'back');
    await plain.waitForURL('http://plain.test/before');
    expect(page.url()).toBe(before);
    expect(await inSameDocument(page)).toBe(true);
    // The buttons act on release: the lockdown cancels both releases.
    expect(await cancelledEvents(page, 'mouseup')).toEqual([true, true]);
  });
});

test.describe('pinch', () => {
  test.use({ hasTouch: true });

  test('does not zoom on a two-finger pinch', async ({ page, sharedKiosk, plainPage: plain }) => {
    await openKiosk(page, sharedKiosk);
    await pinchOut(page);
    await pinchOut(plain);
    await expect.poll(() => plain.evaluate(() => window.visualViewport?.scale ?? 1)).toBeGreaterThan(1.5);
    expect(await page.evaluate(() => window.visualViewport?.scale ?? 1)).toBe(1);
  });
});

test.describe('navigation', () => {
  test.beforeEach(async ({ page, sharedKiosk }) => openKiosk(page, sharedKiosk));

  test('runs no javascript: URL, assigned or clicked', async ({ page, plainPage: plain }) => {
    const refusals: string[] = [];
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) refusals.push(message.text());
    });
    const tryScripts = async (target: Page) => {
      await layBait(target);
      await target.evaluate(() => {
        window.location.href = 'javascript:window.assignedRan = true';
      });
      await target.locator('#bait-script').click();
    };
    await tryScripts(page);
    await tryScripts(plain);
    await expect.poll(() => plain.evaluate(() => [Reflect.get(window, 'assignedRan'), Reflect.get(window, 'baitRan')])).toEqual([true, true]);
    // The CSP refuses the assignment (and says so); the lockdown cancels the click before the CSP needs to.
    await expect.poll(() => refusals.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => [Reflect.get(window, 'assignedRan'), Reflect.get(window, 'baitRan')])).toEqual([undefined, undefined]);
    expect(await cancelledEvents(page, 'click')).toEqual([true]);
  });

  test('stays put for file: links and addresses', async ({ page }) => {
    const before = page.url();
    const refusals: string[] = [];
    page.on('console', (message) => {
      if (message.text().includes('Not allowed to load local resource')) refusals.push(message.text());
    });
    await layBait(page);
    await page.locator('#bait-file').click();
    await page.evaluate(() => {
      window.location.href = 'file:///etc/passwd';
    });
    // Chromium itself refuses file: from a web page (in Electron, app://kiosk is the shell's own guard's);
    // the lockdown cancels the click before it gets that far.
    await expect.poll(() => refusals.length).toBe(1);
    expect(await cancelledEvents(page, 'click')).toEqual([true]);
    expect(page.url()).toBe(before);
    expect(await inSameDocument(page)).toBe(true);
  });

  test("stays on its own origin: a link, a location assignment and a form's submission elsewhere", async ({ page, plainPage: plain }) => {
    const requested = await answerElsewhere(page.context());
    const before = page.url();
    const leave = async (target: Page, how: 'link' | 'location' | 'form') => {
      if (how === 'link') await target.locator('#bait-elsewhere').click();
      if (how === 'location') await target.evaluate((address) => (window.location.href = address), `${elsewhere}assigned`);
      if (how === 'form') await target.evaluate(() => document.querySelector<HTMLFormElement>('#bait-form')?.requestSubmit());
    };
    for (const how of ['link', 'location', 'form'] as const) {
      await layBait(page);
      await leave(page, how);
      await layBait(plain);
      await leave(plain, how);
      await plain.waitForURL(`${elsewhere}**`);
      expect({ how, url: page.url(), sameDocument: await inSameDocument(page) }).toEqual({ how, url: before, sameDocument: true });
      await plain.goBack();
    }
    expect(requested).toEqual([]);
  });

  test('opens no new window: window.open, a link to a new window, Shift, Ctrl or middle click on a link', async ({ page, plainPage: plain }) => {
    const openWindows = async (target: Page) => {
      await layBait(target);
      const opened = await target.evaluate(() => window.open('/', '_blank') !== null);
      await target.locator('#bait-new-window').click();
      await target.locator('#bait-link').click({ modifiers: ['Shift'] });
      await target.locator('#bait-link').click({ modifiers: ['Control'] });
      await target.locator('#bait-link').click({ button: 'middle' });
      return opened;
    };
    const kioskPages = countNewPages(page.context());
    expect(await openWindows(page)).toBe(false);
    const plainPages = countNewPages(plain.context());
    expect(await openWindows(plain)).toBe(true);
    await expect.poll(() => plainPages.opened().length).toBe(5);
    expect(kioskPages.opened()).toEqual([]);
    expect(await inSameDocument(page)).toBe(true);
  });
});

test('locks the waiting board down as well: its shortcuts, menu, new windows and drops', async ({ page, sharedKiosk }) => {
  await openKiosk(page, sharedKiosk, 'board');
  await expectShortcutsStopped(page, ['F5', 'Control+p', 'Control+Shift+I', 'Control+Equal', 'Alt+ArrowLeft']);
  await page.mouse.click(540, 960, { button: 'right' });
  expect(await cancelledEvents(page, 'contextmenu')).toEqual([true]);
  expect(await page.evaluate(() => window.open('/', '_blank'))).toBeNull();
  const cancelsDrops = await page.evaluate(() => {
    const over = new DragEvent('dragover', { cancelable: true, bubbles: true });
    const drop = new DragEvent('drop', { cancelable: true, bubbles: true });
    document.body.dispatchEvent(over);
    document.body.dispatchEvent(drop);
    return [over.defaultPrevented, drop.defaultPrevented];
  });
  expect(cancelsDrops).toEqual([true, true]);
});
