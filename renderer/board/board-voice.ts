// The waiting board's voice: one speaker and one call announcer for the board's life. The store's
// speech settings and languages are read as each call is said, so a call that comes before the
// store's profile (the board has just started), or while it changes, is still said, and a call
// being said is never cut by a new state.
import type { i18n } from 'i18next';
import type { KioskState } from '../../shared/host-api/contract.ts';
import type { HostClient } from '../kit/host/host-client.ts';
import { spokenNumber } from '../kit/i18n/wait-text.ts';
import { createPageSpeaker } from '../kit/speech/page-speaker.ts';
import { browserAnnouncerDevices } from './board-devices.ts';
import { createCallAnnouncer, type CallAnnouncer, type CallToAnnounce } from './call-announcer.ts';

type ReadyProfile = Extract<KioskState, { state: 'ready' }>['profile'];

/** Calls are said at a fixed level: nobody stands at a board to turn it up. */
const boardVolume = 1;

export interface BoardVoice {
  /** The board is showing: calls are said from now on. */
  start(): void;
  announce(call: CallToAnnounce): void;
  /** The store's profile as the board last read it; null while it has none. */
  follow(state: KioskState | null): void;
  /** The board is closing: what waits is dropped (a start again, as React's strict mode does, says the calls after it). */
  stop(): void;
}

export function createBoardVoice(host: HostClient, translator: i18n): BoardVoice {
  let profile: ReadyProfile | null = null;
  const speaker = createPageSpeaker({
    host,
    setting: () => profile?.accessibility.speech.engine ?? 'auto',
    wordsPerMinute: () => profile?.accessibility.speech.wordsPerMinute ?? 165,
    volume: () => boardVolume,
  });
  const devices = browserAnnouncerDevices(speaker);
  // Every call is said in each of the store's languages, whatever the board shows at that moment;
  // before the profile has come, in the language shown.
  const sentences = ({ number, counterLabel }: CallToAnnounce) =>
    (profile?.languages.enabled ?? [translator.language]).map((language) => ({
      language,
      text: translator.getFixedT(language)('board.callSpoken', { number: spokenNumber(number), counter: counterLabel }),
    }));
  let announcer: CallAnnouncer | null = null;
  return {
    start() {
      announcer ??= createCallAnnouncer(devices, sentences);
    },
    announce: (call) => announcer?.announce(call),
    follow(state) {
      profile = state?.state === 'ready' ? state.profile : null;
    },
    stop() {
      announcer?.stop();
      announcer = null;
    },
  };
}
