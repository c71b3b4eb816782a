// The host's offline voice (espeak-ng): the host turns a sentence into a WAV, played here with Web
// Audio at the customer's volume. Web Audio plays the decoded sound from memory, so the page's
// Content-Security-Policy needs no blob: or data: media source for it.
import type { SpeechEngine, SpokenText } from './speech-engine.ts';

export interface SynthesizedSpeech {
  /** A WAV file, base64. */
  audio: string;
  durationMs: number;
}

export interface HostVoiceDeps {
  synthesize: (sentence: SpokenText) => Promise<SynthesizedSpeech>;
  /** Whether a failure means the host has no engine at all (not just this sentence). */
  isMissing: (fault: unknown) => boolean;
}

/** Where the sound cannot be heard to end (a suspended audio context), the queue moves on this long after its length. */
const endSlackMs = 750;

function bytesOf(base64: string): ArrayBuffer {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes.buffer;
}

export function hostVoice({ synthesize, isMissing }: HostVoiceDeps): SpeechEngine {
  let missing = false;
  let audio: AudioContext | null = null;

  return {
    hasVoice: () => !missing,
    async speak(sentence, cut, started) {
      let sound: SynthesizedSpeech;
      try {
        sound = await synthesize(sentence);
      } catch (fault) {
        if (isMissing(fault)) missing = true;
        throw fault;
      }
      // Cut while the host worked: a late answer must not talk over what replaced it.
      if (cut.aborted) return;
      audio ??= new AudioContext();
      const buffer = await audio.decodeAudioData(bytesOf(sound.audio));
      if (cut.aborted) return;
      if (audio.state === 'suspended') void audio.resume().catch(() => undefined);
      const source = audio.createBufferSource();
      const gain = audio.createGain();
      source.buffer = buffer;
      gain.gain.value = sentence.volume;
      source.connect(gain).connect(audio.destination);
      await new Promise<void>((resolve) => {
        let done = false;
        const timer = setTimeout(finish, sound.durationMs + endSlackMs);
        function finish(): void {
          if (done) return;
          done = true;
          clearTimeout(timer);
          cut.removeEventListener('abort', cutShort);
          source.disconnect();
          resolve();
        }
        function cutShort(): void {
          source.stop();
          finish();
        }
        cut.addEventListener('abort', cutShort, { once: true });
        source.onended = finish;
        source.start();
        started();
      });
    },
  };
}
