// The speech test hook: each sentence, as it begins to sound, and each cut are announced on the
// window as DOM events, so end-to-end tests hear what a customer would (headless Chromium has no
// speakers to listen to). Nothing in the page listens to them.
import type { StartedSentence } from './speaker.ts';

const speechStartedEvent = 'atiende:speech';
const speechStoppedEvent = 'atiende:speech-stopped';

/** The sentence's volume comes along too (0 to 1), so tests can hear the volume keys and the reset at a session's end. */
export function announceSpeech({ text, language, engine, volume }: StartedSentence): void {
  window.dispatchEvent(new CustomEvent(speechStartedEvent, { detail: { text, language, engine, volume } }));
}

export function announceSpeechStopped(): void {
  window.dispatchEvent(new CustomEvent(speechStoppedEvent));
}
