// The queue event log: every change to a store's queue as one fact, the format the kiosk records and replays.
import { z } from 'zod';
import { localizedTextSchema } from '../config/localized-text.ts';

/** Bumped when an event changes shape; a replay refuses a log from a newer version. */
export const queueLogVersion = 1;

const at = z.iso.datetime({ offset: true }).describe('When it happened (ISO 8601)');
const ticket = z.string().min(1).describe('The ticket id (unique for ever, unlike its printed number)');
const counter = z.string().min(1).describe('The counter id');
const service = z.string().min(1).describe('The queue service id');

export const ticketKinds = ['service', 'help', 'complaint', 'appointment'] as const;
/** Why a counter is paused: a closed list, so reports can count them and every language can say them. */
export const pauseReasons = ['break', 'meal', 'backOffice', 'meeting', 'other'] as const;

export const queueEventSchema = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('ticket.issued'),
      at,
      ticket,
      number: z.string().min(1).describe('The printed number, e.g. A012'),
      service,
      kind: z.enum(ticketKinds),
      priority: z.string().min(1).optional().describe('The priority class id; none for an ordinary ticket'),
      advanceMinutes: z.number().min(0).max(240).default(0).describe('How far ahead its priority places it'),
      appointmentAt: at.optional().describe('The booked time, for an appointment check-in'),
    })
    .strict(),
  z.object({ type: z.literal('ticket.called'), at, ticket, counter }).strict(),
  z.object({ type: z.literal('ticket.recalled'), at, ticket, counter }).strict(),
  z
    .object({ type: z.literal('ticket.started'), at, ticket, counter })
    .strict()
    .describe('The called customer reached the counter: walking time ends, service time begins'),
  z
    .object({
      type: z.literal('ticket.served'),
      at,
      ticket,
      counter,
      outcome: z.enum(['resolved', 'pending']).optional().describe("Whether the customer's matter was resolved, when staff said"),
      servicesGiven: z.array(service).min(1).optional().describe('The services actually given, when staff said'),
    })
    .strict(),
  z
    .object({
      type: z.literal('ticket.outcome'),
      at,
      ticket,
      outcome: z.enum(['resolved', 'pending']).optional().describe("Whether the customer's matter was resolved"),
      servicesGiven: z.array(service).min(1).optional().describe('The services actually given'),
    })
    .strict()
    .describe('What staff added about a ticket they served, after it was served'),
  z.object({ type: z.literal('ticket.noShow'), at, ticket, counter }).strict(),
  z
    .object({
      type: z.literal('ticket.transferred'),
      at,
      ticket,
      service,
      counter: counter.optional().describe('The one counter that is to call it; none: any counter of its service'),
    })
    .strict(),
  z.object({ type: z.literal('ticket.cancelled'), at, ticket }).strict(),
  z.object({ type: z.literal('counter.opened'), at, counter, services: z.array(service).min(1) }).strict(),
  z
    .object({
      type: z.literal('counter.paused'),
      at,
      counter,
      reason: z.enum(pauseReasons).optional().describe('Why, when staff said'),
    })
    .strict(),
  z.object({ type: z.literal('counter.closed'), at, counter }).strict(),
  z
    .object({
      type: z.literal('delay.posted'),
      at,
      delay: z.string().min(1),
      service: service.optional().describe('The service it delays; none for the whole store'),
      reason: localizedTextSchema,
    })
    .strict(),
  z.object({ type: z.literal('delay.cleared'), at, delay: z.string().min(1) }).strict(),
]);

export type QueueEvent = z.infer<typeof queueEventSchema>;
export type QueueEventInput = z.input<typeof queueEventSchema>;
export type TicketKind = (typeof ticketKinds)[number];
