// The band on every screen while staff have the kiosk in assisted mode, so nobody mistakes it for self-service.
import { useTranslation } from 'react-i18next';
import { useKioskSlice } from '../kiosk-context.ts';
import { assistedOf } from '../kiosk-status-store.ts';
import './assisted-band.css';

export function AssistedBand() {
  const { t } = useTranslation();
  const assisted = useKioskSlice('status', assistedOf);
  if (!assisted) return null;
  return (
    <p className="assisted-band" role="status">
      <strong>{t('assisted.band')}</strong> {t('assisted.bandDetail')}
    </p>
  );
}
