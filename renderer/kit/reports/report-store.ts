// The reports a manager is reading: the period asked for (a preset or two dates) and the grain of
// the trends, the figures the host answered for them, and the PDF being made. A late answer for a
// period no longer asked for is dropped.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { HostErrorPayload } from '../../../shared/host-api/errors.ts';
import type { Grain, ReportSet } from '../../../shared/reports/report-views.ts';
import { presetRange, type DateRange, type RangePreset } from './range/range-presets.ts';

export interface ReportState {
  preset: RangePreset;
  range: DateRange;
  grain: Grain;
  /** The figures for the range and grain asked for; null until they come. */
  set: ReportSet | null;
  reading: boolean;
  problem: HostErrorPayload | null;
  /** Counts the readings asked for, so only the last one's answer is kept. */
  asked: number;
  pdfWorking: boolean;
  pdfProblem: HostErrorPayload | null;
  rangeChosen(preset: RangePreset, range: DateRange): void;
  grainChosen(grain: Grain): void;
  /** A reading starts; its number comes with its answer. */
  readStarted(): number;
  readDone(asked: number, set: ReportSet): void;
  readFailed(asked: number, problem: HostErrorPayload): void;
  pdfStarted(): void;
  pdfDone(problem: HostErrorPayload | null): void;
  /** The manager signed out: the figures go with them. */
  forget(): void;
}

export type ReportStore = StoreApi<ReportState>;

/** The reports open on the last 30 days, by day. */
const openingPreset = 'last30';

export function createReportStore(today: Date): ReportStore {
  return createStore<ReportState>()((set, get) => ({
    preset: openingPreset,
    range: presetRange(openingPreset, today),
    grain: 'day',
    set: null,
    reading: false,
    problem: null,
    asked: 0,
    pdfWorking: false,
    pdfProblem: null,
    rangeChosen: (preset, range) => set({ preset, range, pdfProblem: null }),
    grainChosen: (grain) => set({ grain }),
    readStarted: () => {
      const asked = get().asked + 1;
      set({ asked, reading: true, problem: null });
      return asked;
    },
    readDone: (asked, answer) => {
      if (asked === get().asked) set({ set: answer, reading: false, problem: null });
    },
    readFailed: (asked, problem) => {
      if (asked === get().asked) set({ set: null, reading: false, problem });
    },
    pdfStarted: () => set({ pdfWorking: true, pdfProblem: null }),
    pdfDone: (problem) => set({ pdfWorking: false, pdfProblem: problem }),
    forget: () => set({ set: null, problem: null, pdfProblem: null, asked: get().asked + 1, reading: false }),
  }));
}
