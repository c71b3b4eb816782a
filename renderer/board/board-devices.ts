// The waiting board's sound: a two-note chime made with Web Audio (no file to ship or load) and the
// display's own speech voices. Either may be missing on a display; a call is then shown, not heard.
import type { AnnouncerDevices, Utterance } from './call-announcer.ts';

const chimeNotes = [659.25, 523.25]; // E5 then C5: the familiar "ding-dong" of a queue call.
const noteSeconds = 0.45;
/** The longest any one sentence may take before the next call goes on regardless. */
const speechTimeoutMs = 12_000;

export function browserAnnouncerDevices(): AnnouncerDevices {
  let audio: AudioContext | null = null;
  return {
    async chime() {
      audio ??= new AudioContext();
      if (audio.state === 'suspended') await audio.resume();
      const start = audio.currentTime + 0.05;
      chimeNotes.forEach((frequency, index) => {
        const context = audio!;
        const tone = context.createOscillator();
        const volume = context.createGain();
        const at = start + index * noteSeconds;
        tone.type = 'sine';
        tone.frequency.value = frequency;
        volume.gain.setValueAtTime(0.0001, at);
        volume.gain.exponentialRampToValueAtTime(0.35, at + 0.02);
        volume.gain.exponentialRampToValueAtTime(0.0001, at + noteSeconds * 1.8);
        tone.connect(volume).connect(context.destination);
        tone.start(at);
        tone.stop(at + noteSeconds * 1.9);
      });
      await new Promise((resolve) => setTimeout(resolve, (chimeNotes.length + 1) * noteSeconds * 1000));
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
