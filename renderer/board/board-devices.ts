// The waiting board's sound: a two-note chime made with Web Audio (no file to ship or load) and the
// display's own speech voices. Either may be missing on a display; a call is then shown, not heard.
import { playChime } from '../kit/chime.ts';
import type { AnnouncerDevices, Utterance } from './call-announcer.ts';

// E5 then C5: the familiar "ding-dong" of a queue call.
const callChime = { notes: [659.25, 523.25], noteSeconds: 0.45, volume: 0.35, ring: 1.8 };
/** The longest any one sentence may take before the next call goes on regardless. */
const speechTimeoutMs = 12_000;

export function browserAnnouncerDevices(): AnnouncerDevices {
  let audio: AudioContext | null = null;
  return {
    async chime() {
      audio ??= new AudioContext();
      if (audio.state === 'suspended') await audio.resume();
      playChime(audio, callChime);
      await new Promise((resolve) => setTimeout(resolve, (callChime.notes.length + 1) * callChime.noteSeconds * 1000));
    },
    speak: speakWithDisplayVoice,
  };
}

function speakWithDisplayVoice({ text, language }: Utterance): Promise<void> {
  const synthesis = typeof speechSynthesis === 'undefined' ? null : speechSynthesis;
  if (!synthesis) return Promise.resolve();
  return new Promise((resolve) => {
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = language;
    const voice = synthesis.getVoices().find((candidate) => candidate.lang.toLowerCase().startsWith(language.toLowerCase()));
    if (voice) utterance.voice = voice;
    const timer = setTimeout(done, speechTimeoutMs);
    function done(): void {
      clearTimeout(timer);
      resolve();
    }
    utterance.onend = done;
    utterance.onerror = done;
    synthesis.speak(utterance);
  });
}
