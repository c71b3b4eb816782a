// The store config's JSON Schema, generated from the zod schema so editors check what the kiosk checks.
import { z } from 'zod';
import { storeConfigSchema } from '../../../shared/config/store-config.ts';

export function storeConfigJsonSchema(): string {
  const schema = z.toJSONSchema(storeConfigSchema, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ title: 'Atiende store config', ...schema }, null, 2)}\n`;
}
