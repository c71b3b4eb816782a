// Where a kiosk finds its store config and keeps its data: one rule for both shells and the
// operator's command line. Each path comes from its command-line flag (--config, --data-dir), else
// its environment variable (ATIENDE_CONFIG, ATIENDE_DATA_DIR), else the shell's default.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

export const demoStoreConfig = resolve(projectRoot, 'assets/stores/demo/store.json');

export interface KioskPaths {
  configFile: string;
  dataDir: string;
}

export interface KioskPathFlags {
  config?: string | undefined;
  dataDir?: string | undefined;
}

/** The defaults of a kiosk run from the source tree: the demo store, and .var/data beside it. */
export const sourceTreeDefaults: KioskPaths = { configFile: demoStoreConfig, dataDir: resolve(projectRoot, '.var/data') };

/** --config and --data-dir (as `--flag value` or `--flag=value`) among a shell's arguments, whatever else is there. */
export function kioskPathFlags(args: readonly string[]): KioskPathFlags {
  const { values } = parseArgs({
    args: [...args],
    options: { config: { type: 'string' }, 'data-dir': { type: 'string' } },
    strict: false,
    allowPositionals: true,
  });
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return { config: text(values.config), dataDir: text(values['data-dir']) };
}

export function kioskPaths(
  flags: KioskPathFlags,
  env: Readonly<Record<string, string | undefined>> = process.env,
  defaults: KioskPaths = sourceTreeDefaults,
  cwd = process.cwd(),
): KioskPaths {
  const pick = (flag: string | undefined, variable: string, fallback: string) => resolve(cwd, flag?.trim() || env[variable]?.trim() || fallback);
  return {
    configFile: pick(flags.config, 'ATIENDE_CONFIG', defaults.configFile),
    dataDir: pick(flags.dataDir, 'ATIENDE_DATA_DIR', defaults.dataDir),
  };
}
