// The kiosk's host methods: everyone reads its state; staff switch assisted mode, close the kiosk
// for a while and end the customer's session.
import type { EventPayload } from '../../../shared/host-api/contract.ts';
import type { DomainHandlers } from '../api/dispatcher.ts';
import type { KioskStateHolder } from './kiosk-state.ts';

export interface KioskHandlersDeps {
  kiosk: KioskStateHolder;
  emit: (event: 'session.resetRequested', payload: EventPayload<'session.resetRequested'>) => void;
}

export function kioskHandlers({ kiosk, emit }: KioskHandlersDeps): DomainHandlers<'kiosk'> {
  return {
    'kiosk.state': () => kiosk.current(),
    'kiosk.setAssisted': ({ assisted }) => kiosk.setAssisted(assisted),
    'kiosk.setOutOfService': ({ outOfService, message }) => kiosk.setClosure(message, outOfService),
    'kiosk.endSession': () => {
      emit('session.resetRequested', { reason: 'staff' });
      return {};
    },
  };
}
