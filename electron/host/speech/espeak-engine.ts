// The host's offline speech engine: espeak-ng speaks a text in the kiosk's language and the host
// hands the audio to the page, for kiosks whose platform has no voice for it (most Linux kiosks).
import { HostError } from '../../../shared/host-api/errors.ts';
import type { Language } from '../../../shared/i18n/languages.ts';
import { createAudioCache } from './audio-cache.ts';
import { runSpeechProgram, SpeechFault } from './espeak-process.ts';
import { createTaskLimit } from './task-limit.ts';
import { readPcmWav, type PcmWav } from './wav-audio.ts';

export interface SpeechSettings {
  engine: 'auto' | 'platform' | 'espeak-ng';
  /** The program: a name looked up on PATH or an absolute path. */
  espeakCommand: string;
  wordsPerMinute: number;
}

export interface SpeechEngine {
  /** WAV audio of `text` spoken in `language`; HostError speech.unavailable or speech.failed. */
  speak(text: string, language: Language): Promise<PcmWav>;
  /** Stops the programs still running: the host is stopping. */
  close(): void;
}

export interface SpeechEngineDeps {
  settings: SpeechSettings;
  /** Where a failure's cause goes for operators; the caller sees only its code. */
  reportFault: (method: string, fault: unknown) => void;
  /** Test seams; the defaults suit a kiosk. */
  timeoutMs?: number;
  maxBytes?: number;
}

/** espeak-ng's voice for each kiosk language (`espeak-ng --voices`); pseudo-English is read as English. */
const voices: Record<Language, string> = { es: 'es', en: 'en-gb', fr: 'fr-fr', ar: 'ar', 'en-XA': 'en-gb' };

/** espeak-ng speaks a screenful in a fraction of a second; ten seconds means it is stuck. */
const defaultTimeoutMs = 10_000;
/** The longest text (2,000 characters) in the slowest voice at the slowest rate is about 19 MB: with room. */
const maxSpeechBytes = 24 * 1024 * 1024;
/** Two at once keep a two-core kiosk responsive; more wait their turn. */
const runningAtOnce = 2;
/** A page asking far faster than speech can be spoken is refused rather than queued for ever. */
const waitingAtMost = 32;

export function createSpeechEngine({ settings, reportFault, timeoutMs = defaultTimeoutMs, maxBytes = maxSpeechBytes }: SpeechEngineDeps): SpeechEngine {
  const limit = createTaskLimit(runningAtOnce, waitingAtMost);
  const cache = createAudioCache<PcmWav>((audio) => audio.bytes.length, { entries: 64, bytes: 16 * 1024 * 1024 });
  const stopping = new AbortController();
  let missingTold = false;

  const run = async (text: string, language: Language): Promise<PcmWav> => {
    const output = await runSpeechProgram({
      command: settings.espeakCommand,
      // -b 1: the text is UTF-8, whatever the locale the host runs in.
      args: ['--stdin', '--stdout', '-b', '1', '-v', voices[language], '-s', String(settings.wordsPerMinute)],
      text,
      timeoutMs,
      maxBytes,
      signal: stopping.signal,
    });
    const audio = readPcmWav(output);
    if ('problem' in audio) throw new SpeechFault('failed', `${settings.espeakCommand} wrote ${output.length} bytes that are not speech: ${audio.problem}`);
    return audio;
  };

  return {
    async speak(text, language) {
      if (settings.engine === 'platform') throw new HostError('speech.unavailable');
      try {
        return await cache.get(`${language} ${settings.wordsPerMinute} ${text}`, () => limit.run(() => run(text, language)));
      } catch (fault) {
        if (fault instanceof SpeechFault && fault.kind === 'missing') {
          // Said once: a kiosk without espeak-ng would otherwise say it at every screen.
          if (!missingTold) console.warn(`[host] speech: ${fault.message}; install espeak-ng (apt install espeak-ng) or set accessibility.speech.espeakCommand`);
          missingTold = true;
          throw new HostError('speech.unavailable');
        }
        // The text itself is never logged: it may hold what a customer typed.
        reportFault('speech.synthesize', fault);
        throw new HostError('speech.failed');
      }
    },
    close: () => stopping.abort(),
  };
}
