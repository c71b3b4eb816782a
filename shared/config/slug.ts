// The plain ids a store config uses for stores, flows, queue services and counters.
import { z } from 'zod';

export const slugSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase letters, digits and dashes');
