// `npm run config:check -- FILE [--language es]`: prints the same verdict on a store config that the
// kiosk reaches, in English or in another language the kiosk is translated into.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { translatedLanguages } from '../../../shared/i18n/languages.ts';
import { readKioskConfig } from '../load-kiosk.ts';
import { describeProblem } from './describe-problem.ts';

const usage = `usage: npm run config:check -- path/to/store.json [--language ${translatedLanguages.join('|')}]`;
function readArguments() {
  try {
    const { positionals, values } = parseArgs({ allowPositionals: true, options: { language: { type: 'string', default: 'en' } } });
    return { file: positionals[0], language: translatedLanguages.find((known) => known === values.language) };
  } catch {
    return {};
  }
}
const { file, language } = readArguments();
if (!file || !language) {
  console.error(usage);
  process.exit(2);
}
const verdict = readKioskConfig(resolve(file));
if (!verdict.ok) {
  if (verdict.state.state === 'outOfService') console.error(`✗ ${describeProblem(verdict.state.problem, language)}`);
  process.exit(1);
}
const { config, orders, bills } = verdict;
console.log(
  `✓ ${file}: store "${config.store.name}" (${config.store.id}), ${config.flows.length} flow(s), ` +
    `languages ${config.languages.enabled.join(', ')}, ${orders.length} order(s), ${bills.length} bill(s)`,
);
