// What the host may do for a flow step, the fields each action reads, and the facts it answers
// with; a step names an action, the renderer never chooses one.
import { z } from 'zod';
import { localizedTextSchema } from '../config/localized-text.ts';

export const flowActionFields = {
  'order.find': { needs: ['orderCode'] },
  'order.collect': { needs: ['orderCode'] },
  'return.register': { needs: ['orderCode', 'returnReason'] },
  'bill.find': { needs: ['billReference'] },
  'bill.registerPayment': { needs: ['billReference'] },
  'topup.register': { needs: ['phoneNumber', 'amount'] },
  'ticket.take': { needs: ['queueService'] },
  'complaint.file': { needs: ['complaintCategory', 'complaintText', 'contactWanted'] },
} as const satisfies Record<string, { needs: readonly string[] }>;

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
