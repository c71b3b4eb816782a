// The open flow (order pickup): its step, the code being typed, the order found and what went
// wrong. Host answers that arrive after the customer moved on are ignored by the guards.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { LocalizedText } from '../../shared/config/store-config.ts';
import type { HostErrorPayload } from '../../shared/host-api/errors.ts';

export type FlowStep = 'enterCode' | 'review' | 'done';
export const flowSteps: readonly FlowStep[] = ['enterCode', 'review', 'done'];

export interface FoundOrder {
  itemCount: number;
  collectionPoint: LocalizedText;
}

/** The longest code the host accepts. */
export const maxCodeLength = 32;

interface FlowData {
  flowId: string | null;
  step: FlowStep;
  startedAt: number | null;
  code: string;
  /** Why the typed code was refused before asking the host. */
  codeProblem: 'empty' | 'invalid' | null;
  order: FoundOrder | null;
  collectionPoint: LocalizedText | null;
  busy: boolean;
  problem: HostErrorPayload | null;
}

export interface FlowState extends FlowData {
  begin(flowId: string, at: number): void;
  typed(text: string): void;
  keyPressed(character: string): void;
  deleted(): void;
  cleared(): void;
  codeRejected(why: 'empty' | 'invalid'): void;
  lookupStarted(): void;
  orderFound(order: FoundOrder): void;
  collectStarted(): void;
  collected(collectionPoint: LocalizedText): void;
  failed(problem: HostErrorPayload): void;
  problemDismissed(): void;
  changeCode(): void;
  reset(): void;
}

export type FlowStore = StoreApi<FlowState>;

const initial: FlowData = {
  flowId: null,
  step: 'enterCode',
  startedAt: null,
  code: '',
  codeProblem: null,
  order: null,
  collectionPoint: null,
  busy: false,
  problem: null,
};

/** Scanners and people type in any case and with spaces; the field shows capitals only. */
export function tidyTypedCode(text: string): string {
  return text.toUpperCase().replace(/[^A-Z0-9 -]/g, '').slice(0, maxCodeLength);
}

export function createFlowStore(): FlowStore {
  return createStore<FlowState>()((set, get) => {
    const editing = () => get().flowId !== null && get().step === 'enterCode' && !get().busy;
    const editCode = (code: string) => {
      if (editing()) set({ code: tidyTypedCode(code), codeProblem: null, problem: null });
    };
    return {
      ...initial,
      begin: (flowId, at) => set({ ...initial, flowId, startedAt: at }),
      typed: (text) => editCode(text),
      keyPressed: (character) => editCode(get().code + character),
      deleted: () => editCode(get().code.slice(0, -1)),
      cleared: () => editCode(''),
      codeRejected: (why) => {
        if (editing()) set({ codeProblem: why });
      },
      lookupStarted: () => {
        if (editing()) set({ busy: true, problem: null, codeProblem: null });
      },
      orderFound: (order) => {
        if (get().busy && get().step === 'enterCode') set({ busy: false, step: 'review', order });
      },
      collectStarted: () => {
        if (!get().busy && get().step === 'review') set({ busy: true, problem: null });
      },
      collected: (collectionPoint) => {
        if (get().busy && get().step === 'review') set({ busy: false, step: 'done', collectionPoint });
      },
      failed: (problem) => {
        if (get().busy) set({ busy: false, problem });
      },
      problemDismissed: () => set({ problem: null }),
      changeCode: () => {
        if (!get().busy && get().step === 'review') set({ step: 'enterCode', order: null, code: '', problem: null });
      },
      reset: () => set(initial),
    };
  });
}
