// One rule for where a kiosk finds its config and keeps its data, in both shells and the CLI.
import { describe, expect, it } from 'vitest';
import { kioskPathFlags, kioskPaths, sourceTreeDefaults } from '../../../electron/host/kiosk-paths.ts';

const defaults = { configFile: '/opt/atiende/demo.json', dataDir: '/var/lib/atiende' };

describe('kiosk paths', () => {
  it('take the command-line flag first, then the environment variable, then the default', () => {
    const env = { ATIENDE_CONFIG: '/etc/env.json', ATIENDE_DATA_DIR: '/srv/env-data' };
    expect(kioskPaths({ config: 'flag.json', dataDir: 'flag-data' }, env, defaults, '/home/kiosk')).toEqual({
      configFile: '/home/kiosk/flag.json',
      dataDir: '/home/kiosk/flag-data',
    });
    expect(kioskPaths({}, env, defaults, '/home/kiosk')).toEqual({ configFile: '/etc/env.json', dataDir: '/srv/env-data' });
    expect(kioskPaths({}, {}, defaults, '/home/kiosk')).toEqual(defaults);
  });

  it('treat an empty flag or variable as not given', () => {
    expect(kioskPaths({ config: ' ' }, { ATIENDE_CONFIG: '', ATIENDE_DATA_DIR: '  ' }, defaults, '/home/kiosk')).toEqual(defaults);
  });

  it('default to the demo store and .var/data of the source tree', () => {
    expect(sourceTreeDefaults.configFile).toMatch(/assets\/stores\/demo\/store\.json$/);
    expect(sourceTreeDefaults.dataDir).toMatch(/\.var\/data$/);
  });

  it('read --config and --data-dir in either form among other arguments', () => {
    expect(kioskPathFlags(['--no-sandbox', '--config=a.json', '.', '--data-dir', 'here', '--port', '0'])).toEqual({ config: 'a.json', dataDir: 'here' });
    expect(kioskPathFlags(['--config'])).toEqual({ config: undefined, dataDir: undefined });
  });
});
