// What the speaker asks of a voice, whichever it is (the platform's Web Speech voices or the
// host's espeak-ng), and which one speaks a sentence: the store's setting, then what is there.

/** The store's choice (profile.accessibility.speech.engine). */
export type EngineSetting = 'auto' | 'platform' | 'espeak-ng';
/** The voice that spoke, as the test hook reports it. */
export type EngineName = 'platform' | 'espeak-ng';

export interface SpokenText {
  text: string;
  /** The language the text is written in (an i18next language, e.g. 'es' or 'en-XA'). */
  language: string;
}

export interface SpeechEngine {
  /** Whether it can speak `language` now: a voice for it, and no sign it is missing altogether. */
  hasVoice(language: string): boolean;
  /**
   * Speaks one sentence at `volume` (0 to 1). Calls `started` when the sound begins; resolves when
   * it has ended or was cut; rejects when it could not speak it (then `hasVoice` says whether to
   * try another voice).
   */
  speak(sentence: SpokenText & { volume: number }, cut: AbortSignal, started: () => void): Promise<void>;
}

/**
 * 'platform' and 'espeak-ng' use that engine or none; 'auto' prefers the platform's own voice for
 * the language (no round trip, often better sounding) and falls back to the host's espeak-ng,
 * which many Linux kiosks need.
 */
export function chooseEngine(setting: EngineSetting, available: Record<EngineName, boolean>): EngineName | null {
  if (setting === 'auto') return available.platform ? 'platform' : available['espeak-ng'] ? 'espeak-ng' : null;
  return available[setting] ? setting : null;
}
