// Steps every customer takes, as a person would: touch to start, pick a language, pick a service.
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';
import type { Language } from '../../../shared/i18n/languages.ts';
import { expectScreen, textsOf } from './screens.ts';

export const languageNames = { es: 'Español', en: 'English' } as const;

export async function startSession(page: Page, language: keyof typeof languageNames): Promise<void> {
  await page.getByRole('button', { name: textsOf('es')('attract.start') }).click();
  await page.getByRole('button', { name: languageNames[language] }).click();
  await expectScreen(page, 'home');
}

/** From home: the flow's introduction, then "start" (or "try it first"). */
export async function openFlow(page: Page, language: Language, title: string | RegExp, practice = false): Promise<void> {
  const t = textsOf(language);
  await page.getByRole('button', { name: title }).click();
  await expectScreen(page, 'benefit');
  await page.getByRole('button', { name: practice ? t('benefit.tryFirst') : t('benefit.start'), exact: true }).click();
}

/** Taps a text in on the kiosk's own keyboard, key by key. */
export async function tapKeys(page: Page, language: Language, text: string): Promise<void> {
  const keyboard = page.getByRole('group', { name: textsOf(language)('keyboard.label') });
  for (const key of text) await keyboard.getByRole('button', { name: key, exact: true }).click();
}

export async function expectStep(page: Page, type: string, step: string): Promise<void> {
  await expect(page.locator(`[data-screen="flow-${type}"][data-step="${step}"]`)).toBeVisible();
  await expect(page.locator(`[data-screen="flow-${type}"] h1`)).toBeFocused();
}

export async function continueStep(page: Page, language: Language): Promise<void> {
  await page.getByRole('button', { name: textsOf(language)('flow.continue'), exact: true }).click();
}
