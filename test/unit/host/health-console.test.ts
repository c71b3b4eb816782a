// What a counter console shows of the kiosk's self-checks: the alert at once, with what to do, and
// a line naming the checks that still fail after the alert was acknowledged, until they pass.
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { acknowledgeOldestAlert } from '../../../renderer/console/alerts/alert-actions.ts';
import { alertAdvice, alertPlace, alertTitle, failingChecks } from '../../../renderer/console/alerts/alert-text.ts';
import { followAlerts } from '../../../renderer/console/alerts/follow-alerts.ts';
import { createKioskI18n } from '../../../renderer/kit/i18n/create-i18n.ts';
import { databaseFileName } from '../../../electron/host/storage/database.ts';
import { translatedLanguages } from '../../../shared/i18n/languages.ts';
import type { StaffAlert } from '../../../shared/host-api/staff-views.ts';
import { consoleRig } from '../console/console-fixture.ts';

describe('the console and the kiosk’s self-checks', () => {
  it('shows a failed check at once with what to do, and names it until it passes, after its alert is acknowledged too', async () => {
    const rig = consoleRig();
    const counter = rig.openConsole();
    const alerts = () => counter.staffConsole.alerts.getState();
    followAlerts(counter.staffConsole);
    await vi.waitFor(() => expect(alerts().health).not.toBeNull());
    expect(failingChecks(alerts().health)).toEqual([]);

    // The database file replaced by a folder under the running kiosk: its writes now go nowhere a restart finds.
    const dataFile = join(rig.dataDir, databaseFileName);
    renameSync(dataFile, `${dataFile}.elsewhere`);
    mkdirSync(dataFile);
    onTestFinished(() => rmSync(dataFile, { recursive: true, force: true }));
    const errorLines = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    onTestFinished(() => errorLines.mockRestore());
    rig.host.health.run();

    const [alert] = alerts().alerts;
    expect(alert).toMatchObject({ kind: 'health', check: 'database', kiosk: 'Kiosk by the door' });
    expect(counter.chimes()).toBe(1);
    const { t } = counter.staffConsole.i18n;
    expect([alertTitle(t, alert!), ...alertPlace(t, alert!)]).toEqual(['The kiosk cannot save to its database', 'Kiosk by the door']);
    expect(alertAdvice(t, alert!)).toMatch(/moved, removed or replaced .* Restart the kiosk/);
    expect(failingChecks(alerts().health)).toEqual(['database']);

    acknowledgeOldestAlert(counter.staffConsole);
    await vi.waitFor(() => expect(alerts().alerts).toEqual([]));
    rig.host.health.run();
    expect(failingChecks(alerts().health)).toEqual(['database']);
    expect(alerts().alerts).toEqual([]);

    rmSync(dataFile, { recursive: true });
    renameSync(`${dataFile}.elsewhere`, dataFile);
    rig.host.health.run();
    expect(failingChecks(alerts().health)).toEqual([]);
  });

  const kioskAlerts: StaffAlert[] = [
    { id: '1', kind: 'health', check: 'disk', problem: { code: 'health.diskLow', params: { freeMegabytes: 79254, minimum: 100000 } }, kiosk: 'K1', at: '2026-12-07T10:00:00Z' },
    { id: '2', kind: 'health', check: 'clock', problem: { code: 'health.clockBehind', params: { minutes: 42 } }, kiosk: 'K1', at: '2026-12-07T10:00:00Z' },
    { id: '3', kind: 'ticketLimit', limit: 'perMinute', max: 30, kiosk: 'K1', at: '2026-12-07T10:00:00Z' },
    { id: '4', kind: 'ticketLimit', limit: 'perSession', max: 1, kiosk: 'K1', at: '2026-12-07T10:00:00Z' },
  ];

  it.each(translatedLanguages)('says in %s which check failed, on which kiosk, and with its figures what to do', (language) => {
    const { t } = createKioskI18n(language);
    for (const alert of kioskAlerts) {
      const title = alertTitle(t, alert);
      // A missing text would come back as its key.
      expect(title).not.toMatch(/console\.alerts/);
      expect(alertPlace(t, alert)).toEqual(['K1']);
    }
    const [disk, clock, perMinute] = kioskAlerts.map((alert) => alertAdvice(t, alert));
    // The figures written as the language writes numbers (79,254 or 79.254 or 79 254), never a placeholder.
    expect(disk).toMatch(/79\D254\D/);
    expect(disk).not.toMatch(/\{\{|79254/);
    expect(clock).toContain('42');
    expect(perMinute).toBeNull();
    expect(alertTitle(t, kioskAlerts[2]!)).toContain('30');
  });
});
