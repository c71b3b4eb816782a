// The supervisor units shipped for both shells (assets/systemd/): systemd accepts them, they restart
// the kiosk whatever ends it and watch it with the watchdog the shells ping, and their hardening
// leaves out what would break Chromium's sandbox.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, onTestFinished } from 'vitest';

const unitFolder = fileURLToPath(new URL('../../../assets/systemd/', import.meta.url));
const units = ['atiende-browser.service', 'atiende-electron.service'];

/** The unit's settings, each key with every value it is given, comments left out. */
function settingsOf(unit: string): Map<string, string[]> {
  const settings = new Map<string, string[]>();
  for (const line of readFileSync(join(unitFolder, unit), 'utf8').split('\n')) {
    const setting = /^([A-Za-z]+)=(.*)$/.exec(line.trim());
    if (setting?.[1] === undefined) continue;
    settings.set(setting[1], [...(settings.get(setting[1]) ?? []), setting[2] ?? '']);
  }
  return settings;
}

describe.each(units)('the unit %s', (unit) => {
  const settings = settingsOf(unit);
  const value = (key: string) => settings.get(key)?.at(-1);

  it('is accepted by systemd as it is', () => {
    // The programs it starts (cage, the kiosk) are not on this machine: one that is stands in.
    const folder = mkdtempSync(join(tmpdir(), 'atiende-unit-'));
    onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
    const copy = join(folder, unit);
    writeFileSync(copy, readFileSync(join(unitFolder, unit), 'utf8').replace(/^ExecStart=.*$/m, 'ExecStart=/bin/sh -c true'));
    const verify = spawnSync('/usr/bin/systemd-analyze', ['verify', copy], { encoding: 'utf8' });
    expect(verify.error, 'systemd-analyze is part of systemd').toBeUndefined();
    expect(verify.stderr).toBe('');
    expect(verify.status).toBe(0);
  });

  it('restarts the kiosk whatever ends it, and kills one whose event loop stops pinging', () => {
    expect(value('Type')).toBe('notify');
    expect(value('NotifyAccess')).toBe('all');
    expect(value('WatchdogSec')).toMatch(/^\d+s$/);
    expect(value('Restart')).toBe('always');
    expect(value('StartLimitIntervalSec')).toBe('0');
    expect(value('ExecStart')).toMatch(/^\/usr\/bin\/cage -- /);
  });

  it('runs the kiosk as its own unprivileged user, its data folder private', () => {
    expect(value('User')).toBe('atiende');
    expect(value('StateDirectoryMode')).toBe('0700');
    expect(value('UMask')).toBe('0077');
  });

  it('hardens what it can and leaves out what would break Chromium’s sandbox, JIT or screen', () => {
    for (const key of ['NoNewPrivileges', 'PrivateTmp', 'ProtectHome', 'ProtectKernelTunables', 'ProtectKernelModules', 'ProtectControlGroups', 'RestrictSUIDSGID']) {
      expect(value(key), key).toBe('yes');
    }
    expect(value('ProtectSystem')).toBe('strict');
    for (const key of ['RestrictNamespaces', 'PrivateUsers', 'MemoryDenyWriteExecute', 'SystemCallFilter', 'PrivateDevices', 'DevicePolicy', 'ProtectClock']) {
      expect(settings.has(key), key).toBe(false);
    }
  });
});

describe('the two units', () => {
  it('start each shell: the browser shell from source, the Electron app as packaged', () => {
    expect(settingsOf('atiende-browser.service').get('ExecStart')?.[0]).toContain('electron/browser/main.ts');
    expect(settingsOf('atiende-electron.service').get('ExecStart')?.[0]).toBe('/usr/bin/cage -- /opt/Atiende/atiende');
  });
});
