// The kiosk's state as every caller reads it: ready with its store's profile (whether staff have
// switched it to assisted mode, who is signed in at it, whether staff have closed it for a while),
// or out of service with the problem. Every change is pushed as kiosk.stateChanged.
import type { EventPayload, KioskState } from '../../../shared/host-api/contract.ts';
import { HostError } from '../../../shared/host-api/errors.ts';
import type { StaffText } from '../../../shared/host-api/staff-views.ts';
import type { UsageLog } from '../usage/usage-log.ts';

type ReadyState = Extract<KioskState, { state: 'ready' }>;

export interface KioskStateHolder {
  current(): KioskState;
  /** Staff switch assisted mode; logged as assisted.changed. */
  setAssisted(assisted: boolean): KioskState;
  /** Staff close the kiosk for a while with a message for customers (null: open again); logged as kiosk.closedByStaff. */
  setClosure(message: StaffText | null | undefined, closed: boolean): KioskState;
  /** Who is signed in at the kiosk, for its staff bar. */
  setStaff(staff: ReadyState['staff']): KioskState;
}

export interface KioskStateDeps {
  initial: KioskState;
  usageLog: UsageLog;
  now: () => Date;
  emit: (event: 'kiosk.stateChanged', payload: EventPayload<'kiosk.stateChanged'>) => void;
}

export function createKioskState({ initial, usageLog, now, emit }: KioskStateDeps): KioskStateHolder {
  let state = initial;
  const ready = (): ReadyState => {
    if (state.state !== 'ready') throw new HostError('kiosk.outOfService');
    return state;
  };
  const change = (next: ReadyState) => {
    state = next;
    emit('kiosk.stateChanged', state);
    return state;
  };
  return {
    current: () => state,
    setAssisted(assisted) {
      const current = ready();
      if (current.assisted === assisted) return current;
      usageLog.append(null, { type: 'assisted.changed', assisted });
      return change({ ...current, assisted });
    },
    setClosure(message, closed) {
      const current = ready();
      if (!closed) {
        if (current.closure === null) return current;
        usageLog.append(null, { type: 'kiosk.closedByStaff', closed: false });
        return change({ ...current, closure: null });
      }
      if (current.closure === null) usageLog.append(null, { type: 'kiosk.closedByStaff', closed: true });
      return change({ ...current, closure: { message: message ?? null, since: current.closure?.since ?? now().toISOString() } });
    },
    setStaff(staff) {
      if (state.state !== 'ready') return state;
      const current = state;
      if (current.staff?.name === staff?.name && current.staff?.role === staff?.role) return current;
      return change({ ...current, staff });
    },
  };
}
