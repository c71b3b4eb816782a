// Booked appointments: the adapter a booking system plugs in behind, a JSON-file source for stores
// without one (and the demo), and the check-in window around the booked time.
import { z } from 'zod';
import { maxDataRows } from '../../../shared/config/limits.ts';
import { clockTimeSchema } from '../../../shared/config/queue-config.ts';
import { slugSchema } from '../../../shared/config/slug.ts';
import { normalizeCode } from '../data/data-files.ts';
import { timeOnDay, type QueueDay } from './queue-day.ts';

/** An appointment as the queue needs it: the service it is for and when. Never who booked it. */
export interface Appointment {
  service: string;
  at: Date;
}

export interface AppointmentSource {
  /** The appointment booked under `code` on `day`, if any; codes come as customers typed them. */
  find(code: string, day: QueueDay): Promise<Appointment | undefined>;
}

const bookedAppointmentSchema = z
  .object({
    code: z.string().trim().min(4).max(32),
    service: slugSchema,
    time: clockTimeSchema.optional().describe('A local time, booked on every day (the demo works any day)'),
    at: z.iso.datetime({ offset: true }).optional().describe('A moment, booked on its day only'),
  })
  .strict()
  .refine((booked) => (booked.time === undefined) !== (booked.at === undefined), 'either "time" (every day) or "at" (one day)');

export const appointmentFileSchema = z.object({ appointments: z.array(bookedAppointmentSchema).max(maxDataRows) }).strict();
export type BookedAppointment = z.infer<typeof bookedAppointmentSchema>;

/** Appointments read from a file of codes, services and times. */
export function createFileAppointmentSource(booked: readonly BookedAppointment[]): AppointmentSource {
  const byCode = new Map<string, BookedAppointment[]>();
  for (const entry of booked) {
    const code = normalizeCode(entry.code);
    byCode.set(code, [...(byCode.get(code) ?? []), entry]);
  }
  return {
    find(code, day) {
      for (const entry of byCode.get(normalizeCode(code)) ?? []) {
        const at = entry.time !== undefined ? timeOnDay(day, entry.time) : new Date(entry.at ?? 0);
        if (at.getTime() >= day.startsAt && at.getTime() < day.endsAt) return Promise.resolve({ service: entry.service, at });
      }
      return Promise.resolve(undefined);
    },
  };
}

export interface CheckInWindow {
  earlyMinutes: number;
  lateMinutes: number;
}

export type CheckInVerdict = { open: true } | { open: false; reason: 'tooEarly' | 'tooLate'; opensAt: Date };

const minute = 60_000;

/** Whether a customer booked for `at` may check in `now`: from `earlyMinutes` before to `lateMinutes` after. */
export function checkInVerdict(at: Date, now: Date, window: CheckInWindow): CheckInVerdict {
  const opensAt = new Date(at.getTime() - window.earlyMinutes * minute);
  if (now.getTime() < opensAt.getTime()) return { open: false, reason: 'tooEarly', opensAt };
  if (now.getTime() > at.getTime() + window.lateMinutes * minute) return { open: false, reason: 'tooLate', opensAt };
  return { open: true };
}
