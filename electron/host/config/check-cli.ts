// `npm run config:check -- FILE`: prints the same verdict on a store config that the kiosk reaches.
import { resolve } from 'node:path';
import { loadStoreConfig } from './load-store-config.ts';
import { describeProblem } from './describe-problem.ts';
import { loadOrderBook } from '../pickup/order-book.ts';

const file = process.argv[2];
if (!file) {
  console.error('usage: npm run config:check -- path/to/store.json');
  process.exit(2);
}
const verdict = loadStoreConfig(resolve(file));
if (!verdict.ok) {
  console.error(`✗ ${describeProblem(verdict.problem)}`);
  process.exit(1);
}
const orders = loadOrderBook(resolve(file), verdict.config);
if (!orders.ok) {
  console.error(`✗ ${describeProblem(orders.problem)}`);
  process.exit(1);
}
const { config } = verdict;
console.log(
  `✓ ${file}: store "${config.store.name}" (${config.store.id}), ` +
    `${config.services.length} service(s), languages ${config.languages.enabled.join(', ')}`,
);
