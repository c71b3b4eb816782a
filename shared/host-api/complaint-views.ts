// The complaint desk as managers see it: complaints filed at the kiosk, who was called back and
// how it ended. The seeds' point: a complaint is a customer to win back, preferably by phone.
import { z } from 'zod';

export const complaintStatuses = ['new', 'contacted', 'resolved'] as const;
export const complaintStatusSchema = z.enum(complaintStatuses);
export type ComplaintStatus = z.infer<typeof complaintStatusSchema>;

/** How a complaint ended, for the reports; a manager's own words go in the note. */
export const complaintOutcomes = ['recovered', 'compensated', 'explained', 'unreachable', 'unfounded'] as const;
export const complaintOutcomeSchema = z.enum(complaintOutcomes);
export type ComplaintOutcome = z.infer<typeof complaintOutcomeSchema>;

/** The reference printed for the customer (C-XXXX-XXXX). */
export const complaintReferenceSchema = z.string().trim().min(1).max(32);

/** A short note a manager keeps with the complaint; it is erased with the complaint's text. */
export const complaintNoteSchema = z.string().trim().max(500);

export const complaintViewSchema = z.object({
  reference: complaintReferenceSchema,
  /** The category's id, as the store's complaint flow names it. */
  category: z.string(),
  /** What the customer wrote; null once the store's keeping days are over. */
  text: z.string().nullable(),
  filedAt: z.iso.datetime({ offset: true }),
  ticketNumber: z.string(),
  /** Whether contact details are held; they are shown only on request, and each request is audited. */
  hasContact: z.boolean(),
  /** When the text, the contact details and the note are (or were) erased: set for every complaint, with or without contact. */
  keptUntil: z.iso.datetime({ offset: true }).nullable(),
  status: complaintStatusSchema,
  contactedAt: z.iso.datetime({ offset: true }).nullable(),
  resolvedAt: z.iso.datetime({ offset: true }).nullable(),
  outcome: complaintOutcomeSchema.nullable(),
  note: z.string().nullable(),
});
export type ComplaintView = z.infer<typeof complaintViewSchema>;
