// The speech host method: a text in, the host's offline engine's WAV audio out, in base64.
import type { DomainHandlers } from '../api/dispatcher.ts';
import type { SpeechEngine } from './espeak-engine.ts';

export function speechHandlers(engine: SpeechEngine): DomainHandlers<'speech'> {
  return {
    'speech.synthesize': async ({ text, language }) => {
      const spoken = await engine.speak(text, language);
      return { audio: spoken.bytes.toString('base64'), mimeType: 'audio/wav', durationMs: spoken.durationMs };
    },
  };
}
