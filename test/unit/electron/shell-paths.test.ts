import { describe, expect, it } from 'vitest';
import { resolveShellPaths, type ShellPathsInput } from '../../../electron/main/shell-paths.ts';

function launch(overrides: Partial<ShellPathsInput> = {}): ShellPathsInput {
  return {
    env: {},
    argv: ['/opt/atiende/atiende'],
    cwd: '/home/kiosk',
    appPath: '/opt/atiende/app',
    isPackaged: false,
    resourcesPath: '/opt/atiende/resources',
    userDataPath: '/home/kiosk/.config/atiende',
    mainDir: '/opt/atiende/app/out/main',
    ...overrides,
  };
}

describe('shell paths', () => {
  it('uses the demo store from the app folder when nothing is configured', () => {
    expect(resolveShellPaths(launch()).configFile).toBe('/opt/atiende/app/assets/stores/demo/store.json');
  });

  it('uses the demo store from the resources folder when packaged', () => {
    expect(resolveShellPaths(launch({ isPackaged: true })).configFile).toBe('/opt/atiende/resources/stores/demo/store.json');
  });

  it('takes the store config from --config=FILE or --config FILE, relative to the working folder, among Chromium switches', () => {
    const equals = resolveShellPaths(launch({ argv: ['/opt/atiende/atiende', '--no-sandbox', '--config=stores/centro.json'] }));
    expect(equals.configFile).toBe('/home/kiosk/stores/centro.json');
    const spaced = resolveShellPaths(launch({ argv: ['/opt/atiende/atiende', '.', '--config', 'stores/norte.json', '--enable-logging'] }));
    expect(spaced.configFile).toBe('/home/kiosk/stores/norte.json');
  });

  it('prefers --config over ATIENDE_CONFIG, as the browser shell does, and takes ATIENDE_CONFIG without a flag', () => {
    const env = { ATIENDE_CONFIG: '/etc/atiende/store.json' };
    expect(resolveShellPaths(launch({ env, argv: ['x', '--config=other.json'] })).configFile).toBe('/home/kiosk/other.json');
    expect(resolveShellPaths(launch({ env })).configFile).toBe('/etc/atiende/store.json');
  });

  it('keeps data in the user data folder unless --data-dir or ATIENDE_DATA_DIR says otherwise', () => {
    expect(resolveShellPaths(launch()).dataDir).toBe('/home/kiosk/.config/atiende');
    expect(resolveShellPaths(launch({ env: { ATIENDE_DATA_DIR: '/srv/atiende' } })).dataDir).toBe('/srv/atiende');
    expect(resolveShellPaths(launch({ env: { ATIENDE_DATA_DIR: '/srv/atiende' }, argv: ['x', '--data-dir=data'] })).dataDir).toBe('/home/kiosk/data');
  });

  it('finds the built renderer and the preload next to the main script', () => {
    const paths = resolveShellPaths(launch());
    expect(paths.rendererRoot).toBe('/opt/atiende/app/out/renderer');
    expect(paths.preloadPath).toBe('/opt/atiende/app/out/preload/index.cjs');
  });
});
