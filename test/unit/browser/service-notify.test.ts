// The systemd notifications both shells send, through the real systemd-notify to a real datagram
// socket: READY=1 and a status, STOPPING=1, and watchdog pings from the event loop that stop when
// the loop is stuck.
import { describe, expect, it } from 'vitest';
import { serviceNotifier, watchdogIntervalMs } from '../../../electron/host/supervision/service-notify.ts';
import { notifyListener } from './notify-listener.ts';

describe('telling systemd how the kiosk is', () => {
  it('says READY=1 once with its status, then only the status, and STOPPING=1 at the end', async () => {
    const systemd = await notifyListener();
    const notifier = serviceNotifier({ env: { ...process.env, NOTIFY_SOCKET: systemd.socket } });
    expect(notifier.enabled).toBe(true);
    notifier.ready('kiosk page up: attract');
    await expect.poll(() => systemd.messages()).toHaveLength(1);
    notifier.ready('kiosk page up: attract');
    await expect.poll(() => systemd.messages()).toHaveLength(2);
    notifier.stopping();
    await expect.poll(() => systemd.messages()).toHaveLength(3);
    expect(systemd.messages()).toEqual([['READY=1', 'STATUS=kiosk page up: attract'], ['STATUS=kiosk page up: attract'], ['STOPPING=1']]);
  });

  it('pings the watchdog at half its interval, and not while the event loop is stuck', { timeout: 20_000 }, async () => {
    const systemd = await notifyListener();
    // WatchdogSec=0.4: a ping every 200 ms.
    const notifier = serviceNotifier({ env: { ...process.env, NOTIFY_SOCKET: systemd.socket, WATCHDOG_USEC: '400000' } });
    await expect.poll(() => systemd.messages().length, { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
    expect(systemd.messages().every((fields) => fields.join() === 'WATCHDOG=1')).toBe(true);
    // Twice the watchdog's interval without a turn of the loop: systemd would restart such a kiosk.
    const stuckFrom = performance.now();
    while (performance.now() - stuckFrom < 800) {
      // The loop is stuck.
    }
    const stuckUntil = performance.now();
    const pingsBefore = systemd.messages().length;
    await expect.poll(() => systemd.messages().length, { timeout: 10_000 }).toBeGreaterThan(pingsBefore + 1);
    notifier.stopping();
    // No ping was even sent while the loop was stuck: each arrived from a turn before or after.
    const arrivals = systemd.arrivals();
    const gaps = arrivals.slice(1).map((at, index) => at - (arrivals[index] ?? at));
    expect(Math.max(...gaps)).toBeGreaterThanOrEqual(stuckUntil - stuckFrom - 200);
  });

  it('does nothing outside systemd, and never runs systemd-notify there', async () => {
    const outside: string[] = [];
    const inside: string[] = [];
    const notifier = serviceNotifier({ env: { PATH: process.env.PATH, WATCHDOG_USEC: '400000' }, command: '/nonexistent/systemd-notify', warn: (line) => outside.push(line) });
    expect(notifier.enabled).toBe(false);
    notifier.ready('up');
    // The same missing command under systemd fails, and says so: by then the other would have too.
    serviceNotifier({ env: { NOTIFY_SOCKET: '/run/nothing.sock' }, command: '/nonexistent/systemd-notify', warn: (line) => inside.push(line) }).ready('up');
    await expect.poll(() => inside).toHaveLength(1);
    notifier.stopping();
    expect(outside).toEqual([]);
  });

  it('says once that systemd cannot be told when systemd-notify is missing', async () => {
    const warnings: string[] = [];
    const notifier = serviceNotifier({ env: { NOTIFY_SOCKET: '/run/nothing.sock' }, command: '/nonexistent/systemd-notify', warn: (line) => warnings.push(line) });
    notifier.ready('up');
    notifier.status('still up');
    await expect.poll(() => warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/systemd could not be told \(spawn \/nonexistent\/systemd-notify ENOENT\)/);
  });

  it('takes the watchdog interval from WATCHDOG_USEC, and none without it', () => {
    expect(watchdogIntervalMs({ WATCHDOG_USEC: '20000000' })).toBe(10_000);
    expect(watchdogIntervalMs({})).toBeNull();
    expect(watchdogIntervalMs({ WATCHDOG_USEC: 'soon' })).toBeNull();
  });
});
