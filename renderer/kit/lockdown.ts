// Keeps a customer's page (the kiosk and the waiting board, never the staff pages) from every way
// out that the page itself can stop: browser shortcuts, context menus, selecting and dragging,
// dropped files and links, the mouse's back and forward buttons, links and navigations off its own
// origin, new windows and the print dialog. The shells stop what reaches Chromium before the page
// (electron/main/lockdown.ts; the browser shell's --kiosk and policy); the CSP forbids javascript: URLs.
import { isEscapeKey } from './escape-keys.ts';

/** Where typing needs a caret, a selection and Backspace. */
const typingFields =
  'textarea, input:not([type=button], [type=checkbox], [type=color], [type=file], [type=image], [type=radio], [type=range], [type=reset], [type=submit]), [contenteditable]:not([contenteditable=false])';

function isTypingField(target: EventTarget | null): boolean {
  if (!(target instanceof Node)) return false;
  const element = target instanceof Element ? target : target.parentElement;
  return element?.closest(typingFields) != null;
}

/** Same scheme and host, compared by parts: that holds for Electron's app://kiosk too, whatever origin a URL object reports for it. */
function isOwnAddress(page: Window, address: URL): boolean {
  return address.protocol === page.location.protocol && address.host === page.location.host;
}

const prevent = (event: Event) => event.preventDefault();

// Capture on the window: the first to hear every event, before any of the page's own handlers.
const first = { capture: true } as const;

export function lockDownPage(page: Window): void {
  page.addEventListener(
    'keydown',
    (event) => {
      const { key, code, ctrlKey, metaKey, altKey, shiftKey } = event;
      const press = { key, code, ctrlKey, metaKey, altKey, shiftKey, altGraph: event.getModifierState('AltGraph') };
      if (!isEscapeKey(press, isTypingField(event.target))) return;
      event.preventDefault();
      // The page's own key handlers (the scanner typing into a field) must not act on it either.
      event.stopPropagation();
    },
    first,
  );
  // Right click, a long press on a touch screen and the menu key all arrive as contextmenu.
  page.addEventListener('contextmenu', prevent, first);
  page.addEventListener(
    'selectstart',
    (event) => {
      if (!isTypingField(event.target)) event.preventDefault();
    },
    first,
  );
  page.addEventListener('dragstart', prevent, first);
  // A file or link dropped on a page that did not take it is opened by Chromium in a new tab.
  page.addEventListener(
    'dragover',
    (event) => {
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'none';
    },
    first,
  );
  page.addEventListener('drop', prevent, first);
  page.addEventListener(
    'wheel',
    (event) => {
      // Ctrl+wheel zooms, and a touchpad's pinch arrives as one.
      if (event.ctrlKey) event.preventDefault();
    },
    { capture: true, passive: false },
  );
  // Safari-style pinch gestures; Chromium honours touch-action in the CSS.
  page.addEventListener('gesturestart', prevent, first);
  // Buttons 3 and 4 go back and forward on release; the middle one opens a link in a new tab or pastes.
  const otherButton = (event: MouseEvent) => {
    if (event.button === 1 || event.button === 3 || event.button === 4) event.preventDefault();
  };
  page.addEventListener('mousedown', otherButton, first);
  page.addEventListener('mouseup', otherButton, first);
  page.addEventListener('auxclick', prevent, first);
  page.addEventListener('click', (event) => keepLinkHere(page, event), first);
  // Whatever starts a navigation off the page's origin (a location assignment, a form, a link the
  // click guard missed), the Navigation API can still cancel it before it leaves.
  page.navigation.addEventListener('navigate', (event) => {
    if (event.cancelable && !isOwnAddress(page, new URL(event.destination.url))) event.preventDefault();
  });
  page.open = () => null;
  page.print = () => undefined;
}

/**
 * A link is followed only in place and only on the page's own origin: Shift, Ctrl or Cmd would open
 * a new window or tab, Alt would download it, a target another window, and file: or javascript:
 * would reach the computer.
 */
function keepLinkHere(page: Window, event: MouseEvent): void {
  const link = event.target instanceof Element ? event.target.closest('a[href], area[href]') : null;
  if (!link) return;
  const href = link.getAttribute('href') ?? '';
  const target = link.getAttribute('target') ?? '';
  const address = URL.parse(href, page.document.baseURI);
  const elsewhere = address === null || !isOwnAddress(page, address) || (target !== '' && target !== '_self') || link.hasAttribute('download');
  if (elsewhere || event.shiftKey || event.ctrlKey || event.metaKey || event.altKey) event.preventDefault();
}
