// `npm run start:browser`: the kiosk in Chromium through the browser shell, on the demo store
// unless told otherwise (--config FILE, else ATIENDE_CONFIG; the same for --data-dir).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { removeOperatorAccess, writeOperatorAccess } from '../host/api/operator-access.ts';
import { createHost } from '../host/create-host.ts';
import { kioskPaths } from '../host/kiosk-paths.ts';
import { openStoreNetwork } from '../host/network/open-store-network.ts';
import { chromiumPath, chromiumPdfPrinter } from '../host/reports/pdf-printer.ts';
import { hasDisplay, launchChromium } from './chromium.ts';
import { startBrowserShell } from './server.ts';

const { values: args } = parseArgs({
  options: {
    config: { type: 'string' },
    'data-dir': { type: 'string' },
    'renderer-dir': { type: 'string' },
    port: { type: 'string', default: '0' },
    chromium: { type: 'string' },
    'no-browser': { type: 'boolean', default: false },
  },
});

const builtRenderer = fileURLToPath(new URL('../../out/renderer', import.meta.url));
const paths = { ...kioskPaths({ config: args.config, dataDir: args['data-dir'] }), rendererDir: resolve(args['renderer-dir'] ?? builtRenderer) };
if (!existsSync(paths.rendererDir)) {
  console.error(`The renderer is not built (${paths.rendererDir} is missing): run npm run build first.`);
  process.exit(1);
}

const chromiumBinary = args.chromium ?? chromiumPath();
// The same Chromium prints the managers' PDF reports, headless.
const host = createHost({ configFile: paths.configFile, dataDir: paths.dataDir, shell: 'browser', printPdf: chromiumPdfPrinter({ chromiumPath: chromiumBinary }) });
const shell = await startBrowserShell({ host, rendererDir: paths.rendererDir, port: Number(args.port) });
// The console and remote boards, when the store config asks for them; the kiosk runs on without them.
const storeNetwork = await openStoreNetwork({ host, rendererDir: paths.rendererDir, warn: (line) => console.error(line) });
// The operator's command line (npm run kiosk) finds this host through a file only its owner reads.
writeOperatorAccess(paths.dataDir, { port: shell.port, token: shell.operatorToken, ...(storeNetwork ? { network: storeNetwork.origin } : {}) });
// Addresses carry one-time codes, never a secret: a code works once, within a minute.
const printAddresses = () => {
  console.log(`Atiende kiosk: ${shell.pageAddress('kiosk')}`);
  console.log(`  waiting board: ${shell.pageAddress('board')}`);
};
printAddresses();
if (storeNetwork) {
  console.log(`  staff console: ${storeNetwork.origin}/console`);
  console.log(`  boards on the store network: ${storeNetwork.origin}/?view=board#code=<network.boardKey of the store config>`);
}
console.log(`  store config: ${paths.configFile}`);
console.log(`  usage log:     ${paths.dataDir}`);
console.log(`  Each address opens its page once, within a minute.${process.stdin.isTTY ? ' Press Enter for new ones,' : ''} or: npm run kiosk -- --page kiosk|board`);
if (process.stdin.isTTY) process.stdin.on('data', printAddresses);

let browser: ReturnType<typeof launchChromium> | null = null;
if (args['no-browser']) {
  // Tests and remote setups open the page themselves.
} else if (!hasDisplay()) {
  console.log('No display found: open the address above in a browser on this machine.');
} else if (!existsSync(chromiumBinary)) {
  console.log(`Chromium not found at ${chromiumBinary} (set ATIENDE_CHROMIUM): open the address above.`);
} else {
  browser = launchChromium({ url: shell.pageAddress('kiosk'), binary: chromiumBinary, asRoot: process.getuid?.() === 0 });
  browser.on('exit', () => void stop());
}

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  browser?.kill();
  removeOperatorAccess(paths.dataDir);
  process.stdin.pause();
  await Promise.all([shell.close(), storeNetwork?.close()]);
  host.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
