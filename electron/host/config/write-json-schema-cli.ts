// `npm run config:schema`: rewrites docs/store-config.schema.json from the zod schema.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { storeConfigJsonSchema } from './json-schema.ts';

const target = fileURLToPath(new URL('../../../docs/store-config.schema.json', import.meta.url));
writeFileSync(target, storeConfigJsonSchema());
console.log(`wrote ${target}`);
