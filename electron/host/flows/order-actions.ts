// Order pickup and returns: find a ready order, collect it once, register a return of it.
import { HostError } from '../../../shared/host-api/errors.ts';
import { normalizeCode, type ReadyOrder } from '../data/data-files.ts';
import { inTransaction, type KioskDatabase } from '../storage/database.ts';
import { createSubjectHash } from '../storage/subject-hash.ts';
import { field, readableReference, type FlowActions } from './flow-action.ts';

export interface OrderActionsDeps {
  db: KioskDatabase;
  orders: readonly ReadyOrder[];
  storeId: string;
  now: () => Date;
}


export function createOrderActions({ db, orders, storeId, now }: OrderActionsDeps): FlowActions {
  const book = new Map(orders.map((order) => [normalizeCode(order.code), order]));
  // Only a keyed hash of an order code is kept: enough to refuse a second pickup, useless to anyone else.
  const hashOf = createSubjectHash(db);
  const collected = db.prepare('SELECT 1 FROM order_collections WHERE code_hash = ?');
  const markCollected = db.prepare('INSERT INTO order_collections (code_hash, store_id, collected_at) VALUES (?, ?, ?)');
  const insertReturn = db.prepare(
    "INSERT INTO flow_records (reference, kind, subject_hash, detail, created_at) VALUES (?, 'return', ?, ?, ?)",
  );

  function readyOrder(code: string): ReadyOrder {
    const order = book.get(normalizeCode(code));
    if (!order) throw new HostError('order.notFound');
    if (collected.get(hashOf(order.code))) throw new HostError('order.alreadyCollected');
    return order;
  }

  const orderFacts = (order: Pick<ReadyOrder, 'itemCount' | 'collectionPoint'>) => [
    { id: 'itemCount' as const, value: order.itemCount, kind: 'count' as const },
    { id: 'collectionPoint' as const, value: order.collectionPoint, kind: 'text' as const },
  ];
  const sampleOrder = { itemCount: 2, collectionPoint: 'collectionPoint' };

  return {
    'order.find': {
      run: (values) => orderFacts(readyOrder(field(values, 'orderCode'))),
      practice: () => [
        { id: 'itemCount', value: sampleOrder.itemCount, kind: 'count' },
        { id: 'collectionPoint', value: sampleOrder.collectionPoint, kind: 'sample' },
      ],
    },
    'order.collect': {
      run: (values) => {
        const order = readyOrder(field(values, 'orderCode'));
        inTransaction(db, () => markCollected.run(hashOf(order.code), storeId, now().toISOString()));
        return orderFacts(order);
      },
      practice: () => [{ id: 'collectionPoint', value: sampleOrder.collectionPoint, kind: 'sample' }],
    },
    'return.register': {
      run: (values) => {
        const code = field(values, 'orderCode');
        if (!book.has(normalizeCode(code))) throw new HostError('order.notFound');
        const reference = readableReference('R');
        inTransaction(db, () => insertReturn.run(reference, hashOf(code), field(values, 'returnReason'), now().toISOString()));
        return [{ id: 'returnNumber', value: reference, kind: 'code' }];
      },
      practice: () => [{ id: 'returnNumber', value: 'R-PRACTICE', kind: 'code' }],
    },
  };
}
