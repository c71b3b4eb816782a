// The service whose order pickup flow is open, with its code pattern and example.
import type { Service } from '../../../shared/config/store-config.ts';
import { useKioskSlice } from '../../kiosk/kiosk-context.ts';
import { profileOf } from '../../kiosk/settings-store.ts';

export function usePickupService(): Service | null {
  const serviceId = useKioskSlice('session', (session) => session.serviceId);
  const profile = useKioskSlice('settings', profileOf);
  return profile?.services.find((service) => service.id === serviceId) ?? null;
}
