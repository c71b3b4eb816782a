// The alert sound: three soft rising notes made with Web Audio, so there is no file to ship. A
// browser may hold audio back until the page has been touched; signing in is that touch, so the
// sign-in primes the sound. Where audio is refused the alert still shows.
import { playChime } from '../../kit/chime.ts';

export interface AlertChime {
  /** Call from a user's gesture: lets the browser play the chime later. */
  prime(): void;
  play(): void;
}

// C5, E5, G5: rising, so it reads as "look", not "error".
const alertChime = { notes: [523.25, 659.25, 783.99], noteSeconds: 0.18, volume: 0.25, ring: 2.2 };

export function createAlertChime(makeContext: () => AudioContext | null = defaultContext): AlertChime {
  let audio: AudioContext | null = null;

  function context(): AudioContext | null {
    audio ??= makeContext();
    if (audio?.state === 'suspended') void audio.resume().catch(() => undefined);
    return audio;
  }

  return {
    prime() {
      context();
    },
    play() {
      const sound = context();
      if (!sound) return;
      try {
        playChime(sound, alertChime);
      } catch {
        // A closed or refused audio context: the alert is on screen all the same.
      }
    },
  };
}

function defaultContext(): AudioContext | null {
  try {
    return typeof AudioContext === 'undefined' ? null : new AudioContext();
  } catch {
    return null;
  }
}
