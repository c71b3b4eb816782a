// Typed error codes the host answers with; the renderer translates each code, never a sentence.
import { z } from 'zod';

export const hostErrorCodes = [
  'request.malformed',
  'request.invalidInput',
  'method.unknown',
  'auth.forbidden',
  'host.internal',
  'host.unreachable',
  'config.malformedJson',
  'config.unreadable',
  'config.notAFile',
  'config.tooLarge',
  'config.invalidText',
  'config.fieldMissing',
  'config.wrongType',
  'config.invalidValue',
  'config.tooLong',
  'config.tooShort',
  'config.tooMany',
  'config.tooFew',
  'config.numberOutOfRange',
  'config.wholeNumberOutOfRange',
  'config.tooDeep',
  'kiosk.outOfService',
  'session.unknown',
  'flow.unknown',
  'flow.notAvailable',
  'flow.invalidValue',
  'order.notFound',
  'order.alreadyCollected',
  'bill.notFound',
  'bill.alreadyPaid',
  'payment.notRegistered',
  'queue.unknownService',
  'queue.unknownPriority',
  'queue.unknownCounter',
  'queue.unknownTicket',
  'queue.unknownDelay',
  'queue.ticketNotWaiting',
  'queue.notServedHere',
  'queue.counterNotOpen',
  'queue.counterBusy',
  'queue.counterIdle',
  'queue.alreadyStarted',
  'queue.notServed',
  'queue.nothingWaiting',
  'queue.ticketLimitReached',
  'queue.kioskBusy',
  'appointment.notOffered',
  'appointment.unknownCode',
  'appointment.alreadyCheckedIn',
  'appointment.tooEarly',
  'appointment.tooLate',
  'staff.notConfigured',
  'staff.signInRefused',
  'staff.lockedOut',
  'staff.notSignedIn',
  'staff.unknownAlert',
  'complaints.notConfigured',
  'complaints.unknownReference',
  'complaints.erased',
  'network.needsTls',
  'network.certificateUnreadable',
  'network.unavailable',
  'printer.notConfigured',
  'printer.offline',
  'printer.paperOut',
  'printer.coverOpen',
  'printer.failed',
  'health.databaseReadOnly',
  'health.databaseFull',
  'health.databaseMoved',
  'health.diskLow',
  'health.clockBehind',
  'health.clockBeforeRelease',
  'health.checkFailed',
  'reports.pdfUnavailable',
  'reports.pdfFailed',
  'speech.unavailable',
  'speech.failed',
] as const;

export const hostErrorCodeSchema = z.enum(hostErrorCodes);
export type HostErrorCode = z.infer<typeof hostErrorCodeSchema>;

/** Params fill the translated message; they never hold personal data. */
export const hostErrorSchema = z.object({
  code: hostErrorCodeSchema,
  params: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
});
export type HostErrorPayload = z.infer<typeof hostErrorSchema>;

export class HostError extends Error {
  readonly code: HostErrorCode;
  readonly params: Record<string, string | number>;

  constructor(code: HostErrorCode, params: Record<string, string | number> = {}) {
    super(code);
    this.name = 'HostError';
    this.code = code;
    this.params = params;
  }

  toPayload(): HostErrorPayload {
    return { code: this.code, params: this.params };
  }
}
