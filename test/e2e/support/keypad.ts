// Using the kiosk as a customer with an audio-navigation keypad does: next and previous to a
// control, enter, back, help, digits; and hearing what the kiosk says, through its speech test hook.
import { expect, type Page } from '@playwright/test';
import { heard } from './speech.ts';

/** The keypad's keys as the USB keypad sends them (the brief's design; renderer/kiosk/accessibility/keypad-keys.ts). */
export const keypad = {
  previous: 'ArrowUp',
  next: 'ArrowDown',
  enter: 'Enter',
  back: 'Escape',
  help: 'F1',
  repeat: 'NumpadMultiply',
  louder: 'NumpadAdd',
  quieter: 'NumpadSubtract',
} as const;

const squeezed = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Waits until the kiosk has begun to say something containing `text`. */
export async function expectHeard(page: Page, text: string | RegExp): Promise<void> {
  const matches = (said: string) => (typeof text === 'string' ? squeezed(said).includes(squeezed(text)) : text.test(said));
  await expect.poll(async () => (await heard(page)).some((spoken) => matches(spoken.text)), { message: `the kiosk never said ${String(text)}` }).toBe(true);
}

/**
 * Waits for a screen (and flow step), and for its heading to be spoken: a keypad user presses
 * the next key once they have heard where they are (and a key cuts what is still to be said).
 */
export async function arrive(page: Page, screen: string, step?: string): Promise<string> {
  const selector = `[data-screen="${screen}"]${step ? `[data-step="${step}"]` : ''}`;
  await expect(page.locator(selector)).toBeVisible();
  const heading = squeezed((await page.locator(`${selector} h1`).textContent()) ?? '');
  await expectHeard(page, heading);
  return heading;
}

/** The focused control's name as a person reads it: its label, or its text. */
async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return '';
    const labels = element instanceof HTMLInputElement ? [...(element.labels ?? [])].map((label) => label.textContent ?? '') : [];
    return [element.getAttribute('aria-label') ?? '', ...labels, element.textContent ?? ''].join(' ').replace(/\s+/g, ' ').trim();
  });
}

/** Presses next (or previous) until the focused control's name matches; a string must match whole. */
export async function moveTo(page: Page, name: string | RegExp, direction: 'next' | 'previous' = 'next'): Promise<number> {
  const matches = (focused: string) => (typeof name === 'string' ? focused === name : name.test(focused));
  for (let presses = 1; presses <= 80; presses += 1) {
    await page.keyboard.press(keypad[direction]);
    if (matches(await focusedName(page))) return presses;
  }
  throw new Error(`the keypad's ${direction} never reached "${String(name)}"`);
}

/** Moves to the control and presses enter on it. */
export async function pressOn(page: Page, name: string | RegExp, direction: 'next' | 'previous' = 'next'): Promise<void> {
  await moveTo(page, name, direction);
  await page.keyboard.press(keypad.enter);
}

/**
 * Types with the keypad alone: digits straight from its keys (the field takes them wherever focus
 * is on an entry step), every other character on the kiosk's own keyboard, reached with next.
 */
export async function typeWithKeypad(page: Page, text: string): Promise<void> {
  for (const character of text) {
    if (/[0-9]/.test(character)) await page.keyboard.press(character);
    else await pressOn(page, character);
  }
}
