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
  counterQueueSchema,
  counterViewSchema,
  delayNoticeSchema,
  finishedTicketSchema,
  issuedTicketSchema,
  printerStatusSchema,
  queueUpdateSchema,
  ticketStatusSchema,
} from './queue-views.ts';
import { rights, type Role } from './roles.ts';
import { reportRangeSchema, reportSetSchema } from '../reports/report-views.ts';
import { complaintNoteSchema, complaintOutcomeSchema, complaintReferenceSchema, complaintViewSchema } from './complaint-views.ts';
import {
  alertAcknowledgedSchema,
  auditEntrySchema,
  healthReportSchema,
  helpReasonSchema,
  pauseReasonSchema,
  signInAttemptSchema,
  staffAlertSchema,
  staffMemberViewSchema,
  staffRoleSchema,
  staffTextSchema,
} from './staff-views.ts';
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
  /** Accessibility settings: time limits' factor in an accessibility mode, the speech engine, the screen's size for large text. */
  accessibility: z.object({
    timeFactor: z.number().min(1),
    speech: z.object({ engine: z.enum(['auto', 'platform', 'espeak-ng']), wordsPerMinute: z.number().int().positive() }),
    screenDiagonalInches: z.number().positive(),
  }),
  /** The hidden gesture that opens staff sign-in; null when the store has no staff sign-in. */
  staffGesture: z.object({ corner: z.enum(['topStart', 'topEnd', 'bottomStart', 'bottomEnd']), holdSeconds: z.number() }).nullable(),
});
export type KioskProfile = z.infer<typeof kioskProfileSchema>;

export const kioskStateSchema = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('ready'),
    profile: kioskProfileSchema,
    /** Staff have switched the kiosk to assisted mode: pilot and assisted-only flows are offered. */
    assisted: z.boolean(),
    /** The staff member signed in at the kiosk, for the staff bar; their name only. */
    staff: z.object({ name: z.string(), role: staffRoleSchema }).nullable(),
    /** Staff have put the kiosk out of service, with what customers are told; null while it serves. */
    closure: z.object({ message: staffTextSchema.nullable(), since: z.string() }).nullable(),
  }),
  z.object({ state: z.literal('outOfService'), problem: hostErrorSchema }),
]);
export type KioskState = z.infer<typeof kioskStateSchema>;

const serviceIdSchema = slugSchema.max(64);
const counterIdSchema = serviceIdSchema;
/** A ticket's id, or for staff its printed number (A012). */
const ticketReferenceSchema = z.string().trim().min(1).max(64);
const counterInput = z.object({ counter: counterIdSchema }).strict();

interface MethodSpec {
  /** Who may call it; anyone else gets auth.forbidden. */
  roles: readonly Role[];
  input: z.ZodType;
  result: z.ZodType;
  /** Changes nothing: not a staff action for the audit, and nobody's sign-in is kept alive by it. */
  readOnly?: true;
}

interface EventSpec {
  /** Who hears it: a transport passes it only to callers of these roles. */
  roles: readonly Role[];
  payload: z.ZodType;
}

export const hostMethods = {
  'kiosk.state': { roles: rights.anyone, readOnly: true, input: empty, result: kioskStateSchema },
  /** Staff switch assisted mode on or off. */
  'kiosk.setAssisted': { roles: rights.staff, input: z.object({ assisted: z.boolean() }).strict(), result: kioskStateSchema },
  /** Staff put the kiosk out of service, with a message for customers, or back in service. */
  'kiosk.setOutOfService': {
    roles: rights.staff,
    input: z.object({ outOfService: z.boolean(), message: staffTextSchema.optional() }).strict(),
    result: kioskStateSchema,
  },
  /** Staff end the customer's session at the kiosk: the kiosk goes back to its attract screen. */
  'kiosk.endSession': { roles: rights.staff, input: empty, result: empty },
  /** Staff sign in at the kiosk itself (the hidden gesture's keypad or a badge); the kiosk's page then acts with their role too. */
  'staff.signInAtKiosk': { roles: rights.customers, input: signInAttemptSchema, result: z.object({ staff: staffMemberViewSchema }) },
  /** Signs the staff member at the kiosk out; harmless when nobody is signed in. */
  'staff.signOutAtKiosk': { roles: rights.customers, input: empty, result: empty },
  /** The staff member this caller is signed in as. */
  'staff.me': { roles: rights.staff, readOnly: true, input: empty, result: z.object({ staff: staffMemberViewSchema }) },
  /** Alerts nobody has acknowledged yet, oldest first: for a console that connects late. */
  'alerts.list': { roles: rights.staff, readOnly: true, input: empty, result: z.object({ alerts: z.array(staffAlertSchema) }) },
  'alerts.acknowledge': { roles: rights.staff, input: z.object({ alert: z.string().min(1).max(64) }).strict(), result: empty },
  /** The kiosk's latest self-checks (database, disk, printer, clock); null before the first run ends. */
  'health.status': { roles: rights.staff, readOnly: true, input: empty, result: z.object({ health: healthReportSchema.nullable() }) },
  /** The staff audit, newest first, a page at a time (`before`: the last id of the previous page). */
  'audit.read': {
    roles: rights.managers,
    readOnly: true,
    input: z
      .object({
        from: z.iso.datetime({ offset: true }).optional(),
        to: z.iso.datetime({ offset: true }).optional(),
        before: z.number().int().positive().optional(),
        limit: z.number().int().min(1).max(1000).default(200),
      })
      .strict(),
    result: z.object({ entries: z.array(auditEntrySchema) }),
  },
  /** The usage reports over a date range on the store's clock (electron/host/reports/). */
  'reports.read': { roles: rights.managers, readOnly: true, input: reportRangeSchema, result: reportSetSchema },
  /** The same reports as a PDF, in the manager's language, printed by the shell's Chromium; base64. */
  'reports.pdf': {
    roles: rights.managers,
    readOnly: true,
    input: z.object({ range: reportRangeSchema, language: languageSchema }).strict(),
    result: z.object({ pdf: z.base64().max(40_000_000) }),
  },
  /** Complaints filed at the kiosk, newest first; `open`: those not resolved yet. */
  'complaints.list': {
    roles: rights.managers,
    readOnly: true,
    input: z.object({ status: z.enum(['open', 'all']).default('open') }).strict(),
    result: z.object({ complaints: z.array(complaintViewSchema) }),
  },
  /** A complaint's contact details: each reading is a staff action, in the audit, with the complaint it concerned. */
  'complaints.revealContact': {
    roles: rights.managers,
    input: z.object({ reference: complaintReferenceSchema }).strict(),
    result: z.object({ contact: z.string().nullable() }),
  },
  /** Someone called the customer back (or tried); the first time is the complaint's time to first contact. */
  'complaints.markContacted': {
    roles: rights.managers,
    input: z.object({ reference: complaintReferenceSchema, note: complaintNoteSchema.optional() }).strict(),
    result: z.object({ complaint: complaintViewSchema }),
  },
  'complaints.resolve': {
    roles: rights.managers,
    input: z.object({ reference: complaintReferenceSchema, outcome: complaintOutcomeSchema, note: complaintNoteSchema.optional() }).strict(),
    result: z.object({ complaint: complaintViewSchema }),
  },
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
    input: z.object({ sessionId: sessionIdSchema.nullable(), screen: screenSchema, reason: helpReasonSchema.default('preferPerson') }).strict(),
    /** `staffTold`: whether a staff console was connected to hear it, so the kiosk never promises what nobody heard. */
    result: z.object({ ticket: issuedTicketSchema, staffTold: z.boolean() }),
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
    readOnly: true,
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
  'queue.ticket': { roles: rights.ticketHolders, readOnly: true, input: z.object({ ticketId: z.string().min(1).max(64) }).strict(), result: z.object({ ticket: ticketStatusSchema }) },
  'queue.board': { roles: rights.anyone, readOnly: true, input: empty, result: queueUpdateSchema },
  'queue.callNext': { roles: rights.staff, input: counterInput, result: z.object({ ticket: calledTicketSchema }) },
  'queue.call': {
    roles: rights.staff,
    input: z.object({ counter: counterIdSchema, ticket: ticketReferenceSchema }).strict(),
    result: z.object({ ticket: calledTicketSchema }),
  },
  'queue.recall': { roles: rights.staff, input: counterInput, result: z.object({ ticket: calledTicketSchema }) },
  /** The called customer has reached the counter: walking time ends and service time begins. */
  'queue.startServing': { roles: rights.staff, input: counterInput, result: z.object({ ticket: calledTicketSchema }) },
  'queue.noShow': { roles: rights.staff, input: counterInput, result: z.object({ ticket: finishedTicketSchema }) },
  'queue.served': {
    roles: rights.staff,
    input: z
      .object({
        counter: counterIdSchema,
        /** Whether the customer's matter was resolved or is still pending, for the reports. */
        outcome: z.enum(['resolved', 'pending']).optional(),
        /** The services actually given, when more or other than the ticket's. */
        servicesGiven: z.array(serviceIdSchema).min(1).max(16).optional(),
      })
      .strict(),
    result: z.object({ ticket: finishedTicketSchema }),
  },
  /** What staff add about a ticket they served, once it is served (the console's follow-up after "done"). */
  'queue.recordOutcome': {
    roles: rights.staff,
    input: z
      .object({
        ticket: ticketReferenceSchema,
        outcome: z.enum(['resolved', 'pending']).optional(),
        servicesGiven: z.array(serviceIdSchema).min(1).max(16).optional(),
      })
      .strict()
      .refine((input) => input.outcome !== undefined || input.servicesGiven !== undefined, 'an outcome or the services given'),
    result: empty,
  },
  /** Moves a ticket to another service, or to one counter, keeping its place in line. */
  'queue.transfer': {
    roles: rights.staff,
    input: z
      .object({ ticket: ticketReferenceSchema, service: serviceIdSchema.optional(), counter: counterIdSchema.optional() })
      .strict()
      .refine((input) => input.service !== undefined || input.counter !== undefined, 'a service or a counter'),
    result: z.object({ ticket: ticketStatusSchema }),
  },
  /** What a counter's console shows: its state, who it serves, who waits for it in calling order. */
  'queue.counterQueue': { roles: rights.staff, readOnly: true, input: counterInput, result: counterQueueSchema },
  'counter.open': {
    roles: rights.staff,
    input: z.object({ counter: counterIdSchema, services: z.array(serviceIdSchema).min(1).max(32).optional() }).strict(),
    result: z.object({ counter: counterViewSchema }),
  },
  'counter.pause': {
    roles: rights.staff,
    input: z.object({ counter: counterIdSchema, reason: pauseReasonSchema }).strict(),
    result: z.object({ counter: counterViewSchema }),
  },
  'counter.close': { roles: rights.staff, input: counterInput, result: z.object({ counter: counterViewSchema }) },
  'queue.postDelay': {
    roles: rights.staff,
    input: z.object({ service: serviceIdSchema.optional(), reason: staffTextSchema }).strict(),
    result: z.object({ delay: delayNoticeSchema }),
  },
  'queue.clearDelay': { roles: rights.staff, input: z.object({ delay: z.string().min(1).max(64) }).strict(), result: empty },
  /** For a staff screen that connects late: the printer's last status, null with no printer or before its first answer. */
  'device.printerStatus': { roles: rights.staff, readOnly: true, input: empty, result: z.object({ printer: printerStatusSchema.nullable() }) },
  /** A text spoken by the host's offline engine (espeak-ng), for a screen whose platform has no voice for its language. */
  'speech.synthesize': {
    roles: rights.speakers,
    readOnly: true,
    input: z.object({ text: z.string().trim().min(1).max(2000), language: languageSchema }).strict(),
    // 32 MiB of base64 holds the engine's largest WAV (24 MiB, electron/host/speech/espeak-engine.ts).
    result: z.object({ audio: z.base64().max(33_554_432), mimeType: z.literal('audio/wav'), durationMs: z.number().int().nonnegative() }),
  },
} as const satisfies Record<string, MethodSpec>;

export const hostEvents = {
  'kiosk.stateChanged': { roles: rights.anyone, payload: kioskStateSchema },
  'session.resetRequested': { roles: rights.customers, payload: z.object({ reason: z.enum(['recovered', 'staff', 'configChanged']) }) },
  'staff.alert': { roles: rights.staff, payload: staffAlertSchema },
  /** Someone acknowledged an alert: every console takes it down. */
  'staff.alertAcknowledged': { roles: rights.staff, payload: alertAcknowledgedSchema },
  'queue.changed': { roles: rights.anyone, payload: queueUpdateSchema },
  'queue.called': { roles: rights.anyone, payload: callAnnouncementSchema },
  'device.printerStatus': { roles: rights.staff, payload: printerStatusSchema },
  /** Every run of the kiosk's self-checks, passed or not. */
  'health.checked': { roles: rights.staff, payload: healthReportSchema },
  /** A headset was plugged into or pulled from the kiosk's jack, where the platform reports it (Linux input switches). */
  'accessibility.headsetChanged': { roles: rights.customers, payload: z.object({ plugged: z.boolean() }) },
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
