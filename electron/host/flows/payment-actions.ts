// Bill payment and mobile top-up: the kiosk prepares a payment slip the customer pays at any till;
// it never touches card data itself.
import { HostError } from '../../../shared/host-api/errors.ts';
import { normalizeCode, type PayableBill } from '../data/data-files.ts';
import { inTransaction, type KioskDatabase } from '../storage/database.ts';
import { createSubjectHash } from '../storage/subject-hash.ts';
import { field, readableReference, type FlowActions } from './flow-action.ts';

export interface PaymentActionsDeps {
  db: KioskDatabase;
  bills: readonly PayableBill[];
  currency: string;
  now: () => Date;
}

export function createPaymentActions({ db, bills, currency, now }: PaymentActionsDeps): FlowActions {
  const book = new Map(bills.map((bill) => [normalizeCode(bill.reference), bill]));
  const hashOf = createSubjectHash(db);
  const slipFor = db.prepare("SELECT reference FROM flow_records WHERE kind = 'billPayment' AND subject_hash = ?");
  const insertRecord = db.prepare(
    'INSERT INTO flow_records (reference, kind, subject_hash, amount, created_at) VALUES (?, ?, ?, ?, ?)',
  );

  /**
   * Registers a slip, or says plainly that nothing was: the write is one transaction, so when the
   * disk fails under it (full, read-only, locked) no slip exists and the customer owes nothing new.
   */
  function register(reference: string, kind: 'billPayment' | 'topup', subject: string, amount: string): void {
    try {
      inTransaction(db, () => insertRecord.run(reference, kind, hashOf(subject), amount, now().toISOString()));
    } catch (fault) {
      console.error(`[payment] a ${kind} slip could not be saved`, fault);
      throw new HostError('payment.notRegistered');
    }
  }

  function payableBill(reference: string): PayableBill {
    const bill = book.get(normalizeCode(reference));
    if (!bill) throw new HostError('bill.notFound');
    if (slipFor.get(hashOf(bill.reference))) throw new HostError('bill.alreadyPaid');
    return bill;
  }

  const billFacts = (bill: PayableBill) => [
    { id: 'payee' as const, value: bill.payee, kind: 'text' as const },
    { id: 'amount' as const, value: bill.amount, kind: 'money' as const, currency: bill.currency },
    { id: 'dueDate' as const, value: bill.dueDate, kind: 'date' as const },
  ];
  const sampleBill: PayableBill = { reference: 'PRACTICE', payee: 'Atiende', amount: '42.50', currency, dueDate: '2026-12-31' };

  return {
    'bill.find': {
      run: (values) => billFacts(payableBill(field(values, 'billReference'))),
      practice: () => billFacts(sampleBill),
    },
    'bill.registerPayment': {
      run: (values) => {
        const bill = payableBill(field(values, 'billReference'));
        const reference = readableReference('P');
        register(reference, 'billPayment', bill.reference, bill.amount);
        return [{ id: 'paymentReference', value: reference, kind: 'code' }, ...billFacts(bill).slice(1, 2)];
      },
      practice: () => [
        { id: 'paymentReference', value: 'P-PRACTICE', kind: 'code' },
        { id: 'amount', value: sampleBill.amount, kind: 'money', currency },
      ],
    },
    'topup.register': {
      run: (values) => {
        const phone = field(values, 'phoneNumber');
        const amount = field(values, 'amount');
        const reference = readableReference('T');
        register(reference, 'topup', phone, amount);
        return topupFacts(reference, phone, amount, currency);
      },
      practice: (values) => topupFacts('T-PRACTICE', field(values, 'phoneNumber'), field(values, 'amount'), currency),
    },
  };
}

/** The phone number shown back only by its last digits: enough to check, not to copy. */
function topupFacts(reference: string, phone: string, amount: string, currency: string) {
  return [
    { id: 'paymentReference' as const, value: reference, kind: 'code' as const },
    { id: 'phoneNumber' as const, value: `•••• ${phone.slice(-3)}`, kind: 'code' as const },
    { id: 'amount' as const, value: amount, kind: 'money' as const, currency },
  ];
}
