// Launches the kiosk's Chromium: kiosk mode on the shell's starting page (the shell opens the kiosk
// page through the DevTools pipe once its server listens), a fresh profile, the flags below, and its own process
// group so the whole browser is ended with it. What flags cannot do, the managed policy does
// (assets/chromium/atiende-kiosk.json, docs/hardening.md). Node built-ins and a constant only: this
// runs before the host's modules are loaded.
import { spawn, type ChildProcess } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { patternFallbackJsFlag } from '../../shared/flows/pattern-engine.ts';
import { createProfile, removeProfile } from './chromium-profile.ts';

/**
 * Each flag is one the Chromium of Debian 12 knows (test/unit/browser/chromium-launch.test.ts looks
 * for each in the installed binary); a flag Chromium does not know is ignored without a word, so none
 * is here on faith.
 */
const kioskFlags = [
  // Full screen, no browser UI, and no way out of it but ending the process.
  '--kiosk',
  '--no-first-run',
  '--no-default-browser-check',
  // A closed network: no sync, no component or extension updates, no pings, no default apps.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-pings',
  // Debian's launcher loads the extensions installed system-wide; the kiosk runs none.
  '--disable-extensions',
  '--disable-features=Translate',
  // A pinch or a swipe must not zoom the screen or go back a page.
  '--disable-pinch',
  '--overscroll-history-navigation=0',
  // No dialog a customer would have to answer: the shell ends a hung page itself (kiosk-page.ts),
  // and a permission a page asks for is refused without asking.
  '--noerrdialogs',
  '--disable-hang-monitor',
  '--deny-permission-prompts',
  '--disable-notifications',
  // Speech output starts without a touch first.
  '--autoplay-policy=no-user-gesture-required',
  // A store's pattern that backtracks without end is finished by V8's linear engine instead.
  `--js-flags=${patternFallbackJsFlag}`,
  // No desktop keyring prompt: the throwaway profile keeps nothing worth encrypting.
  '--password-store=basic',
  // The shell's DevTools line: fds 3 and 4, no port, so nothing else can attach.
  '--remote-debugging-pipe',
];

export interface ChromiumLaunch {
  binary: string;
  /** The page Chromium opens first: the shell's starting page (starting-page.ts). */
  startUrl: string;
  /** No window: for tests and the start bench only; a real kiosk never runs headless. */
  headless?: boolean;
  /**
   * Running as root: Chromium refuses to start as root with its sandbox on, so the sandbox goes. Only
   * tests and the benches run so (the machines that run them are root-only); a kiosk runs the shell
   * as an unprivileged user (assets/systemd/) and Chromium keeps its sandbox.
   */
  asRoot?: boolean;
}

export function chromiumArguments({ startUrl, headless = false, asRoot = false }: Omit<ChromiumLaunch, 'binary'>, profileDir: string): string[] {
  return [
    ...kioskFlags,
    ...(headless ? ['--headless'] : []),
    ...(asRoot ? ['--no-sandbox'] : []),
    // No GPU where there is no screen to draw on (headless) or none for root.
    ...(headless || asRoot ? ['--disable-gpu'] : []),
    `--user-data-dir=${profileDir}`,
    `--app=${startUrl}`,
  ];
}

export interface ChromiumExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Chromium's last words on stderr, or why it could not start. */
  said: string;
}

export interface ChromiumRun {
  pid: number | undefined;
  /** The DevTools pipe: we write to Chromium's fd 3 and read its fd 4. */
  toChromium: Writable;
  fromChromium: Readable;
  /** When it was launched, on this process's performance clock. */
  launchedAt: number;
  /** Resolves once Chromium has ended, its helpers with it, and its profile is removed. */
  exited: Promise<ChromiumExit>;
  /** Ends this Chromium and every process it started. */
  kill(signal?: NodeJS.Signals): void;
}

export function launchChromium(launch: ChromiumLaunch): ChromiumRun {
  const profileDir = createProfile();
  const launchedAt = performance.now();
  // Its own process group, so its renderer and GPU helpers end with it.
  const child = spawn(launch.binary, chromiumArguments(launch, profileDir), { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'], detached: true });
  let said = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    said = `${said}${chunk}`.slice(-2_000);
  });
  const kill = (signal: NodeJS.Signals = 'SIGKILL') => killGroup(child, signal);
  const exited = new Promise<ChromiumExit>((resolve) => {
    let ended = false;
    const finish = (exit: Omit<ChromiumExit, 'said'>, detail = said) => {
      // A launch that failed may report both an error and an exit.
      if (ended) return;
      ended = true;
      // The browser is gone; a helper that outlived it is ended before its profile is removed.
      kill('SIGKILL');
      removeProfile(profileDir);
      resolve({ ...exit, said: lastLines(detail) });
    };
    child.once('exit', (code, signal) => finish({ code, signal }));
    child.once('error', (error) => finish({ code: null, signal: null }, `${launch.binary}: ${error.message}`));
  });
  const [, , , toChromium, fromChromium] = child.stdio as [null, null, Readable, Writable, Readable];
  // A pipe Chromium closed is reported by the exit; the stream's own error must not end the shell.
  toChromium.on('error', () => undefined);
  fromChromium.on('error', () => undefined);
  return { pid: child.pid, toChromium, fromChromium, launchedAt, exited, kill };
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is gone already.
  }
}

function lastLines(text: string): string {
  return text.trim().split('\n').slice(-3).join(' | ') || 'it said nothing';
}

export function hasDisplay(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}
