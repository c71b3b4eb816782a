// What the host may do for a flow step, the fields each action reads, and the facts it answers
// with; a step names an action, the renderer never chooses one.
import { z } from 'zod';
import { localizedTextSchema } from '../config/localized-text.ts';

/**
 * `commits`: the action changes something for real (an order collected, a ticket taken), so the
 * customer cannot go back past it and run it again; look-ups commit nothing.
 */
export const flowActionFields = {
  'order.find': { needs: ['orderCode'], commits: false },
  'order.collect': { needs: ['orderCode'], commits: true },
  'return.register': { needs: ['orderCode', 'returnReason'], commits: true },
  'bill.find': { needs: ['billReference'], commits: false },
  'bill.registerPayment': { needs: ['billReference'], commits: true },
  'topup.register': { needs: ['phoneNumber', 'amount'], commits: true },
  'ticket.take': { needs: ['queueService'], commits: true },
  'appointment.checkIn': { needs: ['bookingCode'], commits: true },
  'complaint.file': { needs: ['complaintCategory', 'complaintText', 'contactWanted'], commits: true },
} as const satisfies Record<string, { needs: readonly string[]; commits: boolean }>;

export type FlowActionName = keyof typeof flowActionFields;
export const flowActionNames = Object.keys(flowActionFields) as [FlowActionName, ...FlowActionName[]];

export const factIds = [
  'itemCount',
  'collectionPoint',
  'returnNumber',
  'returnDesk',
  'payee',
  'amount',
  'dueDate',
  'paymentReference',
  'phoneNumber',
  'ticketNumber',
  'queueService',
  'peopleAhead',
  'appointmentTime',
  'complaintReference',
  'contactKeptDays',
] as const;

/** One thing the host tells the customer; the renderer translates `facts.<id>` as its label. */
export const factSchema = z.object({
  id: z.enum(factIds),
  value: z.union([z.string(), z.number(), localizedTextSchema]),
  // 'sample': a practice-run stand-in; the renderer shows the translated sample named by the value.
  kind: z.enum(['text', 'count', 'money', 'code', 'date', 'sample']).default('text'),
  currency: z.string().regex(/^[A-Z]{3}$/).optional(),
});
export type Fact = z.infer<typeof factSchema>;

export const flowValuesSchema = z.record(z.string().regex(/^[a-z][a-zA-Z0-9]*$/), z.string().max(1000));
export type FlowValues = z.infer<typeof flowValuesSchema>;
