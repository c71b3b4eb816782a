// Writes shared/host-api/names.ts, the contract's method and event names alone, for the preload:
// its allow-list stays free of zod yet is never typed by hand. `npm run build` runs it first, and
// a unit test checks that the file in the tree is what it would write.
import { writeFileSync } from 'node:fs';
import { eventNames, methodNames } from '../../../shared/host-api/contract.ts';

export const hostNamesFile = new URL('../../../shared/host-api/names.ts', import.meta.url);

export function hostNamesSource(): string {
  const list = (names: readonly string[]) => names.map((name) => `  '${name}',`).join('\n');
  return `// The contract's method and event names alone, free of zod, for the preload's allow-list.
// Generated from contract.ts by electron/host/api/host-names.ts (npm run build): do not edit.

export const allowedMethods: ReadonlySet<string> = new Set([
${list(methodNames)}
]);

export const allowedEvents: ReadonlySet<string> = new Set([
${list(eventNames)}
]);
`;
}

if (import.meta.main) writeFileSync(hostNamesFile, hostNamesSource());
