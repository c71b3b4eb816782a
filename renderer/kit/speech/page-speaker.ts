// The speaker a page (the kiosk, the waiting board) speaks through: the platform's local voices
// or the host's espeak-ng, as the store's setting says, with the test hook told of every sentence.
import { languageSchema } from '../../../shared/i18n/languages.ts';
import type { HostClient } from '../host/host-client.ts';
import { HostCallError } from '../host/host-call-error.ts';
import { hostVoice } from './host-voice.ts';
import { platformVoice } from './platform-voice.ts';
import { createSpeaker, type Speaker } from './speaker.ts';
import type { EngineSetting } from './speech-engine.ts';
import { announceSpeech, announceSpeechStopped } from './speech-hook.ts';

export interface PageSpeakerDeps {
  host: HostClient;
  /** The store's speech settings, read for each sentence (the profile may arrive or change later). */
  setting: () => EngineSetting;
  wordsPerMinute: () => number;
  volume: () => number;
}

export function createPageSpeaker({ host, setting, wordsPerMinute, volume }: PageSpeakerDeps): Speaker {
  return createSpeaker({
    engines: {
      platform: platformVoice(wordsPerMinute),
      'espeak-ng': hostVoice({
        synthesize: ({ text, language }) => {
          // Only the languages the kiosk ships are spoken; a language tag from the page (a lang
          // attribute) that is not one of them cannot be asked for.
          const known = languageSchema.safeParse(language);
          if (!known.success) return Promise.reject(new Error(`no host voice for ${language}`));
          return host.call('speech.synthesize', { text: text.slice(0, 2000), language: known.data });
        },
        isMissing: (fault) => fault instanceof HostCallError && (fault.code === 'speech.unavailable' || fault.code === 'auth.forbidden'),
      }),
    },
    setting,
    volume,
    started: announceSpeech,
    stopped: announceSpeechStopped,
    warn: (message, fault) => console.warn(`[speech] ${message}`, fault ?? ''),
  });
}
