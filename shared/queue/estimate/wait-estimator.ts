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

export interface WaitEstimator {
  /** Learns from an event just folded into `state` (service times, real waits, arrivals, no-shows). */
  observe(event: QueueEvent, outcome: QueueOutcome, state: QueueState): void;
  /** The estimate of every waiting ticket, by ticket id, for the state as it stands at `now`. */
  estimateAll(state: QueueState, now: number): Map<string, WaitEstimate>;
  /** The estimate a ticket issued now would get. */
  estimateNew(state: QueueState, now: number, arrival: NewArrival): WaitEstimate;
}
