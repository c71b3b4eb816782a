// `npm start`: the kiosk under Electron when its binary can be had; otherwise, in one line, why
// not, and the same kiosk through the browser shell.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('../', import.meta.url));
const marker = 'ATIENDE_ELECTRON_PATH=';

/** Electron 45 fetches its binary on first use; asking for its path triggers that fetch. */
function findElectron(): string | null {
  const probe = spawnSync(
    process.execPath,
    ['-e', `process.stdout.write('\\n${marker}' + require('electron'))`],
    { cwd: projectRoot, encoding: 'utf8', timeout: 180_000 },
  );
  if (probe.status !== 0) return null;
  const line = probe.stdout.split('\n').find((text) => text.startsWith(marker));
  const binary = line?.slice(marker.length).trim();
  return binary && existsSync(binary) ? binary : null;
}

const electron = process.env.ATIENDE_SHELL === 'browser' ? null : findElectron();
if (electron) {
  const child = spawn(electron, [projectRoot, ...process.argv.slice(2)], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log('Electron is not available on this machine (its binary could not be downloaded): starting the browser shell instead.');
  await import('./browser/main.ts');
}
