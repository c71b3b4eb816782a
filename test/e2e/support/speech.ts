// What the kiosk and the waiting board say, as tests hear it: the page's speech hook
// (renderer/kit/speech/speech-hook.ts) recorded from the page's first script, every sentence as it
// begins to sound and every cut.
import type { Page } from '@playwright/test';

export interface Heard {
  kind: 'said' | 'stopped';
  text: string;
  language: string;
  engine: string;
  /** 0 to 1: the volume the sentence was said at. */
  volume: number;
}

/** Records the page's speech from its next load on. */
export async function recordSpeech(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const heard: unknown[] = [];
    Object.assign(window, { heard });
    window.addEventListener('atiende:speech', (event) => heard.push({ kind: 'said', ...(event as CustomEvent<object>).detail }));
    window.addEventListener('atiende:speech-stopped', () => heard.push({ kind: 'stopped', text: '' }));
  });
}

/** Everything heard so far, cuts included, in order. */
export function heardWithCuts(page: Page): Promise<Heard[]> {
  return page.evaluate(() => (window as unknown as { heard: Heard[] }).heard);
}

/** Every sentence begun so far, in order. */
export async function heard(page: Page): Promise<Heard[]> {
  return (await heardWithCuts(page)).filter((line) => line.kind === 'said');
}
