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

  it('takes the store config from --config=FILE, relative to the working folder', () => {
    const paths = resolveShellPaths(launch({ argv: ['/opt/atiende/atiende', '--config=stores/centro.json'] }));
    expect(paths.configFile).toBe('/home/kiosk/stores/centro.json');
  });

  it('prefers ATIENDE_CONFIG over --config', () => {
    const paths = resolveShellPaths(
      launch({ env: { ATIENDE_CONFIG: '/etc/atiende/store.json' }, argv: ['x', '--config=other.json'] }),
    );
    expect(paths.configFile).toBe('/etc/atiende/store.json');
  });

  it('keeps data in the user data folder', () => {
    expect(resolveShellPaths(launch()).dataDir).toBe('/home/kiosk/.config/atiende');
  });

  it('finds the built renderer and the preload next to the main script', () => {
    const paths = resolveShellPaths(launch());
    expect(paths.rendererRoot).toBe('/opt/atiende/app/out/renderer');
    expect(paths.preloadPath).toBe('/opt/atiende/app/out/preload/index.cjs');
  });
});
