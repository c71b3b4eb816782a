// The kiosk's host methods: everyone reads its state; staff switch assisted mode.
import type { DomainHandlers } from '../api/dispatcher.ts';
import type { KioskStateHolder } from './kiosk-state.ts';

export function kioskHandlers(kiosk: KioskStateHolder): DomainHandlers<'kiosk'> {
  return {
    'kiosk.state': () => kiosk.current(),
    'kiosk.setAssisted': ({ assisted }) => kiosk.setAssisted(assisted),
  };
}
