// The one envelope every transport carries: a call in, a result or a typed error out, events pushed.
import { z } from 'zod';
import { hostErrorSchema } from './errors.ts';

export const callEnvelopeSchema = z.object({
  id: z.union([z.string().max(64), z.number().int()]),
  method: z.string().max(128),
  input: z.unknown(),
});
export type CallEnvelope = z.infer<typeof callEnvelopeSchema>;

export const replyEnvelopeSchema = z.discriminatedUnion('ok', [
  z.object({ id: callEnvelopeSchema.shape.id, ok: z.literal(true), result: z.unknown() }),
  z.object({ id: callEnvelopeSchema.shape.id.nullable(), ok: z.literal(false), error: hostErrorSchema }),
]);
export type ReplyEnvelope = z.infer<typeof replyEnvelopeSchema>;

export const eventEnvelopeSchema = z.object({ event: z.string(), payload: z.unknown() });
export type EventEnvelope = z.infer<typeof eventEnvelopeSchema>;
