// `npm run start:browser`: the kiosk in Chromium through the browser shell, on the demo store
// unless told otherwise (--config FILE, else ATIENDE_CONFIG; the same for --data-dir).
//
// Chromium is launched first, before the host's modules are even loaded: it takes about a second to
// come up and the host's modules most of one to load, so side by side the kiosk page opens after the
// longer of the two rather than after both. This file imports only Node built-ins and the launch; the
// rest is imported once Chromium is on its way.
import { existsSync } from 'node:fs';
import { enableCompileCache } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Host } from '../host/create-host.ts';
import { kioskPaths } from '../host/kiosk-paths.ts';
import { chromiumPath } from '../host/reports/pdf-printer.ts';
import { recordRecovery } from '../host/supervision/recovery-backoff.ts';
import { serviceNotifier } from '../host/supervision/service-notify.ts';
import { hasDisplay, launchChromium, type ChromiumLaunch } from './chromium.ts';
import { policyProblem } from './chromium-policy.ts';
import { hostToCome } from './host-to-come.ts';
import { removeStaleProfiles } from './chromium-profile.ts';
import { openStartingPage } from './starting-page.ts';

// The host's modules, compiled once, load from Node's cache at every later start (NODE_COMPILE_CACHE
// names the folder; the unit in assets/systemd/ keeps it in the kiosk's cache folder).
enableCompileCache();

const { values: args } = parseArgs({
  options: {
    config: { type: 'string' },
    'data-dir': { type: 'string' },
    'renderer-dir': { type: 'string' },
    port: { type: 'string', default: '0' },
    chromium: { type: 'string' },
    'no-browser': { type: 'boolean', default: false },
    // Tests and the start bench only: Chromium without a window. A kiosk never runs headless.
    headless: { type: 'boolean', default: false },
  },
});

const builtRenderer = fileURLToPath(new URL('../../out/renderer', import.meta.url));
const paths = { ...kioskPaths({ config: args.config, dataDir: args['data-dir'] }), rendererDir: resolve(args['renderer-dir'] ?? builtRenderer) };
if (!existsSync(paths.rendererDir)) {
  console.error(`The renderer is not built (${paths.rendererDir} is missing): run npm run build first.`);
  process.exit(1);
}

// systemd's watchdog is pinged from this loop from now on; READY=1 once the kiosk page is up.
const notifier = serviceNotifier();
const chromiumBinary = args.chromium ?? chromiumPath();
/** Why this shell opens no browser itself, said after the addresses; null when it does. */
const noBrowser = args['no-browser']
  ? '' // Tests and remote setups open the page themselves.
  : !args.headless && !hasDisplay()
    ? 'No display found: open the address above in a browser on this machine.'
    : !existsSync(chromiumBinary)
      ? `Chromium not found at ${chromiumBinary} (set ATIENDE_CHROMIUM): open the address above.`
      : null;

/** Chromium, started before anything else is loaded; null when the shell opens no browser itself. */
const early = noBrowser === null ? await startChromium() : null;

async function startChromium() {
  const problem = policyProblem();
  if (problem) console.error(problem);
  removeStaleProfiles();
  // Chromium starts on the shell's own starting page: the one page the policy lets DevTools attach
  // to before the kiosk page exists.
  const starting = await openStartingPage();
  const launch: ChromiumLaunch = { binary: chromiumBinary, startUrl: starting.url, headless: args.headless, asRoot: process.getuid?.() === 0 };
  return { starting, launch, first: launchChromium(launch) };
}

let stopping = false;
let stopShell: () => Promise<void> = async () => undefined;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  notifier.stopping();
  process.stdin.pause();
  await stopShell();
  await early?.starting.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
if (early) {
  stopShell = async () => {
    early.first.kill('SIGTERM');
    await early.first.exited;
  };
}

const { superviseKioskBrowser } = await import('./kiosk-browser.ts');
const browser = early
  ? superviseKioskBrowser({ first: early.first, relaunch: () => launchChromium(early.launch), startingUrl: early.starting.url, log: (line) => console.error(line) })
  : null;
if (browser) stopShell = () => browser.stop();
browser?.onScreen(({ screen, after, afterLaunchMs }) => {
  const when = `${Math.round(performance.now())} ms after the shell started, ${Math.round(afterLaunchMs)} ms after Chromium's launch`;
  console.log(`[browser] the kiosk page shows ${screen} (${after === 'start' ? when : `after recovering: ${after}`})`);
  notifier.ready(`kiosk page up: ${screen}`);
});

// The server listens before the host is loaded: the kiosk page loads its files and scripts
// meanwhile, and its first calls wait for the host (host-to-come.ts).
const { startBrowserShell } = await import('./server.ts');
const hostReady = Promise.withResolvers<Host>();
const shell = await startBrowserShell({ host: hostToCome(hostReady.promise), rendererDir: paths.rendererDir, port: Number(args.port) });
stopShell = async () => {
  await browser?.stop();
  await shell.close();
};
browser?.show({ address: () => shell.pageAddress('kiosk'), recovered: (cause) => void hostReady.promise.then((host) => recordRecovery(host, cause)) });

const { openShellHost } = await import('./shell-host.ts');
const shellHost = await openShellHost({ ...paths, chromiumBinary, shell, started: hostReady.resolve }).catch((fault: unknown) => {
  hostReady.reject(fault);
  throw fault;
});
stopShell = async () => {
  await browser?.stop();
  await shellHost.close();
};
// Without a browser of its own the shell is up once it listens.
if (!browser) notifier.ready('listening, no browser of its own');

// Addresses carry one-time codes, never a secret: a code works once, within a minute.
const printAddresses = () => {
  console.log(`Atiende kiosk: ${shell.pageAddress('kiosk')}`);
  console.log(`  waiting board: ${shell.pageAddress('board')}`);
};
printAddresses();
if (shellHost.networkOrigin) {
  console.log(`  staff console: ${shellHost.networkOrigin}/console`);
  console.log(`  boards on the store network: ${shellHost.networkOrigin}/?view=board#code=<network.boardKey of the store config>`);
}
console.log(`  store config: ${paths.configFile}`);
console.log(`  usage log:     ${paths.dataDir}`);
console.log(`  Each address opens its page once, within a minute.${process.stdin.isTTY ? ' Press Enter for new ones,' : ''} or: npm run kiosk -- --page kiosk|board`);
if (process.stdin.isTTY) process.stdin.on('data', printAddresses);
if (noBrowser) console.log(noBrowser);
