// One page's speaker: sentences spoken one after another in the voice the store's setting picks
// for each, cut short when something more urgent comes (any key, a new screen), and the last thing
// said said again on request. Speech is best effort: with no voice at all the page says nothing,
// warns once, and works as before.
import { chooseEngine, type EngineName, type EngineSetting, type SpeechEngine, type SpokenText } from './speech-engine.ts';

export interface SayOptions {
  /** Drops what is waiting and cuts what is being said: this replaces it. */
  interrupt?: boolean;
}

export interface Speaker {
  say(text: string, language: string, options?: SayOptions): void;
  /** Says `text` in its turn; resolves once it has been said, cut, or could not be (no voice). */
  sayAndWait(text: string, language: string): Promise<void>;
  /** Silence now: what is being said is cut and what was waiting dropped. */
  stop(): void;
  /** Says again what was said since the last interruption (a screen's whole announcement, say). */
  repeat(): void;
}

export type StartedSentence = SpokenText & { engine: EngineName; volume: number };

export interface SpeakerDeps {
  engines: Record<EngineName, SpeechEngine>;
  setting: () => EngineSetting;
  /** Read as each sentence starts: the customer may turn it up or down between them. */
  volume: () => number;
  /** A sentence began to sound (the test hook hears of it). */
  started: (sentence: StartedSentence) => void;
  /** Something being said or waiting was cut. */
  stopped: () => void;
  warn: (message: string, fault?: unknown) => void;
}

/** One line, without the page's layout whitespace. */
function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A sentence waiting its turn, and who waits for it to be over. */
type Turn = SpokenText & { over?: () => void };

export function createSpeaker({ engines, setting, volume, started, stopped, warn }: SpeakerDeps): Speaker {
  let waiting: Turn[] = [];
  let current: { cut: AbortController; turn: Turn } | null = null;
  /** What has been said (or is still to be) since the last interruption: what `repeat` says again. */
  let lastGroup: SpokenText[] = [];
  const warned = new Set<string>();

  function warnOnce(kind: string, message: string, fault?: unknown): void {
    if (warned.has(kind)) return;
    warned.add(kind);
    warn(message, fault);
  }

  async function speakOne(sentence: SpokenText, cut: AbortSignal): Promise<void> {
    // An engine that finds it has no voice after all (the host without espeak-ng) says so through
    // hasVoice, and the sentence goes to the next choice; each turn rules one engine out.
    for (;;) {
      const engine = chooseEngine(setting(), {
        platform: engines.platform.hasVoice(sentence.language),
        'espeak-ng': engines['espeak-ng'].hasVoice(sentence.language),
      });
      if (!engine) {
        warnOnce('noVoice', `speech: no voice for "${sentence.language}" (setting ${setting()}); nothing is spoken`);
        return;
      }
      const level = volume();
      try {
        await engines[engine].speak({ ...sentence, volume: level }, cut, () => started({ ...sentence, engine, volume: level }));
        return;
      } catch (fault) {
        if (cut.aborted) return;
        if (engines[engine].hasVoice(sentence.language)) {
          warnOnce(`failed-${engine}`, `speech: ${engine} could not speak a sentence`, fault);
          return;
        }
      }
    }
  }

  function next(): void {
    if (current) return;
    const turn = waiting.shift();
    if (!turn) return;
    const playing = { cut: new AbortController(), turn };
    current = playing;
    void speakOne(turn, playing.cut.signal).finally(() => {
      turn.over?.();
      // A cut sentence's turn is over already: whatever replaced it is under way.
      if (current !== playing) return;
      current = null;
      next();
    });
  }

  function silence(): boolean {
    const active = current !== null || waiting.length > 0;
    for (const turn of waiting) turn.over?.();
    waiting = [];
    current?.cut.abort();
    current = null;
    return active;
  }

  function enqueue(sentences: Turn[], interrupt: boolean): void {
    if (interrupt) {
      if (silence()) stopped();
      lastGroup = [];
    }
    lastGroup.push(...sentences.map(({ text, language }) => ({ text, language })));
    waiting.push(...sentences);
    next();
  }

  return {
    say(text, language, { interrupt = false } = {}) {
      const spoken = tidy(text);
      if (!spoken) {
        if (interrupt) enqueue([], true);
        return;
      }
      enqueue([{ text: spoken, language }], interrupt);
    },
    sayAndWait(text, language) {
      const spoken = tidy(text);
      if (!spoken) return Promise.resolve();
      return new Promise((resolve) => enqueue([{ text: spoken, language, over: resolve }], false));
    },
    stop() {
      if (silence()) stopped();
    },
    repeat() {
      enqueue([...lastGroup], true);
    },
  };
}
