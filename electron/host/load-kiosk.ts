// Turns a store config file into the kiosk's state and services: the profile the renderer sees,
// the queue, and the actions and complaint desk the host runs for its flows.
import { basename } from 'node:path';
import type { QueueConfig } from '../../shared/config/queue-config.ts';
import type { Fact } from '../../shared/flows/flow-actions.ts';
import type { KioskState } from '../../shared/host-api/contract.ts';
import type { IssuedTicketView } from '../../shared/host-api/queue-views.ts';
import type { StoreConfig } from '../../shared/config/store-config.ts';
import { createWaitEstimator } from '../../shared/queue/estimate/monte-carlo-estimator.ts';
import { createNaiveEstimator } from '../../shared/queue/estimate/naive-estimator.ts';
import { runtimeTimeZone } from '../../shared/queue/estimate/store-clock.ts';
import type { WaitEstimator } from '../../shared/queue/estimate/wait-estimator.ts';
import { createComplaintDesk, type ComplaintDesk } from './complaints/complaint-desk.ts';
import { loadStoreConfig } from './config/load-store-config.ts';
import { billFileSchema, loadDataFile, orderFileSchema, type PayableBill, type ReadyOrder } from './data/data-files.ts';
import type { FlowActions } from './flows/flow-action.ts';
import { createFlowRunner, type FlowRunner } from './flows/flow-runner.ts';
import { createOrderActions } from './flows/order-actions.ts';
import { createPaymentActions } from './flows/payment-actions.ts';
import { appointmentFileSchema, createFileAppointmentSource, type BookedAppointment } from './queue/appointments.ts';
import { createTicketPrinter, type PrinterStatus, type TicketPrinter } from './devices/printer/ticket-printer.ts';
import { createQueueEngine } from './queue/queue-engine.ts';
import { withTicketLimits, type TicketLimitsDeps } from './queue/ticket-limits.ts';
import { withTicketPrinting, type TicketPrintingDeps } from './queue/ticket-printing.ts';
import type { QueueListeners, QueueSystem } from './queue/queue-system.ts';
import type { KioskDatabase } from './storage/database.ts';
import type { UsageLog } from './usage/usage-log.ts';

export type KioskConfigVerdict =
  | { ok: true; config: StoreConfig; orders: ReadyOrder[]; bills: PayableBill[]; appointments: BookedAppointment[] }
  | { ok: false; state: KioskState };

export function readKioskConfig(configFile: string): KioskConfigVerdict {
  const verdict = loadStoreConfig(configFile);
  if (!verdict.ok) return { ok: false, state: { state: 'outOfService', problem: verdict.problem } };
  const { config } = verdict;
  const orders = config.data.orders ? loadDataFile(configFile, config.data.orders, orderFileSchema) : { ok: true as const, data: { orders: [] } };
  if (!orders.ok) return { ok: false, state: { state: 'outOfService', problem: orders.problem } };
  const bills = config.data.bills ? loadDataFile(configFile, config.data.bills, billFileSchema) : { ok: true as const, data: { bills: [] } };
  if (!bills.ok) return { ok: false, state: { state: 'outOfService', problem: bills.problem } };
  const booked = config.queue.appointments;
  const appointments = booked ? loadDataFile(configFile, booked.file, appointmentFileSchema) : { ok: true as const, data: { appointments: [] } };
  if (!appointments.ok) return { ok: false, state: { state: 'outOfService', problem: appointments.problem } };
  const services = new Set(config.queue.services.map((service) => service.id));
  const strayIndex = appointments.data.appointments.findIndex((appointment) => !services.has(appointment.service));
  if (booked && strayIndex >= 0) {
    const params = { file: basename(booked.file), path: `appointments[${strayIndex}].service`, expected: 'the id of a queue service' };
    return { ok: false, state: { state: 'outOfService', problem: { code: 'config.invalidValue', params } } };
  }
  return { ok: true, config, orders: orders.data.orders, bills: bills.data.bills, appointments: appointments.data.appointments };
}

export function profileOf(config: StoreConfig): KioskState {
  return {
    state: 'ready',
    assisted: false,
    staff: null,
    closure: null,
    profile: {
      storeId: config.store.id,
      storeName: config.store.name,
      languages: config.languages,
      session: config.session,
      benefits: config.benefits,
      queueServices: config.queue.services.map(({ id, name }) => ({ id, name })),
      tutorials: config.tutorials,
      accessibility: {
        timeFactor: config.accessibility.timeFactor,
        speech: { engine: config.accessibility.speech.engine, wordsPerMinute: config.accessibility.speech.wordsPerMinute },
        screenDiagonalInches: config.accessibility.screenDiagonalInches,
      },
      flows: config.flows,
      staffGesture: config.staff ? config.staff.kioskGesture : null,
    },
  };
}

export interface KioskServices {
  queue: QueueSystem;
  printer: TicketPrinter | null;
  helpService: string;
  flowRunner: FlowRunner;
  complaints: ComplaintDesk | null;
}

/** Makes the wait estimator for a store's queue; the host swaps estimators here. */
export type EstimatorFactory = (queue: QueueConfig) => WaitEstimator;

const priorsOf = (queue: QueueConfig) => Object.fromEntries(queue.services.map((service) => [service.id, service.priorServiceMinutes]));

/** The baseline most queue systems show; kept for comparison and for tests that need plain arithmetic. */
export const naiveEstimatorFor: EstimatorFactory = (queue) => createNaiveEstimator({ priorServiceMinutes: priorsOf(queue) });

/**
 * The kiosk's estimator: a forward simulation of the queue as it stands, calibrated online from
 * the waits that really happened (docs/wait-estimates.md; its honesty is measured by `npm run bench`).
 * It keeps the store's clock as the queue day does: the machine's time zone, the day from `dayStartsAt`.
 */
export const monteCarloEstimatorFor: EstimatorFactory = (queue) =>
  createWaitEstimator({ priorServiceMinutes: priorsOf(queue), timeZone: runtimeTimeZone(), dayStartsAt: queue.dayStartsAt });

export interface KioskServicesDeps {
  config: StoreConfig;
  orders: ReadyOrder[];
  bills: PayableBill[];
  appointments: BookedAppointment[];
  db: KioskDatabase;
  usageLog: UsageLog;
  now: () => Date;
  queueListeners: QueueListeners;
  createEstimator: EstimatorFactory;
  reportFault: (what: string, fault: unknown) => void;
  printing: Pick<TicketPrintingDeps, 'languageOf' | 'onPrintFailed'> & { onPrinterStatus: (status: PrinterStatus) => void };
  ticketLimits: Pick<TicketLimitsDeps, 'alerts' | 'kioskName' | 'staffAtKiosk'>;
}

export function buildKioskServices(deps: KioskServicesDeps): KioskServices {
  const { config, orders, bills, db, usageLog, now } = deps;
  const printer = config.printer ? createTicketPrinter(config.printer, { now, onStatus: deps.printing.onPrinterStatus }) : null;
  const engine = createQueueEngine({
    db,
    config: config.queue,
    estimator: deps.createEstimator(config.queue),
    appointments: config.queue.appointments ? createFileAppointmentSource(deps.appointments) : null,
    usageLog,
    now,
    listeners: deps.queueListeners,
    reportFault: (what, fault) => deps.reportFault(`queue.${what}`, fault),
  });
  // Every customer ticket, whichever way it is taken, is held to the store's limits and goes through the printer.
  const limited = withTicketLimits(engine, { ...deps.ticketLimits, limits: config.queue.ticketLimits, now, usageLog });
  const queue = withTicketPrinting(limited, {
    printer,
    followUrlTemplate: config.printer?.followUrlTemplate,
    store: { id: config.store.id, name: config.store.name, defaultLanguage: config.languages.default },
    languageOf: deps.printing.languageOf,
    now,
    onPrintFailed: deps.printing.onPrintFailed,
  });
  const complaints = config.complaints
    ? createComplaintDesk({ db, queue, now, queueService: config.complaints.queueService, keepContactDays: config.complaints.keepContactDays })
    : null;
  const currency = config.flows.flatMap((flow) => flow.steps).find((step) => step.type === 'enterNumber' && step.currency);
  const actions: FlowActions = {
    ...createOrderActions({ db, orders, storeId: config.store.id, now }),
    ...createPaymentActions({ db, bills, now, currency: (currency?.type === 'enterNumber' && currency.currency) || 'EUR' }),
    ...complaints?.actions,
    'appointment.checkIn': {
      run: async (values, { sessionId }) => {
        const { ticket, appointmentAt } = await queue.checkIn(values.bookingCode ?? '', sessionId);
        return { facts: [...ticketFacts(ticket), { id: 'appointmentTime', value: localTime(appointmentAt), kind: 'text' }], ticket };
      },
      practice: () => [...sampleTicketFacts(config.queue.services[0]), { id: 'appointmentTime', value: '10:30', kind: 'text' }],
    },
    'ticket.take': {
      run: async (values, { sessionId }) => {
        const ticket = await queue.takeTicket({ service: values.queueService ?? '', kind: 'service', sessionId });
        return { facts: ticketFacts(ticket), ticket };
      },
      practice: (values) => sampleTicketFacts(config.queue.services.find((candidate) => candidate.id === values.queueService)),
    },
  };
  return { queue, printer, helpService: config.queue.helpService, complaints, flowRunner: createFlowRunner({ flows: config.flows, actions, usageLog }) };
}

function ticketFacts(ticket: IssuedTicketView) {
  return [
    { id: 'ticketNumber' as const, value: ticket.number, kind: 'code' as const },
    { id: 'queueService' as const, value: ticket.queueService, kind: 'text' as const },
  ];
}

/** The booked time as the customer's own clock shows it: the kiosk runs in the store's time zone. */
function localTime(at: string): string {
  const time = new Date(at);
  return `${String(time.getHours()).padStart(2, '0')}:${String(time.getMinutes()).padStart(2, '0')}`;
}

/** A practice run's stand-in ticket: number 000 of the service, which nobody will ever be called by. */
function sampleTicketFacts(service: QueueConfig['services'][number] | undefined): Fact[] {
  return [
    { id: 'ticketNumber', value: `${service?.prefix ?? 'X'}000`, kind: 'code' },
    ...(service ? [{ id: 'queueService' as const, value: service.name, kind: 'text' as const }] : []),
  ];
}
