// Announces queue calls on the waiting board one at a time: a chime, then "ticket A012, counter 3"
// spoken in each of the store's languages. A call never talks over another; calls arriving
// meanwhile wait their turn, and a recall of a number already waiting is not said twice.

export interface CallToAnnounce {
  number: string;
  counterLabel: string;
}

/** A sentence to speak and the language to speak it in. */
export interface Utterance {
  text: string;
  language: string;
}

export interface AnnouncerDevices {
  /** Plays the call chime; resolves when it has sounded. */
  chime(): Promise<void>;
  /** Speaks one sentence; resolves when it is said, or at once where the display has no voice. */
  speak(utterance: Utterance): Promise<void>;
}

export interface CallAnnouncer {
  announce(call: CallToAnnounce): void;
  /** Resolves once every call announced so far has been said. */
  idle(): Promise<void>;
  /** Stops after the current sentence and drops what was waiting (the board is closing). */
  stop(): void;
}

export function createCallAnnouncer(devices: AnnouncerDevices, sentences: (call: CallToAnnounce) => Utterance[]): CallAnnouncer {
  const waiting: CallToAnnounce[] = [];
  let running: Promise<void> | null = null;
  let stopped = false;

  async function run(): Promise<void> {
    for (let call = waiting.shift(); call && !stopped; call = waiting.shift()) {
      // A failing speaker must not silence the calls after it.
      await devices.chime().catch(() => undefined);
      for (const utterance of sentences(call)) {
        if (stopped) break;
        await devices.speak(utterance).catch(() => undefined);
      }
    }
    running = null;
  }

  return {
    announce(call) {
      if (stopped) return;
      if (waiting.some((queued) => queued.number === call.number && queued.counterLabel === call.counterLabel)) return;
      waiting.push(call);
      running ??= run();
    },
    idle: () => running ?? Promise.resolve(),
    stop() {
      stopped = true;
      waiting.length = 0;
    },
  };
}
