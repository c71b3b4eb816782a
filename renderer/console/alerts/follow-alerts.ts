// Keeps the console's alerts current: the host's open list on sign-in and whenever the event
// socket opens again, every pushed alert with its chime, every acknowledgement from any console;
// and the kiosk's self-checks, read with the list and followed as each run is pushed.
// A list answer can be older than a push that overtook it: what was pushed meanwhile wins.
import type { StaffAlert } from '../../../shared/host-api/staff-views.ts';
import type { StaffConsole } from '../staff-console.ts';

export function followAlerts({ host, events, alerts, chime }: Pick<StaffConsole, 'host' | 'events' | 'alerts' | 'chime'>): () => void {
  let stopped = false;
  /** For each list on its way: what was pushed meanwhile, raised or taken down. */
  const meanwhile = new Set<{ raised: StaffAlert[]; acknowledged: Set<string> }>();

  async function readList(): Promise<void> {
    const pushed = { raised: [] as StaffAlert[], acknowledged: new Set<string>() };
    meanwhile.add(pushed);
    try {
      const { alerts: open } = await host.call('alerts.list', {});
      if (stopped) return;
      const current = [...open, ...pushed.raised].filter((alert) => !pushed.acknowledged.has(alert.id));
      if (alerts.getState().listed(current) > 0) chime.play();
    } catch {
      // Pushed alerts still arrive; the list is read again on the next reconnect.
    } finally {
      meanwhile.delete(pushed);
    }
  }

  async function readHealth(): Promise<void> {
    try {
      const { health } = await host.call('health.status', {});
      if (!stopped) alerts.getState().healthChecked(health);
    } catch {
      // The next run is pushed all the same.
    }
  }

  const unsubscribers = [
    host.on('staff.alert', (alert) => {
      for (const pushed of meanwhile) pushed.raised.push(alert);
      if (alerts.getState().arrived(alert)) chime.play();
    }),
    host.on('staff.alertAcknowledged', ({ id }) => {
      for (const pushed of meanwhile) pushed.acknowledged.add(id);
      alerts.getState().acknowledged(id);
    }),
    host.on('health.checked', (report) => alerts.getState().healthChecked(report)),
    events.onOpen(() => {
      void readList();
      void readHealth();
    }),
  ];
  void readList();
  void readHealth();

  return () => {
    stopped = true;
    for (const unsubscribe of unsubscribers) unsubscribe();
    alerts.getState().cleared();
  };
}
