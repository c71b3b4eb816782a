// The waiting board's sound: a two-note chime made with Web Audio (no file to ship or load) and the
// page's speaker, which speaks in the display's own voice for the language or, where it has none
// (many Linux displays), in the host's offline one. Either may be missing; a call is then shown,
// not heard.
import { playChime } from '../kit/chime.ts';
import type { Speaker } from '../kit/speech/speaker.ts';
import type { AnnouncerDevices } from './call-announcer.ts';

// E5 then C5: the familiar "ding-dong" of a queue call.
const callChime = { notes: [659.25, 523.25], noteSeconds: 0.45, volume: 0.35, ring: 1.8 };

export function browserAnnouncerDevices(speaker: Speaker): AnnouncerDevices {
  let audio: AudioContext | null = null;
  return {
    async chime() {
      audio ??= new AudioContext();
      if (audio.state === 'suspended') await audio.resume();
      playChime(audio, callChime);
      await new Promise((resolve) => setTimeout(resolve, (callChime.notes.length + 1) * callChime.noteSeconds * 1000));
    },
    speak: ({ text, language }) => speaker.sayAndWait(text, language),
  };
}
