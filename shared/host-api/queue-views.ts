// What the queue tells customers, the waiting board and staff: tickets, the board, counters and
// calls, as the host API carries them. Numbers, services and counters only: never a name.
import { z } from 'zod';
import { localizedTextSchema } from '../config/localized-text.ts';
import { hostErrorSchema } from './errors.ts';
import { pauseReasonSchema } from './staff-views.ts';

const minutes = z.number().int().nonnegative();

/** `now` only when a counter is free for the ticket; `unsure` while the kiosk cannot promise a range. */
export const waitEstimateViewSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('now') }),
  z.object({ kind: z.literal('unsure') }),
  z.object({ kind: z.literal('range'), lowMinutes: minutes, medianMinutes: minutes, highMinutes: minutes }),
]);
export type WaitEstimateView = z.infer<typeof waitEstimateViewSchema>;

export const delayNoticeSchema = z.object({
  id: z.string(),
  /** The queue service it delays; null for the whole store. */
  service: z.string().nullable(),
  reason: localizedTextSchema,
  postedAt: z.string(),
});
export type DelayNoticeView = z.infer<typeof delayNoticeSchema>;

/** The paper ticket: printed, no printer in this store, or failed (the customer is shown it on screen). */
export const ticketPrintSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('printed') }),
  z.object({ status: z.literal('noPrinter') }),
  z.object({ status: z.literal('failed'), problem: hostErrorSchema }),
]);
export type TicketPrint = z.infer<typeof ticketPrintSchema>;

/** What the ticket printer last said of itself, pushed as a device event. */
export const printerStatusSchema = z.object({
  condition: z.enum(['ready', 'paperOut', 'coverOpen', 'offline', 'failed', 'unknown']),
  paperNearEnd: z.boolean(),
  checkedAt: z.string(),
});
export type PrinterStatusView = z.infer<typeof printerStatusSchema>;

/** A ticket just issued: enough for the ticket screen and to follow it with `queue.ticket`. */
export const issuedTicketSchema = z.object({
  id: z.string(),
  number: z.string(),
  service: z.string(),
  /** The service's name, per language. */
  queueService: localizedTextSchema,
  priority: z.string().nullable(),
  /** 1 when no ticket for the same counters is called before it. */
  position: z.number().int().positive(),
  estimate: waitEstimateViewSchema,
  /** Whether the paper ticket printed; set by the host's printer, absent from a queue adapter alone. */
  print: ticketPrintSchema.optional(),
  /** The link its QR code opens to follow it, when the store configured one. */
  followUrl: z.string().nullable().optional(),
});
export type IssuedTicketView = z.infer<typeof issuedTicketSchema>;

const ticketStateSchema = z.enum(['waiting', 'called', 'served', 'noShow', 'cancelled']);

/** A ticket as its holder follows it on the waiting screen. */
export const ticketStatusSchema = z.object({
  id: z.string(),
  number: z.string(),
  service: z.string(),
  queueService: localizedTextSchema,
  /** What the service will give them, and what to have ready. */
  gives: localizedTextSchema,
  prepare: localizedTextSchema.nullable(),
  priority: z.string().nullable(),
  appointmentAt: z.string().nullable(),
  state: ticketStateSchema,
  /** Place in line while waiting, else null. */
  position: z.number().int().positive().nullable(),
  estimate: waitEstimateViewSchema.nullable(),
  /** The counter it is called to, while called. */
  counterLabel: z.string().nullable(),
  /** Delays posted for its service or the whole store. */
  delays: z.array(delayNoticeSchema),
});
export type TicketStatusView = z.infer<typeof ticketStatusSchema>;

export const counterViewSchema = z.object({
  id: z.string(),
  label: z.string(),
  status: z.enum(['open', 'paused', 'closed']),
  /** Why it is paused, while paused and when staff said. */
  pauseReason: pauseReasonSchema.nullable(),
  services: z.array(z.string()),
  serving: z.object({ id: z.string(), number: z.string(), service: z.string() }).nullable(),
});
export type CounterView = z.infer<typeof counterViewSchema>;

/** A priority class and its rule, as customers read it: the board's "order of service". */
const priorityRuleSchema = z.object({
  id: z.string(),
  name: localizedTextSchema,
  rule: localizedTextSchema,
  advanceMinutes: z.number().int().nonnegative(),
});

export const boardViewSchema = z.object({
  /** Every counter of the store, in config order: who is being served where. */
  counters: z.array(counterViewSchema),
  services: z.array(
    z.object({
      id: z.string(),
      name: localizedTextSchema,
      waiting: z.number().int().nonnegative(),
      /** The next numbers in calling order, at most five. */
      next: z.array(z.string()),
      /** The wait a ticket taken now would have. */
      estimate: waitEstimateViewSchema,
    }),
  ),
  delays: z.array(delayNoticeSchema),
  /** Tickets go in order of arrival, but for these classes (appointments included when offered). */
  orderRule: z.object({ priorityClasses: z.array(priorityRuleSchema) }),
});
export type BoardView = z.infer<typeof boardViewSchema>;

export const queueUpdateSchema = z.object({
  /** The sequence of the last queue event the view includes; never goes back, also across restarts. */
  version: z.number().int().nonnegative(),
  board: boardViewSchema,
});
export type QueueUpdate = z.infer<typeof queueUpdateSchema>;

export const calledTicketSchema = z.object({
  id: z.string(),
  number: z.string(),
  service: z.string(),
  queueService: localizedTextSchema,
  counter: z.string(),
  counterLabel: z.string(),
});
export type CalledTicketView = z.infer<typeof calledTicketSchema>;

export const finishedTicketSchema = z.object({ id: z.string(), number: z.string(), service: z.string() });
export type FinishedTicketView = z.infer<typeof finishedTicketSchema>;

/** Pushed on every call and recall, for the chime and "ticket A012, counter 3". */
export const callAnnouncementSchema = z.object({
  number: z.string(),
  counterLabel: z.string(),
  service: z.string(),
  queueService: localizedTextSchema,
  recall: z.boolean(),
  at: z.string(),
});
export type CallAnnouncement = z.infer<typeof callAnnouncementSchema>;

const ticketKindSchema = z.enum(['service', 'help', 'complaint', 'appointment']);

/** What a counter's console shows: the counter, who it serves now, who waits for it, and the store's counts. */
export const counterQueueSchema = z.object({
  counter: counterViewSchema,
  serving: z
    .object({
      id: z.string(),
      number: z.string(),
      service: z.string(),
      kind: ticketKindSchema,
      priority: z.string().nullable(),
      calledAt: z.string(),
      /** When staff said the customer had arrived; null while they walk to the counter. */
      startedAt: z.string().nullable(),
    })
    .nullable(),
  /** The tickets this counter may call, in the order it would call them (at most 200). */
  waiting: z.array(
    z.object({
      id: z.string(),
      number: z.string(),
      service: z.string(),
      kind: ticketKindSchema,
      priority: z.string().nullable(),
      issuedAt: z.string(),
      appointmentAt: z.string().nullable(),
      /** Sent to this counter by a transfer: no other counter calls it. */
      forThisCounter: z.boolean(),
      estimate: waitEstimateViewSchema.nullable(),
    }),
  ),
  /** Waiting tickets per service of the store, for every service. */
  counts: z.array(z.object({ service: z.string(), waiting: z.number().int().nonnegative() })),
  delays: z.array(delayNoticeSchema),
});
export type CounterQueueView = z.infer<typeof counterQueueSchema>;
