// Where the shell finds its store config, keeps its data, and finds the built renderer and preload:
// config and data as every shell resolves them (flag, then environment, then default), with the
// demo store that ships with the app and Electron's user data folder as the defaults.
import { join } from 'node:path';
import { kioskPathFlags, kioskPaths } from '../host/kiosk-paths.ts';

export interface ShellPaths {
  configFile: string;
  dataDir: string;
  rendererRoot: string;
  preloadPath: string;
}

export interface ShellPathsInput {
  env: Readonly<Record<string, string | undefined>>;
  argv: readonly string[];
  cwd: string;
  /** The app's root folder (app.getAppPath()); holds assets/ when running unpackaged. */
  appPath: string;
  isPackaged: boolean;
  /** process.resourcesPath: where electron-builder puts extra resources in a package. */
  resourcesPath: string;
  userDataPath: string;
  /** The folder of the built main script, out/main. */
  mainDir: string;
}

export function resolveShellPaths(input: ShellPathsInput): ShellPaths {
  const defaults = { configFile: demoConfigFile(input), dataDir: input.userDataPath };
  const { configFile, dataDir } = kioskPaths(kioskPathFlags(input.argv.slice(1)), input.env, defaults, input.cwd);
  return {
    configFile,
    dataDir,
    rendererRoot: join(input.mainDir, '../renderer'),
    preloadPath: join(input.mainDir, '../preload/index.cjs'),
  };
}

function demoConfigFile({ appPath, isPackaged, resourcesPath }: ShellPathsInput): string {
  return isPackaged
    ? join(resourcesPath, 'stores/demo/store.json')
    : join(appPath, 'assets/stores/demo/store.json');
}
