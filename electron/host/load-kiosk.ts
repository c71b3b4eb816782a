// Turns a store config file into the kiosk's state and services: the profile the renderer sees,
// and the actions, ticket desk and complaint desk the host runs for its flows.
import type { KioskState } from '../../shared/host-api/contract.ts';
import type { StoreConfig } from '../../shared/config/store-config.ts';
import { createComplaintDesk, type ComplaintDesk } from './complaints/complaint-desk.ts';
import { loadStoreConfig } from './config/load-store-config.ts';
import { billFileSchema, loadDataFile, orderFileSchema, type PayableBill, type ReadyOrder } from './data/data-files.ts';
import type { FlowActions } from './flows/flow-action.ts';
import { createFlowRunner, type FlowRunner } from './flows/flow-runner.ts';
import { createOrderActions } from './flows/order-actions.ts';
import { createPaymentActions } from './flows/payment-actions.ts';
import { createTicketDesk, type TicketDesk } from './queue/ticket-desk.ts';
import type { KioskDatabase } from './storage/database.ts';
import type { UsageLog } from './usage/usage-log.ts';

export type KioskConfigVerdict =
  | { ok: true; config: StoreConfig; orders: ReadyOrder[]; bills: PayableBill[] }
  | { ok: false; state: KioskState };

export function readKioskConfig(configFile: string): KioskConfigVerdict {
  const verdict = loadStoreConfig(configFile);
  if (!verdict.ok) return { ok: false, state: { state: 'outOfService', problem: verdict.problem } };
  const { config } = verdict;
  const orders = config.data.orders ? loadDataFile(configFile, config.data.orders, orderFileSchema) : { ok: true as const, data: { orders: [] } };
  if (!orders.ok) return { ok: false, state: { state: 'outOfService', problem: orders.problem } };
  const bills = config.data.bills ? loadDataFile(configFile, config.data.bills, billFileSchema) : { ok: true as const, data: { bills: [] } };
  if (!bills.ok) return { ok: false, state: { state: 'outOfService', problem: bills.problem } };
  return { ok: true, config, orders: orders.data.orders, bills: bills.data.bills };
}

export function profileOf(config: StoreConfig): KioskState {
  return {
    state: 'ready',
    assisted: false,
    profile: {
      storeId: config.store.id,
      storeName: config.store.name,
      languages: config.languages,
      session: config.session,
      benefits: config.benefits,
      queueServices: config.queue.services.map(({ id, name }) => ({ id, name })),
      tutorials: config.tutorials,
      flows: config.flows,
    },
  };
}

export interface KioskServices {
  tickets: TicketDesk;
  helpService: string;
  flowRunner: FlowRunner;
  complaints: ComplaintDesk | null;
}

export interface KioskServicesDeps {
  config: StoreConfig;
  orders: ReadyOrder[];
  bills: PayableBill[];
  db: KioskDatabase;
  usageLog: UsageLog;
  now: () => Date;
}

export function buildKioskServices({ config, orders, bills, db, usageLog, now }: KioskServicesDeps): KioskServices {
  const tickets = createTicketDesk({ db, services: config.queue.services, now });
  const complaints = config.complaints
    ? createComplaintDesk({ db, tickets, now, queueService: config.complaints.queueService, keepContactDays: config.complaints.keepContactDays })
    : null;
  const currency = config.flows.flatMap((flow) => flow.steps).find((step) => step.type === 'enterNumber' && step.currency);
  const actions: FlowActions = {
    ...createOrderActions({ db, orders, storeId: config.store.id, now }),
    ...createPaymentActions({ db, bills, now, currency: (currency?.type === 'enterNumber' && currency.currency) || 'EUR' }),
    ...complaints?.actions,
    'ticket.take': {
      run: (values) => ticketFacts(tickets.take(values.queueService ?? '', 'service')),
      practice: (values) => {
        const service = config.queue.services.find((candidate) => candidate.id === values.queueService);
        return [
          { id: 'ticketNumber', value: `${service?.prefix ?? 'X'}000`, kind: 'code' },
          ...(service ? [{ id: 'queueService' as const, value: service.name, kind: 'text' as const }] : []),
        ];
      },
    },
  };
  return { tickets, helpService: config.queue.helpService, complaints, flowRunner: createFlowRunner({ flows: config.flows, actions, usageLog }) };
}

function ticketFacts(ticket: ReturnType<TicketDesk['take']>) {
  return [
    { id: 'ticketNumber' as const, value: ticket.number, kind: 'code' as const },
    { id: 'queueService' as const, value: ticket.queueService.name, kind: 'text' as const },
  ];
}
