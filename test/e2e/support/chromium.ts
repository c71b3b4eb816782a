// Debian's Chromium, never a downloaded browser; flags that keep it quiet on a closed network.
import { existsSync } from 'node:fs';
import { patternFallbackJsFlag } from '../../../shared/flows/pattern-engine.ts';

export const chromiumTestArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // As both shells launch it: a runaway pattern is finished by V8's linear engine.
  `--js-flags=${patternFallbackJsFlag}`,
];

export function chromiumExecutable(): string {
  const binary = process.env.ATIENDE_CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(binary)) throw new Error(`Chromium not found at ${binary}: apt-get install -y chromium`);
  return binary;
}
