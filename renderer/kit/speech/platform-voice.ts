// The platform's own voices through Web Speech, used only when one for the language is installed
// on this machine (localService): a network voice would send what the customer hears off the kiosk
// and fall silent whenever the network does.
import type { SpeechEngine } from './speech-engine.ts';

/** Web Speech's rate 1 is about this many words a minute in most voices. */
const wordsPerMinuteAtRateOne = 175;
/** Some platforms never report the end of a sentence: the queue moves on after this much per character. */
const longestMsPerCharacter = 150;
const shortestTimeoutMs = 5000;

/** The base language ('en' for 'en-XA' or 'en-GB'): voices are matched on it. */
function baseLanguage(language: string): string {
  return (language.split('-')[0] ?? language).toLowerCase();
}

export function platformVoice(wordsPerMinute: () => number): SpeechEngine {
  const synthesis = typeof speechSynthesis === 'undefined' ? null : speechSynthesis;

  function voiceFor(language: string): SpeechSynthesisVoice | undefined {
    const base = baseLanguage(language);
    return synthesis
      ?.getVoices()
      .find((voice) => voice.localService && baseLanguage(voice.lang.replace('_', '-')) === base);
  }

  return {
    hasVoice: (language) => voiceFor(language) !== undefined,
    speak({ text, language, volume }, cut, started) {
      const voice = voiceFor(language);
      if (!synthesis || !voice) return Promise.reject(new Error(`no local voice for ${language}`));
      return new Promise((resolve, reject) => {
        const utterance = new SpeechSynthesisUtterance(text);
        utterance.voice = voice;
        utterance.lang = voice.lang;
        utterance.volume = volume;
        utterance.rate = Math.min(2, Math.max(0.5, wordsPerMinute() / wordsPerMinuteAtRateOne));
        const timer = setTimeout(finish, Math.max(shortestTimeoutMs, text.length * longestMsPerCharacter));
        function finish(): void {
          clearTimeout(timer);
          cut.removeEventListener('abort', cutShort);
          resolve();
        }
        function cutShort(): void {
          synthesis?.cancel();
          finish();
        }
        cut.addEventListener('abort', cutShort, { once: true });
        utterance.onstart = started;
        utterance.onend = finish;
        utterance.onerror = (event) => {
          clearTimeout(timer);
          cut.removeEventListener('abort', cutShort);
          // Cancelling is how a sentence is cut, not a failure.
          if (event.error === 'canceled' || event.error === 'interrupted') resolve();
          else reject(new Error(`speech synthesis: ${event.error}`));
        };
        synthesis.speak(utterance);
      });
    },
  };
}
