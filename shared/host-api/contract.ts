// The host API contract: every method a caller may call, who may call it, and every event the
// host pushes and who hears it. Handlers, clients, every transport, every list of names and the
// rights the dispatcher checks are derived from these two maps.
import { z } from 'zod';
import { languageSchema } from '../i18n/languages.ts';
import { localizedTextSchema } from '../config/localized-text.ts';
import { slugSchema } from '../config/slug.ts';
import { factSchema, flowValuesSchema } from '../flows/flow-actions.ts';
import { flowSchema } from '../flows/flow-schema.ts';
import { hostErrorSchema } from './errors.ts';
import {
  calledTicketSchema,
  callAnnouncementSchema,
  counterViewSchema,
  delayNoticeSchema,
  finishedTicketSchema,
  issuedTicketSchema,
  printerStatusSchema,
  staffAlertSchema,
  queueUpdateSchema,
  ticketStatusSchema,
} from './queue-views.ts';
import { rights, type Role } from './roles.ts';
import {
  rendererUsageEventSchema,
  screenSchema,
  sessionEndReasonSchema,
} from '../usage/events.ts';

const sessionIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);
const empty = z.object({}).strict();

/** What the renderer needs of the store config; nothing about files or devices. */
export const kioskProfileSchema = z.object({
  storeId: z.string(),
  storeName: z.string(),
  languages: z.object({ enabled: z.array(languageSchema).min(1), default: languageSchema }),
  session: z.object({ idleSeconds: z.number().int(), warningSeconds: z.number().int() }),
  benefits: z.array(z.object({ title: localizedTextSchema, text: localizedTextSchema })),
  queueServices: z.array(z.object({ id: z.string(), name: localizedTextSchema })),
  tutorials: z.object({ hesitationSeconds: z.number().int().positive() }),
  flows: z.array(flowSchema),
});
export type KioskProfile = z.infer<typeof kioskProfileSchema>;

export const kioskStateSchema = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('ready'),
    profile: kioskProfileSchema,
    /** Staff have switched the kiosk to assisted mode: pilot and assisted-only flows are offered. */
    assisted: z.boolean(),
  }),
  z.object({ state: z.literal('outOfService'), problem: hostErrorSchema }),
]);
export type KioskState = z.infer<typeof kioskStateSchema>;

const serviceIdSchema = slugSchema.max(64);
const counterIdSchema = serviceIdSchema;
/** A ticket's id, or for staff its printed number (A012). */
const ticketReferenceSchema = z.string().trim().min(1).max(64);
const counterInput = z.object({ counter: counterIdSchema }).strict();
/** A staff-typed reason: at least one language, each short enough for the board. */
const delayReasonSchema = z
  .partialRecord(languageSchema, z.string().trim().min(1).max(200))
  .refine((reason) => Object.keys(reason).length > 0, 'a reason in at least one language');

interface MethodSpec {
  /** Who may call it; anyone else gets auth.forbidden. */
  roles: readonly Role[];
  input: z.ZodType;
  result: z.ZodType;
}

interface EventSpec {
  /** Who hears it: a transport passes it only to callers of these roles. */
  roles: readonly Role[];
  payload: z.ZodType;
}

export const hostMethods = {
  'kiosk.state': { roles: rights.anyone, input: empty, result: kioskStateSchema },
  /** Staff switch assisted mode on or off. */
  'kiosk.setAssisted': { roles: rights.staff, input: z.object({ assisted: z.boolean() }).strict(), result: kioskStateSchema },
  'session.start': {
    roles: rights.customers,
    input: z.object({ language: languageSchema }).strict(),
    result: z.object({
      sessionId: sessionIdSchema,
      /** Whether this session is in the share that sees pilot flows; drawn once, kept all session. */
      seesPilots: z.boolean(),
    }),
  },
  'session.end': {
    roles: rights.customers,
    input: z.object({ sessionId: sessionIdSchema, reason: sessionEndReasonSchema }).strict(),
    result: empty,
  },
  'usage.record': {
    roles: rights.customers,
    input: z.object({ sessionId: sessionIdSchema, event: rendererUsageEventSchema }).strict(),
    result: empty,
  },
  'help.request': {
    roles: rights.customers,
    input: z.object({ sessionId: sessionIdSchema.nullable(), screen: screenSchema }).strict(),
    result: z.object({ ticket: issuedTicketSchema }),
  },
  'flow.runAction': {
    roles: rights.customers,
    input: z
      .object({
        sessionId: sessionIdSchema,
        flowId: z.string().max(64),
        stepId: z.string().max(64),
        values: flowValuesSchema,
        practice: z.boolean(),
      })
      .strict(),
    /** `ticket`: the queue ticket the action took, to follow on the waiting screen. */
    result: z.object({ facts: z.array(factSchema), ticket: issuedTicketSchema.optional() }),
  },
  'flow.figures': {
    roles: rights.customers,
    input: empty,
    result: z.object({
      figures: z.array(
        z.object({ flowId: z.string(), completed: z.number().int().nonnegative(), medianSeconds: z.number().int().nonnegative().nullable() }),
      ),
    }),
  },
  'queue.takeTicket': {
    roles: rights.customers,
    input: z
      .object({ sessionId: sessionIdSchema.optional(), service: serviceIdSchema, priority: serviceIdSchema.optional() })
      .strict(),
    result: z.object({ ticket: issuedTicketSchema }),
  },
  'queue.checkIn': {
    roles: rights.customers,
    input: z.object({ sessionId: sessionIdSchema.optional(), code: z.string().trim().min(1).max(64) }).strict(),
    result: z.object({ ticket: issuedTicketSchema, appointmentAt: z.string() }),
  },
  'queue.ticket': { roles: rights.ticketHolders, input: z.object({ ticketId: z.string().min(1).max(64) }).strict(), result: z.object({ ticket: ticketStatusSchema }) },
  'queue.board': { roles: rights.anyone, input: empty, result: queueUpdateSchema },
  'queue.callNext': { roles: rights.staff, input: counterInput, result: z.object({ ticket: calledTicketSchema }) },
  'queue.call': {
    roles: rights.staff,
    input: z.object({ counter: counterIdSchema, ticket: ticketReferenceSchema }).strict(),
    result: z.object({ ticket: calledTicketSchema }),
  },
  'queue.recall': { roles: rights.staff, input: counterInput, result: z.object({ ticket: calledTicketSchema }) },
  'queue.noShow': { roles: rights.staff, input: counterInput, result: z.object({ ticket: finishedTicketSchema }) },
  'queue.served': { roles: rights.staff, input: counterInput, result: z.object({ ticket: finishedTicketSchema }) },
  'queue.transfer': {
    roles: rights.staff,
    input: z.object({ ticket: ticketReferenceSchema, service: serviceIdSchema }).strict(),
    result: z.object({ ticket: ticketStatusSchema }),
  },
  'counter.open': {
    roles: rights.staff,
    input: z.object({ counter: counterIdSchema, services: z.array(serviceIdSchema).min(1).max(32).optional() }).strict(),
    result: z.object({ counter: counterViewSchema }),
  },
  'counter.pause': { roles: rights.staff, input: counterInput, result: z.object({ counter: counterViewSchema }) },
  'counter.close': { roles: rights.staff, input: counterInput, result: z.object({ counter: counterViewSchema }) },
  'queue.postDelay': {
    roles: rights.staff,
    input: z.object({ service: serviceIdSchema.optional(), reason: delayReasonSchema }).strict(),
    result: z.object({ delay: delayNoticeSchema }),
  },
  'queue.clearDelay': { roles: rights.staff, input: z.object({ delay: z.string().min(1).max(64) }).strict(), result: empty },
  /** For a staff screen that connects late: the printer's last status, null with no printer or before its first answer. */
  'device.printerStatus': { roles: rights.staff, input: empty, result: z.object({ printer: printerStatusSchema.nullable() }) },
} as const satisfies Record<string, MethodSpec>;

export const hostEvents = {
  'kiosk.stateChanged': { roles: rights.anyone, payload: kioskStateSchema },
  'session.resetRequested': { roles: rights.customers, payload: z.object({ reason: z.enum(['recovered', 'staff', 'configChanged']) }) },
  'staff.helpRequested': { roles: rights.staff, payload: z.object({ screen: screenSchema, at: z.string() }) },
  'staff.alert': { roles: rights.staff, payload: staffAlertSchema },
  'queue.changed': { roles: rights.anyone, payload: queueUpdateSchema },
  'queue.called': { roles: rights.anyone, payload: callAnnouncementSchema },
  'device.printerStatus': { roles: rights.staff, payload: printerStatusSchema },
} as const satisfies Record<string, EventSpec>;

export type HostMethods = typeof hostMethods;
export type MethodName = keyof HostMethods;
export type MethodInput<M extends MethodName> = z.input<HostMethods[M]['input']>;
export type MethodResult<M extends MethodName> = z.output<HostMethods[M]['result']>;
export type HostEvents = typeof hostEvents;
export type EventName = keyof HostEvents;
export type EventPayload<E extends EventName> = z.output<HostEvents[E]['payload']>;

export const methodNames = Object.keys(hostMethods) as MethodName[];
export const eventNames = Object.keys(hostEvents) as EventName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(hostMethods, name);
}
