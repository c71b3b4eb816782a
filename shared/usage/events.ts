// The usage-event schema: facts about kiosk use, written once, never edited, never personal.
import { z } from 'zod';
import { languageSchema } from '../i18n/languages.ts';

export const screenSchema = z.enum([
  'attract',
  'language',
  'home',
  'flow',
  'thanks',
  'outOfService',
]);
export type Screen = z.infer<typeof screenSchema>;

export const sessionEndReasonSchema = z.enum(['completed', 'cancelled', 'timedOut']);
export type SessionEndReason = z.infer<typeof sessionEndReasonSchema>;

/** Events the renderer may report; the host adds its own (session, kiosk) below. */
export const rendererUsageEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('screen.viewed'), screen: screenSchema }),
  z.object({ type: z.literal('language.chosen'), language: languageSchema }),
  z.object({ type: z.literal('flow.started'), flowId: z.string().min(1).max(64) }),
  z.object({
    type: z.literal('flow.step'),
    flowId: z.string().min(1).max(64),
    step: z.string().min(1).max(64),
  }),
  z.object({
    type: z.literal('flow.completed'),
    flowId: z.string().min(1).max(64),
    durationMs: z.number().int().nonnegative(),
  }),
  z.object({ type: z.literal('flow.cancelled'), flowId: z.string().min(1).max(64), step: z.string().max(64) }),
  z.object({ type: z.literal('idle.warned'), screen: screenSchema }),
  z.object({ type: z.literal('idle.extended'), screen: screenSchema }),
]);
export type RendererUsageEvent = z.infer<typeof rendererUsageEventSchema>;

export const hostUsageEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('session.started'), language: languageSchema }),
  z.object({
    type: z.literal('session.ended'),
    reason: sessionEndReasonSchema,
    durationMs: z.number().int().nonnegative(),
  }),
  z.object({ type: z.literal('help.requested'), screen: screenSchema }),
  z.object({ type: z.literal('order.collected'), flowId: z.string() }),
  z.object({
    type: z.literal('order.lookupFailed'),
    flowId: z.string(),
    reason: z.enum(['notFound', 'alreadyCollected']),
  }),
  z.object({ type: z.literal('kiosk.started'), shell: z.enum(['electron', 'browser', 'test']) }),
  z.object({ type: z.literal('kiosk.configRejected'), code: z.string() }),
  z.object({
    type: z.literal('kiosk.rendererRecovered'),
    cause: z.enum(['crashed', 'unresponsive', 'failedToLoad']),
  }),
]);

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
