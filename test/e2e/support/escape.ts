// What the escape suite tries ways out with: the kiosk page with a record of the events it heard,
// a plain page without the lockdown to show each escape is real in this Chromium, the same bait
// (links, an image, a field, a form) laid on both, and real drags from outside the page.
import type { Browser, BrowserContext, Page } from '@playwright/test';
import type { Kiosk } from './kiosk.ts';
import { expectScreen } from './screens.ts';

/** An address no test resolves: both contexts answer it themselves, so nothing leaves the machine. */
export const elsewhere = 'http://elsewhere.test/';
const plainOrigin = 'http://plain.test';

/**
 * Runs before the page's own scripts, so its listeners hear every event first and the test can
 * read afterwards whether someone cancelled it (`defaultPrevented` keeps its final value).
 * `reached` holds the keys that got as far as the document, where the page's own handlers listen.
 */
function recordEvents(): void {
  const heard: Event[] = [];
  const reached: string[] = [];
  Object.assign(window, { heard, reached });
  for (const type of ['keydown', 'contextmenu', 'wheel', 'dragstart', 'mouseup', 'click', 'auxclick']) {
    window.addEventListener(type, (event) => heard.push(event), { capture: true });
  }
  document.addEventListener('keydown', (event) => reached.push(event.key));
}

/** The kiosk page on its attract screen (or the waiting board), its events recorded from the start. */
export async function openKiosk(page: Page, kiosk: Kiosk, view: 'kiosk' | 'board' = 'kiosk'): Promise<void> {
  await page.addInitScript(recordEvents);
  await page.goto(await kiosk.address(view));
  await expectScreen(page, view === 'board' ? 'board' : 'attract');
  await markDocument(page);
}

/**
 * A plain page, with no lockdown and no CSP, in a context of its own (its new tabs are
 * not the kiosk's), one page into its history so that back has somewhere to go.
 */
export async function openPlainPage(browser: Browser, options: { hasTouch?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1080, height: 1920 }, ...options });
  await context.addInitScript(recordEvents);
  await context.route(`${plainOrigin}/**`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Plain</title><p>A plain page</p>' }));
  await answerElsewhere(context);
  const page = await context.newPage();
  await page.goto(`${plainOrigin}/before`);
  await page.goto(`${plainOrigin}/`);
  await markDocument(page);
  return page;
}

/** Answers every request for `elsewhere` with a page, so a navigation there completes without a network. */
export async function answerElsewhere(context: BrowserContext): Promise<string[]> {
  const requested: string[] = [];
  await context.route(`${elsewhere}**`, (route) => {
    requested.push(route.request().url());
    return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Elsewhere</title>' });
  });
  return requested;
}

/**
 * Lays the bait on top of whatever the page shows: text, links (own origin, new window, elsewhere,
 * file:, javascript:), an image, a field and a form that posts elsewhere. Styled through the CSSOM,
 * since the kiosk's CSP refuses style attributes.
 */
export async function layBait(page: Page): Promise<void> {
  await page.evaluate((elsewhereAddress) => {
    // Once per page: a page back from Chromium's back-forward cache still has the last bait.
    document.getElementById('bait')?.remove();
    const bait = document.createElement('div');
    bait.id = 'bait';
    bait.innerHTML = `
      <p id="bait-text">Words a customer might try to select</p>
      <a id="bait-link" href="/">A link on the page's own origin</a>
      <a id="bait-new-window" href="/" target="_blank">A link to a new window</a>
      <a id="bait-elsewhere" href="${elsewhereAddress}">A link elsewhere</a>
      <a id="bait-file" href="file:///etc/passwd">A file on the computer</a>
      <a id="bait-script" href="javascript:window.baitRan = true">A script</a>
      <img id="bait-image" alt="A picture" width="64" height="64"
        src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7">
      <input id="bait-field" aria-label="A field">
      <form id="bait-form" action="${elsewhereAddress}form" method="post"><input name="q" value="1"></form>`;
    Object.assign(bait.style, { position: 'fixed', top: '0', left: '0', zIndex: '2147483647', display: 'flex', flexDirection: 'column', gap: '16px', padding: '16px', background: '#fff' });
    document.body.append(bait);
  }, elsewhere);
}

/** Presses each shortcut and says, for each, whether the page cancelled it and kept it from its own handlers. */
export async function pressAll(page: Page, shortcuts: string[]): Promise<Record<string, { cancelled: boolean; reachedPage: boolean }>> {
  const outcome: Record<string, { cancelled: boolean; reachedPage: boolean }> = {};
  for (const shortcut of shortcuts) {
    await page.evaluate(() => {
      const record = window as unknown as { heard: Event[]; reached: string[] };
      record.heard.length = 0;
      record.reached.length = 0;
    });
    await press(page, shortcut);
    // The last key down is the shortcut's own key; the ones before it are its modifiers.
    outcome[shortcut] = await page.evaluate(() => {
      const record = window as unknown as { heard: Event[]; reached: string[] };
      const presses = record.heard.filter((event): event is KeyboardEvent => event.type === 'keydown');
      const last = presses.at(-1);
      return { cancelled: last?.defaultPrevented ?? false, reachedPage: last !== undefined && record.reached.includes(last.key) };
    });
  }
  return outcome;
}

/** Windows' virtual key codes of the browser keys some keyboards have, which Playwright's keyboard does not know. */
const browserKeys: Record<string, number> = { BrowserBack: 166, BrowserForward: 167, BrowserRefresh: 168 };

async function press(page: Page, shortcut: string): Promise<void> {
  const virtualCode = browserKeys[shortcut];
  if (virtualCode === undefined) return page.keyboard.press(shortcut);
  const session = await page.context().newCDPSession(page);
  const key = { key: shortcut, code: shortcut, windowsVirtualKeyCode: virtualCode };
  await session.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...key });
  await session.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key });
  await session.detach();
}

/** Whether each recorded event of `type` was cancelled, oldest first. */
export async function cancelledEvents(page: Page, type: string): Promise<boolean[]> {
  return page.evaluate((wanted) => {
    const record = window as unknown as { heard: Event[] };
    return record.heard.filter((event) => event.type === wanted).map((event) => event.defaultPrevented);
  }, type);
}

/** Marks the document the page shows now (set after it loaded, so a reload cannot set it again). */
async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => Object.assign(window, { markedDocument: true }));
}

/** True while the page still shows the marked document: a reload or a navigation would have dropped the mark. */
export async function inSameDocument(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { markedDocument?: boolean }).markedDocument === true).catch(() => false);
}

/** Counts the pages a context opens from now on (new tabs, new windows, popups). */
export function countNewPages(context: BrowserContext): { opened: () => Page[] } {
  const opened: Page[] = [];
  context.on('page', (page) => opened.push(page));
  return { opened: () => [...opened] };
}

type DragData = { items: { mimeType: string; data: string }[]; files?: string[] };

/**
 * Drags `data` in from outside the page and drops it, as a person dragging a file from the desktop
 * or a link from another window: real, trusted drag events through the DevTools protocol, whose
 * default actions Chromium carries out (a synthesized DataTransfer event is untrusted and has none).
 */
export async function dropFromOutside(page: Page, data: DragData): Promise<void> {
  const session = await page.context().newCDPSession(page);
  const at = { x: 540, y: 1400 };
  // Copy: what a file manager offers for a dragged file or link.
  const dragData = { ...data, dragOperationsMask: 1 };
  for (const type of ['dragEnter', 'dragOver', 'drop'] as const) await session.send('Input.dispatchDragEvent', { type, ...at, data: dragData });
  await session.detach();
}

/** Presses and releases the mouse's back (or forward) button, which Playwright's mouse does not have. */
export async function pressMouseButton(page: Page, button: 'back' | 'forward'): Promise<void> {
  const session = await page.context().newCDPSession(page);
  const at = { x: 540, y: 1400 };
  const buttons = button === 'back' ? 8 : 16;
  await session.send('Input.dispatchMouseEvent', { type: 'mousePressed', ...at, button, buttons, clickCount: 1 });
  await session.send('Input.dispatchMouseEvent', { type: 'mouseReleased', ...at, button, buttons: 0, clickCount: 1 });
  await session.detach();
}

/** Two fingers spread apart in the middle of the screen. */
export async function pinchOut(page: Page): Promise<void> {
  const session = await page.context().newCDPSession(page);
  const finger = (id: number, x: number) => ({ id, x, y: 960 });
  await session.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [finger(1, 520), finger(2, 560)] });
  for (let spread = 40; spread <= 400; spread += 20) {
    await session.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [finger(1, 540 - spread), finger(2, 540 + spread)] });
  }
  await session.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await session.detach();
}
