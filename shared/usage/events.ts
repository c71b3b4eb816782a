// The usage-event schema: facts about kiosk use, written once, never edited, never personal.
// Nothing a customer typed ever appears here: only ids from the config, choices and counts.
import { z } from 'zod';
import { flowActionNames } from '../flows/flow-actions.ts';
import { languageSchema } from '../i18n/languages.ts';
import { ticketKinds } from '../queue/queue-events.ts';
import { roles } from '../host-api/roles.ts';
import { healthCheckSchema } from '../host-api/staff-views.ts';
import { accessibilityModeSchema, accessibilityTriggerSchema } from '../accessibility/modes.ts';

export const screenSchema = z.enum([
  'attract',
  'why',
  'language',
  'home',
  'benefit',
  'flow',
  'feedback',
  'thanks',
  'outOfService',
]);
export type Screen = z.infer<typeof screenSchema>;

export const sessionEndReasonSchema = z.enum(['completed', 'cancelled', 'timedOut']);
export type SessionEndReason = z.infer<typeof sessionEndReasonSchema>;

export const qualityDimensionSchema = z.enum(['reliability', 'responsiveness', 'assurance', 'empathy', 'tangibles']);
export type QualityDimension = z.infer<typeof qualityDimensionSchema>;

const id = z.string().min(1).max(64);
/** Usage from practice runs and pilot flows is tagged, so reports can keep it apart. */
/** `assisted`: run while staff had the kiosk in assisted mode (absent in logs from before it was told). */
const flowTags = { flowId: id, practice: z.boolean(), pilot: z.boolean(), assisted: z.boolean().optional() };

/** Events the renderer may report; the host adds its own (session, actions, kiosk) below. */
export const rendererUsageEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('screen.viewed'), screen: screenSchema }),
  z.object({ type: z.literal('language.chosen'), language: languageSchema }),
  z.object({ type: z.literal('benefit.viewed'), flowId: id, withFigures: z.boolean() }),
  z.object({ type: z.literal('flow.started'), ...flowTags }),
  z.object({ type: z.literal('flow.step'), ...flowTags, step: id }),
  z.object({ type: z.literal('flow.back'), ...flowTags, step: id }),
  z.object({ type: z.literal('flow.completed'), ...flowTags, durationMs: z.number().int().nonnegative() }),
  z.object({ type: z.literal('flow.cancelled'), ...flowTags, step: id }),
  z.object({ type: z.literal('practice.started'), flowId: id }),
  z.object({ type: z.literal('practice.finished'), flowId: id, completed: z.boolean() }),
  z.object({
    type: z.literal('tutorial.offered'),
    flowId: id,
    step: id,
    trigger: z.enum(['firstUse', 'hesitation', 'backs', 'asked']),
  }),
  z.object({ type: z.literal('tutorial.started'), flowId: id, step: id }),
  z.object({ type: z.literal('tutorial.skipped'), flowId: id, step: id, mark: z.number().int().nonnegative() }),
  z.object({ type: z.literal('tutorial.finished'), flowId: id, step: id }),
  z.object({ type: z.literal('hesitation.detected'), flowId: id, step: id, cause: z.enum(['noProgress', 'backs']) }),
  z.object({ type: z.literal('pilot.exposed'), flowId: id, assisted: z.boolean() }),
  z.object({ type: z.literal('feedback.rated'), flowId: id, rating: z.number().int().min(1).max(5), pilot: z.boolean() }),
  z.object({
    type: z.literal('feedback.dimensionRated'),
    flowId: id,
    dimension: qualityDimensionSchema,
    rating: z.number().int().min(1).max(5),
  }),
  z.object({ type: z.literal('feedback.skipped'), flowId: id }),
  z.object({ type: z.literal('idle.warned'), screen: screenSchema }),
  z.object({ type: z.literal('idle.extended'), screen: screenSchema }),
  /**
   * An accessibility mode turned on or off during a session, and how (shared/accessibility/modes.ts).
   * Modes end with the session: no event is logged for that.
   */
  z.object({
    type: z.literal('accessibility.modeChanged'),
    mode: accessibilityModeSchema,
    on: z.boolean(),
    via: accessibilityTriggerSchema.exclude(['sessionEnd']),
  }),
]);
export type RendererUsageEvent = z.infer<typeof rendererUsageEventSchema>;

/** A wait estimate as logged, so reports can measure its error against the real wait. */
export const waitPredictionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('now') }),
  z.object({ kind: z.literal('unsure') }),
  z.object({
    kind: z.literal('range'),
    lowMinutes: z.number().nonnegative(),
    medianMinutes: z.number().nonnegative(),
    highMinutes: z.number().nonnegative(),
  }),
]);
export type WaitPrediction = z.infer<typeof waitPredictionSchema>;

/** What every queue fact says of its ticket: the service, the kind and the priority class, no number. */
const ticketFacts = {
  queueService: id,
  kind: z.enum(ticketKinds),
  // Null for an ordinary ticket; absent only in events logged before the queue engine.
  priority: id.nullable().default(null),
};
const seconds = z.number().int().nonnegative();

const hostUsageEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('session.started'), language: languageSchema, seesPilots: z.boolean() }),
  z.object({
    type: z.literal('session.ended'),
    reason: sessionEndReasonSchema,
    durationMs: z.number().int().nonnegative(),
  }),
  /** `reason`: what the customer asked for; absent in logs from before it was told. */
  z.object({ type: z.literal('help.requested'), screen: screenSchema, reason: z.enum(['preferPerson', 'needHelp']).optional() }),
  z.object({ type: z.literal('action.completed'), flowId: id, action: z.enum(flowActionNames), pilot: z.boolean() }),
  z.object({ type: z.literal('action.failed'), flowId: id, action: z.enum(flowActionNames), code: id }),
  z.object({
    type: z.literal('ticket.issued'),
    ...ticketFacts,
    // The wait the customer was told; absent only in events logged before the queue engine.
    predicted: waitPredictionSchema.optional(),
  }),
  z.object({
    type: z.literal('ticket.called'),
    ...ticketFacts,
    counter: id,
    waitedSeconds: seconds,
    /** What the customer was told at issue; absent when the kiosk lost it (a crash in between). */
    predicted: waitPredictionSchema.optional(),
  }),
  z.object({
    type: z.literal('ticket.served'),
    ...ticketFacts,
    counter: id,
    /** The counter's whole time on it, call to finish. */
    serviceSeconds: seconds,
    /** Of that, the walk from the call to the counter, when staff said the customer arrived. */
    walkSeconds: seconds.optional(),
    outcome: z.enum(['resolved', 'pending']).optional(),
    servicesGiven: z.array(id).optional(),
  }),
  z.object({ type: z.literal('ticket.noShow'), ...ticketFacts, counter: id, waitedSeconds: seconds }),
  /**
   * A ticket refused by a limit (electron/host/queue/ticket-limits.ts): one customer session's
   * tickets, or the kiosk's in a minute. Once per session and once per minute, as staff are alerted.
   */
  z.object({ type: z.literal('ticket.limitReached'), limit: z.enum(['perSession', 'perMinute']), max: z.number().int().positive() }),
  /** What staff added about a ticket after serving it, for the reports. */
  z.object({ type: z.literal('ticket.outcome'), ...ticketFacts, outcome: z.enum(['resolved', 'pending']).optional(), servicesGiven: z.array(id).optional() }),
  z.object({ type: z.literal('complaint.filed'), category: id, contactWanted: z.boolean() }),
  /** A ticket the printer could not print: the customer was shown it on screen and staff alerted. */
  z.object({ type: z.literal('printer.failed'), code: id }),
  z.object({ type: z.literal('kiosk.started'), shell: z.enum(['electron', 'browser', 'test']) }),
  /**
   * Every `kioskHeartbeatMinutes` while the host runs: the reports' running time and uptime.
   * `inService`: customers could use the kiosk (not closed by staff, not refused its config).
   */
  z.object({ type: z.literal('kiosk.alive'), inService: z.boolean() }),
  z.object({ type: z.literal('assisted.changed'), assisted: z.boolean() }),
  /** Staff put the kiosk out of service or back: customers could not use it meanwhile. */
  z.object({ type: z.literal('kiosk.closedByStaff'), closed: z.boolean() }),
  z.object({ type: z.literal('kiosk.configRejected'), code: z.string() }),
  /** A caller asked for a method its role may not call: which method, which role, never who. */
  z.object({ type: z.literal('auth.forbidden'), method: z.string().max(64), role: z.enum(roles) }),
  z.object({
    type: z.literal('kiosk.rendererRecovered'),
    cause: z.enum(['crashed', 'unresponsive', 'failedToLoad']),
  }),
  /**
   * The database was damaged at start (not a database, malformed, or failing its page check): it was
   * moved aside and the kiosk went on with a fresh one, where this is the first fact after the start.
   */
  z.object({ type: z.literal('storage.recovered'), reason: z.enum(['notADatabase', 'malformed', 'failedCheck']) }),
  /** Each run of the self-checks (electron/host/health/): `ok` or the problem's code, per check run. */
  z.object({ type: z.literal('kiosk.healthChecked'), results: z.partialRecord(healthCheckSchema, id) }),
  /** A check started failing (`problem`: its code) or passed again (`problem`: null). */
  z.object({ type: z.literal('kiosk.healthChanged'), check: healthCheckSchema, problem: id.nullable() }),
]);

/** How often the host notes that it runs (`kiosk.alive`): the grain of the reports' uptime. */
export const kioskHeartbeatMinutes = 10;

export const usageEventSchema = z.union([rendererUsageEventSchema, hostUsageEventSchema]);
export type UsageEvent = z.infer<typeof usageEventSchema>;

/** A stored event as read back from the log. */
export const storedUsageEventSchema = z.object({
  seq: z.number().int().positive(),
  at: z.string(),
  storeId: z.string(),
  sessionId: z.string().nullable(),
  event: usageEventSchema,
});
export type StoredUsageEvent = z.infer<typeof storedUsageEventSchema>;
