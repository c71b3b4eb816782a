// What the host tells staff and managers about themselves and what needs them: who is signed in,
// the alerts nobody may miss, and the audit of what staff did. Staff ids and devices, never a customer.
import { z } from 'zod';
import { languageSchema } from '../i18n/languages.ts';
import { pauseReasons } from '../queue/queue-events.ts';
import { hostErrorSchema } from './errors.ts';

export const staffRoles = ['staff', 'manager'] as const;
export const staffRoleSchema = z.enum(staffRoles);
export type StaffRole = z.infer<typeof staffRoleSchema>;

/** A staff id as the staff file and the keypad know it: short, plain, typed on a keypad. */
export const staffIdSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/, 'letters, digits, dots, dashes or underscores, at most 32');

export const staffMemberViewSchema = z.object({ id: z.string(), name: z.string(), role: staffRoleSchema });
export type StaffMemberView = z.infer<typeof staffMemberViewSchema>;

/** A sign-in: a staff id and PIN typed on a keypad, or a badge read by a scanner that types. */
export const signInAttemptSchema = z.discriminatedUnion('method', [
  z.object({ method: z.literal('pin'), staffId: z.string().trim().min(1).max(64), pin: z.string().min(1).max(64) }).strict(),
  z.object({ method: z.literal('badge'), badge: z.string().trim().min(1).max(256) }).strict(),
]);
export type SignInAttempt = z.infer<typeof signInAttemptSchema>;

/** A short staff-typed text in some of the store's languages (a delay reason, an out-of-service message). */
export const staffTextSchema = z
  .partialRecord(languageSchema, z.string().trim().min(1).max(200))
  .refine((text) => Object.keys(text).length > 0, 'a text in at least one language');
export type StaffText = z.infer<typeof staffTextSchema>;

export const helpReasonSchema = z.enum(['preferPerson', 'needHelp']);
export type HelpReason = z.infer<typeof helpReasonSchema>;

/** The kiosk's self-checks, run at start and every few minutes. */
export const healthChecks = ['database', 'disk', 'printer', 'clock'] as const;
export const healthCheckSchema = z.enum(healthChecks);
export type HealthCheck = z.infer<typeof healthCheckSchema>;

/** The latest run of the self-checks: each one's problem, null when it passed; the printer only when there is one. */
export const healthReportSchema = z.object({
  checkedAt: z.string(),
  results: z.array(z.object({ check: healthCheckSchema, problem: hostErrorSchema.nullable() })),
});
export type HealthReport = z.infer<typeof healthReportSchema>;

/** Something staff must see to at once, until one of them acknowledges it. */
export const staffAlertSchema = z.discriminatedUnion('kind', [
  z.object({
    id: z.string(),
    kind: z.literal('printer'),
    problem: hostErrorSchema,
    /** The ticket the customer was shown on screen instead, if any. */
    ticketNumber: z.string().nullable(),
    at: z.string(),
  }),
  z.object({
    id: z.string(),
    kind: z.literal('help'),
    reason: helpReasonSchema,
    /** The kiosk's name, from the store config. */
    kiosk: z.string(),
    /** The screen the customer was on. */
    screen: z.string(),
    /** The help ticket the customer was given, when the queue could give one. */
    ticketNumber: z.string().nullable(),
    at: z.string(),
  }),
  z.object({
    id: z.string(),
    kind: z.literal('ticketLimit'),
    /** Which limit was hit: one customer's tickets, or the kiosk's tickets in a minute. */
    limit: z.enum(['perSession', 'perMinute']),
    /** The limit as configured. */
    max: z.number().int(),
    kiosk: z.string(),
    at: z.string(),
  }),
  z.object({
    id: z.string(),
    kind: z.literal('health'),
    check: healthCheckSchema,
    /** Why the check failed, as a translatable problem. */
    problem: hostErrorSchema,
    kiosk: z.string(),
    at: z.string(),
  }),
]);
export type StaffAlert = z.infer<typeof staffAlertSchema>;

export const alertAcknowledgedSchema = z.object({ id: z.string(), by: z.string().nullable(), at: z.string() });

export const pauseReasonSchema = z.enum(pauseReasons);
export type PauseReason = z.infer<typeof pauseReasonSchema>;

/** One line of the staff audit: who did what where and when; never a customer's data. */
export const auditEntrySchema = z.object({
  id: z.number().int().positive(),
  at: z.string(),
  /** Null when nobody was identified (a failed sign-in with an unknown id). */
  staffId: z.string().nullable(),
  device: z.string(),
  action: z.string(),
  detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
