// Where a kiosk started from the source tree finds its store config, data folder and renderer.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

export const demoStoreConfig = resolve(projectRoot, 'assets/stores/demo/store.json');

export interface KioskPaths {
  configFile: string;
  dataDir: string;
  rendererDir: string;
}

export function kioskPaths(
  given: { config?: string | undefined; dataDir?: string | undefined; rendererDir?: string | undefined },
  env: NodeJS.ProcessEnv = process.env,
): KioskPaths {
  return {
    configFile: resolve(given.config ?? env.ATIENDE_CONFIG ?? demoStoreConfig),
    dataDir: resolve(given.dataDir ?? env.ATIENDE_DATA_DIR ?? resolve(projectRoot, '.var/data')),
    rendererDir: resolve(given.rendererDir ?? resolve(projectRoot, 'out/renderer')),
  };
}
