// Finds text that does not fit: clipped by its box, spilling out of it, or running off the screen.
import { expect, type Page } from '@playwright/test';
import { landscape, portrait } from './screens.ts';

/** Elements with text whose content is wider or taller than their box, or that leave the viewport. */
function unfittedText(): string[] {
  const describe = (element: Element): string => {
    const name = element.tagName.toLowerCase();
    const classes = [...element.classList].map((token) => `.${token}`).join('');
    return `${name}${classes} "${(element.textContent ?? '').trim().slice(0, 40)}"`;
  };
  const found: string[] = [];
  for (const element of document.querySelectorAll('body *')) {
    if (!(element instanceof HTMLElement) || !element.textContent?.trim()) continue;
    const style = getComputedStyle(element);
    if (style.display === 'none' || style.visibility === 'hidden') continue;
    // Screen-reader-only text is a 1-pixel box on purpose.
    if (element.closest('.visually-hidden')) continue;
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    // A scroller is meant to hold more than it shows (the screen's main area on a long screen).
    const scrolls = (overflow: string) => overflow === 'auto' || overflow === 'scroll';
    if (!scrolls(style.overflowX) && element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 0) {
      found.push(`${describe(element)}: ${element.scrollWidth}px of text in ${element.clientWidth}px`);
    }
    if (!scrolls(style.overflowY) && element.scrollHeight > element.clientHeight + 1 && element.clientHeight > 0) {
      found.push(`${describe(element)}: ${element.scrollHeight}px of text in ${element.clientHeight}px high`);
    }
    if (box.left < -1 || box.right > window.innerWidth + 1) {
      found.push(`${describe(element)}: runs off the screen (${Math.round(box.left)} to ${Math.round(box.right)})`);
    }
  }
  return found;
}

/** What does not fit on the page as it is laid out now, one line per element. */
export function unfittedTextOn(page: Page): Promise<string[]> {
  return page.evaluate(unfittedText);
}

/**
 * Checks the screen in landscape and portrait, and leaves it in portrait. Soft: a walk through
 * every screen reports every screen's problems, not only the first.
 */
export async function expectTextToFit(page: Page): Promise<void> {
  for (const size of [landscape, portrait]) {
    await page.setViewportSize(size);
    // Reading sizes lays the page out first: no frame to wait for (the page's clock may be held).
    const where = await page.evaluate(() => `${document.querySelector('[data-screen]')?.getAttribute('data-screen') ?? '?'}`);
    expect.soft(await unfittedTextOn(page), `${where} at ${size.width}x${size.height}`).toEqual([]);
  }
}
