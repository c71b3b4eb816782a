// The alerts on this console: newest first, each once however often the host repeats it, until
// someone (here or at another console) acknowledges it; and the kiosk's latest self-checks, which
// say what is still wrong after its alert was acknowledged.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { HostErrorPayload } from '../../../shared/host-api/errors.ts';
import type { HealthReport, StaffAlert } from '../../../shared/host-api/staff-views.ts';

export interface AlertState {
  /** Open alerts, newest first. */
  alerts: StaffAlert[];
  /** Alerts whose acknowledgement is on its way. */
  acknowledging: string[];
  /** An acknowledgement the host refused, shown beside its alert. */
  problem: { alert: string; error: HostErrorPayload } | null;
  /** The kiosk's latest self-checks; null until the host has told. */
  health: HealthReport | null;
  /** The host's list (read on sign-in and after every reconnect) replaces ours; returns how many are new here. */
  listed(alerts: readonly StaffAlert[]): number;
  /** A pushed alert; returns whether it is new here (and so worth a chime). */
  arrived(alert: StaffAlert): boolean;
  /** A self-check report, read or pushed; one older than the report held is ignored. */
  healthChecked(report: HealthReport | null): void;
  acknowledgeStarted(id: string): void;
  acknowledgeFailed(id: string, error: HostErrorPayload): void;
  /** Taken down, by this console or another. */
  acknowledged(id: string): void;
  cleared(): void;
}

export type AlertStore = StoreApi<AlertState>;

const newestFirst = (a: StaffAlert, b: StaffAlert) => b.at.localeCompare(a.at);

export function createAlertStore(): AlertStore {
  return createStore<AlertState>()((set, get) => ({
    alerts: [],
    acknowledging: [],
    problem: null,
    health: null,
    listed: (alerts) => {
      const known = new Set(get().alerts.map((alert) => alert.id));
      const unique = [...new Map(alerts.map((alert) => [alert.id, alert])).values()];
      const open = new Set(unique.map((alert) => alert.id));
      set((state) => ({
        alerts: unique.sort(newestFirst),
        acknowledging: state.acknowledging.filter((id) => open.has(id)),
        problem: state.problem && open.has(state.problem.alert) ? state.problem : null,
      }));
      return unique.filter((alert) => !known.has(alert.id)).length;
    },
    arrived: (alert) => {
      if (get().alerts.some((known) => known.id === alert.id)) return false;
      set((state) => ({ alerts: [alert, ...state.alerts].sort(newestFirst) }));
      return true;
    },
    healthChecked: (report) => {
      const held = get().health;
      if (report && (!held || report.checkedAt >= held.checkedAt)) set({ health: report });
    },
    acknowledgeStarted: (id) =>
      set((state) => ({
        acknowledging: state.acknowledging.includes(id) ? state.acknowledging : [...state.acknowledging, id],
        problem: state.problem?.alert === id ? null : state.problem,
      })),
    acknowledgeFailed: (id, error) =>
      set((state) => ({ acknowledging: state.acknowledging.filter((other) => other !== id), problem: { alert: id, error } })),
    acknowledged: (id) =>
      set((state) => ({
        alerts: state.alerts.filter((alert) => alert.id !== id),
        acknowledging: state.acknowledging.filter((other) => other !== id),
        problem: state.problem?.alert === id ? null : state.problem,
      })),
    cleared: () => set({ alerts: [], acknowledging: [], problem: null, health: null }),
  }));
}

/** The alert waiting longest: the one the A key takes down (its button shows the key). */
export function oldestAlertOf(state: AlertState): StaffAlert | null {
  return state.alerts.at(-1) ?? null;
}
