// Launches Chromium as a kiosk window on the browser shell's page, with a throwaway profile.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultChromiumPath } from '../host/reports/pdf-printer.ts';

/** Flags that keep a locked-down kiosk quiet on a closed network (no sync, no updates, no prompts). */
const chromiumKioskFlags = [
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-translate',
  '--disable-features=Translate,TranslateUI',
  '--disable-pinch',
  '--overscroll-history-navigation=0',
  '--disable-session-crashed-bubble',
  '--noerrdialogs',
  '--autoplay-policy=no-user-gesture-required',
  '--password-store=basic',
];

export interface ChromiumLaunch {
  url: string;
  binary?: string;
  /** Running as root needs --no-sandbox; Chromium refuses to start otherwise. */
  asRoot?: boolean;
}

export function chromiumArguments({ url, asRoot }: ChromiumLaunch, profileDir: string): string[] {
  return [
    ...chromiumKioskFlags,
    ...(asRoot ? ['--no-sandbox', '--disable-gpu'] : []),
    `--user-data-dir=${profileDir}`,
    '--kiosk',
    `--app=${url}`,
  ];
}

export function launchChromium(launch: ChromiumLaunch): ChildProcess {
  const profileDir = mkdtempSync(join(tmpdir(), 'atiende-chromium-'));
  return spawn(launch.binary ?? defaultChromiumPath, chromiumArguments(launch, profileDir), {
    stdio: 'ignore',
  });
}

export function hasDisplay(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}
