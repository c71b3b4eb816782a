// Moving through the kiosk as a keyboard or keypad user does: Tab to a control, Enter to press it.
import type { Page } from '@playwright/test';

async function focusedText(page: Page): Promise<{ text: string; tag: string; label: string }> {
  return page.evaluate(() => {
    const element = document.activeElement;
    const id = element?.getAttribute('id');
    const label = id ? (document.querySelector(`label[for="${id}"]`)?.textContent ?? '') : '';
    return {
      text: element ? `${element.getAttribute('aria-label') ?? ''} ${element.textContent ?? ''}`.trim() : '',
      tag: element?.tagName.toLowerCase() ?? '',
      label,
    };
  });
}

/** Tabs forward until the focused control's text matches, then presses Enter on it. */
export async function tabToAndPress(page: Page, name: string | RegExp): Promise<void> {
  for (let presses = 0; presses < 60; presses += 1) {
    await page.keyboard.press('Tab');
    const { text } = await focusedText(page);
    if (typeof name === 'string' ? text.includes(name) : name.test(text)) {
      await page.keyboard.press('Enter');
      return;
    }
  }
  throw new Error(`could not reach "${String(name)}" with Tab`);
}

/** Tabs forward to the text field with this label, then types into it. */
export async function tabToFieldAndType(page: Page, label: string | RegExp, text: string): Promise<void> {
  for (let presses = 0; presses < 60; presses += 1) {
    await page.keyboard.press('Tab');
    const focused = await focusedText(page);
    if (focused.tag === 'input' && (typeof label === 'string' ? focused.label.includes(label) : label.test(focused.label))) {
      await page.keyboard.type(text);
      return;
    }
  }
  throw new Error(`could not reach the field "${String(label)}" with Tab`);
}
