// The host API contract: every method the renderer may call and every event the host pushes.
// Handlers, clients and every transport are derived from this one map.
import { z } from 'zod';
import { languageSchema } from '../i18n/languages.ts';
import { localizedTextSchema } from '../config/localized-text.ts';
import { factSchema, flowValuesSchema } from '../flows/flow-actions.ts';
import { flowSchema } from '../flows/flow-schema.ts';
import { hostErrorSchema } from './errors.ts';
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

const ticketSchema = z.object({ number: z.string(), queueService: localizedTextSchema });

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
    result: z.object({ ticket: ticketSchema }),
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
    result: z.object({ facts: z.array(factSchema) }),
  },
  'flow.figures': {
    input: empty,
    result: z.object({
      figures: z.array(
        z.object({ flowId: z.string(), completed: z.number().int().nonnegative(), medianSeconds: z.number().int().nonnegative().nullable() }),
      ),
    }),
  },
} as const satisfies Record<MethodName, { input: z.ZodType; result: z.ZodType }>;

export const hostEvents = {
  'kiosk.stateChanged': kioskStateSchema,
  'session.resetRequested': z.object({ reason: z.enum(['recovered', 'staff', 'configChanged']) }),
  'staff.helpRequested': z.object({ screen: screenSchema, at: z.string() }),
} as const satisfies Record<EventName, z.ZodType>;

export type HostMethods = typeof hostMethods;
export type MethodInput<M extends MethodName> = z.input<HostMethods[M]['input']>;
export type MethodResult<M extends MethodName> = z.output<HostMethods[M]['result']>;
export type HostEvents = typeof hostEvents;
export type EventPayload<E extends EventName> = z.output<HostEvents[E]>;
export type { EventName, MethodName };
export { eventNames, isEventName, isMethodName, methodNames } from './names.ts';
