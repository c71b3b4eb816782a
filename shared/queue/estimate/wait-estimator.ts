// What every wait estimator offers the queue engine: a range per waiting ticket, and one for a ticket about to be issued.
import type { QueueEvent } from '../queue-events.ts';
import type { QueueOutcome, QueueState } from '../queue-state.ts';

/**
 * A wait as customers are told it: `now` only when a counter is really free for them, `unsure`
 * while the kiosk has too little data to promise a range, otherwise a median and an 80% interval.
 */
export type WaitEstimate =
  | { kind: 'now' }
  | { kind: 'unsure' }
  | { kind: 'range'; lowMinutes: number; medianMinutes: number; highMinutes: number };

export interface NewArrival {
  service: string;
  advanceMinutes: number;
  appointmentAt?: number | undefined;
}

/**
 * A long computation cut into slices: each `yield` is a point where the caller may let other work
 * run before asking for the next slice. Everything read from the queue state is read before the
 * first yield, so the state may change between slices without mixing two queues in one answer.
 */
export type Sliced<T> = Generator<void, T, void>;

export interface WaitEstimator {
  /** Learns from an event just folded into `state` (service times, real waits, arrivals, no-shows). */
  observe(event: QueueEvent, outcome: QueueOutcome, state: QueueState): void;
  /** The estimate of every waiting ticket, by ticket id, for the state as it stands at `now`. */
  estimateAll(state: QueueState, now: number): Map<string, WaitEstimate>;
  /** The estimate a ticket issued now would get. */
  estimateNew(state: QueueState, now: number, arrival: NewArrival): WaitEstimate;
  /**
   * estimateAll and estimateNew in slices, offered by an estimator that takes long on a long queue
   * (the Monte Carlo one: hundreds of milliseconds with 1,000 tickets waiting), so the host can run
   * it between the calls it answers. An estimator without them is run in one go.
   */
  estimateAllInSlices?(state: QueueState, now: number): Sliced<Map<string, WaitEstimate>>;
  estimateNewInSlices?(state: QueueState, now: number, arrival: NewArrival): Sliced<WaitEstimate>;
}

/** Runs a sliced computation to its end at once, for a caller with nothing else to do meanwhile. */
export function wholeOf<T>(slices: Sliced<T>): T {
  for (;;) {
    const step = slices.next();
    if (step.done) return step.value;
  }
}
