// Notices a customer who stays on a step without making progress: each bit of progress starts the
// quiet period again; when it runs out, the watch says so once.
import { defaultHesitationSeconds } from '../../../shared/config/store-config.ts';
import type { KioskProfile } from '../../../shared/host-api/contract.ts';
import type { Timers } from '../../kit/timers.ts';

export interface HesitationWatch {
  /** Starts (or starts again) the quiet period. */
  restart(seconds: number): void;
  stop(): void;
}

export function createHesitationWatch(timers: Timers, onHesitation: () => void): HesitationWatch {
  let cancel: () => void = () => {};
  return {
    restart(seconds) {
      cancel();
      cancel = timers.after(seconds * 1000, onHesitation);
    },
    stop() {
      cancel();
      cancel = () => {};
    },
  };
}

/** The store's `tutorials.hesitationSeconds`, or the config's default before a profile is known. */
export function hesitationSecondsOf(profile: KioskProfile | null): number {
  return profile?.tutorials.hesitationSeconds ?? defaultHesitationSeconds;
}
