// What the coach marks are doing in this session: an offer on screen, a tour running and at which
// mark, which flows have had their first-use offer, and which flows the customer asked to be shown.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { RendererUsageEvent } from '../../../shared/usage/events.ts';

export type TutorialTrigger = Extract<RendererUsageEvent, { type: 'tutorial.offered' }>['trigger'];
export type HesitationCause = Extract<RendererUsageEvent, { type: 'hesitation.detected' }>['cause'];

/** 'marks': the step's coach marks; 'person': a step without marks points at "prefer a person". */
export type TutorialKind = 'marks' | 'person';

export interface TutorialOffer {
  flowId: string;
  step: string;
  trigger: TutorialTrigger;
  kind: TutorialKind;
}

export interface TutorialTour {
  /** Numbers the tours of a session, so a tour shown again on the same step starts afresh. */
  id: number;
  flowId: string;
  step: string;
  kind: TutorialKind;
  /** Which of the step's marks point at something on this screen (null until looked up). */
  shown: number[] | null;
  /** The mark on screen, counted from 0 among those shown. */
  mark: number;
}

interface TutorialData {
  offer: TutorialOffer | null;
  tour: TutorialTour | null;
  tours: number;
  /** A walk-in's first use is offered once per flow and session; only hesitation offers again. */
  firstUseOffered: string[];
  /** Flows the customer asked to be shown: each later step with marks shows them on arrival. */
  guided: string[];
}

export interface TutorialState extends TutorialData {
  offered(offer: TutorialOffer): void;
  offerClosed(): void;
  tourStarted(tour: Pick<TutorialTour, 'flowId' | 'step' | 'kind'>, guide: boolean): void;
  marksFound(shown: number[]): void;
  markShown(mark: number): void;
  tourEnded(): void;
  /** The flow's run ended or the customer said "skip": no more marks unless asked again. */
  guidingStopped(flowId: string): void;
  reset(): void;
}

export type TutorialStore = StoreApi<TutorialState>;

const initial: TutorialData = { offer: null, tour: null, tours: 0, firstUseOffered: [], guided: [] };

export function createTutorialStore(): TutorialStore {
  return createStore<TutorialState>()((set, get) => ({
    ...initial,
    offered: (offer) => {
      const { firstUseOffered } = get();
      const first = offer.trigger === 'firstUse' && !firstUseOffered.includes(offer.flowId);
      set({ offer, firstUseOffered: first ? [...firstUseOffered, offer.flowId] : firstUseOffered });
    },
    offerClosed: () => set({ offer: null }),
    tourStarted: ({ flowId, step, kind }, guide) => {
      const { guided, tours } = get();
      set({
        offer: null,
        tour: { id: tours + 1, flowId, step, kind, shown: null, mark: 0 },
        tours: tours + 1,
        guided: guide && !guided.includes(flowId) ? [...guided, flowId] : guided,
      });
    },
    marksFound: (shown) => {
      const { tour } = get();
      if (tour) set({ tour: { ...tour, shown } });
    },
    markShown: (mark) => {
      const { tour } = get();
      if (tour && tour.mark !== mark) set({ tour: { ...tour, mark } });
    },
    tourEnded: () => set({ tour: null }),
    guidingStopped: (flowId) => set({ guided: get().guided.filter((guided) => guided !== flowId) }),
    reset: () => set(initial),
  }));
}
