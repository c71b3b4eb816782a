// Debian's Chromium, never a downloaded browser; flags that keep it quiet on a closed network.
import { existsSync } from 'node:fs';

export const chromiumTestArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function chromiumExecutable(): string {
  const binary = process.env.ATIENDE_CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(binary)) throw new Error(`Chromium not found at ${binary}: apt-get install -y chromium`);
  return binary;
}
