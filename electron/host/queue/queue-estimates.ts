// The waits the queue tells: one per waiting ticket and one per service for a ticket not yet
// taken, refreshed off the request path (estimate-refresh.ts) for a copy of the queue, and the
// wait a ticket is promised as it is issued, worked out without simulating the queue.
import type { QueueConfig } from '../../../shared/config/queue-config.ts';
import { readyTime } from '../../../shared/queue/calling-rule.ts';
import { ticketsCalledNow } from '../../../shared/queue/estimate/free-counters.ts';
import type { Sliced, WaitEstimate } from '../../../shared/queue/estimate/wait-estimator.ts';
import { createEstimateRefresh, estimateRefreshTiming } from './estimate-refresh.ts';
import type { guardedEstimator } from './guarded-estimator.ts';
import type { DayQueue } from './queue-fold.ts';

export interface QueueEstimatesDeps {
  config: QueueConfig;
  estimator: ReturnType<typeof guardedEstimator>;
  now: () => Date;
  /** The queue day as it stands now. */
  today: () => DayQueue;
  /** Called once fresh estimates are in place: the board may have changed. */
  onRefreshed: () => void;
  reportFault: (fault: unknown) => void;
}

export interface QueueEstimates {
  /** Each waiting ticket's wait, by ticket id. */
  readonly byTicket: ReadonlyMap<string, WaitEstimate>;
  /** The wait a ticket taken now would be told, by service. */
  readonly forNewTickets: ReadonlyMap<string, WaitEstimate>;
  /** The wait a ticket of `service` is told as it is issued. */
  promisedWait(service: string, arrival: { issuedAt: number; advanceMinutes: number; appointmentAt: number | undefined }): WaitEstimate;
  /** Keeps the waits new tickets were just told, until the next refresh. */
  keep(promised: ReadonlyMap<string, WaitEstimate>): void;
  /** Forgets every ticket's wait: a new queue day starts. */
  forgetTickets(): void;
  /** When the estimates in place were computed. */
  computedAt(): Date;
  refresh: ReturnType<typeof createEstimateRefresh>;
}

export function createQueueEstimates({ config, estimator, now, today, onRefreshed, reportFault }: QueueEstimatesDeps): QueueEstimates {
  let byTicket = new Map<string, WaitEstimate>();
  let forNewTickets = new Map<string, WaitEstimate>();
  let estimatedAt = now().getTime();

  /**
   * Every estimate anew, for a copy of the queue as it stood when the refresh began: tickets issued
   * meanwhile keep the wait they were told until the next refresh, which is already due.
   */
  function* refreshEstimates(): Sliced<void> {
    const day = today().day.id;
    const state = structuredClone(today().state);
    const at = now().getTime();
    yield;
    const fresh = yield* estimator.estimateAllInSlices(state, at);
    const freshForNew = new Map<string, WaitEstimate>();
    for (const service of config.services) {
      yield;
      freshForNew.set(service.id, yield* estimator.estimateNewInSlices(state, at, { service: service.id, advanceMinutes: 0 }));
    }
    yield;
    // A new day began meanwhile: its own refresh ran when it started.
    if (today().day.id !== day) return;
    for (const [ticket, told] of byTicket) if (!fresh.has(ticket) && today().state.waiting.has(ticket)) fresh.set(ticket, told);
    byTicket = fresh;
    forNewTickets = freshForNew;
    estimatedAt = at;
    onRefreshed();
  }

  return {
    get byTicket() {
      return byTicket;
    },
    get forNewTickets() {
      return forNewTickets;
    },
    /**
     * The latest estimate for a ticket of its service (a priority or appointment ticket hears a
     * walk-in's wait until the next refresh). A "now" is checked against the counters as they are,
     * which is cheap: one that no longer holds (a burst of tickets took the free counter) is "unsure".
     */
    promisedWait(service, arrival) {
      const latest = forNewTickets.get(service) ?? { kind: 'unsure' };
      if (latest.kind !== 'now') return latest;
      const state = today().state;
      const candidate = { id: '\u0000issuing', service, readyAt: readyTime(arrival), sequence: state.issued + 1 };
      return ticketsCalledNow(state, candidate).has(candidate.id) ? latest : { kind: 'unsure' };
    },
    keep(promised) {
      for (const [ticket, estimate] of promised) byTicket.set(ticket, estimate);
    },
    forgetTickets() {
      byTicket = new Map();
    },
    computedAt: () => new Date(estimatedAt),
    refresh: createEstimateRefresh(refreshEstimates, estimateRefreshTiming, reportFault),
  };
}
