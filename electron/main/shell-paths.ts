// Where the shell finds its store config, keeps its data, and finds the built renderer and preload.
import { join, resolve } from 'node:path';

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
  return {
    configFile: resolveConfigFile(input),
    dataDir: input.userDataPath,
    rendererRoot: join(input.mainDir, '../renderer'),
    preloadPath: join(input.mainDir, '../preload/index.cjs'),
  };
}

const configFlag = '--config=';

/** ATIENDE_CONFIG wins, then --config=FILE, then the demo store that ships with the app. */
function resolveConfigFile({ env, argv, cwd, appPath, isPackaged, resourcesPath }: ShellPathsInput): string {
  const fromEnv = env.ATIENDE_CONFIG?.trim();
  if (fromEnv) return resolve(cwd, fromEnv);
  const fromArg = argv.find((arg) => arg.startsWith(configFlag))?.slice(configFlag.length).trim();
  if (fromArg) return resolve(cwd, fromArg);
  return demoConfigFile(appPath, isPackaged, resourcesPath);
}

function demoConfigFile(appPath: string, isPackaged: boolean, resourcesPath: string): string {
  return isPackaged
    ? join(resourcesPath, 'stores/demo/store.json')
    : join(appPath, 'assets/stores/demo/store.json');
}
