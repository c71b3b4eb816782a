// A chime made with Web Audio: soft sine notes one after another, each rising fast and fading, so
// no sound file is shipped or loaded. The waiting board calls tickets with it; the console alerts.

export interface Chime {
  /** The notes' frequencies in Hz, played in order. */
  notes: readonly number[];
  /** From one note's start to the next. */
  noteSeconds: number;
  /** The loudest a note gets, 0 to 1. */
  volume: number;
  /** How many note lengths a note takes to fade. */
  ring: number;
}

/** Plays `chime` on `audio` from now; throws where the audio context refuses (closed, not allowed). */
export function playChime(audio: AudioContext, { notes, noteSeconds, volume, ring }: Chime): void {
  const start = audio.currentTime + 0.03;
  notes.forEach((frequency, index) => {
    const tone = audio.createOscillator();
    const gain = audio.createGain();
    const at = start + index * noteSeconds;
    tone.type = 'sine';
    tone.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(volume, at + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + noteSeconds * ring);
    tone.connect(gain).connect(audio.destination);
    tone.start(at);
    tone.stop(at + noteSeconds * (ring + 0.2));
  });
}
