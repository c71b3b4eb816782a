// What the host asks of a store's queue. The embedded engine implements it; a store that already
// runs a queue product plugs in an adapter to that product instead, and the kiosk stays the same.
import type { LocalizedText } from '../../../shared/config/localized-text.ts';
import type {
  CallAnnouncement,
  CalledTicketView,
  CounterQueueView,
  CounterView,
  DelayNoticeView,
  FinishedTicketView,
  IssuedTicketView,
  QueueUpdate,
  TicketStatusView,
} from '../../../shared/host-api/queue-views.ts';
import type { PauseReason } from '../../../shared/host-api/staff-views.ts';

/** What staff may add when a customer is served, for the reports. */
export interface ServedDetails {
  outcome?: 'resolved' | 'pending' | undefined;
  servicesGiven?: readonly string[] | undefined;
}

/** Where a transfer sends a ticket: another service, one counter, or both. */
export interface TransferTarget {
  service?: string | undefined;
  counter?: string | undefined;
}

/** Who took a ticket: staff (signed in at the kiosk, or the operator) are not held to the customer limits. */
export type TakenBy = 'customer' | 'staff';

/** Help and complaint tickets are taken by the host itself; customers take service tickets. */
export interface TicketRequest {
  service: string;
  kind: 'service' | 'help' | 'complaint';
  priority?: string | undefined;
  /** The session that took it, for the usage log; null when taken outside a session. */
  sessionId: string | null;
  /** A customer unless said otherwise. */
  takenBy?: TakenBy | undefined;
}

export interface CheckedIn {
  ticket: IssuedTicketView;
  appointmentAt: string;
}

/**
 * Every method answers a typed HostError for a request the queue cannot honour (an unknown
 * counter, a ticket no longer waiting…), so each is safe to expose through the host API. Methods
 * return promises: an adapter talks to its product over the network.
 */
export interface QueueSystem {
  takeTicket(request: TicketRequest): Promise<IssuedTicketView>;
  /** Checks in the holder of a booking code: a ticket served near the booked time. */
  checkIn(code: string, sessionId: string | null, takenBy?: TakenBy): Promise<CheckedIn>;
  ticket(ticketId: string): Promise<TicketStatusView>;
  board(): Promise<QueueUpdate>;

  callNext(counter: string): Promise<CalledTicketView>;
  /** `ticket` is its id or its printed number (A012). */
  call(counter: string, ticket: string): Promise<CalledTicketView>;
  recall(counter: string): Promise<CalledTicketView>;
  /** The called customer has reached the counter: walking time ends, service time begins. */
  startServing(counter: string): Promise<CalledTicketView>;
  noShow(counter: string): Promise<FinishedTicketView>;
  served(counter: string, details?: ServedDetails): Promise<FinishedTicketView>;
  /** What staff add about a ticket once it is served: `queue.notServed` before. */
  recordOutcome(ticket: string, details: ServedDetails): Promise<void>;
  /** Moves a waiting or called ticket to another service or to one counter, keeping its place in line. */
  transfer(ticket: string, to: TransferTarget): Promise<TicketStatusView>;
  /** What the counter's console shows. */
  counterQueue(counter: string): Promise<CounterQueueView>;

  openCounter(counter: string, services?: readonly string[]): Promise<CounterView>;
  pauseCounter(counter: string, reason?: PauseReason): Promise<CounterView>;
  closeCounter(counter: string): Promise<CounterView>;

  postDelay(service: string | undefined, reason: LocalizedText): Promise<DelayNoticeView>;
  clearDelay(delay: string): Promise<void>;

  /** Starts the next queue day when due and has the estimates refreshed; the host calls it on a timer. */
  refresh(): Promise<void>;
  /** Stops any work the queue does in the background: the host is closing. */
  close(): void;
}

/** Where a queue system reports what customers and the board must learn at once. */
export interface QueueListeners {
  onChange(update: QueueUpdate): void;
  onCall(announcement: CallAnnouncement): void;
}
