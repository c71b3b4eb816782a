// Touch-kiosk manners for the page: no context menu, no dragging things around, no zooming
// with a wheel or pinch, none of which a customer means to do.
export function lockDownPage(page: Window): void {
  page.addEventListener('contextmenu', (event) => event.preventDefault());
  page.addEventListener('dragstart', (event) => event.preventDefault());
  page.addEventListener(
    'wheel',
    (event) => {
      if (event.ctrlKey) event.preventDefault();
    },
    { passive: false },
  );
  // Safari-style pinch gestures; Chromium honours touch-action in the CSS.
  page.addEventListener('gesturestart', (event) => event.preventDefault());
}
