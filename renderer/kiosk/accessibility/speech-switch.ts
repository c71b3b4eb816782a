// Speech turned on and off outside the options dialog and the keypad: by the two-finger gesture
// (either way) and by a headset plugged into the kiosk (on only). However speech comes on, it says
// so with the key guide; the gesture that turns it off says so too. Pulling the headset out leaves
// speech on: a blind customer half-way through a flow must not lose their guide to a loose plug;
// the volume goes back to its start, since a level set for a headset may be too loud or too quiet
// from the kiosk's own speaker. Speech stops whenever the mode goes off, the session's end among
// those times.
import { startVolume } from './accessibility-store.ts';
import { switchMode } from './accessibility-actions.ts';
import type { Kiosk } from '../kiosk.ts';

export function speechGestured(kiosk: Kiosk): void {
  const on = !kiosk.accessibility.getState().modes.speech;
  switchMode(kiosk, 'speech', on, 'gesture');
  if (!on) kiosk.speaker.say(kiosk.i18n.t('speech.off'), kiosk.i18n.language, { interrupt: true });
}

export function headsetChanged(kiosk: Kiosk, plugged: boolean): void {
  const accessibility = kiosk.accessibility.getState();
  if (!plugged) return accessibility.volumeChanged(startVolume);
  switchMode(kiosk, 'speech', true, 'headset');
}

/**
 * Says "speech on" and the key guide whenever speech comes on, silences the speaker whenever it goes
 * off (the gesture, the options, the session's end), and follows the headset.
 */
export function followSpeech(kiosk: Kiosk): () => void {
  const unsubscribers = [
    kiosk.accessibility.subscribe((state, previous) => {
      if (previous.modes.speech === state.modes.speech) return;
      if (!state.modes.speech) return kiosk.speaker.stop();
      const { language, t } = kiosk.i18n;
      kiosk.speaker.say(t('speech.on'), language, { interrupt: true });
      kiosk.speaker.say(t('speech.keyGuide'), language);
    }),
    kiosk.host.on('accessibility.headsetChanged', ({ plugged }) => headsetChanged(kiosk, plugged)),
  ];
  return () => {
    for (const unsubscribe of unsubscribers) unsubscribe();
  };
}
