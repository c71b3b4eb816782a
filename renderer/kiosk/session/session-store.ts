// The customer's session: which phase they are in and, once a language is chosen, the host's
// session id. Each transition names what happened and is ignored from a phase where it cannot.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { HostErrorPayload } from '../../../shared/host-api/errors.ts';
import type { Language } from '../../../shared/i18n/languages.ts';

export type SessionPhase = 'attract' | 'why' | 'language' | 'home' | 'benefit' | 'flow' | 'thanks';

interface SessionData {
  phase: SessionPhase;
  sessionId: string | null;
  language: Language | null;
  startedAt: number | null;
  /** The flow being introduced (phase 'benefit') or run (phase 'flow'). */
  flowId: string | null;
  /** This session's one draw of whether pilot flows are offered. */
  seesPilots: boolean;
  /** Where "why use the kiosk" returns to. */
  whyFrom: 'attract' | 'home';
  /** session.start is on its way. */
  starting: boolean;
  /** Why the session could not start, shown on the language screen. */
  problem: HostErrorPayload | null;
}

export interface SessionState extends SessionData {
  touched(): void;
  startRequested(): void;
  started(sessionId: string, language: Language, at: number, seesPilots: boolean): void;
  startFailed(problem: HostErrorPayload): void;
  problemDismissed(): void;
  whyOpened(): void;
  whyClosed(): void;
  flowChosen(flowId: string): void;
  flowOpened(): void;
  /** A practice run ended: back to the flow's introduction to do it for real. */
  practiceDone(): void;
  /** Back to the services from a flow or its introduction. */
  flowLeft(): void;
  flowFinished(): void;
  /** Back to the attract loop with nothing kept. */
  reset(): void;
}

export type SessionStore = StoreApi<SessionState>;

const initial: SessionData = {
  phase: 'attract',
  sessionId: null,
  language: null,
  startedAt: null,
  flowId: null,
  seesPilots: false,
  whyFrom: 'attract',
  starting: false,
  problem: null,
};

export function createSessionStore(): SessionStore {
  return createStore<SessionState>()((set, get) => {
    /** Applies a change only in the phase where it can happen. */
    const inPhase = (phase: SessionPhase, change: Partial<SessionData>) => {
      if (get().phase === phase) set(change);
    };
    return {
      ...initial,
      touched: () => inPhase('attract', { phase: 'language' }),
      startRequested: () => inPhase('language', { starting: true, problem: null }),
      started: (sessionId, language, at, seesPilots) =>
        inPhase('language', { phase: 'home', sessionId, language, startedAt: at, starting: false, seesPilots }),
      startFailed: (problem) => inPhase('language', { starting: false, problem }),
      problemDismissed: () => set({ problem: null }),
      whyOpened: () => {
        const { phase } = get();
        if (phase === 'attract' || phase === 'home') set({ phase: 'why', whyFrom: phase });
      },
      whyClosed: () => inPhase('why', { phase: get().whyFrom }),
      flowChosen: (flowId) => inPhase('home', { phase: 'benefit', flowId }),
      flowOpened: () => inPhase('benefit', { phase: 'flow' }),
      practiceDone: () => inPhase('flow', { phase: 'benefit' }),
      flowLeft: () => {
        if (get().phase === 'flow' || get().phase === 'benefit') set({ phase: 'home', flowId: null });
      },
      flowFinished: () => inPhase('flow', { phase: 'thanks' }),
      reset: () => set(initial),
    };
  });
}
