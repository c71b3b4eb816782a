// The host API contract: every method the renderer may call and every event the host pushes.
// Handlers, clients and every transport are derived from this one map.
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
import type { EventName, MethodName } from './names.ts';
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

export const hostMethods = {
  'kiosk.state': { input: empty, result: kioskStateSchema },
  /** Staff switch assisted mode on or off (staff sign-in will guard it). */
  'kiosk.setAssisted': { input: z.object({ assisted: z.boolean() }).strict(), result: kioskStateSchema },
  'session.start': {
    input: z.object({ language: languageSchema }).strict(),
    result: z.object({
      sessionId: sessionIdSchema,
      /** Whether this session is in the share that sees pilot flows; drawn once, kept all session. */
      seesPilots: z.boolean(),
    }),
  },
  'session.end': {
    input: z.object({ sessionId: sessionIdSchema, reason: sessionEndReasonSchema }).strict(),
    result: empty,
  },
  'usage.record': {
    input: z.object({ sessionId: sessionIdSchema, event: rendererUsageEventSchema }).strict(),
    result: empty,
  },
  'help.request': {
    input: z.object({ sessionId: sessionIdSchema.nullable(), screen: screenSchema }).strict(),
    result: z.object({ ticket: issuedTicketSchema }),
  },
  'flow.runAction': {
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
    input: empty,
    result: z.object({
      figures: z.array(
        z.object({ flowId: z.string(), completed: z.number().int().nonnegative(), medianSeconds: z.number().int().nonnegative().nullable() }),
      ),
    }),
  },
  'queue.takeTicket': {
    input: z
      .object({ sessionId: sessionIdSchema.optional(), service: serviceIdSchema, priority: serviceIdSchema.optional() })
      .strict(),
    result: z.object({ ticket: issuedTicketSchema }),
  },
  'queue.checkIn': {
    input: z.object({ sessionId: sessionIdSchema.optional(), code: z.string().trim().min(1).max(64) }).strict(),
    result: z.object({ ticket: issuedTicketSchema, appointmentAt: z.string() }),
  },
  'queue.ticket': { input: z.object({ ticketId: z.string().min(1).max(64) }).strict(), result: z.object({ ticket: ticketStatusSchema }) },
  'queue.board': { input: empty, result: queueUpdateSchema },
  'queue.callNext': { input: counterInput, result: z.object({ ticket: calledTicketSchema }) },
  'queue.call': {
    input: z.object({ counter: counterIdSchema, ticket: ticketReferenceSchema }).strict(),
    result: z.object({ ticket: calledTicketSchema }),
  },
  'queue.recall': { input: counterInput, result: z.object({ ticket: calledTicketSchema }) },
  'queue.noShow': { input: counterInput, result: z.object({ ticket: finishedTicketSchema }) },
  'queue.served': { input: counterInput, result: z.object({ ticket: finishedTicketSchema }) },
  'queue.transfer': {
    input: z.object({ ticket: ticketReferenceSchema, service: serviceIdSchema }).strict(),
    result: z.object({ ticket: ticketStatusSchema }),
  },
  'counter.open': {
    input: z.object({ counter: counterIdSchema, services: z.array(serviceIdSchema).min(1).max(32).optional() }).strict(),
    result: z.object({ counter: counterViewSchema }),
  },
  'counter.pause': { input: counterInput, result: z.object({ counter: counterViewSchema }) },
  'counter.close': { input: counterInput, result: z.object({ counter: counterViewSchema }) },
  'queue.postDelay': {
    input: z.object({ service: serviceIdSchema.optional(), reason: delayReasonSchema }).strict(),
    result: z.object({ delay: delayNoticeSchema }),
  },
  'queue.clearDelay': { input: z.object({ delay: z.string().min(1).max(64) }).strict(), result: empty },
  /** For a staff screen that connects late: the printer's last status, null with no printer or before its first answer. */
  'device.printerStatus': { input: empty, result: z.object({ printer: printerStatusSchema.nullable() }) },
} as const satisfies Record<MethodName, { input: z.ZodType; result: z.ZodType }>;

export const hostEvents = {
  'kiosk.stateChanged': kioskStateSchema,
  'session.resetRequested': z.object({ reason: z.enum(['recovered', 'staff', 'configChanged']) }),
  'staff.helpRequested': z.object({ screen: screenSchema, at: z.string() }),
  'staff.alert': staffAlertSchema,
  'queue.changed': queueUpdateSchema,
  'queue.called': callAnnouncementSchema,
  'device.printerStatus': printerStatusSchema,
} as const satisfies Record<EventName, z.ZodType>;

export type HostMethods = typeof hostMethods;
export type MethodInput<M extends MethodName> = z.input<HostMethods[M]['input']>;
export type MethodResult<M extends MethodName> = z.output<HostMethods[M]['result']>;
export type HostEvents = typeof hostEvents;
export type EventPayload<E extends EventName> = z.output<HostEvents[E]>;
export type { EventName, MethodName };
export { eventNames, isEventName, isMethodName, methodNames, staffMethodNames } from './names.ts';
