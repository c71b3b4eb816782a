// The orders ready for pickup, read from the file the store config names (an order system's export).
import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { z } from 'zod';
import { localizedTextSchema, type StoreConfig } from '../../../shared/config/store-config.ts';
import type { HostErrorPayload } from '../../../shared/host-api/errors.ts';
import { formatPath } from '../config/load-store-config.ts';

export const readyOrderSchema = z
  .object({
    code: z.string().trim().min(1).max(32),
    itemCount: z.number().int().positive(),
    collectionPoint: localizedTextSchema,
  })
  .strict();
export type ReadyOrder = z.infer<typeof readyOrderSchema>;

const orderFileSchema = z.object({ orders: z.array(readyOrderSchema) }).strict();

export type OrderBook = ReadonlyMap<string, ReadyOrder>;

export function loadOrderBook(
  configFile: string,
  config: StoreConfig,
): { ok: true; orders: OrderBook } | { ok: false; problem: HostErrorPayload } {
  const file = resolve(dirname(configFile), config.orders.file);
  const name = basename(file);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    if (error instanceof SyntaxError) {
      return { ok: false, problem: { code: 'config.malformedJson', params: { file: name, line: 0, column: 0 } } };
    }
    const reason = (error as NodeJS.ErrnoException).code ?? 'EIO';
    return { ok: false, problem: { code: 'config.unreadable', params: { file: name, reason } } };
  }
  const parsed = orderFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      problem: {
        code: 'config.invalidValue',
        params: { file: name, path: formatPath(issue?.path ?? []), expected: issue?.message ?? 'an order list' },
      },
    };
  }
  return { ok: true, orders: new Map(parsed.data.orders.map((order) => [normalizeOrderCode(order.code), order])) };
}

/** Customers type codes in any case and with stray spaces; the book stores them one way. */
export function normalizeOrderCode(code: string): string {
  return code.replace(/[\s-]/g, '').toUpperCase();
}
