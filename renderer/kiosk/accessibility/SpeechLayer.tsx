// The kiosk's speech, on every screen: the two-finger gesture and the headset that turn it on, any
// key cutting what is being said, and, while speech is on, the kiosk reading itself aloud (fetched
// the first time it is needed), with the keypad's "where am I" and "repeat". It draws nothing.
import { useEffect } from 'react';
import { useKiosk, useKioskSlice } from '../kiosk-context.ts';
import type { Kiosk } from '../kiosk.ts';
import { createTwoFingerHold } from './speech-gesture.ts';
import { followSpeech, speechGestured } from './speech-switch.ts';

/** Keys that act on speech itself rather than cut it: repeat, louder, softer. */
const speechKeys = new Set(['NumpadMultiply', 'NumpadAdd', 'NumpadSubtract']);

function watchGesture(kiosk: Kiosk): () => void {
  const hold = createTwoFingerHold(kiosk.timers, () => speechGestured(kiosk));
  const touch = (event: PointerEvent) => event.pointerType === 'touch';
  const pressed = (event: PointerEvent) => touch(event) && hold.pressed({ id: event.pointerId, x: event.clientX, y: event.clientY });
  const moved = (event: PointerEvent) => touch(event) && hold.moved({ id: event.pointerId, x: event.clientX, y: event.clientY });
  const released = (event: PointerEvent) => touch(event) && hold.released(event.pointerId);
  // Any key cuts speech short, first of all the page's key handling (the window's capture phase).
  const keyDown = (event: KeyboardEvent) => {
    if (!speechKeys.has(event.code)) kiosk.speaker.stop();
  };
  // Watched passively, in the capture phase: every touch still reaches what is under it.
  const pointers = [
    ['pointerdown', pressed],
    ['pointermove', moved],
    ['pointerup', released],
    ['pointercancel', released],
  ] as const;
  for (const [type, listener] of pointers) document.addEventListener(type, listener, { capture: true, passive: true });
  window.addEventListener('keydown', keyDown, { capture: true });
  return () => {
    hold.stop();
    for (const [type, listener] of pointers) document.removeEventListener(type, listener, { capture: true });
    window.removeEventListener('keydown', keyDown, { capture: true });
  };
}

function voiceScreens(kiosk: Kiosk): () => void {
  let stopped = false;
  let stop = () => {};
  void import('./self-voicing.ts').then(({ startSelfVoicing }) => {
    if (stopped) return;
    const voicing = startSelfVoicing({
      speaker: kiosk.speaker,
      words: () => ({ t: (key, options) => kiosk.i18n.t(key, options ?? {}), language: kiosk.i18n.language }),
      page: document,
    });
    // After the key that asked has cut what was being said (its keydown comes first).
    const whereAmI = () => setTimeout(() => voicing.whereAmI(), 0);
    const repeat = () => kiosk.speaker.repeat();
    window.addEventListener('atiende:where-am-i', whereAmI);
    window.addEventListener('atiende:repeat', repeat);
    stop = () => {
      voicing.stop();
      window.removeEventListener('atiende:where-am-i', whereAmI);
      window.removeEventListener('atiende:repeat', repeat);
    };
  }, (fault: unknown) => kiosk.reportFault('speech: the self-voicing code did not load', fault));
  return () => {
    stopped = true;
    stop();
  };
}

export function SpeechLayer() {
  const kiosk = useKiosk();
  const speaking = useKioskSlice('accessibility', (accessibility) => accessibility.modes.speech);

  useEffect(() => followSpeech(kiosk), [kiosk]);
  useEffect(() => watchGesture(kiosk), [kiosk]);
  useEffect(() => (speaking ? voiceScreens(kiosk) : undefined), [kiosk, speaking]);

  return null;
}
