// The codes a customer can only type right by having them: orders, bills and booked appointments
// from the store's data files. Actions that look a field up must get a real one to go on.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { StoreConfig } from '../../../../shared/config/store-config.ts';
import type { FlowActionName } from '../../../../shared/flows/flow-actions.ts';

type DataSource = 'orders' | 'bills' | 'appointments';

export interface Lookup {
  field: string;
  source: DataSource;
  /** A real run uses the row up (an order collected, a bill paid, an appointment checked in). */
  usesUp: boolean;
  /** What the host answers a code that is in no data file. */
  unknownCode: string;
}

/**
 * Every action the host knows, and the data file its field must match; null when what the
 * customer types is their own (a phone number, a complaint). A new action fails the typecheck
 * here until the privacy walker knows how to answer it.
 */
export const lookups = {
  'order.find': { field: 'orderCode', source: 'orders', usesUp: false, unknownCode: 'order.notFound' },
  'order.collect': { field: 'orderCode', source: 'orders', usesUp: true, unknownCode: 'order.notFound' },
  'return.register': { field: 'orderCode', source: 'orders', usesUp: false, unknownCode: 'order.notFound' },
  'bill.find': { field: 'billReference', source: 'bills', usesUp: false, unknownCode: 'bill.notFound' },
  'bill.registerPayment': { field: 'billReference', source: 'bills', usesUp: true, unknownCode: 'bill.notFound' },
  'topup.register': null,
  'ticket.take': null,
  'appointment.checkIn': { field: 'bookingCode', source: 'appointments', usesUp: true, unknownCode: 'appointment.unknownCode' },
  'complaint.file': null,
} as const satisfies Record<FlowActionName, Lookup | null>;

/**
 * The fields of an action's values the store config says it keeps for a while, each as the
 * config setting that says so: a complaint's text and contact, for `complaints.keepContactDays`.
 */
export const keptByAction: Partial<Record<FlowActionName, readonly string[]>> = {
  'complaint.file': ['complaintText', 'contactDetails'],
};

export interface DataRows {
  /** A real code for `source`, the least used so far and not used up; `usesUp` marks it used up. */
  take(source: DataSource, usesUp: boolean): string;
}

interface AppointmentRow {
  code: string;
  time?: string;
  at?: string;
}

const minute = 60_000;

/** The store's data-file codes; appointments only those open for check-in at `now`. */
export function dataRows(config: StoreConfig, configFile: string, now: Date): DataRows {
  const read = <T>(file: string): T => JSON.parse(readFileSync(join(dirname(configFile), file), 'utf8')) as T;
  const orders = config.data.orders ? read<{ orders: { code: string }[] }>(config.data.orders).orders.map((order) => order.code) : [];
  const bills = config.data.bills ? read<{ bills: { reference: string }[] }>(config.data.bills).bills.map((bill) => bill.reference) : [];
  const booked = config.queue.appointments;
  const appointments = booked
    ? read<{ appointments: AppointmentRow[] }>(booked.file)
        .appointments.filter((row) => {
          const at = row.at ? new Date(row.at) : timeOn(now, row.time ?? '00:00');
          return now.getTime() >= at.getTime() - booked.earlyMinutes * minute && now.getTime() <= at.getTime() + booked.lateMinutes * minute;
        })
        .map((row) => row.code)
    : [];
  const rows: Record<DataSource, string[]> = { orders, bills, appointments };
  const uses = new Map<string, number>();
  const usedUp = new Set<string>();
  return {
    take(source, usesUp) {
      const free = rows[source].filter((code) => !usedUp.has(code));
      const code = free.sort((a, b) => (uses.get(a) ?? 0) - (uses.get(b) ?? 0))[0];
      if (code === undefined) throw new Error(`no ${source} code left in the demo data files for another real run`);
      uses.set(code, (uses.get(code) ?? 0) + 1);
      if (usesUp) usedUp.add(code);
      return code;
    },
  };
}

/** `clock` ("10:30") on the local day of `day`. */
function timeOn(day: Date, clock: string): Date {
  const [hours = 0, minutes = 0] = clock.split(':').map(Number);
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), hours, minutes);
}
