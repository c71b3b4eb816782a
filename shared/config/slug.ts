// The plain ids a store config uses for stores, flows, queue services and counters.
import { z } from 'zod';
import { textLimits } from './limits.ts';

export const slugSchema = z
  .string()
  .max(textLimits.id)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase letters, digits and dashes');
