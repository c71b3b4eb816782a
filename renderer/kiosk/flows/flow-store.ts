// The open flow: which step, what the customer entered, what the host answered, and whether this
// is a practice run. Host answers that arrive after the customer moved on are ignored by guards.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Fact, FlowValues } from '../../../shared/flows/flow-actions.ts';
import type { HostErrorPayload } from '../../../shared/host-api/errors.ts';
import type { IssuedTicketView } from '../../../shared/host-api/queue-views.ts';

interface FlowData {
  flowId: string | null;
  stepId: string | null;
  /** Steps behind the current one that "back" may return to. */
  history: string[];
  /** The current step's place in the customer's path (1 for the first), for "step 2 of 4". */
  position: number;
  /** A committed action stands behind the current step: back cannot reach past it. */
  closedBehind: boolean;
  values: FlowValues;
  facts: Fact[];
  /** The queue ticket an action of this run took, followed live on the steps after it. */
  ticket: IssuedTicketView | null;
  practice: boolean;
  startedAt: number | null;
  /** Why the value on this step was refused before asking the host (an engine problem name). */
  valueProblem: string | null;
  busy: boolean;
  problem: HostErrorPayload | null;
  /** "Back" presses in a row without going forward: a sign the customer is lost. */
  backsInARow: number;
  finished: boolean;
}

export interface FlowState extends FlowData {
  begin(flow: { flowId: string; firstStep: string; practice: boolean; values: FlowValues }, at: number): void;
  edited(field: string, value: string): void;
  valueRejected(problem: string): void;
  actionStarted(): void;
  /**
   * Goes on to `nextStep` (null: the flow is done), keeping what the host answered. After an
   * action that `committed` a change, the steps behind are closed: back cannot undo it.
   */
  advanced(from: string, nextStep: string | null, answer?: { facts: Fact[]; ticket?: IssuedTicketView | undefined }, committed?: boolean): void;
  failed(problem: HostErrorPayload): void;
  problemDismissed(): void;
  wentBack(): void;
  reset(): void;
}

export type FlowStore = StoreApi<FlowState>;

const initial: FlowData = {
  flowId: null,
  stepId: null,
  history: [],
  position: 1,
  closedBehind: false,
  values: {},
  facts: [],
  ticket: null,
  practice: false,
  startedAt: null,
  valueProblem: null,
  busy: false,
  problem: null,
  backsInARow: 0,
  finished: false,
};

/** The longest text a field keeps; the host refuses longer ones anyway. */
export const maxFieldLength = 500;

export function createFlowStore(): FlowStore {
  return createStore<FlowState>()((set, get) => {
    const open = () => get().flowId !== null && !get().busy && !get().finished;
    return {
      ...initial,
      begin: ({ flowId, firstStep, practice, values }, at) =>
        set({ ...initial, flowId, stepId: firstStep, practice, values, startedAt: at }),
      edited: (field, value) => {
        if (open()) set({ values: { ...get().values, [field]: value.slice(0, maxFieldLength) }, valueProblem: null, problem: null });
      },
      valueRejected: (problem) => {
        if (open()) set({ valueProblem: problem });
      },
      actionStarted: () => {
        if (open()) set({ busy: true, problem: null, valueProblem: null });
      },
      advanced: (from, nextStep, answer, committed = false) => {
        const state = get();
        if (state.stepId !== from || state.finished) return;
        const facts = answer?.facts;
        const kept = facts ? [...state.facts.filter((fact) => !facts.some((fresh) => fresh.id === fact.id)), ...facts] : state.facts;
        const ticket = answer?.ticket ?? state.ticket;
        if (nextStep === null) set({ busy: false, facts: kept, ticket, finished: true, backsInARow: 0 });
        else {
          const history = committed ? [] : [...state.history, from];
          const closedBehind = state.closedBehind || committed;
          const position = state.position + 1;
          set({ busy: false, facts: kept, ticket, stepId: nextStep, history, position, closedBehind, valueProblem: null, problem: null, backsInARow: 0 });
        }
      },
      failed: (problem) => {
        if (get().busy) set({ busy: false, problem });
      },
      problemDismissed: () => set({ problem: null }),
      wentBack: () => {
        const { history } = get();
        const previous = history.at(-1);
        if (!open() || previous === undefined) return;
        set({
          stepId: previous,
          history: history.slice(0, -1),
          position: Math.max(1, get().position - 1),
          valueProblem: null,
          problem: null,
          backsInARow: get().backsInARow + 1,
        });
      },
      reset: () => set(initial),
    };
  });
}
