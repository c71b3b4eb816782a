// Order pickup: finds a ready order by its code and records its collection exactly once.
import { createHash } from 'node:crypto';
import { HostError } from '../../../shared/host-api/errors.ts';
import type { LocalizedText } from '../../../shared/config/store-config.ts';
import { inTransaction, type KioskDatabase } from '../storage/database.ts';
import { normalizeOrderCode, type OrderBook, type ReadyOrder } from './order-book.ts';

export interface OrderPickup {
  find(code: string): ReadyOrder;
  collect(code: string): { collectionPoint: LocalizedText };
}

export interface OrderPickupDeps {
  db: KioskDatabase;
  orders: OrderBook;
  storeId: string;
  now: () => Date;
}

export function createOrderPickup({ db, orders, storeId, now }: OrderPickupDeps): OrderPickup {
  const collected = db.prepare('SELECT 1 FROM order_collections WHERE code_hash = ?');
  const markCollected = db.prepare(
    'INSERT INTO order_collections (code_hash, store_id, collected_at) VALUES (?, ?, ?)',
  );

  function find(code: string): ReadyOrder {
    const order = orders.get(normalizeOrderCode(code));
    if (!order) throw new HostError('order.notFound');
    if (collected.get(hashOf(order.code))) throw new HostError('order.alreadyCollected');
    return order;
  }

  return {
    find,
    collect(code) {
      const order = find(code);
      inTransaction(db, () => markCollected.run(hashOf(order.code), storeId, now().toISOString()));
      return { collectionPoint: order.collectionPoint };
    },
  };
}

/** Only a hash of the code is kept: enough to refuse a second pickup, useless to anyone else. */
function hashOf(code: string): string {
  return createHash('sha256').update(normalizeOrderCode(code)).digest('hex');
}
