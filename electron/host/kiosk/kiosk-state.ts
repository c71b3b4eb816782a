// The kiosk's state as every caller reads it: ready with its store's profile (and whether staff
// have switched it to assisted mode), or out of service with the problem.
import type { EventPayload, KioskState } from '../../../shared/host-api/contract.ts';
import { HostError } from '../../../shared/host-api/errors.ts';
import type { UsageLog } from '../usage/usage-log.ts';

export interface KioskStateHolder {
  current(): KioskState;
  /** Staff switch assisted mode; logged as assisted.changed and pushed as kiosk.stateChanged. */
  setAssisted(assisted: boolean): KioskState;
}

export interface KioskStateDeps {
  initial: KioskState;
  usageLog: UsageLog;
  emit: (event: 'kiosk.stateChanged', payload: EventPayload<'kiosk.stateChanged'>) => void;
}

export function createKioskState({ initial, usageLog, emit }: KioskStateDeps): KioskStateHolder {
  let state = initial;
  return {
    current: () => state,
    setAssisted(assisted) {
      if (state.state !== 'ready') throw new HostError('kiosk.outOfService');
      if (state.assisted !== assisted) {
        state = { ...state, assisted };
        usageLog.append(null, { type: 'assisted.changed', assisted });
        emit('kiosk.stateChanged', state);
      }
      return state;
    },
  };
}
