// `npm run config:check -- FILE`: prints the same verdict on a store config that the kiosk reaches.
import { resolve } from 'node:path';
import { readKioskConfig } from '../load-kiosk.ts';
import { describeProblem } from './describe-problem.ts';

const file = process.argv[2];
if (!file) {
  console.error('usage: npm run config:check -- path/to/store.json');
  process.exit(2);
}
const verdict = readKioskConfig(resolve(file));
if (!verdict.ok) {
  if (verdict.state.state === 'outOfService') console.error(`✗ ${describeProblem(verdict.state.problem)}`);
  process.exit(1);
}
const { config, orders, bills } = verdict;
console.log(
  `✓ ${file}: store "${config.store.name}" (${config.store.id}), ${config.flows.length} flow(s), ` +
    `languages ${config.languages.enabled.join(', ')}, ${orders.length} order(s), ${bills.length} bill(s)`,
);
