// Reads the data files a store config names (orders ready, bills payable): exports of the store's
// own systems, validated like the config and named in the same way when wrong.
import { basename, dirname, resolve } from 'node:path';
import { z } from 'zod';
import { maxDataRows } from '../../../shared/config/limits.ts';
import { titleTextSchema } from '../../../shared/config/localized-text.ts';
import type { HostErrorPayload } from '../../../shared/host-api/errors.ts';
import { describeIssue } from '../config/config-issue.ts';
import { parseJsonText } from '../config/load-store-config.ts';
import { maxDataFileBytes, readConfigText } from '../config/read-config-text.ts';

export const readyOrderSchema = z
  .object({
    code: z.string().trim().min(1).max(32),
    // A pallet's worth; past it the count is a typo in the export.
    itemCount: z.number().int().min(1).max(10_000),
    collectionPoint: titleTextSchema,
  })
  .strict();
export type ReadyOrder = z.infer<typeof readyOrderSchema>;

export const payableBillSchema = z
  .object({
    reference: z.string().trim().min(1).max(32),
    payee: z.string().trim().min(1).max(80),
    amount: z.string().regex(/^\d{1,10}\.\d{2}$/, 'an amount such as "42.50"'),
    currency: z.string().regex(/^[A-Z]{3}$/),
    dueDate: z.iso.date(),
  })
  .strict();
export type PayableBill = z.infer<typeof payableBillSchema>;

export const orderFileSchema = z.object({ orders: z.array(readyOrderSchema).max(maxDataRows) }).strict();
export const billFileSchema = z.object({ bills: z.array(payableBillSchema).max(maxDataRows) }).strict();

export type DataFileVerdict<T> = { ok: true; data: T } | { ok: false; problem: HostErrorPayload };

/** Loads `file` (relative to the config file) against `schema`. */
export function loadDataFile<T>(configFile: string, file: string, schema: z.ZodType<T>): DataFileVerdict<T> {
  const path = resolve(dirname(configFile), file);
  const name = basename(path);
  const reading = readConfigText(path, maxDataFileBytes);
  if (!reading.ok) return reading;
  const json = parseJsonText(reading.text, name);
  if (!json.ok) return json;
  const parsed = schema.safeParse(json.raw);
  if (parsed.success) return { ok: true, data: parsed.data };
  return { ok: false, problem: describeIssue(parsed.error.issues[0], { schema, raw: json.raw, file: name }) };
}

/** Customers type codes in any case and with stray spaces or dashes; books store them one way. */
export function normalizeCode(code: string): string {
  return code.replace(/[^0-9a-z]/gi, '').toUpperCase();
}
